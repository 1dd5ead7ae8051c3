#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  effectivePolicy,
  findPolicyFile,
  renderPolicy,
  resolveOptions
} from "./chunk-GKX75K7G.js";
import "./chunk-Q4IQ42JY.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-FHS4YN6V.js";
import "./chunk-ZAUYDAMR.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-H66P4RDA.js";
import "./chunk-WBQHX2QK.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  effectivePolicy,
  findPolicyFile,
  renderPolicy,
  resolveOptions
};
