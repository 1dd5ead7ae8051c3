#!/usr/bin/env node
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
