/** The scan: discover files, inventory each, add cross-file findings, order and count. Pure of any adapter. */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { Blocklist } from './checks/blocklist.js';
import { findDuplicates } from './checks/duplicates.js';
import type { MathMemo } from './checks/key-math.js';
import type { ModulusLocation } from './checks/big-numbers/shared-primes.js';
import { discover, type FileToScan } from './discover.js';
import { auditConfigBytes } from './ssh-config/audit.js';
import { ConfigTree, auditStandaloneConfig } from './ssh-config/config-tree.js';
import { TreeSource } from './ssh-config/tree-source.js';
import type { inventoryBytes } from './inventory.js';
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

type ReadOutcome = { bytes: Buffer; encoding: TextEncoding } | { skipped: string } | { stream: StreamedFile };

// One buffer reused for every file: the readers copy what they keep, and a fresh allocation per file
// was a tenth of a large scan's time in garbage collection.
let scratch = Buffer.allocUnsafe(1 << 20);

/**
 * Files above STREAM_WINDOW bytes (only when a policy raises --max-file-size) are read in windows of that
 * size plus LOOK_AHEAD, so no file needs one buffer or one string of its whole size (V8 caps strings at
 * about 512 MiB, and a larger file used to end the scan with exit 3). A key block is found in the window
 * where it starts; LOOK_AHEAD is far above the largest key block (a 16,384-bit RSA PEM is about 12 KiB).
 */
const STREAM_WINDOW = 32 * 1024 * 1024;
const LOOK_AHEAD = 1024 * 1024;

interface StreamedFile {
  fd: number;
  size: number;
}

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

function binaryReason(bytes: Buffer): string | null {
  const nul = bytes.subarray(0, BINARY_PROBE).indexOf(0);
  return nul === -1 ? null : `binary file (NUL byte at offset ${nul}), not scanned`;
}

function fill(fd: number, into: Buffer, length: number, position: number): number {
  let filled = 0;
  while (filled < length) {
    const read = readSync(fd, into, filled, length - filled, position + filled);
    if (read === 0) break;
    filled += read;
  }
  return filled;
}

// O_NONBLOCK: a plain open of a named pipe waits for a writer, which would hang the scan forever (it
// changes nothing for regular files). O_NOFOLLOW: a file listed as regular and swapped for a symlink
// since (to a key outside the tree) is not followed. Windows has neither flag.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** Opens and reads a listed file; `skipped` says why it is not scanned. A streamed file's fd stays open. */
function readFile(file: FileToScan, maxFileSize: number): ReadOutcome {
  let fd: number;
  try {
    fd = openSync(file.open ?? file.absolute, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { skipped: 'replaced by a symlink since it was listed, not followed' };
    return { skipped: code === 'EACCES' ? 'unreadable: permission denied' : `unreadable (${code ?? 'unknown error'})` };
  }
  let keepOpen = false;
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { skipped: `not a regular file (${describeSpecialFile(stats)}), not scanned` };
    if (file.ino !== undefined && (stats.ino !== file.ino || stats.dev !== file.dev)) {
      return { skipped: 'replaced by another file since it was listed, not read' };
    }
    const size = stats.size;
    if (size > maxFileSize) {
      return { skipped: `larger than the ${formatBytes(maxFileSize)} limit (${formatBytes(size)}); raise --max-file-size to scan it` };
    }
    if (size > STREAM_WINDOW + LOOK_AHEAD) {
      keepOpen = true;
      return { stream: { fd, size } };
    }
    if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, scratch.length * 2));
    // UTF-16 with a byte-order mark is text full of NUL bytes: transcode it before the binary test.
    const { bytes: content, encoding } = decodeTextBytes(scratch.subarray(0, fill(fd, scratch, size, 0)));
    const binary = binaryReason(content);
    return binary ? { skipped: binary } : { bytes: content, encoding };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { skipped: `unreadable (${code ?? 'unknown error'})` };
  } finally {
    if (!keepOpen) closeSync(fd);
  }
}

/** A window of a streamed file: its bytes, the line of its first byte, how many of its lines it reports. */
interface Window {
  bytes: Buffer;
  firstLine: number;
  /** Lines after these are look-ahead, reported by the next window; Infinity for the last. */
  lines: number;
}

function countLines(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a, from); at !== -1 && at < to; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count;
}

/** The windows of a large file, each cut after a newline; throws (errno) when the file cannot be read. */
function* windows(file: StreamedFile): Generator<Window> {
  const buffer = Buffer.allocUnsafe(STREAM_WINDOW + LOOK_AHEAD);
  let firstLine = 1;
  for (let start = 0; start < file.size;) {
    const filled = fill(file.fd, buffer, Math.min(buffer.length, file.size - start), start);
    if (filled === 0) return;
    const bytes = buffer.subarray(0, filled);
    if (start + filled >= file.size) {
      yield { bytes, firstLine, lines: Infinity };
      return;
    }
    const newline = bytes.lastIndexOf(0x0a, STREAM_WINDOW - 1);
    const reported = newline === -1 ? STREAM_WINDOW : newline + 1;
    const lines = countLines(bytes, 0, reported);
    yield { bytes, firstLine, lines };
    firstLine += lines;
    start += reported;
  }
}

// V8's cap on string length: a reader that decodes more than this throws RangeError.
function isStringLimit(error: unknown): boolean {
  return error instanceof RangeError && /Invalid string length/.test(error.message);
}

/** What the key readers can act on (inventory.ts reads nothing else): without it a file has no key. */
function mayHoldKey(markers: Markers): boolean {
  return markers.keyLine || markers.keyBlock || markers.encoded;
}

/** The key readers and the blocklist they check against: a scan loads them with the first file that needs them. */
interface KeyReaders {
  inventoryBytes: typeof inventoryBytes;
  blocklist: Blocklist;
}

async function loadKeyReaders(options: ScanOptions): Promise<KeyReaders> {
  const [{ inventoryBytes }, { loadBlocklists }] = await Promise.all([import('./inventory.js'), import('./checks/blocklist.js')]);
  return { inventoryBytes, blocklist: loadBlocklists(options.blocklists, options.root) };
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
  // The key readers, sshpk's stand-in and the blocklist are a third of the bundle: a scan that meets no key
  // marker never loads them. A blocklist file the user names is read now all the same, so a broken one is
  // a usage error whatever the tree holds.
  let readers: KeyReaders | null = options.blocklists.length > 0 ? await loadKeyReaders(options) : null;
  const needReaders = async (): Promise<void> => {
    readers ??= await loadKeyReaders(options);
  };
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
      // A config larger than a read window is no config OpenSSH would read whole either.
      if ('stream' in outcome) closeSync(outcome.stream.fd);
      return 'bytes' in outcome ? outcome.bytes.toString('latin1') : null;
    }),
  );
  let scanned = 0;
  /**
   * Inventory, config audit and directives of one file's bytes (or one window of a large file: `window`
   * shifts its lines and drops what starts in its look-ahead).
   */
  const scanBytes = (
    path: string,
    bytes: Buffer,
    markers: Markers,
    commit?: string,
    window?: Window,
    textEncoding?: TextEncoding,
  ): void => {
    const inventory = mayHoldKey(markers)
      ? readers!.inventoryBytes(
          bytes,
          { path, minRsaBits: options.minRsaBits, now: options.now, memo, blocklist: readers!.blocklist, textEncoding },
          undefined,
          markers,
        )
      : { keys: [], findings: [], rsaModuli: [] };
    const configAudit = auditConfigBytes(bytes, { path, minRsaBits: options.minRsaBits }, markers);
    let found = [...inventory.findings, ...configAudit.findings];
    // A streamed file's config is judged by its first window, as sniffing judges any file by its head.
    if (configAudit.config && (!window || window.firstLine === 1)) {
      if (commit) found.push(...auditStandaloneConfig(path, configAudit.config.kind, configAudit.config.text));
      else configs.add(path, configAudit.config.kind, configAudit.config.text);
    }
    if (inventory.keys.length === 0 && found.length === 0) return;
    let inventoried = inventory.keys;
    // A window's lines count from its first byte: shifted copies, as rewriting `line` in place made V8
    // generalise the readers' object shapes and JSON.stringify of 40,000 keys seven times slower.
    const shift = window ? window.firstLine - 1 : 0;
    const keptKeys = window ? new Set(inventoried.filter((key) => key.line <= window.lines)) : null;
    if (window) {
      found = found.filter((item) => item.line <= window.lines);
      inventoried = [...keptKeys!];
      if (shift > 0) {
        found = found.map((item) => ({ ...item, line: item.line + shift }));
        inventoried = inventoried.map((key) => ({ ...key, line: key.line + shift }));
      }
    }
    if (commit) for (const item of [...inventoried, ...found]) item.commit = commit;
    keys.push(...inventoried);
    findings.push(...found);
    for (const { n, key } of inventory.rsaModuli) {
      if (keptKeys && !keptKeys.has(key)) continue;
      const id = n.toString('hex');
      const location = { path: key.path, line: key.line + shift, fingerprint: key.fingerprint! };
      const entry = moduli.get(id);
      if (entry) entry.locations.push(location);
      else moduli.set(id, { n, locations: [location] });
    }
  };
  /** One file's bytes, whole or a window: directives, keys, configs. */
  const scanFileBytes = (file: FileToScan, bytes: Buffer, window?: Window, encoding?: TextEncoding, markers = findMarkers(bytes)): void => {
    if (markers.directive) {
      let found = findDirectives(bytes);
      if (window)
        found = found.filter((item) => item.line <= window.lines).map((item) => ({ ...item, line: item.line + window.firstLine - 1 }));
      if (found.length > 0) directives.set(file.path, [...(directives.get(file.path) ?? []), ...found]);
    }
    scanBytes(file.path, bytes, markers, undefined, window, encoding);
  };
  /** Scans one listed file as read; anything that stops it is a skipped entry, never the end of the scan. */
  const scanFile = (file: FileToScan, outcome: ReadOutcome, markers?: Markers): string | null => {
    if ('skipped' in outcome) return outcome.skipped;
    try {
      if ('bytes' in outcome) {
        scanFileBytes(file, outcome.bytes, undefined, outcome.encoding, markers);
        return null;
      }
      for (const window of windows(outcome.stream)) {
        if (window.firstLine === 1) {
          const binary = binaryReason(window.bytes);
          if (binary) return binary;
        }
        scanFileBytes(file, window.bytes, window);
      }
      return null;
    } catch (error) {
      if (isStringLimit(error)) return `too large to decode as text in one piece (V8's string limit), not scanned`;
      const code = (error as NodeJS.ErrnoException).code;
      if (code) return `unreadable (${code})`;
      throw error;
    } finally {
      if ('stream' in outcome) closeSync(outcome.stream.fd);
    }
  };
  for (const [index, file] of discovery.files.entries()) {
    const outcome = readFile(file, options.maxFileSize);
    // A streamed file's windows are not searched yet: it may hold a key anywhere.
    const markers = 'bytes' in outcome ? findMarkers(outcome.bytes) : undefined;
    if (readers === null && ('stream' in outcome || (markers && mayHoldKey(markers)))) await needReaders();
    const reason = scanFile(file, outcome, markers);
    if (reason === null) scanned++;
    else skipped.push({ path: file.path, reason });
    hooks.onProgress?.(index + 1, discovery.files.length);
  }
  let historyScanned = 0;
  for await (const blob of extra.history?.blobs ?? []) {
    const where = `${blob.path}@${blob.commit.slice(0, 12)}`;
    if (!blob.bytes) {
      skipped.push({ path: where, reason: blob.skipped ?? 'not read' });
      continue;
    }
    const decoded = decodeTextBytes(blob.bytes);
    const binary = binaryReason(decoded.bytes);
    if (binary) {
      skipped.push({ path: where, reason: binary });
      continue;
    }
    historyScanned++;
    const markers = findMarkers(decoded.bytes);
    if (mayHoldKey(markers)) await needReaders();
    scanBytes(blob.path, decoded.bytes, markers, blob.commit, undefined, decoded.encoding);
  }
  findings.push(...configs.audit());
  // Old copies of a key in history are not copies in use: duplicate-key looks at the current tree only.
  findings.push(...findDuplicates(keys.filter((key) => key.commit === undefined)));
  // The batch GCD (and its worker code) loads only when there is an RSA modulus to check.
  if (moduli.size > 0) findings.push(...(await (await import('./checks/big-numbers/shared-primes.js')).findSharedPrimes(moduli)));
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
