/** Counts shared by the human-readable reporters. */
import type { KeyRecord, Summary } from '../core/types.js';

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Key counts by type and size, largest group first, e.g. [["ssh-ed25519", 256, 4], ...]. */
export function keyTally(keys: readonly KeyRecord[]): { type: string; bits: number | null; count: number }[] {
  const groups = new Map<string, { type: string; bits: number | null; count: number }>();
  for (const key of keys) {
    const id = `${key.type}\0${key.bits ?? ''}`;
    const group = groups.get(id);
    if (group) group.count++;
    else groups.set(id, { type: key.type, bits: key.bits, count: 1 });
  }
  return [...groups.values()].sort(
    (a, b) => b.count - a.count || (a.type < b.type ? -1 : a.type > b.type ? 1 : (a.bits ?? 0) - (b.bits ?? 0)),
  );
}

export function summaryLine(summary: Summary): string {
  const parts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), plural(summary.notices, 'notice')];
  const skipped = summary.skipped > 0 ? `, ${summary.skipped} skipped` : '';
  return `${plural(summary.keys, 'key')} in ${plural(summary.files, 'file')}: ${parts.join(', ')}${skipped}`;
}
