/**
 * pr-filter: which findings a pull request is answerable for. `added` keeps findings on lines the pull
 * request adds, `file` findings anywhere in the files it touches, `all` everything. Findings that are not
 * in a file (secrets, deploy keys) are never filtered: no pull request changes them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../core/types.js';
import type { ApiFailure, GitHubApi } from './github-api.js';
import type { PullRequest } from './event.js';

export const PR_FILTERS = ['added', 'file', 'all'] as const;
export type PrFilter = (typeof PR_FILTERS)[number];

/** Per changed file, the new-side line numbers it adds; null where GitHub sent no patch (binary, too large). */
export type Changes = Map<string, ReadonlySet<number> | null>;

// REST reference, "List pull requests files": "Responses include a maximum of 3000 files."
export const MAX_LISTED_FILES = 3000;
// A private key block is a few dozen lines; a longer search is not a key.
const MAX_BLOCK_LINES = 400;

/** New-side numbers of the `+` lines of a unified diff (the `patch` of a pull request file). */
export function addedLines(patch: string): Set<number> {
  const added = new Set<number>();
  let next: number | null = null;
  for (const line of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) next = Number(hunk[1]);
    else if (next === null || line.startsWith('\\')) continue;
    else if (line.startsWith('+')) added.add(next++);
    else if (!line.startsWith('-')) next++;
  }
  return added;
}

interface PullRequestFile {
  filename: string;
  status: string;
  changes: number;
  patch?: string;
}

/** `outage`: the API is down, which the caller reports in its one warning (with what it does instead). */
export type ChangesOutcome = { changes: Changes } | { problem: string; outage: ApiFailure | null };

/** Lists the pull request's files (paginated); a failure or an incomplete list is a problem, not changes. */
export async function pullRequestChanges(api: GitHubApi, pullRequest: PullRequest): Promise<ChangesOutcome> {
  const listed = await api.attempt(
    "listing the pull request's files",
    (octokit) => octokit.paginate(octokit.rest.pulls.listFiles, { ...api.repository, pull_number: pullRequest.number, per_page: 100 }),
    { quiet: true },
  );
  if (!listed.ok) {
    const hint = listed.failure.status === 403 || listed.failure.status === 404 ? ' (the token needs pull-requests: read)' : '';
    return {
      problem: `cannot list the files of pull request #${pullRequest.number} (${listed.failure.detail})${hint}`,
      outage: listed.failure.outage ? listed.failure : null,
    };
  }
  const files = listed.value as PullRequestFile[];
  if (pullRequest.changedFiles !== null && files.length < pullRequest.changedFiles) {
    return {
      problem: `pull request #${pullRequest.number} changes ${pullRequest.changedFiles} files and GitHub lists only ${files.length} (at most ${MAX_LISTED_FILES})`,
      outage: null,
    };
  }
  const changes: Changes = new Map();
  for (const file of files) {
    if (file.status === 'removed') continue;
    // A rename without edits has no patch and adds nothing; a missing patch on a changed file means GitHub left it out.
    if (typeof file.patch === 'string') changes.set(file.filename, addedLines(file.patch));
    else changes.set(file.filename, file.changes === 0 ? new Set() : null);
  }
  return { changes };
}

/**
 * The lines a finding stands for: its own, and for a key block (PEM, RFC 4716, PuTTY) every line to the
 * block's end, since replacing one key by another of the same kind changes only the body lines.
 */
function findingLines(lines: readonly string[], line: number): [number, number] {
  const first = lines[line - 1] ?? '';
  let end: RegExp | null = null;
  if (/-----BEGIN [A-Z0-9 ]+-----/.test(first) && !/-----END [A-Z0-9 ]+-----/.test(first)) end = /-----END [A-Z0-9 ]+-----/;
  else if (/---- BEGIN SSH2 /.test(first)) end = /---- END SSH2 /;
  else if (/^PuTTY-User-Key-File-/.test(first)) end = /^Private-MAC:/;
  if (!end) return [line, line];
  for (let index = line; index < Math.min(lines.length, line + MAX_BLOCK_LINES); index++) {
    if (end.test(lines[index]!)) return [line, index + 1];
  }
  return [line, line];
}

/** `isFile(path)` is false for findings about secrets and deploy keys. Keys (KeyRecord) filter the same way. */
export function filterFindings<T extends Pick<Finding, 'path' | 'line'>>(
  findings: readonly T[],
  changes: Changes,
  mode: PrFilter,
  root: string,
  isFile: (path: string) => boolean,
): T[] {
  if (mode === 'all') return [...findings];
  const fileLines = new Map<string, string[]>();
  const linesOf = (path: string): string[] => {
    let lines = fileLines.get(path);
    if (!lines) {
      try {
        lines = readFileSync(resolve(root, path), 'latin1').split(/\r?\n/);
      } catch {
        lines = [];
      }
      fileLines.set(path, lines);
    }
    return lines;
  };
  return findings.filter((finding) => {
    if (!isFile(finding.path)) return true;
    if (!changes.has(finding.path)) return false;
    const added = changes.get(finding.path);
    if (mode === 'file' || added === null || added === undefined) return true;
    if (added.has(finding.line)) return true;
    const [from, to] = findingLines(linesOf(finding.path), finding.line);
    for (let line = from + 1; line <= to; line++) if (added.has(line)) return true;
    return false;
  });
}
