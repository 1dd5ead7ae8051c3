/**
 * The one way to build a Finding: the rule id is checked by the type system against the catalogue, and the
 * default severity comes from the catalogue, so no check restates it.
 */
import { ruleById, type RuleId } from './rules.js';
import type { Finding } from './types.js';

/** Where a finding points: a repository-relative path, a 1-based line (0 for the whole file), the key if any. */
export interface FindingPlace {
  path: string;
  line: number;
  /** SHA256 fingerprint of the key the finding is about; null for findings about config text. */
  fingerprint: string | null;
}

export function makeFinding(rule: RuleId, place: FindingPlace, message: string): Finding {
  return { rule, severity: ruleById(rule).severity, path: place.path, line: place.line, message, fingerprint: place.fingerprint };
}
