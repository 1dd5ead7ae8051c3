/**
 * The body of the tracking issue that scheduled runs keep up to date: a hidden marker to find it again, the
 * findings (errors first), the key inventory with fingerprints, and what the counts leave out. Nothing in it
 * changes from run to run but the result itself and the link to the run that wrote it, which
 * `trackingContent` leaves out, so a run with the same result finds the body as it would write it.
 */
import type { Finding, KeyRecord, ScanResult, Severity } from '../core/types.js';
import { RULES_DOC_URL } from '../version.js';
import { cell } from './markdown-reporter.js';
import { locationText } from './summary-reporter.js';
import { keyTally, plural, policyNotes, summaryLine } from './tally.js';

export interface TrackingIssueOptions {
  marker: string;
  /** False for findings and keys about secrets and deploy keys, which have no file and no line. */
  isFile: (path: string) => boolean;
  /** The workflow run writing the body; not part of what `trackingContent` compares. */
  runUrl: string | null;
  maxFindings?: number;
  maxKeys?: number;
}

// GitHub refuses a longer issue body with 422 "body is too long (maximum is 65536 characters)"; String
// length counts UTF-16 units, never fewer than characters, and the margin leaves room for the notes.
export const MAX_BODY = 65_536;
const ROWS_BUDGET = 60_000;
const FINDINGS_SHARE = 40_000;
const RUN_LINE = /^<sub>Last changed by .*<\/sub>$/m;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** `<!-- ssh-key-audit-tracking-issue category -->`: one issue per category, as the pull request comment has one. */
export function trackingIssueMarker(category: string): string {
  return `<!-- ssh-key-audit-tracking-issue ${category.replace(/--+|>/g, '-')} -->`;
}

/** What two bodies are compared by: the body without its run link, whatever line endings GitHub stored. */
export function trackingContent(body: string): string {
  return body.replace(/\r\n?/g, '\n').replace(RUN_LINE, '').trimEnd();
}

/** Where a finding or a key is, as the job summary says it, and for git history the commit it first appeared in. */
function location(item: Finding | KeyRecord, isFile: (path: string) => boolean): string {
  // locationText reads the path and the line only, which keys have too.
  const span = locationText(item as Finding, isFile);
  return item.commit ? `${span} (history, ${item.commit.slice(0, 12)})` : span;
}

function findingRow(finding: Finding, isFile: (path: string) => boolean): string {
  const rule = `[${finding.rule}](${RULES_DOC_URL}#${finding.rule})`;
  return `| ${finding.severity} | ${rule} | ${location(finding, isFile)} | ${cell(finding.message)} |`;
}

function keyRow(key: KeyRecord, isFile: (path: string) => boolean): string {
  const fingerprint = key.fingerprint ? `\`${key.fingerprint}\`` : '—';
  return `| ${location(key, isFile)} | ${cell(key.type)} | ${key.bits ?? '—'} | ${fingerprint} |`;
}

/** Appends rows while both limits allow; returns how many went in. */
function addRows(out: string[], rows: readonly string[], max: number, limit: number): number {
  let size = out.join('\n').length;
  let listed = 0;
  for (const row of rows) {
    if (listed >= max || size + row.length + 1 > limit) break;
    out.push(row);
    size += row.length + 1;
    listed++;
  }
  return listed;
}

export function renderTrackingIssue(result: ScanResult, options: TrackingIssueOptions): string {
  const { summary } = result;
  const out: string[] = [options.marker];
  if (result.findings.length === 0) {
    out.push('### ssh-key-audit: all clear', '', `No findings: ${summaryLine(summary)}.`, '');
  } else {
    const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), plural(summary.notices, 'notice')];
    out.push(`### ssh-key-audit: ${counts.join(', ')}`, '', `${summaryLine(summary)}.`, '');
  }
  out.push(
    'A scheduled ssh-key-audit run keeps this issue up to date: it rewrites this text when the result changes (edits made here are lost), closes the issue when the audit is clean and reopens it when a finding comes back.',
    '',
  );

  if (result.findings.length > 0) {
    out.push('#### Findings', '', '| Severity | Rule | Location | Message |', '| --- | --- | --- | --- |');
    // Errors first: when the list is cut short, what is left out matters least.
    const ordered = result.findings
      .map((finding, index) => ({ finding, index }))
      .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index)
      .map(({ finding }) => findingRow(finding, options.isFile));
    const listed = addRows(out, ordered, options.maxFindings ?? 200, FINDINGS_SHARE);
    const more = ordered.length - listed;
    if (more > 0) out.push('', `…and ${plural(more, 'more finding')}: every finding is in the JSON report and the SARIF of the run.`);
    out.push('');
  }

  if (result.keys.length > 0) {
    const current = result.keys.filter((key) => key.commit === undefined);
    const historical = result.keys.filter((key) => key.commit !== undefined);
    out.push(`#### Keys (${current.length}${historical.length > 0 ? `, and ${historical.length} only in git history` : ''})`, '');
    const groups = keyTally(current).map((group) => `| ${cell(group.type)} | ${group.bits ?? '—'} | ${group.count} |`);
    if (groups.length > 0) {
      out.push('| Type | Bits | Keys |', '| --- | ---: | ---: |');
      const tallied = addRows(out, groups, 30, ROWS_BUDGET);
      if (groups.length > tallied) out.push(`| …and ${groups.length - tallied} more types and sizes | | |`);
      out.push('');
    }
    out.push('| Location | Type | Bits | Fingerprint |', '| --- | --- | ---: | --- |');
    const rows = [...current, ...historical].map((key) => keyRow(key, options.isFile));
    const listed = addRows(out, rows, options.maxKeys ?? 300, ROWS_BUDGET);
    const more = rows.length - listed;
    if (more > 0) out.push('', `…and ${plural(more, 'more key')}: every key is in the JSON report of the run.`);
    out.push('');
  } else {
    out.push('No SSH keys found.', '');
  }

  const notes: string[] = [];
  if (result.history) {
    const { blobs, scanned, warning } = result.history;
    notes.push(
      `Git history: read ${scanned} of the ${plural(blobs, 'blob')} of history that are not in the current tree.${warning ? ` **Warning:** ${warning}.` : ''}`,
    );
  }
  if (summary.skipped > 0) notes.push(`${plural(summary.skipped, 'file was', 'files were')} skipped; the JSON report says why.`);
  notes.push(...policyNotes(summary));
  for (const note of notes) out.push(note, '');
  if (options.runUrl) out.push(`<sub>Last changed by [this workflow run](${options.runUrl}).</sub>`);
  return out.join('\n').trimEnd() + '\n';
}

/** The comment that closes the issue, saying why. */
export function renderClosingComment(result: ScanResult, runUrl: string | null): string {
  return [
    `All clear: ${summaryLine(result.summary)}. Closing this issue; ssh-key-audit reopens it when a finding comes back.`,
    runUrl ? `\n[Workflow run](${runUrl})` : '',
  ]
    .join('\n')
    .trimEnd();
}
