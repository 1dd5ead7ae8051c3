#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  atOrAbove,
  failingFindings
} from "./chunk-QJETXEJ7.js";
import "./chunk-AAXGI36X.js";
export {
  atOrAbove,
  failingFindings
};
