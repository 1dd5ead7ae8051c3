#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  findingFingerprint,
  renderSarif,
  ruleHelpMarkdown
} from "./chunk-R5JJ5FOO.js";
import "./chunk-OCWKS3J7.js";
import "./chunk-GTLX77JM.js";
import "./chunk-J6X5OJSP.js";
import "./chunk-AAXGI36X.js";
export {
  findingFingerprint,
  renderSarif,
  ruleHelpMarkdown
};
