#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  cell,
  codeCell,
  renderMarkdown
} from "./chunk-62VRVODM.js";
import "./chunk-SJ7L7DRX.js";
import "./chunk-AUXPNFTJ.js";
import "./chunk-AAXGI36X.js";
export {
  cell,
  codeCell,
  renderMarkdown
};
