#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  renderJson
} from "./chunk-5BO6A6SG.js";
import "./chunk-AAXGI36X.js";
export {
  renderJson
};
