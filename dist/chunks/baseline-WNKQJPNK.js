#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  baselineEntry,
  findingIdentity,
  loadBaseline,
  renderBaseline
} from "./chunk-Q3VNGAAX.js";
import "./chunk-KPN4AXMV.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-DYWHL67V.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-AAXGI36X.js";
export {
  baselineEntry,
  findingIdentity,
  loadBaseline,
  renderBaseline
};
