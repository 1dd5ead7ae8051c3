#!/usr/bin/env node
import {
  findSharedPrimes,
  splitSmallFactors
} from "./chunk-2SN6DTUD.js";
import "./chunk-72M4R2KB.js";
import "./chunk-O6YSTMD5.js";
import "./chunk-DYDNBUK7.js";
import "./chunk-AAXGI36X.js";
export {
  findSharedPrimes,
  splitSmallFactors
};
