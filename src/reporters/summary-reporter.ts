/**
 * The Action's job summary: counts by severity, the key inventory by type and size, and the findings,
 * capped so the step summary stays far below GitHub's 1 MiB limit per step (docs, workflow commands,
 * "Step isolation and limits"); whatever is left out is counted and found in the JSON and SARIF reports.
 */
import type { Finding, ScanResult } from '../core/types.js';
import { RULES_DOC_URL } from '../version.js';
import { cell } from './markdown-reporter.js';
import { keyTally, plural } from './tally.js';

export interface PrScope {
  number: number;
  filter: 'added' | 'file';
  /** Findings of the scan the filter left out. */
  hidden: number;
}

export interface SummaryOptions {
  /** False for findings about secrets and deploy keys, which have no file and no line. */
  isFile?: (path: string) => boolean;
  maxFindings?: number;
  pullRequest?: PrScope | null;
}

// Far below the 1 MiB limit, so a summary is never rejected for size whatever the paths hold.
const BUDGET = 512 * 1024;

export function locationText(finding: Finding, isFile: (path: string) => boolean): string {
  const where = isFile(finding.path) ? `${finding.path}:${finding.line}` : finding.path;
  return `\`${where
    .replace(/[\r\n]+/g, ' ')
    .replace(/`/g, "'")
    .replace(/\|/g, '\\|')}\``;
}

export function findingRow(finding: Finding, isFile: (path: string) => boolean): string {
  const rule = `[${finding.rule}](${RULES_DOC_URL}#${finding.rule})`;
  return `| ${finding.severity} | ${rule} | ${locationText(finding, isFile)} | ${cell(finding.message)} |`;
}

export function scopeLine(scope: PrScope): string {
  const where = scope.filter === 'added' ? 'on lines this pull request adds' : 'in files this pull request changes';
  const hidden =
    scope.hidden > 0
      ? ` ${plural(scope.hidden, 'finding')} elsewhere in the repository ${scope.hidden === 1 ? 'is' : 'are'} left out here (\`pr-filter: ${scope.filter}\`); the SARIF report has every finding.`
      : '';
  return `Pull request #${scope.number}: findings ${where}.${hidden}`;
}

export function renderSummary(result: ScanResult, options: SummaryOptions = {}): string {
  const isFile = options.isFile ?? (() => true);
  const max = options.maxFindings ?? 100;
  const { summary } = result;
  const out: string[] = ['## ssh-key-audit', ''];
  if (options.pullRequest) out.push(`> ${scopeLine(options.pullRequest)}`, '');
  out.push('| Severity | Findings |', '| --- | ---: |');
  out.push(`| error | ${summary.errors} |`, `| warning | ${summary.warnings} |`, `| notice | ${summary.notices} |`, '');
  const secrets = result.keys.filter((key) => key.source === 'secret').length;
  const deployKeys = result.keys.filter((key) => key.source === 'deploy-key').length;
  const extra = [secrets > 0 ? `${plural(secrets, 'key')} from secrets` : '', deployKeys > 0 ? plural(deployKeys, 'deploy key') : '']
    .filter(Boolean)
    .join(', ');
  out.push(
    `${plural(summary.keys, 'key')} (${[`${plural(summary.files, 'file')} scanned`, extra, summary.skipped > 0 ? `${summary.skipped} skipped` : ''].filter(Boolean).join(', ')}).`,
    '',
  );

  if (result.keys.length > 0) {
    out.push('### Keys', '', '| Type | Bits | Keys |', '| --- | ---: | ---: |');
    for (const group of keyTally(result.keys)) out.push(`| ${cell(group.type)} | ${group.bits ?? '—'} | ${group.count} |`);
    out.push('');
  }

  if (result.findings.length > 0) {
    out.push('### Findings', '', '| Severity | Rule | Location | Message |', '| --- | --- | --- | --- |');
    let size = out.join('\n').length;
    let listed = 0;
    for (const finding of result.findings) {
      if (listed >= max) break;
      const row = findingRow(finding, isFile);
      if (size + row.length > BUDGET) break;
      out.push(row);
      size += row.length + 1;
      listed++;
    }
    const more = result.findings.length - listed;
    if (more > 0) out.push('', `…and ${plural(more, 'more finding')} in the JSON report and the SARIF.`);
    out.push('');
  } else {
    out.push('No findings.', '');
  }

  if (result.skipped.length > 0) {
    out.push('### Skipped', '', '| File | Reason |', '| --- | --- |');
    for (const item of result.skipped.slice(0, max)) out.push(`| ${cell(item.path)} | ${cell(item.reason)} |`);
    if (result.skipped.length > max) out.push('', `…and ${result.skipped.length - max} more skipped files in the JSON report.`);
    out.push('');
  }
  return out.join('\n');
}
