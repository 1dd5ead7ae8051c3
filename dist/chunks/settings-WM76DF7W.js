#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  effectivePolicy,
  findPolicyFile,
  renderPolicy,
  resolveOptions
} from "./chunk-JSO6NOZI.js";
import "./chunk-KPN4AXMV.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-FHS4YN6V.js";
import "./chunk-DYWHL67V.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-H66P4RDA.js";
import "./chunk-AUXPNFTJ.js";
import "./chunk-AAXGI36X.js";
export {
  effectivePolicy,
  findPolicyFile,
  renderPolicy,
  resolveOptions
};
