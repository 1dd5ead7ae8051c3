#!/usr/bin/env node
import {
  findSharedPrimes,
  splitSmallFactors
} from "./chunk-JTVW2UN5.js";
import "./chunk-BYQ5LVE7.js";
import "./chunk-LAG7EG7Y.js";
import "./chunk-XOWQVEOK.js";
import "./chunk-AAXGI36X.js";
export {
  findSharedPrimes,
  splitSmallFactors
};
