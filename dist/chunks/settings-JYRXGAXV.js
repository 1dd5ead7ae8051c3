#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  effectivePolicy,
  findPolicyFile,
  renderPolicy,
  resolveOptions
} from "./chunk-YH7ZO4AC.js";
import "./chunk-Q4IQ42JY.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-SOKXYD6R.js";
import "./chunk-VNGYGTQ7.js";
import "./chunk-7TDXAWLA.js";
import "./chunk-GYNN6ZCP.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  effectivePolicy,
  findPolicyFile,
  renderPolicy,
  resolveOptions
};
