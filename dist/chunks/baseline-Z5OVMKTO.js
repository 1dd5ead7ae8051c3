#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  baselineEntry,
  findingIdentity,
  loadBaseline,
  renderBaseline
} from "./chunk-BNNRPYKZ.js";
import "./chunk-7HE2UQYQ.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-KTLMLZWR.js";
import "./chunk-HM3DAAP7.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  baselineEntry,
  findingIdentity,
  loadBaseline,
  renderBaseline
};
