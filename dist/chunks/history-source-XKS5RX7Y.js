#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  historyForScan,
  historySource
} from "./chunk-6IAWGA4Z.js";
import "./chunk-K5AA3NCX.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-HM3DAAP7.js";
import "./chunk-AAXGI36X.js";
export {
  historyForScan,
  historySource
};
