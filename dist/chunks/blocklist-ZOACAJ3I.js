#!/usr/bin/env node
import {
  BUILT_IN_BLOCKLIST,
  loadBlocklists
} from "./chunk-3M42D43V.js";
import "./chunk-ZO5PTKSB.js";
import "./chunk-ZAUYDAMR.js";
import "./chunk-CCRRIRE6.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  BUILT_IN_BLOCKLIST,
  loadBlocklists
};
