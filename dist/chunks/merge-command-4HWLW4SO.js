#!/usr/bin/env node
import {
  findSharedPrimes
} from "./chunk-WWKRTRRI.js";
import {
  cell,
  codeCell
} from "./chunk-DY65V6XI.js";
import {
  renderSarif
} from "./chunk-OSTVPF5X.js";
import {
  byLocation
} from "./chunk-OCWKS3J7.js";
import "./chunk-SJ7L7DRX.js";
import {
  exitCodeFor,
  parseCommandLine
} from "./chunk-ZBU7ZBZR.js";
import "./chunk-72M4R2KB.js";
import "./chunk-ACTYS6I7.js";
import {
  guardText
} from "./chunk-42MXORR6.js";
import "./chunk-AFWYQFC3.js";
import {
  RULES_DOC_URL,
  VERSION
} from "./chunk-GYNN6ZCP.js";
import "./chunk-GEDZCDBK.js";
import "./chunk-CCRRIRE6.js";
import {
  UsageError
} from "./chunk-ILGW4I5N.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";

// src/cli/merge-command.ts
import { readFileSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";

// src/core/merge.ts
function asReport(value, name) {
  const report = value;
  if (!report || report.tool?.name !== "ssh-key-audit" || !Array.isArray(report.keys) || !Array.isArray(report.findings) || !report.summary) {
    throw new UsageError(`${name} is not an ssh-key-audit JSON report (make it with --format json)`);
  }
  return report;
}
async function mergeReports(reports) {
  const names = /* @__PURE__ */ new Set();
  for (const { repository } of reports) {
    if (names.has(repository)) throw new UsageError(`two reports are both named ${repository}: give each repository's report its own name`);
    names.add(repository);
  }
  const keys = /* @__PURE__ */ new Map();
  const moduli = /* @__PURE__ */ new Map();
  const findings = [];
  for (const { repository, report } of reports) {
    for (const key of report.keys) {
      if (!key.fingerprint || key.commit) continue;
      const location = { repository, path: key.path, line: key.line, source: key.source };
      const entry = keys.get(key.fingerprint);
      if (entry) entry.locations.push(location);
      else keys.set(key.fingerprint, { fingerprint: key.fingerprint, type: key.type, bits: key.bits, locations: [location] });
      const n = key.rsaModulus && /^[0-9a-f]+$/.test(key.rsaModulus) ? Buffer.from(key.rsaModulus, "hex") : null;
      if (n) {
        const id = n.toString("hex");
        const at = { path: key.path, line: key.line, fingerprint: key.fingerprint, group: repository };
        const modulus = moduli.get(id);
        if (modulus) modulus.locations.push(at);
        else moduli.set(id, { n, locations: [at] });
      }
    }
    for (const finding of report.findings) findings.push({ ...finding, repository });
  }
  const repositoryOf = new Map(
    [...moduli.values()].flatMap((entry) => entry.locations.map((at) => [`${at.path}\0${at.line}\0${at.fingerprint}`, at.group]))
  );
  for (const finding of await findSharedPrimes(moduli, { acrossGroupsOnly: true })) {
    findings.push({ ...finding, repository: repositoryOf.get(`${finding.path}\0${finding.line}\0${finding.fingerprint}`) ?? "" });
  }
  const inventory = [...keys.values()].sort((a, b) => a.fingerprint < b.fingerprint ? -1 : 1);
  const shared = inventory.filter((key) => new Set(key.locations.map((location) => location.repository)).size > 1);
  findings.sort((a, b) => a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : byLocation(a, b));
  const count = (severity) => findings.filter((finding) => finding.severity === severity).length;
  return {
    tool: { name: "ssh-key-audit", version: VERSION },
    repositories: reports.map(({ repository, report }) => ({
      repository,
      files: report.summary.files,
      keys: report.summary.keys,
      // Counted from the merged findings, so a prime shared with another repository counts here too.
      errors: findings.filter((finding) => finding.repository === repository && finding.severity === "error").length,
      warnings: findings.filter((finding) => finding.repository === repository && finding.severity === "warning").length,
      notices: findings.filter((finding) => finding.repository === repository && finding.severity === "notice").length,
      skipped: report.summary.skipped
    })),
    keys: inventory,
    sharedKeys: shared,
    findings,
    totals: {
      repositories: reports.length,
      keys: inventory.length,
      error: count("error"),
      warning: count("warning"),
      notice: count("notice")
    }
  };
}

// src/reporters/merged-reporter.ts
function renderMergedJson(merged) {
  return JSON.stringify(merged, null, 2) + "\n";
}
function renderMergedMarkdown(merged, maxRows = 200) {
  const { totals } = merged;
  const out = ["## ssh-key-audit: organisation report", ""];
  out.push("| Repositories | Keys | Errors | Warnings | Notices |", "| ---: | ---: | ---: | ---: | ---: |");
  out.push(`| ${totals.repositories} | ${totals.keys} | ${totals.error} | ${totals.warning} | ${totals.notice} |`, "");
  out.push(
    "### Repositories",
    "",
    "| Repository | Keys | Errors | Warnings | Notices | Skipped |",
    "| --- | ---: | ---: | ---: | ---: | ---: |"
  );
  for (const repo of merged.repositories) {
    out.push(`| ${cell(repo.repository)} | ${repo.keys} | ${repo.errors} | ${repo.warnings} | ${repo.notices} | ${repo.skipped} |`);
  }
  out.push("");
  if (merged.sharedKeys.length > 0) {
    out.push("### Keys in more than one repository", "", "| Key | Where |", "| --- | --- |");
    for (const key of merged.sharedKeys.slice(0, maxRows)) {
      const where = key.locations.map((location) => `${cell(location.repository)}: \`${codeCell(location.path)}:${location.line}\``).join("<br>");
      out.push(`| ${cell(key.type)} ${key.bits ?? ""} \`${key.fingerprint}\` | ${where} |`);
    }
    if (merged.sharedKeys.length > maxRows) out.push("", `\u2026and ${merged.sharedKeys.length - maxRows} more shared keys in the JSON report.`);
    out.push("");
  }
  if (merged.findings.length > 0) {
    out.push("### Findings", "", "| Repository | Severity | Rule | Location | Message |", "| --- | --- | --- | --- | --- |");
    for (const finding of merged.findings.slice(0, maxRows)) {
      const rule = `[${finding.rule}](${RULES_DOC_URL}#${finding.rule})`;
      out.push(
        `| ${cell(finding.repository)} | ${finding.severity} | ${rule} | \`${codeCell(finding.path)}:${finding.line}\` | ${cell(finding.message)} |`
      );
    }
    if (merged.findings.length > maxRows) out.push("", `\u2026and ${merged.findings.length - maxRows} more findings in the JSON report.`);
    out.push("");
  }
  return out.join("\n") + "\n";
}
function renderMergedSarif(merged) {
  const asScan = {
    tool: merged.tool,
    root: "/",
    keys: [],
    findings: merged.findings.map(({ repository, ...finding }) => ({ ...finding, path: `${repository}/${finding.path}` })),
    suppressed: [],
    skipped: [],
    summary: {
      files: 0,
      keys: merged.totals.keys,
      errors: merged.totals.error,
      warnings: merged.totals.warning,
      notices: merged.totals.notice,
      skipped: 0,
      suppressed: 0
    }
  };
  return renderSarif(asScan, { category: "ssh-key-audit-organisation" });
}

// src/cli/merge-command.ts
var MERGE_USAGE = `Usage: ssh-key-audit merge REPORT.json... [--format json|markdown|sarif] [--output FILE]

Combines the JSON reports of several repositories (made with --format json, or the Action's report-file)
into one: totals per repository and severity, the keys found in more than one repository, and primes
shared between repositories' RSA keys. A report is named by its "repository" field, else its file name.`;
var FORMATS = ["json", "markdown", "sarif"];
async function runMerge(argv, io) {
  try {
    const { values, positionals } = parseCommandLine(
      argv,
      { format: { type: "string" }, output: { type: "string", short: "o" }, help: { type: "boolean", short: "h" } },
      "ssh-key-audit merge"
    );
    if (values.help) {
      io.stdout.write(MERGE_USAGE + "\n");
      return 0;
    }
    const format = values.format ?? "json";
    if (!FORMATS.includes(format))
      throw new UsageError(`merge: --format must be one of ${FORMATS.join(", ")}, got ${JSON.stringify(format)}`);
    if (positionals.length === 0) throw new UsageError("merge: name at least one JSON report");
    const reports = positionals.map((file) => {
      let text2;
      try {
        text2 = readFileSync(resolve(io.cwd, file), "utf8");
      } catch (error) {
        throw new UsageError(`merge: cannot read ${file} (${error.code ?? "error"})`);
      }
      let value;
      try {
        value = JSON.parse(text2);
      } catch {
        throw new UsageError(`merge: ${file} is not JSON`);
      }
      const report = asReport(value, file);
      const named = value.repository;
      return { repository: typeof named === "string" && named !== "" ? named : basename(file).replace(/\.json$/i, ""), report };
    });
    const merged = await mergeReports(reports);
    const text = format === "markdown" ? renderMergedMarkdown(merged) : format === "sarif" ? renderMergedSarif(merged) : renderMergedJson(merged);
    if (values.output) writeFileSync(resolve(io.cwd, values.output), guardText(text));
    else io.stdout.write(text);
    return 0;
  } catch (error) {
    return exitCodeFor(error, io.stderr);
  }
}
export {
  MERGE_USAGE,
  runMerge
};
