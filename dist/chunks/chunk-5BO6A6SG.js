#!/usr/bin/env node

// src/reporters/json-reporter.ts
function renderJson(result) {
  return JSON.stringify(result, null, 2) + "\n";
}

export {
  renderJson
};
