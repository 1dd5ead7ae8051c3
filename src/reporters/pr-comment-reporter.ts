/**
 * The body of the one pull request comment the Action keeps up to date, about what the pull request adds:
 * a hidden marker to find it again, a first line that says whether the step failed and why, one row per
 * key or config line with every rule it breaks (errors first, linked to the line), the notices and the
 * keys the pull request adds folded in <details>. A comment body holds at most 65536 characters (REST
 * reference, "Create an issue comment"), so rows are cut most urgent first and the rest counted.
 */
import type { KeyRecord, ScanResult } from '../core/types.js';
import {
  addFindingTable,
  findingCount,
  findingRows,
  keyText,
  verdictLine,
  whereCell,
  type SourceLinks,
  type Verdict,
} from './finding-table.js';
import { filterProblemLine, type PrScope } from './summary-reporter.js';
import { plural } from './tally.js';

export interface CommentOptions {
  marker: string;
  scope: PrScope | null;
  /** Why the findings could not be narrowed to the pull request, when that failed. */
  filterProblem?: string | null;
  isFile: (path: string) => boolean;
  /** Link to the workflow run, where the job summary is. */
  runUrl: string | null;
  verdict: Verdict;
  links?: SourceLinks | null;
  /** The keys on what the pull request adds (the same filter as the findings); the whole inventory without a scope. */
  keys?: readonly KeyRecord[];
  maxRows?: number;
}

const BUDGET = 60_000;

/** `<!-- ssh-key-audit-comment category -->`: a category per comment, so two configurations do not overwrite each other. */
export function commentMarker(category: string): string {
  return `<!-- ssh-key-audit-comment ${category.replace(/--+|>/g, '-')} -->`;
}

export function renderComment(result: ScanResult, options: CommentOptions): string {
  const max = options.maxRows ?? 50;
  const links = options.links ?? null;
  const where =
    options.scope?.filter === 'added'
      ? 'on the lines this pull request adds'
      : options.scope?.filter === 'file'
        ? 'in the files this pull request changes'
        : 'in the repository';
  const elsewhere = options.runUrl ? ` in the [job summary](${options.runUrl})` : ' in the job summary';
  const out: string[] = [options.marker, `### ${verdictLine(options.verdict, result.findings, 'ssh-key-audit')}`, ''];
  out.push(result.findings.length === 0 ? `No findings ${where}.` : `${plural(result.findings.length, 'finding')} ${where}.`, '');
  if (options.filterProblem) out.push(`> ${filterProblemLine(options.filterProblem)}`, '');

  const rows = findingRows(result.findings, result.keys);
  const toFix = rows.filter((row) => row.severity !== 'notice');
  const notices = rows.filter((row) => row.severity === 'notice');
  if (toFix.length > 0) {
    addFindingTable(out, toFix, { isFile: options.isFile, links, max, budget: BUDGET - 12_000, elsewhere });
    out.push('');
  }
  if (notices.length > 0) {
    out.push('<details>', `<summary>Notices (${findingCount(notices)})</summary>`, '');
    addFindingTable(out, notices, { isFile: options.isFile, links, max, budget: BUDGET - 6_000, elsewhere });
    out.push('', '</details>', '');
  }

  const keys = options.keys ?? result.keys;
  if (keys.length > 0) {
    const what = options.scope ? `Keys this pull request adds or changes (${keys.length})` : `Keys in the repository (${keys.length})`;
    out.push('<details>', `<summary>${what}</summary>`, '', '| Where | Key |', '| --- | --- |');
    const lines = keys.slice(0, max).map((key) => `| ${whereCell(key, options.isFile, links)} | ${keyText(key)} |`);
    let size = out.join('\n').length;
    let listed = 0;
    for (const line of lines) {
      if (size + line.length + 1 > BUDGET - 1_000) break;
      out.push(line);
      size += line.length + 1;
      listed++;
    }
    if (keys.length > listed) out.push('', `…and ${plural(keys.length - listed, 'more key')}${elsewhere}.`);
    out.push('', '</details>', '');
  }
  if (options.scope && options.scope.hidden > 0) {
    out.push(
      `${plural(options.scope.hidden, 'finding')} elsewhere in the repository ${options.scope.hidden === 1 ? 'is' : 'are'} not about this pull request.`,
      '',
    );
  }
  if (options.runUrl) out.push(`[Workflow run](${options.runUrl})`, '');
  return out.join('\n');
}
