#!/usr/bin/env node
import {
  findingFingerprint
} from "./chunk-OSTVPF5X.js";
import {
  byLocation
} from "./chunk-OCWKS3J7.js";
import "./chunk-GYNN6ZCP.js";
import {
  isCritical
} from "./chunk-GEDZCDBK.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";

// src/reporters/codequality-reporter.ts
var SEVERITIES = { error: "critical", warning: "major", notice: "minor" };
function severityOf(finding) {
  if (finding.severity === "error" && isCritical(finding.rule)) return "blocker";
  return SEVERITIES[finding.severity];
}
function codeQualityIssues(result) {
  const seen = /* @__PURE__ */ new Map();
  return [...result.findings].sort(byLocation).map((finding) => {
    const identity = findingFingerprint(finding);
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    const where = finding.commit ? ` (in history: first committed in ${finding.commit.slice(0, 12)})` : "";
    return {
      description: `${finding.message}${where}`,
      check_name: finding.rule,
      fingerprint: occurrence === 0 ? identity : `${identity}-${occurrence}`,
      severity: severityOf(finding),
      // GitLab needs a line of 1 or more; a finding about a whole file points at its first line.
      location: { path: finding.path, lines: { begin: Math.max(1, finding.line) } }
    };
  });
}
function renderCodeQuality(result) {
  return JSON.stringify(codeQualityIssues(result), null, 2) + "\n";
}
export {
  codeQualityIssues,
  renderCodeQuality
};
