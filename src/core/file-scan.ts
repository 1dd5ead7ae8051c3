/**
 * One listed file, read and scanned into a `FileOutcome`: its keys, findings, RSA moduli, config text and
 * inline directives, or the reason it was skipped. Pure data out, no shared state in: the scan applies the
 * outcomes in the listed order, whether they were made on the main thread or in the file-loop worker
 * (file-loop-worker.ts), so the report is the same either way.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { Blocklist } from './checks/blocklist.js';
import type { MathMemo } from './checks/key-math.js';
import type { FileToScan } from './discover.js';
import type { Inventory, inventoryBytes } from './inventory.js';
import { findMarkers, type Markers } from './markers.js';
import { findDirectives, type InlineDirective } from './policy/inline.js';
import { auditConfigBytes, type ConfigKind } from './ssh-config/audit.js';
import { decodeTextBytes, type TextEncoding } from './text-encoding.js';
import type { Finding, KeyRecord } from './types.js';

// git's own heuristic (buffer_is_binary): a NUL byte in the first 8000 bytes means binary.
const BINARY_PROBE = 8000;

/** What every file of one scan is judged with; plain data, so a worker thread gets its own copy. */
export interface FileScanContext {
  minRsaBits: number;
  now: Date;
  maxFileSize: number;
  memo: MathMemo;
  /** Loaded with the first file that shows a key marker (loadKeyReaders); null until then. */
  readers: KeyReaders | null;
}

/** The key readers and the blocklist they check against: a third of the bundle, which a scan without keys never loads. */
export interface KeyReaders {
  inventoryBytes: typeof inventoryBytes;
  blocklist: Blocklist;
}

export async function loadKeyReaders(blocklists: readonly string[], root: string): Promise<KeyReaders> {
  const [{ inventoryBytes }, { loadBlocklists }] = await Promise.all([import('./inventory.js'), import('./checks/blocklist.js')]);
  return { inventoryBytes, blocklist: loadBlocklists(blocklists, root) };
}

/** What the key readers can act on (inventory.ts reads nothing else): without it a file has no key. */
export function mayHoldKey(markers: Markers): boolean {
  return markers.keyLine || markers.keyBlock || markers.encoded;
}

/** An RSA modulus and the index in `keys` of the key it belongs to. */
export interface ModulusOfKey {
  n: Uint8Array;
  key: number;
}

/**
 * What one file (or one blob of history) holds. `null` fields are left out: most files hold nothing, and
 * an outcome of a worker crosses threads by structured clone.
 */
export interface FileOutcome {
  /** Why the file was not scanned (or not to its end: what earlier windows found is kept). */
  skipped?: string;
  keys?: KeyRecord[];
  findings?: Finding[];
  moduli?: ModulusOfKey[];
  /** When the file is an ssh_config or sshd_config: its kind and text (judged with the whole tree). */
  config?: { kind: ConfigKind; text: string };
  directives?: InlineDirective[];
  /** The file shows a key marker and context.readers is not loaded yet: load them and scan it again. */
  needsKeyReaders?: true;
}

type ReadOutcome = { bytes: Buffer; encoding: TextEncoding } | { skipped: string } | { stream: StreamedFile };

// One buffer reused for every file (one per thread): the readers copy what they keep, and a fresh
// allocation per file was a tenth of a large scan's time in garbage collection.
let scratch = Buffer.allocUnsafe(1 << 20);

/**
 * Files above STREAM_WINDOW bytes (only when a policy raises --max-file-size) are read in windows of that
 * size plus LOOK_AHEAD, so no file needs one buffer or one string of its whole size (V8 caps strings at
 * about 512 MiB, and a larger file used to end the scan with exit 3). A key block is found in the window
 * where it starts; LOOK_AHEAD is far above the largest key block (a 16,384-bit RSA PEM is about 12 KiB).
 */
const STREAM_WINDOW = 32 * 1024 * 1024;
const LOOK_AHEAD = 1024 * 1024;

export interface StreamedFile {
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

export function binaryReason(bytes: Buffer): string | null {
  // Most files are shorter than the probe: no view of their head to make first.
  const nul = (bytes.length <= BINARY_PROBE ? bytes : bytes.subarray(0, BINARY_PROBE)).indexOf(0);
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
export function readFile(file: FileToScan, maxFileSize: number): ReadOutcome {
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

/**
 * Inventory and config audit of one file's bytes (or one window of a large file: `window` shifts its lines
 * and drops what starts in its look-ahead), added to `into`.
 */
export function scanBytes(
  path: string,
  bytes: Buffer,
  markers: Markers,
  context: FileScanContext,
  into: FileOutcome,
  window?: Window,
  textEncoding?: TextEncoding,
): void {
  const { minRsaBits, now, memo, readers } = context;
  let inventory: Inventory = { keys: [], findings: [], rsaModuli: [] };
  if (mayHoldKey(markers)) {
    if (!readers) throw new Error('scanBytes: a file with a key marker needs loadKeyReaders() first');
    inventory = readers.inventoryBytes(
      bytes,
      { path, minRsaBits, now, memo, blocklist: readers.blocklist, textEncoding },
      undefined,
      markers,
    );
  }
  const configAudit = auditConfigBytes(bytes, { path, minRsaBits }, markers);
  let found = inventory.findings.length === 0 ? configAudit.findings : [...inventory.findings, ...configAudit.findings];
  // A streamed file's config is judged by its first window, as sniffing judges any file by its head.
  if (configAudit.config && (!window || window.firstLine === 1)) into.config = configAudit.config;
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
  const keys = (into.keys ??= []);
  const offset = keys.length;
  keys.push(...inventoried);
  if (found.length > 0) (into.findings ??= []).push(...found);
  if (inventory.rsaModuli.length === 0) return;
  // Kept keys in their order: the index of each in what was added.
  const indexOf = new Map((keptKeys ? [...keptKeys] : inventory.keys).map((key, index) => [key, offset + index]));
  const moduli = (into.moduli ??= []);
  for (const { n, key } of inventory.rsaModuli) {
    const at = indexOf.get(key);
    if (at !== undefined) moduli.push({ n, key: at });
  }
}

/** One file's bytes, whole or a window: directives, keys, configs; false when it needs the key readers first. */
function scanFileBytes(
  file: FileToScan,
  bytes: Buffer,
  context: FileScanContext,
  into: FileOutcome,
  window?: Window,
  encoding?: TextEncoding,
): boolean {
  const markers = findMarkers(bytes);
  if (context.readers === null && mayHoldKey(markers)) return false;
  if (markers.directive) {
    let found = findDirectives(bytes);
    if (window)
      found = found.filter((item) => item.line <= window.lines).map((item) => ({ ...item, line: item.line + window.firstLine - 1 }));
    if (found.length > 0) (into.directives ??= []).push(...found);
  }
  scanBytes(file.path, bytes, markers, context, into, window, encoding);
  return true;
}

/** Reads and scans one listed file; anything that stops it is a skipped outcome, never the end of the scan. */
export function scanListedFile(file: FileToScan, context: FileScanContext): FileOutcome {
  const outcome = readFile(file, context.maxFileSize);
  if ('skipped' in outcome) return { skipped: outcome.skipped };
  const into: FileOutcome = {};
  try {
    if ('bytes' in outcome) {
      return scanFileBytes(file, outcome.bytes, context, into, undefined, outcome.encoding) ? into : { needsKeyReaders: true };
    }
    for (const window of windows(outcome.stream)) {
      if (window.firstLine === 1) {
        const binary = binaryReason(window.bytes);
        if (binary) return { skipped: binary };
      }
      if (!scanFileBytes(file, window.bytes, context, into, window)) return { needsKeyReaders: true };
    }
    return into;
  } catch (error) {
    // What earlier windows of a streamed file found stays reported, as does why the rest was not read.
    if (isStringLimit(error)) return { ...into, skipped: `too large to decode as text in one piece (V8's string limit), not scanned` };
    const code = (error as NodeJS.ErrnoException).code;
    if (code) return { ...into, skipped: `unreadable (${code})` };
    throw error;
  } finally {
    if ('stream' in outcome) closeSync(outcome.stream.fd);
  }
}
