#!/usr/bin/env node
import {
  BUILT_IN_BLOCKLIST,
  loadBlocklists
} from "./chunk-VUFUFVDI.js";
import "./chunk-UUK5TFKK.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-ZO5PTKSB.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  BUILT_IN_BLOCKLIST,
  loadBlocklists
};
