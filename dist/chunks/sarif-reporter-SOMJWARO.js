#!/usr/bin/env node
import {
  findingFingerprint,
  renderSarif,
  ruleHelpMarkdown
} from "./chunk-OSTVPF5X.js";
import "./chunk-OCWKS3J7.js";
import "./chunk-GYNN6ZCP.js";
import "./chunk-GEDZCDBK.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  findingFingerprint,
  renderSarif,
  ruleHelpMarkdown
};
