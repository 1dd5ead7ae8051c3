#!/usr/bin/env node
import {
  UsageError
} from "./chunk-ILGW4I5N.js";
import "./chunk-AAXGI36X.js";

// src/action/pr-git.ts
import { spawn as spawn2 } from "node:child_process";
import { realpathSync } from "node:fs";
import { relative, sep } from "node:path";

// src/history/added-lines.ts
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
function runGit(cwd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "git",
      ["-c", "core.quotePath=true", "-c", "diff.noprefix=false", "-c", "diff.mnemonicPrefix=false", "--no-pager", ...args],
      { cwd, stdio: ["ignore", "pipe", "pipe"] }
    );
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => reject(new UsageError(`git could not be run: ${error.message}`)));
    child.on("close", (status) => resolve({ status, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
  });
}
function firstLine(text) {
  return text.trim().split("\n")[0] ?? "";
}
async function fetchHint(repoDir, baseRef) {
  const remotes = (await runGit(repoDir, ["remote"])).stdout.toString("utf8").split("\n").filter(Boolean);
  const remote = remotes.find((name) => baseRef.startsWith(`${name}/`));
  return remote ? `git fetch ${remote} ${baseRef.slice(remote.length + 1)}` : `git fetch origin ${baseRef}`;
}
async function mergeBase(repoDir, baseRef) {
  const resolved = await runGit(repoDir, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${baseRef}^{commit}`]);
  if (resolved.status !== 0) {
    throw new UsageError(
      `--diff-base ${baseRef}: no such commit in this repository (fetch it first, e.g. ${await fetchHint(repoDir, baseRef)})`
    );
  }
  const base = await runGit(repoDir, ["merge-base", resolved.stdout.toString("utf8").trim(), "HEAD"]);
  if (base.status !== 0) {
    const why = firstLine(base.stderr);
    throw new UsageError(
      `--diff-base ${baseRef}: no merge base with HEAD${why ? ` (${why})` : ""}; a shallow clone is the usual cause: fetch more history (actions/checkout fetch-depth: 0, GitLab GIT_DEPTH: 0)`
    );
  }
  return base.stdout.toString("utf8").trim();
}
function unquoteGitPath(text) {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const simple = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  const bytes = [];
  const body = text.slice(1, -1);
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char !== "\\") {
      bytes.push(...Buffer.from(char, "utf8"));
      continue;
    }
    const next = body[index + 1] ?? "";
    const octal = /^[0-7]{3}/.exec(body.slice(index + 1, index + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      index += 3;
    } else if (next in simple) {
      bytes.push(simple[next]);
      index += 1;
    } else {
      bytes.push(92);
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function newSidePath(line) {
  const name = unquoteGitPath(line.slice(4).replace(/\t$/, ""));
  if (name === "/dev/null") return null;
  return name.startsWith("b/") ? name.slice(2) : name;
}
function parseZeroContextDiff(output) {
  const added = /* @__PURE__ */ new Map();
  let path = null;
  let lines = null;
  let remaining = 0;
  let start = 0;
  while (start < output.length) {
    let end = output.indexOf(10, start);
    if (end === -1) end = output.length;
    const first = output[start];
    if (remaining > 0) {
      if (first !== 92) remaining--;
    } else if (first === 92) {
    } else {
      const line = output.subarray(start, end).toString("latin1");
      if (line.startsWith("diff --git ")) {
        path = null;
        lines = null;
      } else if (line.startsWith("+++ ")) {
        path = newSidePath(Buffer.from(line, "latin1").toString("utf8"));
        lines = null;
      } else if (line.startsWith("@@ ")) {
        const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (hunk) {
          const removed = hunk[1] === void 0 ? 1 : Number(hunk[1]);
          const from = Number(hunk[2]);
          const count = hunk[3] === void 0 ? 1 : Number(hunk[3]);
          remaining = removed + count;
          if (path !== null && count > 0) {
            if (!lines) {
              lines = added.get(path) ?? /* @__PURE__ */ new Set();
              added.set(path, lines);
            }
            for (let number = from; number < from + count; number++) lines.add(number);
          }
        }
      }
    }
    start = end + 1;
  }
  return added;
}
function allLines(bytes) {
  let count = 0;
  for (let index = bytes.indexOf(10); index !== -1; index = bytes.indexOf(10, index + 1)) count++;
  if (bytes.length > 0 && bytes[bytes.length - 1] !== 10) count++;
  const lines = /* @__PURE__ */ new Set();
  for (let number = 1; number <= count; number++) lines.add(number);
  return lines;
}
var ADDED_LINES_DIFF = [
  "diff",
  "--no-color",
  "--no-ext-diff",
  "--no-textconv",
  "--no-renames",
  "--text",
  "-U0",
  "--src-prefix=a/",
  "--dst-prefix=b/"
];
async function diffAdded(repoDir, baseRef, index) {
  const base = await mergeBase(repoDir, baseRef);
  const diff = await runGit(repoDir, [...ADDED_LINES_DIFF, ...index ? ["--cached"] : [], base, "--"]);
  if (diff.status !== 0) throw new UsageError(`--diff-base ${baseRef}: git diff failed: ${firstLine(diff.stderr)}`);
  return parseZeroContextDiff(diff.stdout);
}
async function addedLinesSince(repoDir, baseRef) {
  const added = await diffAdded(repoDir, baseRef, false);
  const root = (await runGit(repoDir, ["rev-parse", "--show-toplevel"])).stdout.toString("utf8").trim();
  const untracked = await runGit(repoDir, ["ls-files", "-z", "--others", "--exclude-standard", "--full-name", ":/"]);
  for (const path of untracked.stdout.toString("utf8").split("\0")) {
    if (!path) continue;
    try {
      added.set(path, allLines(await readFile(join(root, path))));
    } catch {
    }
  }
  return added;
}

// src/action/pr-git.ts
var FETCH_TIMEOUT_MS = 6e4;
function runGit2(cwd, args, timeout = 3e4) {
  return new Promise((resolve) => {
    const child = spawn2("git", ["--no-pager", ...args], {
      cwd,
      timeout,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0" }
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => resolve({ status: null, stdout: Buffer.alloc(0), stderr: error.message }));
    child.on("close", (status) => resolve({ status, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
  });
}
var firstLine2 = (text) => text.trim().split("\n")[0] ?? "";
async function hasCommit(cwd, ref) {
  return (await runGit2(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).status === 0;
}
function underRoot(changes, repo, root) {
  let prefix;
  try {
    prefix = relative(realpathSync(repo), realpathSync(root)).split(sep).join("/");
  } catch {
    prefix = "";
  }
  if (prefix === "") return changes;
  const mapped = /* @__PURE__ */ new Map();
  for (const [path, lines] of changes) if (path.startsWith(`${prefix}/`)) mapped.set(path.slice(prefix.length + 1), lines);
  return mapped;
}
async function pullRequestChangesFromGit(root, baseSha, mergeSha) {
  const found = await findChanges(root, baseSha, mergeSha);
  return "changes" in found ? { changes: underRoot(found.changes, found.repo, root), how: found.how } : found;
}
async function findChanges(root, baseSha, mergeSha) {
  const top = await runGit2(root, ["rev-parse", "--show-toplevel"]);
  if (top.status !== 0) return { problem: `the workspace is not a git repository (${firstLine2(top.stderr)})` };
  const repo = top.stdout.toString("utf8").trim();
  try {
    const head = (await runGit2(repo, ["rev-parse", "HEAD"])).stdout.toString("utf8").trim();
    const isMerge = await hasCommit(repo, "HEAD^2") && await hasCommit(repo, "HEAD^1");
    if (isMerge && (mergeSha === null || head === mergeSha)) {
      return { changes: await addedLinesSince(repo, "HEAD^1"), how: "git diff HEAD^1 HEAD", repo };
    }
  } catch (error) {
    return { problem: `git diff HEAD^1 HEAD failed: ${error.message}` };
  }
  if (!baseSha) return { problem: "HEAD has no parent in this checkout and the event names no base commit" };
  let fetched = "";
  if (!await hasCommit(repo, baseSha)) {
    const fetch = await runGit2(repo, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", baseSha], FETCH_TIMEOUT_MS);
    if (fetch.status !== 0 || !await hasCommit(repo, baseSha)) {
      return { problem: `git fetch --depth=1 origin ${baseSha} failed: ${firstLine2(fetch.stderr) || `exit ${fetch.status}`}` };
    }
    fetched = `git fetch --depth=1 origin ${baseSha.slice(0, 12)}, `;
  }
  try {
    return { changes: await addedLinesSince(repo, baseSha), how: `${fetched}git diff ${baseSha.slice(0, 12)}...HEAD`, repo };
  } catch {
  }
  const diff = await runGit2(repo, ["-c", "core.quotePath=true", ...ADDED_LINES_DIFF, baseSha, "HEAD", "--"]);
  if (diff.status !== 0) return { problem: `git diff ${baseSha.slice(0, 12)} HEAD failed: ${firstLine2(diff.stderr)}` };
  return { changes: parseZeroContextDiff(diff.stdout), how: `${fetched}git diff ${baseSha.slice(0, 12)} HEAD`, repo };
}
export {
  pullRequestChangesFromGit
};
