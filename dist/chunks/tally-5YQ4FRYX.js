#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  keyTally,
  plural,
  policyNotes,
  summaryLine
} from "./chunk-SJ7L7DRX.js";
import "./chunk-AAXGI36X.js";
export {
  keyTally,
  plural,
  policyNotes,
  summaryLine
};
