/**
 * Findings as annotation specs, for workflow commands and check runs alike. A finding that is not in a file
 * (a secret, a deploy key) has no path: GitHub would look for a file of that name.
 */
import type { Finding, Severity } from '../core/types.js';
import { countBySeverity, mostUrgentFirst, type SeverityCounts } from './urgency.js';

export interface AnnotationSpec {
  severity: Severity;
  /** Repository-relative, or null for a finding that is not in a file. */
  path: string | null;
  line: number;
  /** The rule id. */
  title: string;
  message: string;
}

// actions/toolkit docs/problem-matchers.md, "Limitations": "10 warning annotations, 10 error annotations,
// and 10 notice annotations per step"; the rest are dropped without a word.
export const ANNOTATIONS_PER_LEVEL = 10;

/** One spec per finding, most urgent first (see urgency.ts), so any cut keeps what matters most. */
export function annotationSpecs(findings: readonly Finding[], isFile: (path: string) => boolean): AnnotationSpec[] {
  return mostUrgentFirst(findings).map((finding) => {
    const inFile = isFile(finding.path);
    return {
      severity: finding.severity,
      path: inFile ? finding.path : null,
      line: finding.line,
      title: finding.rule,
      message: inFile ? finding.message : `${finding.path}: ${finding.message}`,
    };
  });
}

export interface AnnotationSelection {
  shown: AnnotationSpec[];
  /** How many were left out: the step's own notice about them takes one of the notice places. */
  hidden: number;
  /** What was left out, by severity. */
  hiddenBySeverity: SeverityCounts;
}

/** The first `perLevel` of each severity, in the order of `specs` (most urgent first from annotationSpecs). */
export function selectPerLevel(specs: readonly AnnotationSpec[], perLevel = ANNOTATIONS_PER_LEVEL): AnnotationSelection {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const spec of specs) counts[spec.severity]++;
  const overflow = counts.error > perLevel || counts.warning > perLevel || counts.notice > perLevel;
  const room: Record<Severity, number> = { error: perLevel, warning: perLevel, notice: overflow ? perLevel - 1 : perLevel };
  const shown: AnnotationSpec[] = [];
  const left: AnnotationSpec[] = [];
  for (const spec of specs) (room[spec.severity]-- > 0 ? shown : left).push(spec);
  return { shown, hidden: left.length, hiddenBySeverity: countBySeverity(left) };
}
