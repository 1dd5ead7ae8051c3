#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  cell,
  codeCell,
  renderMarkdown
} from "./chunk-4G3Q6NKG.js";
import "./chunk-SJ7L7DRX.js";
import "./chunk-WBQHX2QK.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  cell,
  codeCell,
  renderMarkdown
};
