/**
 * Scans of one change rather than the whole tree: --staged (the index's blobs through a temporary mirror,
 * see src/history/staged-source.ts) and --diff-base REF (only what was added since the merge base).
 * Returns the result with paths relative to the working directory, as a tree scan's are, and a note for stderr.
 */
import { resolve } from 'node:path';
import { byPath } from '../core/order.js';
import type { ScanOptions } from '../core/options.js';
import { scan, type ScanHooks } from '../core/scan.js';
import type { ScanResult } from '../core/types.js';
import { UsageError } from '../core/errors.js';
import { addedLinesInIndexSince, addedLinesSince } from '../history/added-lines.js';
import { GitError, repositoryRoot } from '../history/git-objects.js';
import { stagedTree } from '../history/staged-source.js';
import { keepAdded, keepFiles, repositoryPath } from './diff-base.js';
import { plural } from '../reporters/tally.js';

export interface ChangeRequest {
  options: ScanOptions;
  diffBase: string | null;
  staged: boolean;
}

export interface ChangeScan {
  result: ScanResult;
  /** One line for stderr saying what was compared. */
  note: string;
}

async function scanStaged(options: ScanOptions, only: ReadonlySet<string> | null, hooks: ScanHooks): Promise<ScanResult> {
  const tree = await stagedTree({ cwd: options.root, only, paths: options.paths, maxFileSize: options.maxFileSize });
  try {
    // The baseline and blocklists are read relative to the report root: the mirror gets copies of them.
    if (tree.files.length > 0)
      for (const file of [...options.blocklists, ...(options.baseline ? [options.baseline] : [])]) tree.carry(file);
    // Nothing staged: the mirror is empty and the scan finds nothing ('.' keeps it a scan of that empty tree).
    const paths = tree.files.length > 0 ? [...tree.files, ...tree.context] : ['.'];
    const result = keepFiles(await scan({ ...options, root: tree.root, paths }, hooks), new Set(tree.files), tree.context.length);
    const skipped = [...result.skipped, ...tree.skipped].sort(byPath);
    return { ...result, root: options.root, skipped, summary: { ...result.summary, skipped: skipped.length } };
  } finally {
    tree.remove();
  }
}

function gitRoot(cwd: string, flag: string): string {
  try {
    return repositoryRoot(cwd);
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(`${flag} needs a git repository: ${error.message}`);
    throw error;
  }
}

export async function scanChange(request: ChangeRequest, hooks: ScanHooks): Promise<ChangeScan> {
  const { options, diffBase, staged } = request;
  const cwd = resolve(options.root);
  const repoRoot = gitRoot(cwd, diffBase === null ? '--staged' : '--diff-base');
  if (diffBase === null) {
    const result = await scanStaged(options, null, hooks);
    return { result, note: `scanned ${plural(result.summary.files, 'staged file')}` };
  }
  // The added lines first: with --staged they also name the files to take from the index.
  const added = staged ? await addedLinesInIndexSince(cwd, diffBase) : await addedLinesSince(cwd, diffBase);
  const result = staged ? await scanStaged(options, new Set(added.keys()), hooks) : await scan(options, hooks);
  const lines = [...added.values()].reduce((sum, set) => sum + set.size, 0);
  const note = `--diff-base ${diffBase}: reporting what ${plural(added.size, 'file')} gained (${plural(lines, 'added line')}) since the merge base${staged ? ', as staged' : ''}`;
  return { result: keepAdded(result, added, repositoryPath(repoRoot, cwd)), note };
}
