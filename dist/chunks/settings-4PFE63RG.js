#!/usr/bin/env node
import {
  effectivePolicy,
  findPolicyFile,
  renderPolicy,
  resolveOptions
} from "./chunk-2P326IKS.js";
import "./chunk-BUAPM6LN.js";
import "./chunk-QTPL3ROI.js";
import "./chunk-6NXJ3YHE.js";
import "./chunk-2KJKCZQU.js";
import "./chunk-GYNN6ZCP.js";
import "./chunk-7TDXAWLA.js";
import "./chunk-CCRRIRE6.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  effectivePolicy,
  findPolicyFile,
  renderPolicy,
  resolveOptions
};
