/**
 * The lines a change adds, from git alone: `addedLinesSince(repoDir, baseRef)` diffs the merge base of
 * baseRef and HEAD against the working tree (what the scan reads; in a clean checkout that is HEAD) and
 * returns repository-root-relative path (as git spells it, `/`-separated) -> 1-based line numbers added.
 * `addedLinesInIndexSince` does the same against the index, for --staged. Files git does not track yet
 * (untracked, not ignored) count as wholly added, since every line of them is new to the base.
 * Runs git as a child process, so it lives outside the scanning core. Throws UsageError when the ref or
 * the merge base cannot be found (a shallow clone is the usual cause).
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';

/** Path (repository-root-relative, as git gives it) -> added line numbers, 1-based. */
export type AddedLines = Map<string, Set<number>>;

interface GitRun {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

function runGit(cwd: string, args: readonly string[]): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    // Pinned settings so a user's git configuration cannot change what is parsed: no pager, no colour,
    // no external diff or textconv, the a/ and b/ prefixes, and C-quoted non-ASCII paths (unquoted below).
    const child = spawn(
      'git',
      ['-c', 'core.quotePath=true', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false', '--no-pager', ...args],
      { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(new UsageError(`git could not be run: ${error.message}`)));
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

/** The fetch that brings `baseRef`: a remote-tracking name (`origin/main`) is fetched from its remote by branch name. */
async function fetchHint(repoDir: string, baseRef: string): Promise<string> {
  const remotes = (await runGit(repoDir, ['remote'])).stdout.toString('utf8').split('\n').filter(Boolean);
  const remote = remotes.find((name) => baseRef.startsWith(`${name}/`));
  return remote ? `git fetch ${remote} ${baseRef.slice(remote.length + 1)}` : `git fetch origin ${baseRef}`;
}

/** The merge base of baseRef and HEAD, or a UsageError that says how to get one. */
async function mergeBase(repoDir: string, baseRef: string): Promise<string> {
  const resolved = await runGit(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${baseRef}^{commit}`]);
  if (resolved.status !== 0) {
    throw new UsageError(
      `--diff-base ${baseRef}: no such commit in this repository (fetch it first, e.g. ${await fetchHint(repoDir, baseRef)})`,
    );
  }
  const base = await runGit(repoDir, ['merge-base', resolved.stdout.toString('utf8').trim(), 'HEAD']);
  if (base.status !== 0) {
    const why = firstLine(base.stderr);
    throw new UsageError(
      `--diff-base ${baseRef}: no merge base with HEAD${why ? ` (${why})` : ''}; a shallow clone is the usual cause: fetch more history (actions/checkout fetch-depth: 0, GitLab GIT_DEPTH: 0)`,
    );
  }
  return base.stdout.toString('utf8').trim();
}

/**
 * Undoes git's C-style path quoting ("a\tb", "\303\251"): the escapes are bytes, decoded as UTF-8
 * together so multi-byte names come back whole.
 */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = body[index + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(body.slice(index + 1, index + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      index += 3;
    } else if (next in simple) {
      bytes.push(simple[next]!);
      index += 1;
    } else {
      bytes.push(92);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The path of a `+++ b/path` line, or null for `+++ /dev/null` (a deletion). */
function newSidePath(line: string): string | null {
  // git appends a tab to ---/+++ names that hold a space (for GNU patch); a name with a tab of its own is quoted.
  const name = unquoteGitPath(line.slice(4).replace(/\t$/, ''));
  if (name === '/dev/null') return null;
  return name.startsWith('b/') ? name.slice(2) : name;
}

/**
 * Parses `git diff -U0` output into path -> added lines. Hunk bodies are skipped by count (the header
 * says how many lines are removed and added), so content that looks like a header is never read as one.
 */
export function parseZeroContextDiff(output: Buffer): AddedLines {
  const added: AddedLines = new Map();
  let path: string | null = null;
  let lines: Set<number> | null = null;
  let remaining = 0;
  let start = 0;
  while (start < output.length) {
    let end = output.indexOf(0x0a, start);
    if (end === -1) end = output.length;
    const first = output[start];
    if (remaining > 0) {
      // "\ No newline at end of file" follows a body line without being one.
      if (first !== 0x5c) remaining--;
    } else if (first === 0x5c) {
      // trailing "\ No newline at end of file" of a hunk's last line
    } else {
      const line = output.subarray(start, end).toString('latin1');
      if (line.startsWith('diff --git ')) {
        path = null;
        lines = null;
      } else if (line.startsWith('+++ ')) {
        path = newSidePath(Buffer.from(line, 'latin1').toString('utf8'));
        lines = null;
      } else if (line.startsWith('@@ ')) {
        const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (hunk) {
          const removed = hunk[1] === undefined ? 1 : Number(hunk[1]);
          const from = Number(hunk[2]);
          const count = hunk[3] === undefined ? 1 : Number(hunk[3]);
          remaining = removed + count;
          if (path !== null && count > 0) {
            if (!lines) {
              lines = added.get(path) ?? new Set<number>();
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

/** Line numbers 1..n of a file's bytes, counted as the scan counts them: a final line without \n still counts. */
function allLines(bytes: Buffer): Set<number> {
  let count = 0;
  for (let index = bytes.indexOf(0x0a); index !== -1; index = bytes.indexOf(0x0a, index + 1)) count++;
  if (bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a) count++;
  const lines = new Set<number>();
  for (let number = 1; number <= count; number++) lines.add(number);
  return lines;
}

/**
 * `git diff` as parseZeroContextDiff reads it: no context, fixed a/ b/ prefixes, no colour or external tools.
 * --text: a file git calls binary (one NUL byte) can still hold a key the scan finds, and its lines count.
 * --no-renames: a moved file counts as added, so a key that moves is reported, never hidden by the move.
 */
export const ADDED_LINES_DIFF: readonly string[] = [
  'diff',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-renames',
  '--text',
  '-U0',
  '--src-prefix=a/',
  '--dst-prefix=b/',
];

async function diffAdded(repoDir: string, baseRef: string, index: boolean): Promise<AddedLines> {
  const base = await mergeBase(repoDir, baseRef);
  const diff = await runGit(repoDir, [...ADDED_LINES_DIFF, ...(index ? ['--cached'] : []), base, '--']);
  if (diff.status !== 0) throw new UsageError(`--diff-base ${baseRef}: git diff failed: ${firstLine(diff.stderr)}`);
  return parseZeroContextDiff(diff.stdout);
}

/** Lines added in the working tree (tracked files, plus untracked ones not ignored) since the merge base of baseRef and HEAD. */
export async function addedLinesSince(repoDir: string, baseRef: string): Promise<Map<string, Set<number>>> {
  const added = await diffAdded(repoDir, baseRef, false);
  const root = (await runGit(repoDir, ['rev-parse', '--show-toplevel'])).stdout.toString('utf8').trim();
  const untracked = await runGit(repoDir, ['ls-files', '-z', '--others', '--exclude-standard', '--full-name', ':/']);
  for (const path of untracked.stdout.toString('utf8').split('\0')) {
    if (!path) continue;
    try {
      added.set(path, allLines(await readFile(join(root, path))));
    } catch {
      // gone between the listing and the read, or a directory git lists for a nested repository: nothing added
    }
  }
  return added;
}

/** Lines added in the index (what the next commit holds) since the merge base of baseRef and HEAD. */
export function addedLinesInIndexSince(repoDir: string, baseRef: string): Promise<Map<string, Set<number>>> {
  return diffAdded(repoDir, baseRef, true);
}
