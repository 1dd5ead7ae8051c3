#!/usr/bin/env node
import {
  keyTally,
  policyNotes,
  summaryLine
} from "./chunk-SJ7L7DRX.js";
import {
  RULES_DOC_URL
} from "./chunk-GYNN6ZCP.js";

// src/reporters/markdown-reporter.ts
function cell(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/([\\|`*_[\]<>])/g, "\\$1");
}
function codeCell(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/`/g, "'").replace(/\|/g, "\\|");
}
function renderMarkdown(result, options = {}) {
  const max = options.maxFindings ?? 500;
  const { summary } = result;
  const out = ["## ssh-key-audit", ""];
  out.push("| Errors | Warnings | Notices | Keys | Files | Skipped |", "| ---: | ---: | ---: | ---: | ---: | ---: |");
  out.push(
    `| ${summary.errors} | ${summary.warnings} | ${summary.notices} | ${summary.keys} | ${summary.files} | ${summary.skipped} |`,
    ""
  );
  if (result.findings.length > 0) {
    out.push("### Findings", "", "| Severity | Rule | Location | Message |", "| --- | --- | --- | --- |");
    for (const finding of result.findings.slice(0, max)) {
      const rule = `[${finding.rule}](${RULES_DOC_URL}#${finding.rule})`;
      const commit = finding.commit ? ` (history, ${finding.commit.slice(0, 12)})` : "";
      out.push(`| ${finding.severity} | ${rule} | \`${codeCell(finding.path)}:${finding.line}\`${commit} | ${cell(finding.message)} |`);
    }
    if (result.findings.length > max) out.push("", `\u2026and ${result.findings.length - max} more findings in the JSON or SARIF report.`);
    out.push("");
  }
  if (result.keys.length > 0) {
    out.push("### Keys", "", "| Type | Bits | Count |", "| --- | ---: | ---: |");
    for (const group of keyTally(result.keys)) out.push(`| ${cell(group.type)} | ${group.bits ?? "\u2014"} | ${group.count} |`);
    out.push("");
  }
  if (result.skipped.length > 0) {
    out.push("### Skipped", "", "| File | Reason |", "| --- | --- |");
    for (const item of result.skipped.slice(0, max)) out.push(`| ${cell(item.path)} | ${cell(item.reason)} |`);
    if (result.skipped.length > max) out.push("", `\u2026and ${result.skipped.length - max} more skipped files in the JSON report.`);
    out.push("");
  }
  out.push(result.findings.length === 0 ? `No problems found: ${summaryLine(summary)}.` : `${summaryLine(summary)}.`);
  const notes = policyNotes(summary);
  if (notes.length > 0) out.push("", ...notes);
  return out.join("\n") + "\n";
}

export {
  cell,
  codeCell,
  renderMarkdown
};
