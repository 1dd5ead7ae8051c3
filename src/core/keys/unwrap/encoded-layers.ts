/**
 * Keys inside base64 values: Kubernetes Secrets (`data:`), Helm values, cloud-init `write_files` with
 * `encoding: b64` or `gz+b64`, CI variable dumps and `.env` files hold a key file or a key line as one base64
 * token. This module finds such tokens and decodes them (and gunzips them where they are gzip), so the
 * readers can scan the result as a file of its own, reported at the line of the token.
 *
 * The prefilter looks for base64 text that can only come from key material, at any byte alignment:
 * `LS0t` is `---` (five dashes always hold an aligned triple: every PEM, OpenSSH, SSH2 armour line),
 * `QUF` starts the encoding of `AAA` (every key line's blob starts `AAAA` after its type name), and `H4sI`
 * is the gzip magic at the start of a value. Files without any of them cost three byte searches.
 */
import { createRequire } from 'node:module';
import { LineCounter } from '../occurrence.js';

const NEEDLES = ['LS0t', 'QUF', 'H4sI'];
const NEEDLE_BYTES = NEEDLES.map((needle) => Buffer.from(needle));

// The shortest key text worth decoding, a bare ssh-ed25519 line (12 + 68 characters), is 108 characters of
// base64; the shortest private key (a PKCS#8 Ed25519 PEM) is longer. Shorter tokens hold no key.
const MIN_TOKEN = 104;
// A key file is a few KiB; a token beyond this is an image or an archive, not a key.
const MAX_TOKEN = 1 << 20;
// Decompressed output is capped so a gzip bomb cannot blow up the scan.
const MAX_GUNZIP = 1 << 20;
// git's binary heuristic, as for files: a NUL in the first 8000 bytes means the value is not text.
const BINARY_PROBE = 8000;

/** The cheap test on a file's bytes: can it hold a base64-encoded key at all? */
export function hasEncodedKeyMarker(bytes: Buffer): boolean {
  return NEEDLE_BYTES.some((needle) => bytes.includes(needle));
}

export interface EncodedLayer {
  /** 1-based line of the token in the text it was found in. */
  line: number;
  /** The decoded content, as bytes. */
  bytes: Buffer;
  /** The layers removed, outermost first: `['base64']` or `['base64', 'gzip']`. */
  layers: string[];
  /**
   * The name the value is stored under (`known_hosts: ...`, `AUTHORIZED_KEYS=...`), when there is one: it says
   * what kind of file the value is, as a file name would.
   */
  name?: string;
}

const isNameChar = (code: number): boolean => isBase64Char(code) || code === 0x5f || code === 0x2e || code === 0x2d;

/** `name: TOKEN`, `name = TOKEN`, `"name": "TOKEN"`: the identifier right before the token, read backwards. */
function valueName(text: string, start: number): string | undefined {
  let index = start;
  const skip = (test: (code: number) => boolean): void => {
    while (index > 0 && start - index < 64 && test(text.charCodeAt(index - 1))) index--;
  };
  skip((code) => code === 0x22 || code === 0x27 || code === 0x20 || code === 0x09);
  if (index === 0 || (text[index - 1] !== ':' && text[index - 1] !== '=')) return undefined;
  index--;
  skip((code) => code === 0x22 || code === 0x27 || code === 0x20 || code === 0x09);
  const end = index;
  skip(isNameChar);
  return index < end ? text.slice(index, end) : undefined;
}

function isBase64Char(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2f
  );
}

// node:zlib is required on the first gzip value, not imported: markers.ts loads this module for every
// scan, and loading zlib was about 8% of what an empty scan adds to a bare node start.
const requireBuiltin = createRequire(import.meta.url);
let zlib: typeof import('node:zlib') | undefined;

function decodeToken(token: string): { bytes: Buffer; layers: string[] } | null {
  if (token.length % 4 === 1) return null;
  const decoded = Buffer.from(token, 'base64');
  if (decoded[0] === 0x1f && decoded[1] === 0x8b) {
    try {
      zlib ??= requireBuiltin('node:zlib') as typeof import('node:zlib');
      return { bytes: zlib.gunzipSync(decoded, { maxOutputLength: MAX_GUNZIP }), layers: ['base64', 'gzip'] };
    } catch {
      // A truncated or oversized gzip stream: not something a key is read from.
      return null;
    }
  }
  return { bytes: decoded, layers: ['base64'] };
}

/** Every base64 token of `text` (a latin1 view of bytes) long enough to hold a key and decoding to text. */
const isLineEnd = (code: number): boolean => Number.isNaN(code) || code === 0x0a || code === 0x0d;

/**
 * Where a value wrapped over several lines ends (`base64` wraps at 76 columns, PEM-style tools at 64): a line
 * of base64 whose length is a multiple of 4 and at least 60 continues on the next line when that line, after
 * its indentation, is base64 to its end and no longer than the first. `end` is the first line's end.
 */
function wrappedEnd(text: string, start: number, end: number): number {
  const width = end - start;
  if (width < 60 || width % 4 !== 0 || !isLineEnd(text.charCodeAt(end))) return end;
  let at = end;
  while (at - start < MAX_TOKEN) {
    let next = at;
    if (text.charCodeAt(next) === 0x0d) next++;
    if (text.charCodeAt(next) !== 0x0a) break;
    next++;
    while (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x09) next++;
    const segmentStart = next;
    while (isBase64Char(text.charCodeAt(next))) next++;
    while (text.charCodeAt(next) === 0x3d) next++;
    const length = next - segmentStart;
    if (length === 0 || length > width || !isLineEnd(text.charCodeAt(next))) break;
    at = next;
    if (length < width || text.charCodeAt(next - 1) === 0x3d) break;
  }
  return at;
}

export function findEncodedLayers(text: string): EncodedLayer[] {
  // Token start -> end. Each needle's search resumes after the token it hit, so a long run of base64 full of
  // needles costs one pass per needle, not one walk per hit.
  const tokens = new Map<number, number>();
  for (const needle of NEEDLES) {
    let floor = 0;
    for (let hit = text.indexOf(needle); hit !== -1; hit = text.indexOf(needle, floor)) {
      let start = hit;
      while (start > floor && isBase64Char(text.charCodeAt(start - 1))) start--;
      let end = hit;
      while (end < text.length && isBase64Char(text.charCodeAt(end))) end++;
      while (end < text.length && text.charCodeAt(end) === 0x3d && end - start < MAX_TOKEN) end++;
      end = wrappedEnd(text, start, end);
      tokens.set(start, Math.max(end, tokens.get(start) ?? 0));
      floor = Math.max(end, hit + needle.length);
    }
  }
  const lines = new LineCounter(text);
  const found: EncodedLayer[] = [];
  let covered = -1;
  for (const [start, end] of [...tokens].sort((a, b) => a[0] - b[0])) {
    // A needle first met on a later line of a wrapped value starts a tail of a token already read.
    if (end <= covered) continue;
    covered = end;
    const token = text.slice(start, end).replace(/\s+/g, '');
    if (token.length < MIN_TOKEN || token.length > MAX_TOKEN) continue;
    const decoded = decodeToken(token);
    if (!decoded || decoded.bytes.subarray(0, BINARY_PROBE).includes(0)) continue;
    const name = valueName(text, start);
    found.push({ line: lines.lineAt(start), ...decoded, ...(name ? { name } : {}) });
  }
  return found;
}
