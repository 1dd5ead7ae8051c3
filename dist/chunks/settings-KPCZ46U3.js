#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  effectivePolicy,
  findPolicyFile,
  renderPolicy,
  resolveOptions
} from "./chunk-ZZ7VBLX4.js";
import "./chunk-66HFAMML.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-J5KGRYAI.js";
import "./chunk-HM3DAAP7.js";
import "./chunk-GTLX77JM.js";
import "./chunk-J6X5OJSP.js";
import "./chunk-AAXGI36X.js";
export {
  effectivePolicy,
  findPolicyFile,
  renderPolicy,
  resolveOptions
};
