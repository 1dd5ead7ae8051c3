/**
 * GitLab Code Quality: the CodeClimate subset GitLab reads (docs.gitlab.com/ci/testing/code_quality,
 * "Code Quality report format"): a JSON array of issues, each with `description`, `check_name`,
 * `fingerprint`, `severity` (info, minor, major, critical, blocker), `location.path` and
 * `location.lines.begin`. GitLab shows them in the merge request widget on every tier and compares the
 * fingerprints of the base and head reports, so a fingerprint must survive line moves and differ per issue.
 * Accepted (suppressed) findings are left out: the widget has no place for "accepted".
 */
import { byLocation } from '../core/order.js';
import { isCritical } from '../core/rules.js';
import type { Finding, ScanResult, Severity } from '../core/types.js';
import { findingFingerprint } from './sarif-reporter.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number } };
}

const SEVERITIES: Record<Severity, CodeQualitySeverity> = { error: 'critical', warning: 'major', notice: 'minor' };

// A rule code scanning calls critical (the catalogue's security-severity) is the one finding worth "blocker".
function severityOf(finding: Finding): CodeQualitySeverity {
  if (finding.severity === 'error' && isCritical(finding.rule)) return 'blocker';
  return SEVERITIES[finding.severity];
}

export function codeQualityIssues(result: ScanResult): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return [...result.findings].sort(byLocation).map((finding) => {
    // The SARIF identity (rule, path, key fingerprint or message) survives line moves; the occurrence
    // number keeps two findings with the same identity (one key pasted twice in a file) apart.
    const identity = findingFingerprint(finding);
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    const where = finding.commit ? ` (in history: first committed in ${finding.commit.slice(0, 12)})` : '';
    return {
      description: `${finding.message}${where}`,
      check_name: finding.rule,
      fingerprint: occurrence === 0 ? identity : `${identity}-${occurrence}`,
      severity: severityOf(finding),
      // GitLab needs a line of 1 or more; a finding about a whole file points at its first line.
      location: { path: finding.path, lines: { begin: Math.max(1, finding.line) } },
    };
  });
}

export function renderCodeQuality(result: ScanResult): string {
  return JSON.stringify(codeQualityIssues(result), null, 2) + '\n';
}
