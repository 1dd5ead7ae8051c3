/**
 * The order of every list that may be cut (job summary, pull request comment, annotations, SARIF): the most
 * severe first, then the rules that mean a key is already usable by others, then path and line. Whatever a
 * list leaves out is then the least urgent part, and `moreText` says how much of each severity that is.
 */
import { urgencyRank } from '../core/rules.js';
import type { Finding, Severity } from '../core/types.js';
import { plural } from './tally.js';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

type Ranked = Pick<Finding, 'severity' | 'rule' | 'path' | 'line'>;

/** Severity, then rule urgency, then path, line and rule id: a total order, so outputs stay stable. */
export function byUrgency(a: Ranked, b: Ranked): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    urgencyRank(a.rule) - urgencyRank(b.rule) ||
    compare(a.path, b.path) ||
    compare(a.line, b.line) ||
    compare(a.rule, b.rule)
  );
}

export function mostUrgentFirst<T extends Ranked>(items: readonly T[]): T[] {
  return [...items].sort(byUrgency);
}

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(items: readonly Pick<Finding, 'severity'>[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, notice: 0 };
  for (const item of items) counts[item.severity]++;
  return counts;
}

/** `3 more errors, 11 more notices` for what a list left out; '' when nothing was. */
export function moreText(counts: SeverityCounts): string {
  return SEVERITIES.filter((severity) => counts[severity] > 0)
    .map((severity) => plural(counts[severity], `more ${severity}`))
    .join(', ');
}
