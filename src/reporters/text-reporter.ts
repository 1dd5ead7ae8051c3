/** The terminal report: findings grouped by file, skipped files with reasons, one summary line. */
import type { Finding, ScanResult, Severity } from '../core/types.js';
import { keyTally, policyNotes, summaryLine } from './tally.js';

export interface TextOptions {
  color: boolean;
}

const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', notice: '\x1b[36m' };
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';

// Paths, comments and certificate ids come from the scanned files: never let them drive the terminal.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const clean = (text: string): string => text.replace(/[\x00-\x1f\x7f-\x9f]/g, '?');

export function renderText(result: ScanResult, options: TextOptions): string {
  const paint = (code: string, text: string): string => (options.color ? `${code}${text}${RESET}` : text);
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    // Content found only in git history is grouped apart from the file of the same name in the tree.
    const heading = finding.commit ? `${finding.path} (in history, first committed in ${finding.commit.slice(0, 12)})` : finding.path;
    const list = byFile.get(heading);
    if (list) list.push(finding);
    else byFile.set(heading, [finding]);
  }
  for (const [path, findings] of byFile) {
    out.push(paint(BOLD, clean(path)));
    for (const finding of findings) {
      const where = String(finding.line).padStart(5);
      out.push(`${where}  ${paint(COLORS[finding.severity], finding.severity.padEnd(7))}  ${finding.rule}  ${clean(finding.message)}`);
      if (finding.fingerprint) out.push(`${' '.repeat(16)}${paint(DIM, finding.fingerprint)}`);
    }
    out.push('');
  }
  if (result.skipped.length > 0) {
    out.push(paint(BOLD, 'Skipped'));
    for (const item of result.skipped) out.push(`  ${clean(item.path)}: ${clean(item.reason)}`);
    out.push('');
  }
  if (result.keys.length > 0) {
    // A key that does not decode keeps the type its file declares (a PuTTY header), so the type is file content too.
    const tally = keyTally(result.keys).map((group) => `${group.count} ${clean(group.type)}${group.bits ? ` ${group.bits}` : ''}`);
    out.push(`Keys: ${tally.join(', ')}`);
  }
  out.push(result.findings.length === 0 ? `No problems found: ${summaryLine(result.summary)}` : summaryLine(result.summary));
  out.push(...policyNotes(result.summary));
  return out.join('\n') + '\n';
}
