#!/usr/bin/env node
import {
  findSharedPrimes,
  splitSmallFactors
} from "./chunk-O4B7Y2ZL.js";
import "./chunk-BYQ5LVE7.js";
import "./chunk-NHF4DM4E.js";
import "./chunk-7TDXAWLA.js";
import "./chunk-AAXGI36X.js";
export {
  findSharedPrimes,
  splitSmallFactors
};
