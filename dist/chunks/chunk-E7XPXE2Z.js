#!/usr/bin/env node
import {
  cell,
  keyTally,
  locationText,
  plural,
  policyNotes,
  summaryLine
} from "./chunk-36W3VZDB.js";
import {
  RULES_DOC_URL
} from "./chunk-GYNN6ZCP.js";

// src/reporters/tracking-issue-reporter.ts
var MAX_BODY = 65536;
var ROWS_BUDGET = 6e4;
var FINDINGS_SHARE = 4e4;
var RUN_LINE = /^<sub>Last changed by .*<\/sub>$/m;
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function trackingIssueMarker(category) {
  return `<!-- ssh-key-audit-tracking-issue ${category.replace(/--+|>/g, "-")} -->`;
}
function trackingContent(body) {
  return body.replace(/\r\n?/g, "\n").replace(RUN_LINE, "").trimEnd();
}
function location(item, isFile) {
  const span = locationText(item, isFile);
  return item.commit ? `${span} (history, ${item.commit.slice(0, 12)})` : span;
}
function findingRow(finding, isFile) {
  const rule = `[${finding.rule}](${RULES_DOC_URL}#${finding.rule})`;
  return `| ${finding.severity} | ${rule} | ${location(finding, isFile)} | ${cell(finding.message)} |`;
}
function keyRow(key, isFile) {
  const fingerprint = key.fingerprint ? `\`${key.fingerprint}\`` : "\u2014";
  return `| ${location(key, isFile)} | ${cell(key.type)} | ${key.bits ?? "\u2014"} | ${fingerprint} |`;
}
function addRows(out, rows, max, limit) {
  let size = out.join("\n").length;
  let listed = 0;
  for (const row of rows) {
    if (listed >= max || size + row.length + 1 > limit) break;
    out.push(row);
    size += row.length + 1;
    listed++;
  }
  return listed;
}
function renderTrackingIssue(result, options) {
  const { summary } = result;
  const out = [options.marker];
  if (result.findings.length === 0) {
    out.push("### ssh-key-audit: all clear", "", `No findings: ${summaryLine(summary)}.`, "");
  } else {
    const counts = [plural(summary.errors, "error"), plural(summary.warnings, "warning"), plural(summary.notices, "notice")];
    out.push(`### ssh-key-audit: ${counts.join(", ")}`, "", `${summaryLine(summary)}.`, "");
  }
  out.push(
    "A scheduled ssh-key-audit run keeps this issue up to date: it rewrites this text when the result changes (edits made here are lost), closes the issue when the audit is clean and reopens it when a finding comes back.",
    ""
  );
  if (result.findings.length > 0) {
    out.push("#### Findings", "", "| Severity | Rule | Location | Message |", "| --- | --- | --- | --- |");
    const ordered = result.findings.map((finding, index) => ({ finding, index })).sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index).map(({ finding }) => findingRow(finding, options.isFile));
    const listed = addRows(out, ordered, options.maxFindings ?? 200, FINDINGS_SHARE);
    const more = ordered.length - listed;
    if (more > 0) out.push("", `\u2026and ${plural(more, "more finding")}: every finding is in the JSON report and the SARIF of the run.`);
    out.push("");
  }
  if (result.keys.length > 0) {
    const current = result.keys.filter((key) => key.commit === void 0);
    const historical = result.keys.filter((key) => key.commit !== void 0);
    out.push(`#### Keys (${current.length}${historical.length > 0 ? `, and ${historical.length} only in git history` : ""})`, "");
    const groups = keyTally(current).map((group) => `| ${cell(group.type)} | ${group.bits ?? "\u2014"} | ${group.count} |`);
    if (groups.length > 0) {
      out.push("| Type | Bits | Keys |", "| --- | ---: | ---: |");
      const tallied = addRows(out, groups, 30, ROWS_BUDGET);
      if (groups.length > tallied) out.push(`| \u2026and ${groups.length - tallied} more types and sizes | | |`);
      out.push("");
    }
    out.push("| Location | Type | Bits | Fingerprint |", "| --- | --- | ---: | --- |");
    const rows = [...current, ...historical].map((key) => keyRow(key, options.isFile));
    const listed = addRows(out, rows, options.maxKeys ?? 300, ROWS_BUDGET);
    const more = rows.length - listed;
    if (more > 0) out.push("", `\u2026and ${plural(more, "more key")}: every key is in the JSON report of the run.`);
    out.push("");
  } else {
    out.push("No SSH keys found.", "");
  }
  const notes = [];
  if (result.history) {
    const { blobs, scanned, warning } = result.history;
    notes.push(
      `Git history: read ${scanned} of the ${plural(blobs, "blob")} of history that are not in the current tree.${warning ? ` **Warning:** ${warning}.` : ""}`
    );
  }
  if (summary.skipped > 0) notes.push(`${plural(summary.skipped, "file was", "files were")} skipped; the JSON report says why.`);
  notes.push(...policyNotes(summary));
  for (const note of notes) out.push(note, "");
  if (options.runUrl) out.push(`<sub>Last changed by [this workflow run](${options.runUrl}).</sub>`);
  return out.join("\n").trimEnd() + "\n";
}
function renderClosingComment(result, runUrl) {
  return [
    `All clear: ${summaryLine(result.summary)}. Closing this issue; ssh-key-audit reopens it when a finding comes back.`,
    runUrl ? `
[Workflow run](${runUrl})` : ""
  ].join("\n").trimEnd();
}

export {
  MAX_BODY,
  trackingIssueMarker,
  trackingContent,
  renderTrackingIssue,
  renderClosingComment
};
