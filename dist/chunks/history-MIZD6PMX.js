#!/usr/bin/env node
import {
  minimatch
} from "./chunk-QTPL3ROI.js";
import {
  UsageError
} from "./chunk-ILGW4I5N.js";
import "./chunk-AAXGI36X.js";

// src/history/history-source.ts
import { spawnSync as spawnSync2 } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

// src/history/git-objects.ts
import { spawn, spawnSync } from "node:child_process";
var GitError = class extends Error {
  name = "GitError";
};
function git(cwd, args) {
  const result = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 1 << 30 });
  if (result.error) throw new GitError(`git could not be run: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`git ${args[0]} failed: ${result.stderr.trim().split("\n")[0]}`);
  return result.stdout;
}
function isShallow(cwd) {
  return git(cwd, ["rev-parse", "--is-shallow-repository"]).trim() === "true";
}
function repositoryRoot(cwd) {
  return git(cwd, ["rev-parse", "--show-toplevel"]).trim();
}
function blobOrigins(cwd) {
  const output = git(cwd, [
    "log",
    "--all",
    "--reverse",
    "--raw",
    "--root",
    "-m",
    "--no-abbrev",
    "--no-renames",
    "-z",
    "--format=%x01%H %ct"
  ]);
  const origins = /* @__PURE__ */ new Map();
  let commit = "";
  let time = 0;
  const fields = output.split("\0");
  for (let index = 0; index < fields.length; index++) {
    const field = fields[index];
    const header = field.indexOf("");
    if (header !== -1) {
      const [hash, seconds] = field.slice(header + 1).trim().split(" ");
      commit = hash;
      time = Number(seconds);
      continue;
    }
    const raw = /^\n?:(\d+) (\d+) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(field);
    if (!raw) continue;
    const path = fields[++index] ?? "";
    const [, , newMode, , blob, status] = raw;
    if (status === "D" || /^0+$/.test(blob) || newMode === "160000") continue;
    if (!origins.has(blob)) origins.set(blob, { blob, commit, path, time });
  }
  return [...origins.values()];
}
var OFFLINE_ENV = { ...process.env, GIT_ALLOW_PROTOCOL: "", GIT_TERMINAL_PROMPT: "0" };
var MISSING = "git has no such object (a corrupt clone, or a partial clone whose promisor remote is unreachable)";
async function* readBlobs(cwd, blobs, maxSize) {
  const sizes = /* @__PURE__ */ new Map();
  const check = spawnSync("git", ["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"], {
    cwd,
    input: blobs.join("\n") + "\n",
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: OFFLINE_ENV
  });
  let listing = check.stdout;
  if (check.status !== 0) {
    const present = spawnSync("git", ["cat-file", "--batch-all-objects", "--batch-check=%(objectname) %(objecttype) %(objectsize)"], {
      cwd,
      encoding: "utf8",
      maxBuffer: 1 << 30,
      env: OFFLINE_ENV
    });
    if (present.status !== 0) {
      const why = `git cat-file failed: ${(check.stderr ?? "").trim().split("\n")[0] || (check.error?.message ?? "no reason given")}`;
      for (const blob of blobs) yield { blob, size: 0, bytes: null, unreadable: why };
      return;
    }
    const asked = new Set(blobs);
    listing = present.stdout.split("\n").filter((line) => asked.has(line.slice(0, line.indexOf(" ")))).join("\n");
  }
  const missing = new Set(blobs);
  for (const line of listing.split("\n")) {
    const [oid, type, size] = line.split(" ");
    if (type === "blob") sizes.set(oid, Number(size));
    if (type !== "missing" && oid) missing.delete(oid);
  }
  const wanted2 = blobs.filter((blob) => (sizes.get(blob) ?? Infinity) <= maxSize);
  for (const blob of blobs) {
    const size = sizes.get(blob);
    if (size !== void 0 && size > maxSize) yield { blob, size, bytes: null };
    else if (size === void 0)
      yield { blob, size: 0, bytes: null, unreadable: missing.has(blob) ? MISSING : "git did not list it as a blob" };
  }
  if (wanted2.length === 0) return;
  const child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"], env: OFFLINE_ENV });
  child.stdin.end(wanted2.join("\n") + "\n");
  child.stderr.resume();
  const pendingBlobs = new Set(wanted2);
  let pending = Buffer.alloc(0);
  for await (const chunk of child.stdout) {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (; ; ) {
      const newline = pending.indexOf(10);
      if (newline === -1) break;
      const [oid, type, sizeText] = pending.subarray(0, newline).toString("latin1").split(" ");
      if (type === "missing" || sizeText === void 0) {
        pending = pending.subarray(newline + 1);
        if (oid && pendingBlobs.delete(oid)) yield { blob: oid, size: 0, bytes: null, unreadable: MISSING };
        continue;
      }
      const size = Number(sizeText);
      if (pending.length < newline + 1 + size + 1) break;
      pendingBlobs.delete(oid);
      yield { blob: oid, size, bytes: Buffer.from(pending.subarray(newline + 1, newline + 1 + size)) };
      pending = pending.subarray(newline + 1 + size + 1);
    }
  }
  for (const blob of pendingBlobs) yield { blob, size: 0, bytes: null, unreadable: "git cat-file stopped before giving it" };
}

// src/history/history-source.ts
var SHALLOW_WARNING = "history is incomplete: this is a shallow clone (actions/checkout fetches one commit unless told otherwise); set fetch-depth: 0 on actions/checkout, or run git fetch --unshallow";
var ALWAYS_EXCLUDED = ["**/node_modules/**", "node_modules/**"];
function currentBlobs(root) {
  const listing = spawnSync2("git", ["ls-files", "-s", "-z"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
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

// src/action/history.ts
function actionHistory(options) {
  try {
    return historyForScan(options);
  } catch (error) {
    if (error instanceof UsageError) {
      throw new UsageError(
        `${error.message.replace(/^--history/, "input history")} (check out the repository with actions/checkout, fetch-depth: 0)`
      );
    }
    throw error;
  }
}
export {
  actionHistory
};
