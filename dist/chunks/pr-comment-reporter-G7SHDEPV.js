#!/usr/bin/env node
import {
  addFindingTable,
  filterProblemLine,
  findingCount,
  findingRows,
  keyText,
  plural,
  verdictLine,
  whereCell
} from "./chunk-36W3VZDB.js";
import "./chunk-GYNN6ZCP.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-P7OTCKH5.js";
import "./chunk-AAXGI36X.js";

// src/reporters/pr-comment-reporter.ts
var BUDGET = 6e4;
function commentMarker(category) {
  return `<!-- ssh-key-audit-comment ${category.replace(/--+|>/g, "-")} -->`;
}
function renderComment(result, options) {
  const max = options.maxRows ?? 50;
  const links = options.links ?? null;
  const where = options.scope?.filter === "added" ? "on the lines this pull request adds" : options.scope?.filter === "file" ? "in the files this pull request changes" : "in the repository";
  const elsewhere = options.runUrl ? ` in the [job summary](${options.runUrl})` : " in the job summary";
  const out = [options.marker, `### ${verdictLine(options.verdict, result.findings, "ssh-key-audit")}`, ""];
  out.push(result.findings.length === 0 ? `No findings ${where}.` : `${plural(result.findings.length, "finding")} ${where}.`, "");
  if (options.filterProblem) out.push(`> ${filterProblemLine(options.filterProblem)}`, "");
  const rows = findingRows(result.findings, result.keys);
  const toFix = rows.filter((row) => row.severity !== "notice");
  const notices = rows.filter((row) => row.severity === "notice");
  if (toFix.length > 0) {
    addFindingTable(out, toFix, { isFile: options.isFile, links, max, budget: BUDGET - 12e3, elsewhere });
    out.push("");
  }
  if (notices.length > 0) {
    out.push("<details>", `<summary>Notices (${findingCount(notices)})</summary>`, "");
    addFindingTable(out, notices, { isFile: options.isFile, links, max, budget: BUDGET - 6e3, elsewhere });
    out.push("", "</details>", "");
  }
  const keys = options.keys ?? result.keys;
  if (keys.length > 0) {
    const what = options.scope ? `Keys this pull request adds or changes (${keys.length})` : `Keys in the repository (${keys.length})`;
    out.push("<details>", `<summary>${what}</summary>`, "", "| Where | Key |", "| --- | --- |");
    const lines = keys.slice(0, max).map((key) => `| ${whereCell(key, options.isFile, links)} | ${keyText(key)} |`);
    let size = out.join("\n").length;
    let listed = 0;
    for (const line of lines) {
      if (size + line.length + 1 > BUDGET - 1e3) break;
      out.push(line);
      size += line.length + 1;
      listed++;
    }
    if (keys.length > listed) out.push("", `\u2026and ${plural(keys.length - listed, "more key")}${elsewhere}.`);
    out.push("", "</details>", "");
  }
  if (options.scope && options.scope.hidden > 0) {
    out.push(
      `${plural(options.scope.hidden, "finding")} elsewhere in the repository ${options.scope.hidden === 1 ? "is" : "are"} not about this pull request.`,
      ""
    );
  }
  if (options.runUrl) out.push(`[Workflow run](${options.runUrl})`, "");
  return out.join("\n");
}
export {
  commentMarker,
  renderComment
};
