/** Runs the scanner's per-file inventory on in-memory text, with the default policy and the current time. */
import { inventoryBytes, type Inventory } from '../../src/core/inventory.js';
import type { KeyRecord } from '../../src/core/types.js';

export function inventory(content: Buffer | string, path: string): Inventory {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return inventoryBytes(bytes, { path, minRsaBits: 2048, now: new Date() });
}

/** The rule ids of the findings, in order. */
export function rulesOf(result: Inventory): string[] {
  return result.findings.map((finding) => finding.rule);
}

/** The single key of a result; fails the test when there are none or several. */
export function onlyKey(result: Inventory): KeyRecord {
  if (result.keys.length !== 1) throw new Error(`expected one key, found ${result.keys.length}`);
  return result.keys[0]!;
}
