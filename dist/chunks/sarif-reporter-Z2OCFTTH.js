#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  findingFingerprint,
  renderSarif,
  ruleHelpMarkdown
} from "./chunk-MRP7I2FB.js";
import "./chunk-OCWKS3J7.js";
import "./chunk-H66P4RDA.js";
import "./chunk-WBQHX2QK.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  findingFingerprint,
  renderSarif,
  ruleHelpMarkdown
};
