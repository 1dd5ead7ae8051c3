#!/usr/bin/env node
import {
  historyForScan,
  historySource
} from "./chunk-EONRUTB5.js";
import "./chunk-K5AA3NCX.js";
import "./chunk-QTPL3ROI.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-AAXGI36X.js";
export {
  historyForScan,
  historySource
};
