/**
 * Baselines: the findings a repository accepted at one point, recorded by what they are about rather than
 * where, so moving code does not bring them back. A key finding is its rule and key fingerprint; any other
 * finding is its rule, file and message with the numbers taken out (they are mostly line numbers).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { reportPath } from '../discover.js';
import { UsageError } from '../errors.js';
import { MAX_BASELINE_BYTES } from '../limits.js';
import type { Finding } from '../types.js';
import { parseJsonFile, readBoundedText } from './bounded-file.js';

const VERSION = 1;

export interface BaselineEntry {
  rule: string;
  fingerprint?: string;
  /** Relative to the baseline file's directory; only for findings without a key fingerprint. */
  path?: string;
  message?: string;
}

export interface BaselineFile {
  tool: 'ssh-key-audit';
  version: typeof VERSION;
  findings: BaselineEntry[];
}

export interface Baseline {
  /** As the user named it, for the suppression source. */
  file: string;
  /** The directory entry paths are relative to. */
  base: string;
  /** One per entry (duplicates in a hand-edited file count once). */
  identities: Set<string>;
}

function normaliseMessage(message: string): string {
  return message.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function entryIdentity(entry: BaselineEntry): string {
  return entry.fingerprint !== undefined
    ? `${entry.rule}\0${entry.fingerprint}`
    : `${entry.rule}\0${entry.path ?? ''}\0${normaliseMessage(entry.message ?? '')}`;
}

/** The entry a finding is recorded as; `base` is the baseline file's directory, `root` the report root. */
export function baselineEntry(finding: Finding, base: string, root: string): BaselineEntry {
  if (finding.fingerprint !== null) return { rule: finding.rule, fingerprint: finding.fingerprint };
  return { rule: finding.rule, path: reportPath(base, resolve(root, finding.path)), message: finding.message };
}

export function findingIdentity(finding: Finding, base: string, root: string): string {
  return entryIdentity(baselineEntry(finding, base, root));
}

/** `file` is relative to `root`. */
export function loadBaseline(file: string, root: string): Baseline {
  const absolute = resolve(root, file);
  if (!existsSync(absolute)) throw new UsageError(`baseline not found: ${file} (write one with --write-baseline ${file})`);
  const data = parseJsonFile(readBoundedText(absolute, MAX_BASELINE_BYTES, `the baseline ${file}`), `the baseline ${file}`);
  const baseline = data as Partial<BaselineFile> | null;
  if (baseline?.tool !== 'ssh-key-audit' || !Array.isArray(baseline.findings)) {
    throw new UsageError(`${file} is not a baseline written by ssh-key-audit --write-baseline`);
  }
  if (baseline.version !== VERSION)
    throw new UsageError(`the baseline ${file} has version ${String(baseline.version)}; this ssh-key-audit reads version ${VERSION}`);
  const identities = new Set<string>();
  baseline.findings.forEach((entry, index) => {
    const valid =
      typeof entry?.rule === 'string' &&
      (typeof entry.fingerprint === 'string' || (typeof entry.path === 'string' && typeof entry.message === 'string'));
    if (!valid)
      throw new UsageError(`the baseline ${file}: entry ${index + 1} needs a rule and a fingerprint, or a rule, a path and a message`);
    identities.add(entryIdentity(entry));
  });
  return { file, base: dirname(absolute), identities };
}

/** The baseline file for `findings`: one entry per identity, ordered by identity so line moves do not reorder it. */
export function renderBaseline(findings: readonly Finding[], file: string, root: string): string {
  const base = dirname(resolve(root, file));
  const entries = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const entry = baselineEntry(finding, base, root);
    entries.set(entryIdentity(entry), entry);
  }
  const ordered = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
  const baseline: BaselineFile = { tool: 'ssh-key-audit', version: VERSION, findings: ordered };
  return JSON.stringify(baseline, null, 2) + '\n';
}
