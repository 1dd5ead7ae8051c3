/**
 * pr-filter without the GitHub API: the lines a pull request adds, from git in the checkout. On
 * `pull_request` events actions/checkout checks out the merge commit GitHub made (GITHUB_SHA), whose
 * first parent is the base, so `git diff HEAD^1 HEAD` is what the pull request adds. In the default
 * shallow clone (fetch-depth: 1) the parent is not there: the base commit is fetched first
 * (`git fetch --depth=1 origin BASE_SHA`, with the credentials checkout leaves in the git config), and the
 * merge commit's tree is diffed against it.
 */
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { ADDED_LINES_DIFF, addedLinesSince, parseZeroContextDiff } from '../history/added-lines.js';
import type { Changes } from './pr-filter.js';

interface GitRun {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

// A fetch over the network is the only slow step; a minute is plenty for one commit at depth 1.
const FETCH_TIMEOUT_MS = 60_000;

function runGit(cwd: string, args: readonly string[], timeout = 30_000): Promise<GitRun> {
  return new Promise((resolve) => {
    // GIT_TERMINAL_PROMPT=0: a fetch that needs credentials fails instead of waiting for a password.
    const child = spawn('git', ['--no-pager', ...args], {
      cwd,
      timeout,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => resolve({ status: null, stdout: Buffer.alloc(0), stderr: error.message }));
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

const firstLine = (text: string): string => text.trim().split('\n')[0] ?? '';

async function hasCommit(cwd: string, ref: string): Promise<boolean> {
  return (await runGit(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).status === 0;
}

/** Added lines and the command that gave them (for the warning), or why git could not say. */
export type GitChanges = { changes: Changes; how: string } | { problem: string };

/** git names paths from the repository root, findings from the scan root: keep what is under the scan root, relative to it. */
function underRoot(changes: Map<string, Set<number>>, repo: string, root: string): Changes {
  let prefix: string;
  try {
    prefix = relative(realpathSync(repo), realpathSync(root)).split(sep).join('/');
  } catch {
    prefix = '';
  }
  if (prefix === '') return changes;
  const mapped: Changes = new Map();
  for (const [path, lines] of changes) if (path.startsWith(`${prefix}/`)) mapped.set(path.slice(prefix.length + 1), lines);
  return mapped;
}

/** `mergeSha` is GITHUB_SHA, the merge commit GitHub made for the event; `baseSha` the pull request's base. */
export async function pullRequestChangesFromGit(root: string, baseSha: string | null, mergeSha: string | null): Promise<GitChanges> {
  const found = await findChanges(root, baseSha, mergeSha);
  return 'changes' in found ? { changes: underRoot(found.changes, found.repo, root), how: found.how } : found;
}

async function findChanges(
  root: string,
  baseSha: string | null,
  mergeSha: string | null,
): Promise<{ changes: Map<string, Set<number>>; how: string; repo: string } | { problem: string }> {
  const top = await runGit(root, ['rev-parse', '--show-toplevel']);
  if (top.status !== 0) return { problem: `the workspace is not a git repository (${firstLine(top.stderr)})` };
  const repo = top.stdout.toString('utf8').trim();
  try {
    // GitHub's merge commit with its parents at hand: its first parent is the base the pull request merges
    // into. Any other merge at HEAD (a branch that merged main, checked out by ref) is not, so it must be GITHUB_SHA.
    const head = (await runGit(repo, ['rev-parse', 'HEAD'])).stdout.toString('utf8').trim();
    const isMerge = (await hasCommit(repo, 'HEAD^2')) && (await hasCommit(repo, 'HEAD^1'));
    if (isMerge && (mergeSha === null || head === mergeSha)) {
      return { changes: await addedLinesSince(repo, 'HEAD^1'), how: 'git diff HEAD^1 HEAD', repo };
    }
  } catch (error) {
    return { problem: `git diff HEAD^1 HEAD failed: ${(error as Error).message}` };
  }
  if (!baseSha) return { problem: 'HEAD has no parent in this checkout and the event names no base commit' };
  let fetched = '';
  if (!(await hasCommit(repo, baseSha))) {
    const fetch = await runGit(repo, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', baseSha], FETCH_TIMEOUT_MS);
    if (fetch.status !== 0 || !(await hasCommit(repo, baseSha))) {
      return { problem: `git fetch --depth=1 origin ${baseSha} failed: ${firstLine(fetch.stderr) || `exit ${fetch.status}`}` };
    }
    fetched = `git fetch --depth=1 origin ${baseSha.slice(0, 12)}, `;
  }
  try {
    // With history, diff from the merge base: right also when the head (not a merge) is checked out.
    return { changes: await addedLinesSince(repo, baseSha), how: `${fetched}git diff ${baseSha.slice(0, 12)}...HEAD`, repo };
  } catch {
    // A shallow clone has no merge base: the merge commit's tree against the base's is what it adds.
  }
  const diff = await runGit(repo, ['-c', 'core.quotePath=true', ...ADDED_LINES_DIFF, baseSha, 'HEAD', '--']);
  if (diff.status !== 0) return { problem: `git diff ${baseSha.slice(0, 12)} HEAD failed: ${firstLine(diff.stderr)}` };
  return { changes: parseZeroContextDiff(diff.stdout), how: `${fetched}git diff ${baseSha.slice(0, 12)} HEAD`, repo };
}
