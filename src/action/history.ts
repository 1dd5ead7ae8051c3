/**
 * history: the git history of the repository the scan's first path is in, read as the CLI's --history reads
 * it (src/history), for the scan to audit every blob that is no longer in the tree.
 */
import { UsageError } from '../core/errors.js';
import type { ScanOptions } from '../core/options.js';
import type { HistorySource } from '../core/scan.js';
import { historyForScan } from '../history/history-source.js';

export function actionHistory(options: ScanOptions): HistorySource {
  try {
    return historyForScan(options);
  } catch (error) {
    // The message names the CLI flag; here it is an input, and the fix is in the checkout step.
    if (error instanceof UsageError) {
      throw new UsageError(
        `${error.message.replace(/^--history/, 'input history')} (check out the repository with actions/checkout, fetch-depth: 0)`,
      );
    }
    throw error;
  }
}
