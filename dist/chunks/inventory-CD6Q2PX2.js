#!/usr/bin/env node
import {
  inventoryBytes
} from "./chunk-NYRWZG7X.js";
import "./chunk-42MXORR6.js";
import "./chunk-VUFUFVDI.js";
import "./chunk-UUK5TFKK.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-UQ7SBAK5.js";
import "./chunk-ZO5PTKSB.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-72M4R2KB.js";
import "./chunk-3QWGWEQK.js";
import "./chunk-FSGMK3CE.js";
import "./chunk-AAXGI36X.js";
export {
  inventoryBytes
};
