#!/usr/bin/env node
import {
  keyTally,
  policyNotes,
  summaryLine
} from "./chunk-SJ7L7DRX.js";
import "./chunk-AAXGI36X.js";

// src/reporters/text-reporter.ts
var COLORS = { error: "\x1B[31m", warning: "\x1B[33m", notice: "\x1B[36m" };
var DIM = "\x1B[2m";
var BOLD = "\x1B[1m";
var RESET = "\x1B[0m";
var clean = (text) => text.replace(/[\x00-\x1f\x7f-\x9f]/g, "?");
function renderText(result, options) {
  const paint = (code, text) => options.color ? `${code}${text}${RESET}` : text;
  const out = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of result.findings) {
    const heading = finding.commit ? `${finding.path} (in history, first committed in ${finding.commit.slice(0, 12)})` : finding.path;
    const list = byFile.get(heading);
    if (list) list.push(finding);
    else byFile.set(heading, [finding]);
  }
  for (const [path, findings] of byFile) {
    out.push(paint(BOLD, clean(path)));
    for (const finding of findings) {
      const where = String(finding.line).padStart(5);
      out.push(`${where}  ${paint(COLORS[finding.severity], finding.severity.padEnd(7))}  ${finding.rule}  ${clean(finding.message)}`);
      if (finding.fingerprint) out.push(`${" ".repeat(16)}${paint(DIM, finding.fingerprint)}`);
    }
    out.push("");
  }
  if (result.skipped.length > 0) {
    out.push(paint(BOLD, "Skipped"));
    for (const item of result.skipped) out.push(`  ${clean(item.path)}: ${clean(item.reason)}`);
    out.push("");
  }
  if (result.keys.length > 0) {
    const tally = keyTally(result.keys).map((group) => `${group.count} ${clean(group.type)}${group.bits ? ` ${group.bits}` : ""}`);
    out.push(`Keys: ${tally.join(", ")}`);
  }
  out.push(result.findings.length === 0 ? `No problems found: ${summaryLine(result.summary)}` : summaryLine(result.summary));
  out.push(...policyNotes(result.summary));
  return out.join("\n") + "\n";
}
export {
  renderText
};
