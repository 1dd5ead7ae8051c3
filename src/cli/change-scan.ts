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
import { addedLinesInIndexSince, addedLinesSince, mergeBase } from '../history/added-lines.js';
import { repositoryRoot } from '../history/git-objects.js';
import { stagedTree } from '../history/staged-source.js';
import { keepAdded, repositoryPath } from './diff-base.js';
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

async function scanStaged(options: ScanOptions, base: string | null, hooks: ScanHooks): Promise<ScanResult> {
  const tree = await stagedTree({ cwd: options.root, base, paths: options.paths, maxFileSize: options.maxFileSize });
  try {
    // The baseline and blocklists are read relative to the report root: the mirror gets copies of them.
    if (tree.files.length > 0)
      for (const file of [...options.blocklists, ...(options.baseline ? [options.baseline] : [])]) tree.carry(file);
    const mirrored: ScanOptions = { ...options, root: tree.root, paths: tree.files.length > 0 ? tree.files : ['.'] };
    const result = await scan(mirrored, hooks);
    const skipped = [...result.skipped, ...tree.skipped].sort(byPath);
    return { ...result, root: options.root, skipped, summary: { ...result.summary, skipped: skipped.length } };
  } finally {
    tree.remove();
  }
}

export async function scanChange(request: ChangeRequest, hooks: ScanHooks): Promise<ChangeScan> {
  const { options, diffBase, staged } = request;
  const cwd = resolve(options.root);
  if (diffBase === null) {
    const result = await scanStaged(options, null, hooks);
    return { result, note: `scanned ${plural(result.summary.files, 'staged file')}` };
  }
  const base = await mergeBase(cwd, diffBase);
  const result = staged ? await scanStaged(options, base, hooks) : await scan(options, hooks);
  const added = staged ? await addedLinesInIndexSince(cwd, base) : await addedLinesSince(cwd, base);
  const toRepo = repositoryPath(repositoryRoot(cwd), cwd);
  const lines = [...added.values()].reduce((sum, set) => sum + set.size, 0);
  const note = `--diff-base ${diffBase}: reporting what ${plural(added.size, 'file')} gained (${plural(lines, 'added line')}) since ${base.slice(0, 12)}${staged ? ', as staged' : ''}`;
  return { result: keepAdded(result, added, toRepo), note };
}
