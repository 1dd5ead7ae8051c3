#!/usr/bin/env node
import {
  scan,
  summarise
} from "./chunk-DEC45CT2.js";
import "./chunk-UL3HQTUI.js";
import "./chunk-R4ZJ3Q6X.js";
import {
  GitError,
  readBlobs,
  repositoryRoot
} from "./chunk-K5AA3NCX.js";
import {
  byPath
} from "./chunk-OCWKS3J7.js";
import {
  plural
} from "./chunk-SJ7L7DRX.js";
import "./chunk-QCZIQUKG.js";
import "./chunk-QTPL3ROI.js";
import "./chunk-JEPBBKKA.js";
import "./chunk-ETGSMTXK.js";
import "./chunk-ACTYS6I7.js";
import "./chunk-ZO5PTKSB.js";
import "./chunk-ZAUYDAMR.js";
import "./chunk-AFWYQFC3.js";
import "./chunk-GYNN6ZCP.js";
import "./chunk-GEDZCDBK.js";
import "./chunk-CCRRIRE6.js";
import {
  UsageError
} from "./chunk-ILGW4I5N.js";
import {
  trimTrailing
} from "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";

// src/cli/change-scan.ts
import { resolve as resolve3 } from "node:path";

// src/history/added-lines.ts
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
function runGit(cwd, args) {
  return new Promise((resolve4, reject) => {
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
    child.on("close", (status) => resolve4({ status, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
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
function addedLinesInIndexSince(repoDir, baseRef) {
  return diffAdded(repoDir, baseRef, true);
}

// src/history/staged-source.ts
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join as join2, parse, relative, resolve, sep } from "node:path";
function gitText(cwd, args) {
  const result = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 1 << 30 });
  if (result.error) throw new UsageError(`--staged: git could not be run: ${result.error.message}`);
  if (result.status !== 0) throw new UsageError(`--staged: git ${args[0]} failed: ${result.stderr.trim().split("\n")[0] ?? ""}`);
  return result.stdout;
}
function changedEntries(root, against) {
  const raw = gitText(root, ["diff-index", "--cached", "--raw", "-z", "--no-renames", "--no-abbrev", "--diff-filter=ACMT", against, "--"]);
  const fields = raw.split("\0");
  const entries = [];
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const match = /^:\d+ (\d+) [0-9a-f]+ ([0-9a-f]+) [A-Z]\d*$/.exec(fields[index]);
    if (match) entries.push({ mode: match[1], blob: match[2], path: fields[index + 1] });
  }
  return entries;
}
function indexEntries(root, keep) {
  const entries = [];
  for (const field of gitText(root, ["ls-files", "--stage", "-z"]).split("\0")) {
    const match = /^(\d+) ([0-9a-f]+) 0\t([\s\S]*)$/.exec(field);
    if (match && keep(match[3])) entries.push({ mode: match[1], blob: match[2], path: match[3] });
  }
  return entries;
}
function sshContext(path) {
  return path.toLowerCase().split("/").some((segment) => segment.includes("ssh") || segment === "crypto-policies");
}
function headOrEmptyTree(root) {
  const head = spawnSync("git", ["rev-parse", "--verify", "--quiet", "HEAD"], { cwd: root, encoding: "utf8" });
  if (head.status === 0) return head.stdout.trim();
  return gitText(root, ["hash-object", "-t", "tree", "--stdin"]).trim();
}
function within(path, limits) {
  return limits.length === 0 || limits.some((limit) => limit === "." || path === limit || path.startsWith(`${limit}/`));
}
async function stagedTree(options) {
  let repoRoot;
  try {
    repoRoot = repositoryRoot(options.cwd);
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(`--staged needs a git repository: ${error.message}`);
    throw error;
  }
  const only = options.only;
  const staged = only ? indexEntries(repoRoot, (path) => only.has(path)) : changedEntries(repoRoot, headOrEmptyTree(repoRoot));
  const changedPaths = new Set(staged.map((entry) => entry.path));
  const contextEntries = indexEntries(repoRoot, (path) => !changedPaths.has(path) && sshContext(path));
  const limits = options.paths.map((path) => {
    const rel = relative(options.cwd, resolve(options.cwd, path)).split(sep).join("/");
    return rel === "" ? "." : trimTrailing(rel, "/");
  });
  const skipped = [];
  const wanted = /* @__PURE__ */ new Map();
  const contextPaths = /* @__PURE__ */ new Set();
  const realCwd = realpathSync(options.cwd);
  for (const entry of staged) {
    const rel = relative(realCwd, join2(repoRoot, entry.path)).split(sep).join("/");
    if (rel.startsWith("../") || isAbsolute(rel) || !within(rel, limits)) continue;
    if (entry.mode === "120000") skipped.push({ path: rel, reason: "staged symlink: its target is scanned at its own path" });
    else if (entry.mode === "160000") skipped.push({ path: rel, reason: "staged submodule: scan that repository on its own" });
    else wanted.set(entry.blob, [...wanted.get(entry.blob) ?? [], rel]);
  }
  for (const entry of contextEntries) {
    const rel = relative(realCwd, join2(repoRoot, entry.path)).split(sep).join("/");
    if (rel.startsWith("../") || isAbsolute(rel) || !within(rel, limits) || entry.mode !== "100644") continue;
    contextPaths.add(rel);
    wanted.set(entry.blob, [...wanted.get(entry.blob) ?? [], rel]);
  }
  const temp = mkdtempSync(join2(tmpdir(), "ssh-key-audit-staged-"));
  const cwd = resolve(options.cwd);
  const mirror = join2(temp, "tree", cwd.slice(parse(cwd).root.length));
  mkdirSync(mirror, { recursive: true });
  const files = [];
  const context = [];
  try {
    for await (const content of readBlobs(repoRoot, [...wanted.keys()], options.maxFileSize)) {
      for (const path of wanted.get(content.blob) ?? []) {
        if (!content.bytes) {
          if (contextPaths.has(path)) continue;
          skipped.push({ path, reason: `larger than the --max-file-size limit (${content.size} bytes)` });
          continue;
        }
        const target = join2(mirror, path);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, content.bytes, { mode: 384 });
        (contextPaths.has(path) ? context : files).push(path);
      }
    }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (error instanceof GitError) throw new UsageError(`--staged: ${error.message}`);
    throw error;
  }
  files.sort();
  context.sort();
  return {
    root: mirror,
    files,
    context,
    skipped,
    carry(path) {
      const source = resolve(cwd, path);
      const target = join2(temp, "tree", source.slice(parse(source).root.length));
      if (!existsSync(source) || existsSync(target)) return;
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(source, target);
    },
    remove() {
      rmSync(temp, { recursive: true, force: true });
    }
  };
}

// src/cli/diff-base.ts
import { realpathSync as realpathSync2 } from "node:fs";
import { relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
function repositoryPath(repoRoot, reportRoot) {
  const base = realpathSync2(reportRoot);
  const root = realpathSync2(repoRoot);
  return (path) => relative2(root, resolve2(base, path)).split(sep2).join("/");
}
function keepAdded(result, added, toRepo) {
  const onAddedLine = (item) => {
    if (item.commit !== void 0) return false;
    const lines = added.get(toRepo(item.path));
    if (!lines || lines.size === 0) return false;
    return item.line <= 0 || lines.has(item.line);
  };
  const findings = result.findings.filter(onAddedLine);
  const suppressed = result.suppressed.filter(onAddedLine);
  const keys = result.keys.filter(onAddedLine);
  const skipped = result.skipped.filter((item) => added.has(toRepo(item.path)));
  const summary = { ...result.summary, ...summarise(findings, result.summary.files, keys.length, skipped.length, suppressed.length) };
  return { ...result, findings, suppressed, keys, skipped, summary };
}
function keepFiles(result, files, contextFiles) {
  if (contextFiles === 0) return result;
  const inFiles = (item) => files.has(item.path);
  const findings = result.findings.filter(inFiles);
  const suppressed = result.suppressed.filter(inFiles);
  const keys = result.keys.filter(inFiles);
  const skipped = result.skipped.filter(inFiles);
  const scanned = Math.max(0, result.summary.files - contextFiles);
  const summary = { ...result.summary, ...summarise(findings, scanned, keys.length, skipped.length, suppressed.length) };
  return { ...result, findings, suppressed, keys, skipped, summary };
}

// src/cli/change-scan.ts
async function scanStaged(options, only, hooks) {
  const tree = await stagedTree({ cwd: options.root, only, paths: options.paths, maxFileSize: options.maxFileSize });
  try {
    if (tree.files.length > 0)
      for (const file of [...options.blocklists, ...options.baseline ? [options.baseline] : []]) tree.carry(file);
    const paths = tree.files.length > 0 ? [...tree.files, ...tree.context] : ["."];
    const result = keepFiles(await scan({ ...options, root: tree.root, paths }, hooks), new Set(tree.files), tree.context.length);
    const skipped = [...result.skipped, ...tree.skipped].sort(byPath);
    return { ...result, root: options.root, skipped, summary: { ...result.summary, skipped: skipped.length } };
  } finally {
    tree.remove();
  }
}
function gitRoot(cwd, flag) {
  try {
    return repositoryRoot(cwd);
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(`${flag} needs a git repository: ${error.message}`);
    throw error;
  }
}
async function scanChange(request, hooks) {
  const { options, diffBase, staged } = request;
  const cwd = resolve3(options.root);
  const repoRoot = gitRoot(cwd, diffBase === null ? "--staged" : "--diff-base");
  if (diffBase === null) {
    const result2 = await scanStaged(options, null, hooks);
    return { result: result2, note: `scanned ${plural(result2.summary.files, "staged file")}` };
  }
  const added = staged ? await addedLinesInIndexSince(cwd, diffBase) : await addedLinesSince(cwd, diffBase);
  const result = staged ? await scanStaged(options, new Set(added.keys()), hooks) : await scan(options, hooks);
  const lines = [...added.values()].reduce((sum, set) => sum + set.size, 0);
  const note = `--diff-base ${diffBase}: reporting what ${plural(added.size, "file")} gained (${plural(lines, "added line")}) since the merge base${staged ? ", as staged" : ""}`;
  return { result: keepAdded(result, added, repositoryPath(repoRoot, cwd)), note };
}
export {
  scanChange
};
