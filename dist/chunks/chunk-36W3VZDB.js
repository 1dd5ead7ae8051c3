#!/usr/bin/env node
import {
  RULES_DOC_URL
} from "./chunk-GYNN6ZCP.js";
import {
  RULES,
  urgencyRank
} from "./chunk-P7OTCKH5.js";

// src/reporters/tally.ts
function plural(count, word, words = `${word}s`) {
  return `${count} ${count === 1 ? word : words}`;
}
function keyTally(keys) {
  const groups = /* @__PURE__ */ new Map();
  for (const key of keys) {
    const id = `${key.type}\0${key.bits ?? ""}`;
    const group = groups.get(id);
    if (group) group.count++;
    else groups.set(id, { type: key.type, bits: key.bits, count: 1 });
  }
  return [...groups.values()].sort(
    (a, b) => b.count - a.count || (a.type < b.type ? -1 : a.type > b.type ? 1 : (a.bits ?? 0) - (b.bits ?? 0))
  );
}
function summaryLine(summary) {
  const parts = [plural(summary.errors, "error"), plural(summary.warnings, "warning"), plural(summary.notices, "notice")];
  if (summary.suppressed > 0) parts.push(`${summary.suppressed} suppressed`);
  if (summary.skipped > 0) parts.push(`${summary.skipped} skipped`);
  const fixed = summary.baselineFixed ? `; ${plural(summary.baselineFixed, "baseline entry", "baseline entries")} fixed` : "";
  return `${plural(summary.keys, "key")} in ${plural(summary.files, "file")}: ${parts.join(", ")}${fixed}`;
}
function policyNotes(summary) {
  const notes = [];
  if (summary.suppressed > 0) {
    notes.push(
      `Suppressed findings (accepted by the policy file, inline comments or the baseline) are listed in the JSON and SARIF reports.`
    );
  }
  if (summary.baselineFixed) {
    notes.push(
      `${plural(summary.baselineFixed, "baseline entry matches", "baseline entries match")} no finding any more: write the baseline again (ssh-key-audit --write-baseline FILE) to drop them.`
    );
  }
  return notes;
}

// src/reporters/markdown-reporter.ts
function cell(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/([\\|`*_[\]<>])/g, "\\$1");
}
function codeCell(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/`/g, "'").replace(/\|/g, "\\|");
}

// src/reporters/urgency.ts
var SEVERITIES = ["error", "warning", "notice"];
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function byUrgency(a, b) {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || urgencyRank(a.rule) - urgencyRank(b.rule) || compare(a.path, b.path) || compare(a.line, b.line) || compare(a.rule, b.rule);
}
function mostUrgentFirst(items) {
  return [...items].sort(byUrgency);
}
function countBySeverity(items) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const item of items) counts[item.severity]++;
  return counts;
}
function moreText(counts) {
  return SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => plural(counts[severity], `more ${severity}`)).join(", ");
}

// src/reporters/finding-table.ts
var placeOf = (item) => `${item.commit ?? ""}\0${item.path}\0${item.line}`;
function findingRows(findings, keys) {
  const keyAt = /* @__PURE__ */ new Map();
  for (const key of keys) if (!keyAt.has(placeOf(key))) keyAt.set(placeOf(key), key);
  const rows = /* @__PURE__ */ new Map();
  for (const finding of [...findings].sort(byUrgency)) {
    const place = placeOf(finding);
    const row = rows.get(place);
    if (row) row.findings.push(finding);
    else {
      rows.set(place, {
        path: finding.path,
        line: finding.line,
        ...finding.commit ? { commit: finding.commit } : {},
        severity: finding.severity,
        findings: [finding],
        key: keyAt.get(place) ?? null
      });
    }
  }
  return [...rows.values()];
}
function sourceUrl(links, path, line, commit) {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return `${links.server}/${links.repository}/blob/${commit ?? links.sha}/${encoded}#L${line}`;
}
function whereCell(row, isFile, links) {
  const inFile = isFile(row.path);
  const text = inFile ? `${row.path}:${row.line}` : row.path;
  const code = `\`${codeCell(text)}\``;
  const history = row.commit ? ` (history, ${row.commit.slice(0, 12)})` : "";
  if (!inFile || !links) return `${code}${history}`;
  return `[${code}](${sourceUrl(links, row.path, row.line, row.commit)})${history}`;
}
function keyText(key) {
  if (!key) return "";
  const size = key.bits ? ` ${key.bits}-bit` : "";
  const fingerprint = key.fingerprint ? `<br><sub>\`${codeCell(key.fingerprint)}\`</sub>` : "";
  return `\`${codeCell(key.type)}\`${size}${fingerprint}`;
}
function rulesCell(findings) {
  return findings.map((finding) => `**${finding.severity}** [${finding.rule}](${RULES_DOC_URL}#${finding.rule}): ${cell(finding.message)}`).join("<br>");
}
var TABLE_HEAD = ["| Where | Findings |", "| --- | --- |"];
function rowLine(row, isFile, links) {
  const key = keyText(row.key);
  return `| ${whereCell(row, isFile, links)}${key ? `<br>${key}` : ""} | ${rulesCell(row.findings)} |`;
}
function addRows(out, lines, rows, max, budget) {
  let size = out.reduce((total, line) => total + line.length + 1, 0);
  let listed = 0;
  for (const line of lines) {
    if (listed >= max || size + line.length + 1 > budget) break;
    out.push(line);
    size += line.length + 1;
    listed++;
  }
  return countBySeverity(rows.slice(listed).flatMap((row) => row.findings));
}
function addFindingTable(out, rows, cut) {
  out.push(...TABLE_HEAD);
  const left = addRows(
    out,
    rows.map((row) => rowLine(row, cut.isFile, cut.links)),
    rows,
    cut.max,
    cut.budget
  );
  const more = moreLine(left, cut.elsewhere);
  if (more) out.push("", more);
}
function findingCount(rows) {
  return rows.reduce((total, row) => total + row.findings.length, 0);
}
function moreLine(left, where) {
  const text = moreText(left);
  return text ? `\u2026and ${text}${where}.` : null;
}
var TITLES = new Map(RULES.map((rule) => [rule.id, rule.title]));
function failureReasons(failing, most = 4) {
  const byRule = /* @__PURE__ */ new Map();
  for (const finding of [...failing].sort(byUrgency)) {
    const entry = byRule.get(finding.rule);
    if (entry) entry.count++;
    else byRule.set(finding.rule, { count: 1, first: finding });
  }
  const ordered = [...byRule.entries()].sort(
    ([a, x], [b, y]) => SEVERITY_RANK[x.first.severity] - SEVERITY_RANK[y.first.severity] || urgencyRank(a) - urgencyRank(b) || y.count - x.count || (a < b ? -1 : 1)
  );
  const parts = ordered.slice(0, most).map(([rule, { count }]) => `${count} \xD7 ${TITLES.get(rule) ?? rule}`);
  if (ordered.length > most) parts.push(`${plural(ordered.length - most, "more rule")}`);
  return parts.join(", ");
}
function verdictLine(verdict, findings, subject) {
  if (verdict.failing.length > 0) return `\u274C ${subject} failed: ${failureReasons(verdict.failing)}`;
  if (findings.length === 0) return `\u2705 ${subject} passed: no findings`;
  const counts = countBySeverity(findings);
  const open = ["error", "warning", "notice"].filter((severity) => counts[severity] > 0).map((severity) => plural(counts[severity], severity));
  const why = verdict.failOn === "never" ? "fail-on is never" : `nothing at or above fail-on ${verdict.failOn}`;
  return `\u2705 ${subject} passed: ${why} (${open.join(", ")} to look at)`;
}

// src/reporters/summary-reporter.ts
var ELSEWHERE = ": every finding is in the JSON report and the SARIF";
var BUDGET = 512 * 1024;
var NOTICES_BUDGET = BUDGET - 64 * 1024;
function locationText(finding, isFile) {
  const where = isFile(finding.path) ? `${finding.path}:${finding.line}` : finding.path;
  return `\`${codeCell(where)}\``;
}
function scopeLine(scope) {
  const where = scope.filter === "added" ? "on lines this pull request adds" : "in files this pull request changes";
  const why = scope.apiNotAsked ? `${scope.apiNotAsked}, so the GitHub API was not asked` : "the GitHub API could not list them";
  const source = scope.source ? ` (the changes come from ${scope.source} in the checkout: ${why})` : "";
  const hidden = scope.hidden > 0 ? ` ${plural(scope.hidden, "finding")} elsewhere in the repository ${scope.hidden === 1 ? "is" : "are"} left out here (\`pr-filter: ${scope.filter}\`); the SARIF report has every finding.` : "";
  return `Pull request #${scope.number}: findings ${where}${source}.${hidden}`;
}
function filterProblemLine(problem) {
  return `**The pull request filter could not be applied** (${problem}), so every finding in the repository is reported and counts for the result, including findings that were there before this pull request.`;
}
function renderSummary(result, options) {
  const isFile = options.isFile ?? (() => true);
  const links = options.links ?? null;
  const max = options.maxRows ?? 100;
  const { summary } = result;
  const out = [`## ${verdictLine(options.verdict, result.findings, "ssh-key-audit")}`, ""];
  out.push(`${summaryLine(summary)}.`, "");
  if (options.filterProblem) out.push(`> ${filterProblemLine(options.filterProblem)}`, "");
  if (options.pullRequest) out.push(`> ${scopeLine(options.pullRequest)}`, "");
  for (const note of options.notes ?? []) out.push(`> ${note}`, "");
  const rows = findingRows(result.findings, result.keys);
  const toFix = rows.filter((row) => row.severity !== "notice");
  const notices = rows.filter((row) => row.severity === "notice");
  if (toFix.length > 0) {
    out.push(`### Errors and warnings (${plural(toFix.length, "place")})`, "");
    addFindingTable(out, toFix, { isFile, links, max, budget: NOTICES_BUDGET, elsewhere: ELSEWHERE });
    out.push("");
  }
  if (notices.length > 0) {
    out.push("<details>", `<summary>Notices (${findingCount(notices)})</summary>`, "");
    addFindingTable(out, notices, { isFile, links, max, budget: BUDGET - 32 * 1024, elsewhere: ELSEWHERE });
    out.push("", "</details>", "");
  }
  if (rows.length === 0) out.push("No findings.", "");
  if (result.keys.length > 0) {
    const secrets = result.keys.filter((key) => key.source === "secret").length;
    const deployKeys = result.keys.filter((key) => key.source === "deploy-key").length;
    const extra = [secrets > 0 ? `${plural(secrets, "key")} from secrets` : "", deployKeys > 0 ? plural(deployKeys, "deploy key") : ""].filter(Boolean).join(", ");
    out.push("<details>", `<summary>Key inventory: ${plural(summary.keys, "key")}${extra ? ` (${extra})` : ""}</summary>`, "");
    out.push("| Type | Bits | Keys |", "| --- | ---: | ---: |");
    const tally = keyTally(result.keys);
    for (const group of tally.slice(0, max)) out.push(`| ${cell(group.type)} | ${group.bits ?? "\u2014"} | ${group.count} |`);
    if (tally.length > max) out.push("", `\u2026and ${tally.length - max} more types and sizes in the JSON report.`);
    out.push("", "</details>", "");
  }
  if (result.skipped.length > 0) {
    out.push("<details>", `<summary>Skipped files (${result.skipped.length})</summary>`, "", "| File | Reason |", "| --- | --- |");
    for (const item of result.skipped.slice(0, max)) out.push(`| ${cell(item.path)} | ${cell(item.reason)} |`);
    if (result.skipped.length > max) out.push("", `\u2026and ${result.skipped.length - max} more skipped files in the JSON report.`);
    out.push("", "</details>", "");
  }
  for (const note of policyNotes(summary)) out.push(note, "");
  return out.join("\n");
}

export {
  plural,
  keyTally,
  summaryLine,
  policyNotes,
  SEVERITIES,
  mostUrgentFirst,
  countBySeverity,
  moreText,
  cell,
  findingRows,
  whereCell,
  keyText,
  addFindingTable,
  findingCount,
  verdictLine,
  locationText,
  scopeLine,
  filterProblemLine,
  renderSummary
};
