#!/usr/bin/env node
import {
  findSharedPrimes,
  splitSmallFactors
} from "./chunk-YUBFC7NJ.js";
import "./chunk-BYQ5LVE7.js";
import "./chunk-NM46NBMR.js";
import "./chunk-DEE6DROS.js";
import "./chunk-AAXGI36X.js";
export {
  findSharedPrimes,
  splitSmallFactors
};
