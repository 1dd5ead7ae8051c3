#!/usr/bin/env node
import {
  atOrAbove,
  failingFindings
} from "./chunk-QJETXEJ7.js";
import "./chunk-AAXGI36X.js";
export {
  atOrAbove,
  failingFindings
};
