#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  historyForScan,
  historySource
} from "./chunk-54TLAP52.js";
import "./chunk-K5AA3NCX.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-AAXGI36X.js";
export {
  historyForScan,
  historySource
};
