#!/usr/bin/env node
import {
  inventoryBytes
} from "./chunk-JZ3PMHXD.js";
import "./chunk-GUMW3ZH5.js";
import "./chunk-75AYITNQ.js";
import "./chunk-UUK5TFKK.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-6S2YMFEJ.js";
import "./chunk-FCOY3ISQ.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-BYQ5LVE7.js";
import "./chunk-3QWGWEQK.js";
import "./chunk-FSGMK3CE.js";
import "./chunk-AAXGI36X.js";
export {
  inventoryBytes
};
