#!/usr/bin/env node
import {
  BUILT_IN_BLOCKLIST,
  loadBlocklists
} from "./chunk-75AYITNQ.js";
import "./chunk-UUK5TFKK.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-FCOY3ISQ.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  BUILT_IN_BLOCKLIST,
  loadBlocklists
};
