#!/usr/bin/env node
import {
  findSharedPrimes,
  splitSmallFactors
} from "./chunk-CO3STD6V.js";
import "./chunk-72M4R2KB.js";
import "./chunk-NM46NBMR.js";
import "./chunk-DEE6DROS.js";
import "./chunk-AAXGI36X.js";
export {
  findSharedPrimes,
  splitSmallFactors
};
