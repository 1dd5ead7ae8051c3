/**
 * The parts the job summary and the pull request comment share, written for the person who has to fix
 * things: the verdict line (failed or passed, and why), one row per key or config line with every rule it
 * breaks, rows in urgency order (urgency.ts), locations linked to the file and line at the analysed commit,
 * and what a cut list left out, by severity.
 */
import { RULES, urgencyRank } from '../core/rules.js';
import type { FailOn, Finding, KeyRecord, RuleId, Severity } from '../core/types.js';
import { RULES_DOC_URL } from '../version.js';
import { cell, codeCell } from './markdown-reporter.js';
import { plural } from './tally.js';
import { byUrgency, countBySeverity, moreText, SEVERITY_RANK, type SeverityCounts } from './urgency.js';

/** Where the analysed files are on GitHub: `${server}/${repository}/blob/${sha}/PATH#LLINE`. */
export interface SourceLinks {
  server: string;
  repository: string;
  sha: string;
}

/** One key or config line: every finding at that place, most urgent first. */
export interface FindingRow {
  path: string;
  line: number;
  /** Content found only in git history: the commit it first appeared in. */
  commit?: string;
  severity: Severity;
  findings: Finding[];
  key: KeyRecord | null;
}

const placeOf = (item: { path: string; line: number; commit?: string }): string => `${item.commit ?? ''}\0${item.path}\0${item.line}`;

/** Groups findings by place, then orders the rows as their most urgent finding orders. */
export function findingRows(findings: readonly Finding[], keys: readonly KeyRecord[]): FindingRow[] {
  const keyAt = new Map<string, KeyRecord>();
  for (const key of keys) if (!keyAt.has(placeOf(key))) keyAt.set(placeOf(key), key);
  const rows = new Map<string, FindingRow>();
  for (const finding of [...findings].sort(byUrgency)) {
    const place = placeOf(finding);
    const row = rows.get(place);
    if (row) row.findings.push(finding);
    else {
      rows.set(place, {
        path: finding.path,
        line: finding.line,
        ...(finding.commit ? { commit: finding.commit } : {}),
        severity: finding.severity,
        findings: [finding],
        key: keyAt.get(place) ?? null,
      });
    }
  }
  // Findings were sorted, so each row's first finding is its most urgent and rows come out in that order.
  return [...rows.values()];
}

export function sourceUrl(links: SourceLinks, path: string, line: number, commit?: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${links.server}/${links.repository}/blob/${commit ?? links.sha}/${encoded}#L${line}`;
}

/** `path:line` as code, linked to the line when it is a file of the repository (or of its history). */
export function whereCell(
  row: Pick<FindingRow, 'path' | 'line' | 'commit'>,
  isFile: (path: string) => boolean,
  links: SourceLinks | null,
): string {
  const inFile = isFile(row.path);
  const text = inFile ? `${row.path}:${row.line}` : row.path;
  const code = `\`${codeCell(text)}\``;
  const history = row.commit ? ` (history, ${row.commit.slice(0, 12)})` : '';
  if (!inFile || !links) return `${code}${history}`;
  return `[${code}](${sourceUrl(links, row.path, row.line, row.commit)})${history}`;
}

/** Type and size as code (a certificate type such as `ssh-ed25519-cert-v01@openssh.com` would become a mail link), fingerprint small below. */
export function keyText(key: KeyRecord | null): string {
  if (!key) return '';
  const size = key.bits ? ` ${key.bits}-bit` : '';
  const fingerprint = key.fingerprint ? `<br><sub>\`${codeCell(key.fingerprint)}\`</sub>` : '';
  return `\`${codeCell(key.type)}\`${size}${fingerprint}`;
}

export function rulesCell(findings: readonly Finding[]): string {
  return findings
    .map((finding) => `**${finding.severity}** [${finding.rule}](${RULES_DOC_URL}#${finding.rule}): ${cell(finding.message)}`)
    .join('<br>');
}

export const TABLE_HEAD = ['| Where | Findings |', '| --- | --- |'];

/** One place: where it is and which key is there, then every finding about it. */
export function rowLine(row: FindingRow, isFile: (path: string) => boolean, links: SourceLinks | null): string {
  const key = keyText(row.key);
  return `| ${whereCell(row, isFile, links)}${key ? `<br>${key}` : ''} | ${rulesCell(row.findings)} |`;
}

/**
 * Appends the rows' lines while there is room (`max` rows, `budget` characters for the whole of `out`);
 * returns the findings of the rows left out, counted by severity.
 */
export function addRows(out: string[], lines: readonly string[], rows: readonly FindingRow[], max: number, budget: number): SeverityCounts {
  let size = out.reduce((total, line) => total + line.length + 1, 0);
  let listed = 0;
  for (const line of lines) {
    if (listed >= max || size + line.length + 1 > budget) break;
    out.push(line);
    size += line.length + 1;
    listed++;
  }
  return countBySeverity(rows.slice(listed).flatMap((row) => row.findings));
}

export interface TableCut {
  isFile: (path: string) => boolean;
  links: SourceLinks | null;
  /** At most this many rows, and `out` stays within `budget` characters. */
  max: number;
  budget: number;
  /** Where the rows left out can be read, after `…and N more errors`. */
  elsewhere: string;
}

/** Appends the head and the rows of a finding table to `out`, cut as `cut` says, then what the cut left out. */
export function addFindingTable(out: string[], rows: readonly FindingRow[], cut: TableCut): void {
  out.push(...TABLE_HEAD);
  const left = addRows(
    out,
    rows.map((row) => rowLine(row, cut.isFile, cut.links)),
    rows,
    cut.max,
    cut.budget,
  );
  const more = moreLine(left, cut.elsewhere);
  if (more) out.push('', more);
}

/** How many findings the rows hold (a row is one place, with one or more findings). */
export function findingCount(rows: readonly FindingRow[]): number {
  return rows.reduce((total, row) => total + row.findings.length, 0);
}

/** `…and 3 more errors, 11 more notices` + `where`, or null when nothing was left out. */
export function moreLine(left: SeverityCounts, where: string): string | null {
  const text = moreText(left);
  return text ? `…and ${text}${where}.` : null;
}

const TITLES = new Map(RULES.map((rule) => [rule.id, rule.title]));

/** `2 × Private key committed, 1 × DSA key`: the failing findings by rule, most urgent rule first. */
export function failureReasons(failing: readonly Finding[], most = 4): string {
  const byRule = new Map<RuleId, { count: number; first: Finding }>();
  for (const finding of [...failing].sort(byUrgency)) {
    const entry = byRule.get(finding.rule);
    if (entry) entry.count++;
    else byRule.set(finding.rule, { count: 1, first: finding });
  }
  const ordered = [...byRule.entries()].sort(
    ([a, x], [b, y]) =>
      SEVERITY_RANK[x.first.severity] - SEVERITY_RANK[y.first.severity] ||
      urgencyRank(a) - urgencyRank(b) ||
      y.count - x.count ||
      (a < b ? -1 : 1),
  );
  const parts = ordered.slice(0, most).map(([rule, { count }]) => `${count} × ${TITLES.get(rule) ?? rule}`);
  if (ordered.length > most) parts.push(`${plural(ordered.length - most, 'more rule')}`);
  return parts.join(', ');
}

export interface Verdict {
  failOn: FailOn;
  /** The findings at or above fail-on: what fails the step. */
  failing: readonly Finding[];
}

/** The first line: whether the step failed, and on what. */
export function verdictLine(verdict: Verdict, findings: readonly Finding[], subject: string): string {
  if (verdict.failing.length > 0) return `❌ ${subject} failed: ${failureReasons(verdict.failing)}`;
  if (findings.length === 0) return `✅ ${subject} passed: no findings`;
  const counts = countBySeverity(findings);
  const open = (['error', 'warning', 'notice'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => plural(counts[severity], severity));
  const why = verdict.failOn === 'never' ? 'fail-on is never' : `nothing at or above fail-on ${verdict.failOn}`;
  return `✅ ${subject} passed: ${why} (${open.join(', ')} to look at)`;
}
