/** Stable ordering (path, line, rule) so every output diffs cleanly between runs. */
import type { Finding, KeyRecord, Skipped } from './types.js';

const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

export function byLocation<T extends KeyRecord | Finding>(a: T, b: T): number {
  return compare(a.path, b.path) || compare(a.line, b.line) || compare('rule' in a ? a.rule : a.type, 'rule' in b ? b.rule : b.type);
}

export function byPath(a: Skipped, b: Skipped): number {
  return compare(a.path, b.path) || compare(a.reason, b.reason);
}
