/**
 * The shape of one family of failures (failures/*.ts): its catalogue entries (what the user sees, the cause
 * and the fixes docs/troubleshooting.md prints), the log lines it reads and the reasoning that turns them into
 * explanations. A new failure, peer message or log dialect is added in its family's file alone.
 */
import type { ChangeId } from '../data/openssh-timeline.js';
import type { LineMatcher } from './log-line.js';
import type { Builder } from './reasons.js';

/** Where in a connection a failure happens, which orders the explanations and ties a denial to its cause. */
export type FailureStage = 'connection' | 'host-key' | 'authentication' | 'outcome';

export interface FailureEntry {
  readonly id: string;
  readonly title: string;
  readonly stage: FailureStage;
  /** Messages as the user sees them (one line each), and which program prints them. */
  readonly symptoms: readonly { readonly text: string; readonly seenIn: 'client' | 'server' | 'forge' }[];
  readonly cause: string;
  /** In order of preference; the last one may be a scoped workaround. */
  readonly fixes: readonly string[];
  /** Timeline entries the explanation leans on. */
  readonly changes: readonly ChangeId[];
}

export interface FailureFamily<Entries extends readonly FailureEntry[] = readonly FailureEntry[]> {
  readonly entries: Entries;
  readonly matchers: readonly LineMatcher[];
  /** Adds this family's explanations to the builder from the events the matchers recorded. */
  explain(builder: Builder): void;
}
