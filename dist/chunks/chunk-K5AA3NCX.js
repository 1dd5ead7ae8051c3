#!/usr/bin/env node

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
  const wanted = blobs.filter((blob) => (sizes.get(blob) ?? Infinity) <= maxSize);
  for (const blob of blobs) {
    const size = sizes.get(blob);
    if (size !== void 0 && size > maxSize) yield { blob, size, bytes: null };
    else if (size === void 0)
      yield { blob, size: 0, bytes: null, unreadable: missing.has(blob) ? MISSING : "git did not list it as a blob" };
  }
  if (wanted.length === 0) return;
  const child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"], env: OFFLINE_ENV });
  child.stdin.end(wanted.join("\n") + "\n");
  child.stderr.resume();
  const pendingBlobs = new Set(wanted);
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

export {
  GitError,
  isShallow,
  repositoryRoot,
  blobOrigins,
  readBlobs
};
