/**
 * The Action's job summary, for the person who has to fix what it found: the first line says whether the
 * step failed and why, then one row per key or config line with every rule it breaks (errors first, each
 * place linked to its file and line at the analysed commit), and folded away the notices, the key
 * inventory and the skipped files. Lists are cut most urgent first, so a cut never hides an error behind
 * notices, and the summary stays far below GitHub's 1 MiB per step (docs, workflow commands, "Step
 * isolation and limits"); what is left out is counted by severity and is in the JSON and SARIF reports.
 */
import type { Finding, ScanResult } from '../core/types.js';
import { cell, codeCell } from './markdown-reporter.js';
import { addFindingTable, findingCount, findingRows, verdictLine, type SourceLinks, type Verdict } from './finding-table.js';

const ELSEWHERE = ': every finding is in the JSON report and the SARIF';
import { keyTally, plural, policyNotes, summaryLine } from './tally.js';

export interface PrScope {
  number: number;
  filter: 'added' | 'file';
  /** Findings of the scan the filter left out. */
  hidden: number;
  /** Where the added lines came from when not from the GitHub API (`git diff HEAD^1 HEAD`). */
  source?: string;
  /** Why not from the API, when it was never asked (`no github-token is set`); absent: it could not list them. */
  apiNotAsked?: string;
}

export interface SummaryOptions {
  /** False for findings about secrets and deploy keys, which have no file and no line. */
  isFile?: (path: string) => boolean;
  /** Rows (keys or config lines) listed per table before the rest is counted. */
  maxRows?: number;
  pullRequest?: PrScope | null;
  /** Why a pull request's findings could not be narrowed to it, when that failed: every finding counts. */
  filterProblem?: string | null;
  verdict: Verdict;
  links?: SourceLinks | null;
  /** Things the reader must know that are not findings (annotations that did not make it, and so on). */
  notes?: readonly string[];
}

// Far below the 1 MiB limit, so a summary is never rejected for size whatever the paths hold.
const BUDGET = 512 * 1024;
const NOTICES_BUDGET = BUDGET - 64 * 1024;

export function locationText(finding: Pick<Finding, 'path' | 'line'>, isFile: (path: string) => boolean): string {
  const where = isFile(finding.path) ? `${finding.path}:${finding.line}` : finding.path;
  return `\`${codeCell(where)}\``;
}

export function scopeLine(scope: PrScope): string {
  const where = scope.filter === 'added' ? 'on lines this pull request adds' : 'in files this pull request changes';
  const why = scope.apiNotAsked ? `${scope.apiNotAsked}, so the GitHub API was not asked` : 'the GitHub API could not list them';
  const source = scope.source ? ` (the changes come from ${scope.source} in the checkout: ${why})` : '';
  const hidden =
    scope.hidden > 0
      ? ` ${plural(scope.hidden, 'finding')} elsewhere in the repository ${scope.hidden === 1 ? 'is' : 'are'} left out here (\`pr-filter: ${scope.filter}\`); the SARIF report has every finding.`
      : '';
  return `Pull request #${scope.number}: findings ${where}${source}.${hidden}`;
}

export function filterProblemLine(problem: string): string {
  return `**The pull request filter could not be applied** (${problem}), so every finding in the repository is reported and counts for the result, including findings that were there before this pull request.`;
}

export function renderSummary(result: ScanResult, options: SummaryOptions): string {
  const isFile = options.isFile ?? (() => true);
  const links = options.links ?? null;
  const max = options.maxRows ?? 100;
  const { summary } = result;
  const out: string[] = [`## ${verdictLine(options.verdict, result.findings, 'ssh-key-audit')}`, ''];
  out.push(`${summaryLine(summary)}.`, '');
  if (options.filterProblem) out.push(`> ${filterProblemLine(options.filterProblem)}`, '');
  if (options.pullRequest) out.push(`> ${scopeLine(options.pullRequest)}`, '');
  for (const note of options.notes ?? []) out.push(`> ${note}`, '');

  const rows = findingRows(result.findings, result.keys);
  const toFix = rows.filter((row) => row.severity !== 'notice');
  const notices = rows.filter((row) => row.severity === 'notice');
  if (toFix.length > 0) {
    out.push(`### Errors and warnings (${plural(toFix.length, 'place')})`, '');
    addFindingTable(out, toFix, { isFile, links, max, budget: NOTICES_BUDGET, elsewhere: ELSEWHERE });
    out.push('');
  }
  if (notices.length > 0) {
    out.push('<details>', `<summary>Notices (${findingCount(notices)})</summary>`, '');
    addFindingTable(out, notices, { isFile, links, max, budget: BUDGET - 32 * 1024, elsewhere: ELSEWHERE });
    out.push('', '</details>', '');
  }
  if (rows.length === 0) out.push('No findings.', '');

  if (result.keys.length > 0) {
    const secrets = result.keys.filter((key) => key.source === 'secret').length;
    const deployKeys = result.keys.filter((key) => key.source === 'deploy-key').length;
    const extra = [secrets > 0 ? `${plural(secrets, 'key')} from secrets` : '', deployKeys > 0 ? plural(deployKeys, 'deploy key') : '']
      .filter(Boolean)
      .join(', ');
    out.push('<details>', `<summary>Key inventory: ${plural(summary.keys, 'key')}${extra ? ` (${extra})` : ''}</summary>`, '');
    out.push('| Type | Bits | Keys |', '| --- | ---: | ---: |');
    const tally = keyTally(result.keys);
    for (const group of tally.slice(0, max)) out.push(`| ${cell(group.type)} | ${group.bits ?? '—'} | ${group.count} |`);
    if (tally.length > max) out.push('', `…and ${tally.length - max} more types and sizes in the JSON report.`);
    out.push('', '</details>', '');
  }

  if (result.skipped.length > 0) {
    out.push('<details>', `<summary>Skipped files (${result.skipped.length})</summary>`, '', '| File | Reason |', '| --- | --- |');
    for (const item of result.skipped.slice(0, max)) out.push(`| ${cell(item.path)} | ${cell(item.reason)} |`);
    if (result.skipped.length > max) out.push('', `…and ${result.skipped.length - max} more skipped files in the JSON report.`);
    out.push('', '</details>', '');
  }
  for (const note of policyNotes(summary)) out.push(note, '');
  return out.join('\n');
}
