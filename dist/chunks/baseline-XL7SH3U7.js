#!/usr/bin/env node
import {
  baselineEntry,
  findingIdentity,
  loadBaseline,
  renderBaseline
} from "./chunk-UL3HQTUI.js";
import "./chunk-QCZIQUKG.js";
import "./chunk-QTPL3ROI.js";
import "./chunk-ZAUYDAMR.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  baselineEntry,
  findingIdentity,
  loadBaseline,
  renderBaseline
};
