#!/usr/bin/env node
import {
  inventoryBytes
} from "./chunk-NPO7FX3Z.js";
import "./chunk-4EDAHBFO.js";
import "./chunk-BYQ5LVE7.js";
import "./chunk-NM46NBMR.js";
import "./chunk-GUMW3ZH5.js";
import "./chunk-K3C5EDDC.js";
import "./chunk-FCOY3ISQ.js";
import "./chunk-ZAUYDAMR.js";
import "./chunk-DEE6DROS.js";
import "./chunk-CCRRIRE6.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  inventoryBytes
};
