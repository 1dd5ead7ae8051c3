/** Which findings fail a run: everything at or above the --fail-on threshold. */
import type { FailOn, Finding, Severity } from './types.js';

const RANK: Record<Severity, number> = { notice: 1, warning: 2, error: 3 };

export function atOrAbove(severity: Severity, threshold: FailOn): boolean {
  return threshold !== 'never' && RANK[severity] >= RANK[threshold];
}

export function failingFindings(findings: readonly Finding[], threshold: FailOn): Finding[] {
  return findings.filter((finding) => atOrAbove(finding.severity, threshold));
}
