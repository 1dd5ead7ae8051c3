#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  baselineEntry,
  findingIdentity,
  loadBaseline,
  renderBaseline
} from "./chunk-UKNHXV2X.js";
import "./chunk-ZAUYDAMR.js";
import "./chunk-Q4IQ42JY.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  baselineEntry,
  findingIdentity,
  loadBaseline,
  renderBaseline
};
