/**
 * Code scanning's upload limits (GitHub docs, "SARIF support for code scanning", limits): at most 25,000
 * results per run and 10 MB of gzip-compressed SARIF per upload; above either the whole file is rejected.
 * When a scan has more, the SARIF keeps the most urgent results (urgency.ts) and drops accepted
 * (suppressed) findings first, and says what it dropped; the JSON report still has everything.
 */
import { gzipSync } from 'node:zlib';
import type { ScanResult } from '../core/types.js';
import { renderSarif, type SarifOptions } from './sarif-reporter.js';
import { plural } from './tally.js';
import { countBySeverity, mostUrgentFirst, SEVERITIES } from './urgency.js';

export const MAX_RESULTS = 25_000;
export const MAX_GZIP_BYTES = 10 * 1024 * 1024;

export interface SarifLimits {
  results: number;
  gzipBytes: number;
}

export interface FittedSarif {
  text: string;
  /** What was left out and why, or null when everything fits. */
  dropped: string | null;
}

function withCounts(result: ScanResult, keep: number): ScanResult {
  const findings = mostUrgentFirst(result.findings).slice(0, keep);
  const suppressed = mostUrgentFirst(result.suppressed).slice(0, Math.max(0, keep - findings.length));
  return { ...result, findings, suppressed };
}

export function renderSarifWithinLimits(
  result: ScanResult,
  options: SarifOptions = {},
  limits: SarifLimits = { results: MAX_RESULTS, gzipBytes: MAX_GZIP_BYTES },
): FittedSarif {
  const total = result.findings.length + result.suppressed.length;
  let keep = Math.min(total, limits.results);
  let fitted = keep === total ? result : withCounts(result, keep);
  let text = renderSarif(fitted, options);
  // Each pass keeps a share in proportion to how far over the limit the file is, with a margin.
  while (keep > 0 && gzipSync(text).length > limits.gzipBytes) {
    keep = Math.floor((keep * limits.gzipBytes * 0.9) / gzipSync(text).length);
    fitted = withCounts(result, keep);
    text = renderSarif(fitted, options);
  }
  if (keep === total) return { text, dropped: null };
  const left = countBySeverity(mostUrgentFirst(result.findings).slice(fitted.findings.length));
  const parts = SEVERITIES.filter((severity) => left[severity] > 0).map((severity) => plural(left[severity], severity));
  const suppressedLeft = result.suppressed.length - fitted.suppressed.length;
  if (suppressedLeft > 0) parts.push(plural(suppressedLeft, 'suppressed finding'));
  const size = limits.gzipBytes >= 1024 * 1024 ? `${limits.gzipBytes / 1024 / 1024} MB` : `${limits.gzipBytes} bytes`;
  return {
    text,
    dropped: `kept the ${keep} most severe of ${total} results and dropped ${parts.join(', ')}, to stay within code scanning's limits (${limits.results} results per run, ${size} gzip per upload); the JSON report has every finding.`,
  };
}
