#!/usr/bin/env node
import {
  inventoryBytes
} from "./chunk-KAEWCV37.js";
import "./chunk-42MXORR6.js";
import "./chunk-VUFUFVDI.js";
import "./chunk-UUK5TFKK.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-UQ7SBAK5.js";
import "./chunk-ZO5PTKSB.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-72M4R2KB.js";
import "./chunk-CS5XD6HN.js";
import "./chunk-P7OTCKH5.js";
import "./chunk-AAXGI36X.js";
export {
  inventoryBytes
};
