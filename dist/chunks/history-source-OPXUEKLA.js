#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  historyForScan,
  historySource
} from "./chunk-LS65LF4Q.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-HM3DAAP7.js";
import "./chunk-AAXGI36X.js";
export {
  historyForScan,
  historySource
};
