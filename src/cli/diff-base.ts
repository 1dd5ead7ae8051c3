/**
 * --diff-base: narrows a scan to what a change adds. A finding (or key) stays when its line is one the
 * change added; a finding about a whole file (line 0) stays when the change added any line to that file.
 * Skipped entries stay for the files the change touched. Everything else belongs to the base, not the change.
 */
import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { summarise } from '../core/scan.js';
import type { ScanResult } from '../core/types.js';

/** Path relative to the report root -> path relative to the repository root, as git spells it. */
export function repositoryPath(repoRoot: string, reportRoot: string): (path: string) => string {
  const base = realpathSync(reportRoot);
  const root = realpathSync(repoRoot);
  return (path) => relative(root, resolve(base, path)).split(sep).join('/');
}

/** `added` maps repository-relative paths to added line numbers (addedLinesSince); `toRepo` maps report paths to those. */
export function keepAdded(
  result: ScanResult,
  added: ReadonlyMap<string, ReadonlySet<number>>,
  toRepo: (path: string) => string,
): ScanResult {
  const onAddedLine = (item: { path: string; line: number; commit?: string }): boolean => {
    if (item.commit !== undefined) return false;
    const lines = added.get(toRepo(item.path));
    if (!lines || lines.size === 0) return false;
    return item.line <= 0 || lines.has(item.line);
  };
  const findings = result.findings.filter(onAddedLine);
  const suppressed = result.suppressed.filter(onAddedLine);
  const keys = result.keys.filter(onAddedLine);
  const skipped = result.skipped.filter((item) => added.has(toRepo(item.path)));
  const summary = { ...result.summary, ...summarise(findings, result.summary.files, keys.length, skipped.length, suppressed.length) };
  return { ...result, findings, suppressed, keys, skipped, summary };
}

/**
 * Only what `files` (report paths) hold: --staged scans the unchanged configs of the index beside the staged
 * files (`contextFiles` of them), so that drop-ins are judged as sshd reads them, and reports the staged ones.
 */
export function keepFiles(result: ScanResult, files: ReadonlySet<string>, contextFiles: number): ScanResult {
  if (contextFiles === 0) return result;
  const inFiles = (item: { path: string }): boolean => files.has(item.path);
  const findings = result.findings.filter(inFiles);
  const suppressed = result.suppressed.filter(inFiles);
  const keys = result.keys.filter(inFiles);
  const skipped = result.skipped.filter(inFiles);
  const scanned = Math.max(0, result.summary.files - contextFiles);
  const summary = { ...result.summary, ...summarise(findings, scanned, keys.length, skipped.length, suppressed.length) };
  return { ...result, findings, suppressed, keys, skipped, summary };
}
