#!/usr/bin/env node
import "./chunk-AAXGI36X.js";

// src/reporters/json-reporter.ts
function renderJson(result) {
  return JSON.stringify(result, null, 2) + "\n";
}
export {
  renderJson
};
