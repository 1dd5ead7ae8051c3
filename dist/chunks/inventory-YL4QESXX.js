#!/usr/bin/env node
import {
  inventoryBytes
} from "./chunk-S226BYM7.js";
import "./chunk-ETGSMTXK.js";
import "./chunk-72M4R2KB.js";
import "./chunk-ACTYS6I7.js";
import "./chunk-42MXORR6.js";
import "./chunk-3M42D43V.js";
import "./chunk-ZO5PTKSB.js";
import "./chunk-ZAUYDAMR.js";
import "./chunk-GEDZCDBK.js";
import "./chunk-CCRRIRE6.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  inventoryBytes
};
