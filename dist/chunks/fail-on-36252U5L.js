#!/usr/bin/env node
import "./chunk-AAXGI36X.js";

// src/core/fail-on.ts
var RANK = { notice: 1, warning: 2, error: 3 };
function atOrAbove(severity, threshold) {
  return threshold !== "never" && RANK[severity] >= RANK[threshold];
}
function failingFindings(findings, threshold) {
  return findings.filter((finding) => atOrAbove(finding.severity, threshold));
}
export {
  atOrAbove,
  failingFindings
};
