#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  baselineEntry,
  findingIdentity,
  loadBaseline,
  renderBaseline
} from "./chunk-5QJXU7N2.js";
import "./chunk-66HFAMML.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-HM3DAAP7.js";
import "./chunk-AAXGI36X.js";
export {
  baselineEntry,
  findingIdentity,
  loadBaseline,
  renderBaseline
};
