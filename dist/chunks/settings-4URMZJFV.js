#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  effectivePolicy,
  findPolicyFile,
  renderPolicy,
  resolveOptions
} from "./chunk-RMACA7XO.js";
import "./chunk-7HE2UQYQ.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-D7IUCLMQ.js";
import "./chunk-KTLMLZWR.js";
import "./chunk-HM3DAAP7.js";
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
