#!/usr/bin/env node
import {
  ADDED_LINES_DIFF,
  addedLinesSince,
  parseZeroContextDiff
} from "./chunk-MTNVUZVF.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-AAXGI36X.js";

// src/action/pr-git.ts
import { spawn } from "node:child_process";
import { realpathSync } from "node:fs";
import { relative, sep } from "node:path";
var FETCH_TIMEOUT_MS = 6e4;
function runGit(cwd, args, timeout = 3e4) {
  return new Promise((resolve) => {
    const child = spawn("git", ["--no-pager", ...args], {
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
var firstLine = (text) => text.trim().split("\n")[0] ?? "";
async function hasCommit(cwd, ref) {
  return (await runGit(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).status === 0;
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
  const top = await runGit(root, ["rev-parse", "--show-toplevel"]);
  if (top.status !== 0) return { problem: `the workspace is not a git repository (${firstLine(top.stderr)})` };
  const repo = top.stdout.toString("utf8").trim();
  try {
    const head = (await runGit(repo, ["rev-parse", "HEAD"])).stdout.toString("utf8").trim();
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
    const fetch = await runGit(repo, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", baseSha], FETCH_TIMEOUT_MS);
    if (fetch.status !== 0 || !await hasCommit(repo, baseSha)) {
      return { problem: `git fetch --depth=1 origin ${baseSha} failed: ${firstLine(fetch.stderr) || `exit ${fetch.status}`}` };
    }
    fetched = `git fetch --depth=1 origin ${baseSha.slice(0, 12)}, `;
  }
  try {
    return { changes: await addedLinesSince(repo, baseSha), how: `${fetched}git diff ${baseSha.slice(0, 12)}...HEAD`, repo };
  } catch {
  }
  const diff = await runGit(repo, ["-c", "core.quotePath=true", ...ADDED_LINES_DIFF, baseSha, "HEAD", "--"]);
  if (diff.status !== 0) return { problem: `git diff ${baseSha.slice(0, 12)} HEAD failed: ${firstLine(diff.stderr)}` };
  return { changes: parseZeroContextDiff(diff.stdout), how: `${fetched}git diff ${baseSha.slice(0, 12)} HEAD`, repo };
}
export {
  pullRequestChangesFromGit
};
