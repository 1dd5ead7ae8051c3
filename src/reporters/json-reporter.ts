/** The JSON report: the ScanResult as it is, for machines (the shape is documented in the README). */
import type { ScanResult } from '../core/types.js';

export function renderJson(result: ScanResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
