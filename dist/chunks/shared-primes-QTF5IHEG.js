#!/usr/bin/env node
import {
  findSharedPrimes,
  splitSmallFactors
} from "./chunk-WWKRTRRI.js";
import "./chunk-72M4R2KB.js";
import "./chunk-ACTYS6I7.js";
import "./chunk-GEDZCDBK.js";
import "./chunk-AAXGI36X.js";
export {
  findSharedPrimes,
  splitSmallFactors
};
