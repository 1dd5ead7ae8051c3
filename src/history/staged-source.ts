/**
 * --staged: the blobs in git's index that the next commit adds or changes, written into a temporary
 * mirror of the working directory so the ordinary scan (policy, inline comments, includes) reads them
 * instead of the working files. A key staged and then deleted from the working tree is still in the index,
 * so it is still scanned; an unstaged edit is not.
 *
 * The mirror lives at TMP/<absolute path of the working directory>, so every path relative to the working
 * directory (findings, the policy file, a baseline outside it) means the same file in the mirror.
 * Runs git as a child process, so it lives outside the scanning core. Throws UsageError outside a repository.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.js';
import { trimTrailing } from '../core/text-scan.js';
import type { Skipped } from '../core/types.js';
import { readBlobs, repositoryRoot, GitError } from './git-objects.js';

export interface StagedTree {
  /** The mirror of the working directory: scan it with it as the report root. */
  root: string;
  /** The staged files written into the mirror, relative to it (and to the working directory), `/`-separated. */
  files: string[];
  /**
   * Unchanged index entries where ssh configs live, written beside `files` so that Include and first-value-wins
   * see the whole configuration; findings in them are not the change's (the caller keeps `files` only).
   */
  context: string[];
  /** Staged entries that were not written (over the size limit, symlinks, submodules), with why. */
  skipped: Skipped[];
  /** Maps a path in the working directory (a baseline, a blocklist) to the same place in the mirror, copying the file there. */
  carry(path: string): void;
  /** Removes the mirror. */
  remove(): void;
}

export interface StagedOptions {
  /** The working directory: staged paths are reported relative to it, as the tree's are. */
  cwd: string;
  /**
   * null: the entries the index adds or changes relative to HEAD (what the next commit changes). A set of
   * repository-root-relative paths: the index's entries for exactly those (for --diff-base, the files that
   * gained lines since the merge base).
   */
  only: ReadonlySet<string> | null;
  /** Paths (relative to cwd) the scan is limited to; empty for everything under cwd. */
  paths: readonly string[];
  maxFileSize: number;
}

interface StagedEntry {
  mode: string;
  blob: string;
  /** Repository-root-relative, as git gives it. */
  path: string;
}

function gitText(cwd: string, args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.error) throw new UsageError(`--staged: git could not be run: ${result.error.message}`);
  if (result.status !== 0) throw new UsageError(`--staged: git ${args[0]} failed: ${result.stderr.trim().split('\n')[0] ?? ''}`);
  return result.stdout;
}

/** What the index holds that `against` does not: added, copied, modified or type-changed entries (deletions add nothing). */
function changedEntries(root: string, against: string): StagedEntry[] {
  const raw = gitText(root, ['diff-index', '--cached', '--raw', '-z', '--no-renames', '--no-abbrev', '--diff-filter=ACMT', against, '--']);
  const fields = raw.split('\0');
  const entries: StagedEntry[] = [];
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const match = /^:\d+ (\d+) [0-9a-f]+ ([0-9a-f]+) [A-Z]\d*$/.exec(fields[index]!);
    if (match) entries.push({ mode: match[1]!, blob: match[2]!, path: fields[index + 1]! });
  }
  return entries;
}

/** The index's entries (stage 0: merged) whose repository-relative path `keep` accepts. */
function indexEntries(root: string, keep: (path: string) => boolean): StagedEntry[] {
  const entries: StagedEntry[] = [];
  for (const field of gitText(root, ['ls-files', '--stage', '-z']).split('\0')) {
    const match = /^(\d+) ([0-9a-f]+) 0\t([\s\S]*)$/.exec(field);
    if (match && keep(match[3]!)) entries.push({ mode: match[1]!, blob: match[2]!, path: match[3]! });
  }
  return entries;
}

/**
 * Where an ssh/sshd config or one of its drop-ins can live (etc/ssh/..., .ssh/config, sshd_config.d/...,
 * crypto-policies back-ends): a config is judged with the files that include it or that it includes
 * (first value wins across drop-ins), so these come along even when the change does not touch them.
 */
function sshContext(path: string): boolean {
  return path
    .toLowerCase()
    .split('/')
    .some((segment) => segment.includes('ssh') || segment === 'crypto-policies');
}

/** HEAD, or git's empty tree before the first commit (whatever the repository's hash function). */
function headOrEmptyTree(root: string): string {
  const head = spawnSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: root, encoding: 'utf8' });
  if (head.status === 0) return head.stdout.trim();
  return gitText(root, ['hash-object', '-t', 'tree', '--stdin']).trim();
}

function within(path: string, limits: readonly string[]): boolean {
  return limits.length === 0 || limits.some((limit) => limit === '.' || path === limit || path.startsWith(`${limit}/`));
}

/** Writes the staged blobs under a fresh temporary directory; the caller must call `remove()`. */
export async function stagedTree(options: StagedOptions): Promise<StagedTree> {
  let repoRoot: string;
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
    const rel = relative(options.cwd, resolve(options.cwd, path)).split(sep).join('/');
    return rel === '' ? '.' : trimTrailing(rel, '/');
  });
  const skipped: Skipped[] = [];
  const wanted = new Map<string, string[]>();
  const contextPaths = new Set<string>();
  // git names the top level by its real path; a working directory reached through a symlink must match it.
  const realCwd = realpathSync(options.cwd);
  for (const entry of staged) {
    const rel = relative(realCwd, join(repoRoot, entry.path)).split(sep).join('/');
    if (rel.startsWith('../') || isAbsolute(rel) || !within(rel, limits)) continue;
    // Symlinks hold a target name and gitlinks another repository's commit: neither holds file content.
    if (entry.mode === '120000') skipped.push({ path: rel, reason: 'staged symlink: its target is scanned at its own path' });
    else if (entry.mode === '160000') skipped.push({ path: rel, reason: 'staged submodule: scan that repository on its own' });
    else wanted.set(entry.blob, [...(wanted.get(entry.blob) ?? []), rel]);
  }
  for (const entry of contextEntries) {
    const rel = relative(realCwd, join(repoRoot, entry.path)).split(sep).join('/');
    if (rel.startsWith('../') || isAbsolute(rel) || !within(rel, limits) || entry.mode !== '100644') continue;
    contextPaths.add(rel);
    wanted.set(entry.blob, [...(wanted.get(entry.blob) ?? []), rel]);
  }

  const temp = mkdtempSync(join(tmpdir(), 'ssh-key-audit-staged-'));
  const cwd = resolve(options.cwd);
  const mirror = join(temp, 'tree', cwd.slice(parse(cwd).root.length));
  mkdirSync(mirror, { recursive: true });
  const files: string[] = [];
  const context: string[] = [];
  try {
    for await (const content of readBlobs(repoRoot, [...wanted.keys()], options.maxFileSize)) {
      for (const path of wanted.get(content.blob) ?? []) {
        if (!content.bytes) {
          if (contextPaths.has(path)) continue;
          skipped.push({ path, reason: `larger than the --max-file-size limit (${content.size} bytes)` });
          continue;
        }
        const target = join(mirror, path);
        mkdirSync(dirname(target), { recursive: true });
        // 0o600: the mirror may hold a private key for a moment; no one else on the machine should read it.
        writeFileSync(target, content.bytes, { mode: 0o600 });
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
    carry(path: string): void {
      const source = resolve(cwd, path);
      const target = join(temp, 'tree', source.slice(parse(source).root.length));
      if (!existsSync(source) || existsSync(target)) return;
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(source, target);
    },
    remove(): void {
      rmSync(temp, { recursive: true, force: true });
    },
  };
}
