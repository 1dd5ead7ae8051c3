#!/usr/bin/env node
import {
  cell,
  codeCell,
  renderMarkdown
} from "./chunk-DY65V6XI.js";
import "./chunk-SJ7L7DRX.js";
import "./chunk-GYNN6ZCP.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  cell,
  codeCell,
  renderMarkdown
};
