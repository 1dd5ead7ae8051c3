#!/usr/bin/env node
import {
  byLocation
} from "./chunk-OCWKS3J7.js";
import {
  REPOSITORY_URL,
  RULES_DOC_URL
} from "./chunk-GYNN6ZCP.js";
import {
  RULES,
  securitySeverity
} from "./chunk-GEDZCDBK.js";

// src/reporters/sarif-reporter.ts
import { createHash } from "node:crypto";
import { posix } from "node:path";
var LEVELS = { error: "error", warning: "warning", notice: "note" };
function ruleName(id) {
  return id.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
}
function ruleHelpMarkdown(rule) {
  return `**What it detects.** ${rule.detects}

**Why it matters.** ${rule.why}

**How to fix.** ${rule.fix}`;
}
function sarifRule(rule) {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.detects },
    help: { text: `${rule.detects} ${rule.why} Fix: ${rule.fix}`, markdown: ruleHelpMarkdown(rule) },
    helpUri: `${RULES_DOC_URL}#${rule.id}`,
    defaultConfiguration: { level: LEVELS[rule.severity] },
    properties: {
      tags: ["security", "ssh"],
      precision: "very-high",
      "security-severity": securitySeverity(rule)
    }
  };
}
function findingFingerprint(finding) {
  const identity = [finding.rule, finding.path, finding.fingerprint ?? finding.message].join("\0");
  return createHash("sha256").update(identity).digest("hex").slice(0, 32);
}
function sarifSuppression(suppression) {
  return {
    kind: suppression.kind === "inline" ? "inSource" : "external",
    status: "accepted",
    justification: suppression.reason,
    properties: {
      source: suppression.source,
      suppressedBy: suppression.kind,
      ...suppression.expires ? { expires: suppression.expires } : {}
    }
  };
}
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function artifactLocation(path, root) {
  if (path.startsWith("/")) return { uri: pathToFileUri(path, false) };
  if (path === ".." || path.startsWith("../")) return { uri: pathToFileUri(posix.join(root.replace(/\\/g, "/"), path), false) };
  return { uri: encodePath(path), uriBaseId: "%SRCROOT%" };
}
function renderSarif(result, options = {}) {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const all = [...result.findings, ...result.suppressed].sort(byLocation);
  const results = all.map((finding) => ({
    ruleId: finding.rule,
    ruleIndex: ruleIndex.get(finding.rule),
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.path, result.root),
          region: { startLine: finding.line }
        }
      }
    ],
    partialFingerprints: { "sshKeyAudit/v1": findingFingerprint(finding) },
    ..."suppression" in finding ? { suppressions: [sarifSuppression(finding.suppression)] } : {},
    ...finding.fingerprint || finding.commit ? {
      properties: {
        ...finding.fingerprint ? { keyFingerprint: finding.fingerprint } : {},
        ...finding.commit ? { commit: finding.commit } : {}
      }
    } : {}
  }));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: REPOSITORY_URL,
            rules: RULES.map(sarifRule)
          }
        },
        automationDetails: { id: `${options.category ?? "ssh-key-audit"}/` },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileUri(result.root) } },
        results
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
function pathToFileUri(directory, isDirectory = true) {
  const withSlash = !isDirectory || directory.endsWith("/") ? directory : `${directory}/`;
  return `file://${encodePath(withSlash.replace(/\\/g, "/").replace(/^(?!\/)/, "/"))}`;
}

export {
  ruleHelpMarkdown,
  findingFingerprint,
  renderSarif
};
