#!/usr/bin/env node
import {
  ruleById
} from "./chunk-P7OTCKH5.js";

// src/core/finding.ts
function makeFinding(rule, place, message) {
  return { rule, severity: ruleById(rule).severity, path: place.path, line: place.line, message, fingerprint: place.fingerprint };
}

export {
  makeFinding
};
