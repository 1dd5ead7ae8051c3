#!/usr/bin/env node
import {
  renderJson
} from "./chunk-5BO6A6SG.js";
import "./chunk-AAXGI36X.js";
export {
  renderJson
};
