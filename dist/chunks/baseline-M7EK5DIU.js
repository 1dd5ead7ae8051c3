#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  baselineEntry,
  findingIdentity,
  loadBaseline,
  renderBaseline
} from "./chunk-KHR5E7TR.js";
import "./chunk-RJTNWQYX.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-7F6AQDAN.js";
import "./chunk-HM3DAAP7.js";
import "./chunk-AAXGI36X.js";
export {
  baselineEntry,
  findingIdentity,
  loadBaseline,
  renderBaseline
};
