/**
 * --history: every blob reachable from any ref that is not in the current tree, named by the commit and
 * path where it first appeared, read through one `git cat-file --batch`. A private key committed and
 * later deleted is still leaked: anyone with a clone has it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { UsageError } from '../core/errors.js';
import type { ScanOptions } from '../core/options.js';
import type { HistoryBlob, HistorySource } from '../core/scan.js';
import { blobOrigins, GitError, isShallow, readBlobs, repositoryRoot, type BlobOrigin } from './git-objects.js';

const SHALLOW_WARNING =
  'history is incomplete: this is a shallow clone (actions/checkout fetches one commit unless told otherwise); set fetch-depth: 0 on actions/checkout, or run git fetch --unshallow';

const ALWAYS_EXCLUDED = ['**/node_modules/**', 'node_modules/**'];

/** Blob ids of the files in the index: those are scanned as files of the tree, not again as history. */
function currentBlobs(root: string): Set<string> {
  const listing = spawnSync('git', ['ls-files', '-s', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ids = new Set<string>();
  for (const entry of listing.stdout.split('\0')) {
    const id = /^\d+ ([0-9a-f]+) /.exec(entry)?.[1];
    if (id) ids.add(id);
  }
  return ids;
}

export interface HistoryOptions {
  /** Where the scan runs: reported paths are relative to it, as the tree's are. */
  reportRoot: string;
  /** A directory inside the repository. */
  within: string;
  maxFileSize: number;
  include: readonly string[];
  exclude: readonly string[];
}

function wanted(path: string, options: HistoryOptions): boolean {
  const matches = (pattern: string): boolean => minimatch(path, pattern, { dot: true }) || minimatch(path, `${pattern}/**`, { dot: true });
  if (ALWAYS_EXCLUDED.some(matches)) return false;
  if (options.exclude.some((pattern) => matches(pattern.includes('/') ? pattern : `**/${pattern}`))) return false;
  return options.include.length === 0 || options.include.some(matches);
}

export function historySource(options: HistoryOptions): HistorySource {
  let root: string;
  let origins: BlobOrigin[];
  let shallow: boolean;
  let current: Set<string>;
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
  const reportPath = (path: string): string => relative(options.reportRoot, join(root, path)).split(sep).join('/');

  async function* blobs(): AsyncGenerator<HistoryBlob> {
    for await (const content of readBlobs(root, [...byBlob.keys()], options.maxFileSize)) {
      const origin = byBlob.get(content.blob)!;
      const path = reportPath(origin.path);
      if (content.bytes) yield { path, commit: origin.commit, bytes: content.bytes };
      else if (content.unreadable) yield { path, commit: origin.commit, bytes: null, skipped: `unreadable: ${content.unreadable}` };
      else yield { path, commit: origin.commit, bytes: null, skipped: `larger than the --max-file-size limit (${content.size} bytes)` };
    }
  }
  return { blobs: blobs(), total: byBlob.size, shallow, ...(shallow ? { warning: SHALLOW_WARNING } : {}) };
}

/** The history of the repository that the scan's first path is in, with the scan's own limits and globs. */
export function historyForScan(options: ScanOptions): HistorySource {
  const first = resolve(options.root, options.paths[0] ?? '.');
  const within = existsSync(first) && statSync(first).isDirectory() ? first : dirname(first);
  return historySource({
    reportRoot: options.root,
    within,
    maxFileSize: options.maxFileSize,
    include: options.include,
    exclude: options.exclude,
  });
}
