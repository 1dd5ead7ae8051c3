#!/usr/bin/env node
import {
  GitError,
  blobOrigins,
  isShallow,
  readBlobs,
  repositoryRoot
} from "./chunk-K5AA3NCX.js";
import {
  minimatch
} from "./chunk-QTPL3ROI.js";
import {
  UsageError
} from "./chunk-ILGW4I5N.js";
import "./chunk-AAXGI36X.js";

// src/history/history-source.ts
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
var SHALLOW_WARNING = "history is incomplete: this is a shallow clone (actions/checkout fetches one commit unless told otherwise); set fetch-depth: 0 on actions/checkout, or run git fetch --unshallow";
var ALWAYS_EXCLUDED = ["**/node_modules/**", "node_modules/**"];
function currentBlobs(root) {
  const listing = spawnSync("git", ["ls-files", "-s", "-z"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
  const ids = /* @__PURE__ */ new Set();
  for (const entry of listing.stdout.split("\0")) {
    const id = /^\d+ ([0-9a-f]+) /.exec(entry)?.[1];
    if (id) ids.add(id);
  }
  return ids;
}
function wanted(path, options) {
  const matches = (pattern) => minimatch(path, pattern, { dot: true }) || minimatch(path, `${pattern}/**`, { dot: true });
  if (ALWAYS_EXCLUDED.some(matches)) return false;
  if (options.exclude.some((pattern) => matches(pattern.includes("/") ? pattern : `**/${pattern}`))) return false;
  return options.include.length === 0 || options.include.some(matches);
}
function historySource(options) {
  let root;
  let origins;
  let shallow;
  let current;
  try {
    root = repositoryRoot(options.within);
    shallow = isShallow(root);
    current = currentBlobs(root);
    origins = blobOrigins(root).filter((origin) => !current.has(origin.blob) && wanted(origin.path, options));
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(`--history needs a git repository: ${error.message}`);
    throw error;
  }
  const byBlob = new Map(origins.map((origin) => [origin.blob, origin]));
  const reportPath = (path) => relative(options.reportRoot, join(root, path)).split(sep).join("/");
  async function* blobs() {
    for await (const content of readBlobs(root, [...byBlob.keys()], options.maxFileSize)) {
      const origin = byBlob.get(content.blob);
      const path = reportPath(origin.path);
      if (content.bytes) yield { path, commit: origin.commit, bytes: content.bytes };
      else if (content.unreadable) yield { path, commit: origin.commit, bytes: null, skipped: `unreadable: ${content.unreadable}` };
      else yield { path, commit: origin.commit, bytes: null, skipped: `larger than the --max-file-size limit (${content.size} bytes)` };
    }
  }
  return { blobs: blobs(), total: byBlob.size, shallow, ...shallow ? { warning: SHALLOW_WARNING } : {} };
}
function historyForScan(options) {
  const first = resolve(options.root, options.paths[0] ?? ".");
  const within = existsSync(first) && statSync(first).isDirectory() ? first : dirname(first);
  return historySource({
    reportRoot: options.root,
    within,
    maxFileSize: options.maxFileSize,
    include: options.include,
    exclude: options.exclude
  });
}
export {
  historyForScan,
  historySource
};
