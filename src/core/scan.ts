/** The scan: discover files, inventory each, add cross-file findings, order and count. Pure of any adapter. */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { loadBlocklists } from './checks/blocklist.js';
import { findDuplicates } from './checks/duplicates.js';
import type { MathMemo } from './checks/key-math.js';
import { findSharedPrimes, type ModulusLocation } from './checks/big-numbers/shared-primes.js';
import { discover, type FileToScan } from './discover.js';
import { auditConfigBytes } from './ssh-config/audit.js';
import { ConfigTree, auditStandaloneConfig } from './ssh-config/config-tree.js';
import { TreeSource } from './ssh-config/tree-source.js';
import { inventoryBytes } from './inventory.js';
import { findMarkers, type Markers } from './markers.js';
import { validateOptions, type ScanOptions } from './options.js';
import { byLocation, byPath } from './order.js';
import { decodeTextBytes, type TextEncoding } from './text-encoding.js';
import { applyPolicy } from './policy/apply.js';
import { loadBaseline } from './policy/baseline.js';
import { findDirectives, type InlineDirective } from './policy/inline.js';
import type { Finding, KeyRecord, ScanResult, Skipped, Summary } from './types.js';
import { VERSION } from '../version.js';

// git's own heuristic (buffer_is_binary): a NUL byte in the first 8000 bytes means binary.
const BINARY_PROBE = 8000;

export interface ScanHooks {
  /** Called after each file; adapters turn it into a progress line. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Keys and findings from outside the file tree (the Action's secrets and deploy keys), handed to the scan
 * so that the policy (severities, allow entries, baseline) applies to them as to everything else.
 */
export interface ExtraSources {
  keys?: readonly KeyRecord[];
  findings?: readonly Finding[];
  /** Content from git history (--history), read by the adapter; each blob is scanned like a file. */
  history?: HistorySource;
}

export interface HistoryBlob {
  path: string;
  commit: string;
  /** null when the blob was not read (over the size limit): `skipped` says why. */
  bytes: Buffer | null;
  skipped?: string;
}

export interface HistorySource {
  blobs: AsyncIterable<HistoryBlob>;
  total: number;
  shallow: boolean;
  warning?: string;
}

type ReadOutcome = { bytes: Buffer; encoding: TextEncoding } | { skipped: string };

// One buffer reused for every file: the readers copy what they keep, and a fresh allocation per file
// was a tenth of a large scan's time in garbage collection.
let scratch = Buffer.allocUnsafe(1 << 20);

function formatBytes(count: number): string {
  if (count >= 1024 * 1024) return `${(count / 1024 / 1024).toFixed(1)} MiB`;
  if (count >= 1024) return `${(count / 1024).toFixed(1)} KiB`;
  return `${count} bytes`;
}

function describeSpecialFile(stats: Stats): string {
  if (stats.isFIFO()) return 'named pipe';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  return 'special file';
}

function readFile(file: FileToScan, maxFileSize: number): ReadOutcome {
  let fd: number;
  try {
    // O_NONBLOCK: a plain open of a named pipe waits for a writer, which would hang the scan forever
    // (it changes nothing for regular files; Windows has no such flag).
    fd = openSync(file.absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { skipped: code === 'EACCES' ? 'unreadable: permission denied' : `unreadable (${code ?? 'unknown error'})` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { skipped: `not a regular file (${describeSpecialFile(stats)}), not scanned` };
    const size = stats.size;
    if (size > maxFileSize) {
      return { skipped: `larger than the ${formatBytes(maxFileSize)} limit (${formatBytes(size)}); raise --max-file-size to scan it` };
    }
    if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, scratch.length * 2));
    const bytes = scratch;
    let filled = 0;
    while (filled < size) {
      const read = readSync(fd, bytes, filled, size - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    // UTF-16 with a byte-order mark is text full of NUL bytes: transcode it before the binary test.
    const { bytes: content, encoding } = decodeTextBytes(bytes.subarray(0, filled));
    const nul = content.subarray(0, BINARY_PROBE).indexOf(0);
    if (nul !== -1) return { skipped: `binary file (NUL byte at offset ${nul}), not scanned` };
    return { bytes: content, encoding };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { skipped: `unreadable (${code ?? 'unknown error'})` };
  } finally {
    closeSync(fd);
  }
}

/** Counts of the findings that count; `suppressed` is how many were accepted by the policy. */
export function summarise(findings: readonly Finding[], files: number, keys: number, skipped: number, suppressed = 0): Summary {
  const count = (severity: Finding['severity']): number => findings.filter((item) => item.severity === severity).length;
  return { files, keys, errors: count('error'), warnings: count('warning'), notices: count('notice'), skipped, suppressed };
}

export async function scan(input: ScanOptions, hooks: ScanHooks = {}, extra: ExtraSources = {}): Promise<ScanResult> {
  const options = validateOptions(input);
  const discovery = await discover(options.paths, options.root, options.include, options.exclude);
  const keys: KeyRecord[] = [];
  const findings: Finding[] = [];
  const skipped: Skipped[] = [...discovery.skipped];
  const memo: MathMemo = new Map();
  const blocklist = loadBlocklists(options.blocklists, options.root);
  const baseline = options.baseline === null ? null : loadBaseline(options.baseline, options.root);
  // Inline suppressions, found while each file's bytes are at hand: only the directives are kept.
  const directives = new Map<string, InlineDirective[]>();
  const moduli = new Map<string, { n: Buffer; locations: ModulusLocation[] }>();
  // ssh_config/sshd_config files are judged together once all are known: Include and first-value-wins
  // cross files. Included files are read inside the scanned tree only (never the scanning machine's).
  const filesByPath = new Map(discovery.files.map((file) => [file.path, file]));
  const configs = new ConfigTree(
    new TreeSource(filesByPath.keys(), (path) => {
      const outcome = readFile(filesByPath.get(path)!, options.maxFileSize);
      return 'bytes' in outcome ? outcome.bytes.toString('latin1') : null;
    }),
  );
  let scanned = 0;
  const scanBytes = (path: string, bytes: Buffer, markers: Markers, commit?: string, textEncoding?: TextEncoding): void => {
    const inventory = inventoryBytes(
      bytes,
      { path, minRsaBits: options.minRsaBits, now: options.now, memo, blocklist, textEncoding },
      undefined,
      markers,
    );
    const configAudit = auditConfigBytes(bytes, { path, minRsaBits: options.minRsaBits }, markers);
    const found = [...inventory.findings, ...configAudit.findings];
    if (configAudit.config) {
      if (commit) found.push(...auditStandaloneConfig(path, configAudit.config.kind, configAudit.config.text));
      else configs.add(path, configAudit.config.kind, configAudit.config.text);
    }
    if (commit) for (const item of [...inventory.keys, ...found]) item.commit = commit;
    keys.push(...inventory.keys);
    findings.push(...found);
    for (const { n, key } of inventory.rsaModuli) {
      const id = n.toString('hex');
      const location = { path: key.path, line: key.line, fingerprint: key.fingerprint! };
      const entry = moduli.get(id);
      if (entry) entry.locations.push(location);
      else moduli.set(id, { n, locations: [location] });
    }
  };
  discovery.files.forEach((file, index) => {
    const outcome = readFile(file, options.maxFileSize);
    if ('skipped' in outcome) {
      skipped.push({ path: file.path, reason: outcome.skipped });
    } else {
      scanned++;
      const markers = findMarkers(outcome.bytes);
      const found = markers.directive ? findDirectives(outcome.bytes) : [];
      if (found.length > 0) directives.set(file.path, found);
      scanBytes(file.path, outcome.bytes, markers, undefined, outcome.encoding);
    }
    hooks.onProgress?.(index + 1, discovery.files.length);
  });
  let historyScanned = 0;
  for await (const blob of extra.history?.blobs ?? []) {
    const where = `${blob.path}@${blob.commit.slice(0, 12)}`;
    if (!blob.bytes) {
      skipped.push({ path: where, reason: blob.skipped ?? 'not read' });
      continue;
    }
    const decoded = decodeTextBytes(blob.bytes);
    const nul = decoded.bytes.subarray(0, BINARY_PROBE).indexOf(0);
    if (nul !== -1) {
      skipped.push({ path: where, reason: `binary file (NUL byte at offset ${nul}), not scanned` });
      continue;
    }
    historyScanned++;
    scanBytes(blob.path, decoded.bytes, findMarkers(decoded.bytes), blob.commit, decoded.encoding);
  }
  findings.push(...configs.audit());
  // Old copies of a key in history are not copies in use: duplicate-key looks at the current tree only.
  findings.push(...findDuplicates(keys.filter((key) => key.commit === undefined)));
  findings.push(...(await findSharedPrimes(moduli)));
  keys.push(...(extra.keys ?? []));
  findings.push(...(extra.findings ?? []));
  // Keep this last: severities and suppressions apply to every finding, whichever module added it.
  const policy = applyPolicy({ keys, findings, directives }, options, baseline);
  keys.sort(byLocation);
  policy.findings.sort(byLocation);
  policy.suppressed.sort(byLocation);
  skipped.sort(byPath);
  const summary = summarise(policy.findings, scanned, keys.length, skipped.length, policy.suppressed.length);
  if (policy.baselineFixed !== undefined) summary.baselineFixed = policy.baselineFixed;
  const result: ScanResult = {
    tool: { name: 'ssh-key-audit', version: VERSION },
    root: options.root,
    keys,
    findings: policy.findings,
    suppressed: policy.suppressed,
    skipped,
    summary,
  };
  if (extra.history) {
    const { total, shallow, warning } = extra.history;
    result.history = { blobs: total, scanned: historyScanned, shallow, ...(warning ? { warning } : {}) };
  }
  return result;
}
