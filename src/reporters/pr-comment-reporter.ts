/**
 * The body of the one pull request comment the Action keeps up to date: a hidden marker to find it again,
 * the findings of the pull request (capped; a comment body holds at most 65536 characters) and a line per
 * key type. When the pull request is clean, the same comment says so.
 */
import type { ScanResult } from '../core/types.js';
import { keyTally, plural } from './tally.js';
import { findingRow, type PrScope } from './summary-reporter.js';

export interface CommentOptions {
  marker: string;
  scope: PrScope | null;
  isFile: (path: string) => boolean;
  /** Link to the workflow run, where the job summary is. */
  runUrl: string | null;
  maxFindings?: number;
}

const BUDGET = 60_000;

/** `<!-- ssh-key-audit-comment category -->`: a category per comment, so two configurations do not overwrite each other. */
export function commentMarker(category: string): string {
  return `<!-- ssh-key-audit-comment ${category.replace(/--+|>/g, '-')} -->`;
}

export function renderComment(result: ScanResult, options: CommentOptions): string {
  const { summary } = result;
  const max = options.maxFindings ?? 50;
  const where =
    options.scope?.filter === 'added'
      ? 'on the lines this pull request adds'
      : options.scope?.filter === 'file'
        ? 'in the files this pull request changes'
        : 'in the repository';
  const out: string[] = [options.marker];
  if (result.findings.length === 0) {
    out.push(`### ssh-key-audit: all clear`, '', `No findings ${where}.`, '');
  } else {
    const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), plural(summary.notices, 'notice')];
    out.push(
      `### ssh-key-audit: ${counts.join(', ')} ${where}`,
      '',
      '| Severity | Rule | Location | Message |',
      '| --- | --- | --- | --- |',
    );
    let size = out.join('\n').length;
    let listed = 0;
    for (const finding of result.findings) {
      const row = findingRow(finding, options.isFile);
      if (listed >= max || size + row.length > BUDGET) break;
      out.push(row);
      size += row.length + 1;
      listed++;
    }
    const more = result.findings.length - listed;
    if (more > 0)
      out.push(
        '',
        `…and ${plural(more, 'more finding')}${options.runUrl ? ` in the [job summary](${options.runUrl})` : ' in the job summary'}.`,
      );
    out.push('');
  }
  if (options.scope && options.scope.hidden > 0) {
    out.push(
      `${plural(options.scope.hidden, 'finding')} elsewhere in the repository ${options.scope.hidden === 1 ? 'is' : 'are'} not about this pull request.`,
      '',
    );
  }
  const tally = keyTally(result.keys);
  if (tally.length > 0) {
    out.push(`**Keys in the repository** (${summary.keys}):`, '');
    for (const group of tally.slice(0, 30)) {
      out.push(`- \`${group.type.replace(/`/g, "'")}\`${group.bits ? ` ${group.bits}-bit` : ''}: ${group.count}`);
    }
    if (tally.length > 30) out.push(`- …and ${tally.length - 30} more types`);
    out.push('');
  }
  if (options.runUrl) out.push(`[Workflow run](${options.runUrl})`, '');
  return out.join('\n');
}
