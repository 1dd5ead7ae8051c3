#!/usr/bin/env node
import {
  reportPath
} from "./chunk-QCZIQUKG.js";
import {
  MAX_BASELINE_BYTES,
  parseJsonFile,
  readBoundedText
} from "./chunk-ZAUYDAMR.js";
import {
  UsageError
} from "./chunk-ILGW4I5N.js";

// src/core/policy/baseline.ts
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
var VERSION = 1;
function normaliseMessage(message) {
  return message.replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}
function entryIdentity(entry) {
  return entry.fingerprint !== void 0 ? `${entry.rule}\0${entry.fingerprint}` : `${entry.rule}\0${entry.path ?? ""}\0${normaliseMessage(entry.message ?? "")}`;
}
function baselineEntry(finding, base, root) {
  if (finding.fingerprint !== null) return { rule: finding.rule, fingerprint: finding.fingerprint };
  return { rule: finding.rule, path: reportPath(base, resolve(root, finding.path)), message: finding.message };
}
function findingIdentity(finding, base, root) {
  return entryIdentity(baselineEntry(finding, base, root));
}
function loadBaseline(file, root) {
  const absolute = resolve(root, file);
  if (!existsSync(absolute)) throw new UsageError(`baseline not found: ${file} (write one with --write-baseline ${file})`);
  const data = parseJsonFile(readBoundedText(absolute, MAX_BASELINE_BYTES, `the baseline ${file}`), `the baseline ${file}`);
  const baseline = data;
  if (baseline?.tool !== "ssh-key-audit" || !Array.isArray(baseline.findings)) {
    throw new UsageError(`${file} is not a baseline written by ssh-key-audit --write-baseline`);
  }
  if (baseline.version !== VERSION)
    throw new UsageError(`the baseline ${file} has version ${String(baseline.version)}; this ssh-key-audit reads version ${VERSION}`);
  const identities = /* @__PURE__ */ new Set();
  baseline.findings.forEach((entry, index) => {
    const valid = typeof entry?.rule === "string" && (typeof entry.fingerprint === "string" || typeof entry.path === "string" && typeof entry.message === "string");
    if (!valid)
      throw new UsageError(`the baseline ${file}: entry ${index + 1} needs a rule and a fingerprint, or a rule, a path and a message`);
    identities.add(entryIdentity(entry));
  });
  return { file, base: dirname(absolute), identities };
}
function renderBaseline(findings, file, root) {
  const base = dirname(resolve(root, file));
  const entries = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const entry = baselineEntry(finding, base, root);
    entries.set(entryIdentity(entry), entry);
  }
  const ordered = [...entries].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, entry]) => entry);
  const baseline = { tool: "ssh-key-audit", version: VERSION, findings: ordered };
  return JSON.stringify(baseline, null, 2) + "\n";
}

export {
  baselineEntry,
  findingIdentity,
  loadBaseline,
  renderBaseline
};
