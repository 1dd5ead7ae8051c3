/**
 * The failures `explain` recognises: the messages that show them, the general cause and the fixes in order
 * of preference, gathered from the failure families (failures/*.ts), which hold each entry beside the lines
 * it reads and the reasoning that specialises it. docs/troubleshooting.md (scripts/troubleshooting-doc.ts)
 * prints them with the timelines and the algorithm database, so the page and the tool say the same thing.
 */
import type { FailureEntry, FailureStage } from './failure-family.js';
import { FAMILIES } from './failures/index.js';

export type { FailureEntry, FailureStage } from './failure-family.js';

type Entry = (typeof FAMILIES)[number]['entries'][number];

/** Every failure, in the order explanations are listed. */
export const FAILURES: readonly Entry[] = FAMILIES.flatMap((family): readonly Entry[] => family.entries);

/** The id of a failure explain can report: a misspelt id does not compile. */
export type FailureId = (typeof FAILURES)[number]['id'];

const BY_ID = new Map<string, FailureEntry>(FAILURES.map((entry) => [entry.id, entry]));

export function failure(id: FailureId): FailureEntry {
  return BY_ID.get(id)!;
}

export function stageOf(id: FailureId): FailureStage {
  return failure(id).stage;
}
