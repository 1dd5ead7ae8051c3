#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  effectivePolicy,
  findPolicyFile,
  renderPolicy,
  resolveOptions
} from "./chunk-IZRVJOJB.js";
import "./chunk-XAGLPTHQ.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-IGURY5ID.js";
import "./chunk-ZAUYDAMR.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-TTJEG274.js";
import "./chunk-GYNN6ZCP.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  effectivePolicy,
  findPolicyFile,
  renderPolicy,
  resolveOptions
};
