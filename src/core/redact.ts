/**
 * The last line of defence at the output boundary: every report, every error message and every line the
 * Action logs passes guardOutput(), which withholds anything that looks like private key material and
 * counts what it withheld. The readers never put key material in a report; this catches what one lets
 * through by mistake (a comment that runs into a key, a value quoted in an error, a bug in a new reader).
 *
 * Withheld: a private key block from its BEGIN line to its END line (PEM, OpenSSH, PKCS#8, SSH.com),
 * a PuTTY `Private-Lines` body, base64 that opens an OpenSSH, PKCS#1, PKCS#8 or SEC 1 private key, and
 * any run of base64 that repeats the body of a block the readers classified as private (notePrivateMaterial).
 * Linear in the text; the replacement holds no quote, so JSON and SARIF stay valid.
 */

export const WITHHELD = '[private key material withheld by ssh-key-audit]';

const BASE64 = new Uint8Array(128);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') BASE64[char.charCodeAt(0)] = 1;
// What a key body is made of once a reporter has escaped or flattened it: base64, padding, line breaks
// (real, `\n` escapes, or the `?` the text reporter prints for control characters), header lines
// (`Proc-Type: 4,ENCRYPTED`) and the dashes of the END line. Never a quote, so a JSON string stays closed.
const BODY = new Uint8Array(128);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\\?:,- \t\r\n') BODY[char.charCodeAt(0)] = 1;

function isBase64(code: number): boolean {
  return code < 128 && BASE64[code] === 1;
}

function isBody(code: number): boolean {
  return code < 128 && BODY[code] === 1;
}

/** A PEM label ending in PRIVATE KEY starts at `from` (RSA, DSA, EC, OPENSSH, ENCRYPTED, or none: PKCS#8). */
function labelled(text: string, from: number): boolean {
  // Labels are short: looking further would make many BEGIN lines without a label cost their square.
  const label = text.slice(from, from + 64);
  const close = label.indexOf('-----');
  return close !== -1 && label.slice(0, close).endsWith('PRIVATE KEY');
}

/** Openings of private key material: each ends where its body does (bodyEnd). */
const PRIVATE_OPENINGS: readonly { opening: string; private: (text: string, at: number) => boolean; end: string; close: string }[] = [
  {
    opening: '-----BEGIN ',
    // Any label ending in PRIVATE KEY: RSA, DSA, EC, OPENSSH, ENCRYPTED, or none (PKCS#8).
    private: (text, at) => labelled(text, at + 11),
    end: '-----END ',
    close: '-----',
  },
  {
    opening: '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY',
    private: () => true,
    end: '---- END ',
    close: ' ----',
  },
  { opening: 'Private-Lines:', private: () => true, end: 'Private-MAC:', close: '' },
  // An END line alone still says that a body was next to it.
  {
    opening: '-----END ',
    private: (text, at) => labelled(text, at + 9),
    end: '-----END ',
    close: '-----',
  },
];

/** Where the body that starts at `from` ends: past its END line when one is in it, else where the body characters stop. */
function bodyEnd(text: string, from: number, end: string, close: string): number {
  let stop = from;
  while (stop < text.length && isBody(text.charCodeAt(stop))) stop++;
  // Searched within the body only: bodies never overlap, so the whole text is searched once.
  const body = text.slice(from, stop);
  const endLine = body.indexOf(end);
  if (endLine === -1) return stop;
  if (close === '') return from + endLine;
  const closing = body.indexOf(close, endLine + end.length);
  return closing === -1 ? stop : from + closing + close.length;
}

// Base64 that opens a private key whatever surrounds it: "openssh-key-v1\0" (PROTOCOL.key), the
// DER of PKCS#1 RSA/DSA and PKCS#8 (SEQUENCE, INTEGER version 0, then an INTEGER or a SEQUENCE) and
// SEC 1 EC private keys (SEQUENCE, INTEGER 1, OCTET STRING).
const OPENSSH_MAGIC = 'b3BlbnNzaC1rZXktdjE';
const DER_OPENINGS = ['MHcCAQEE', 'MIGkAgEBBD', 'MIHcAgEBBE', 'MC4CAQAwBQYDK2Vw'];
/** What a run must hold (the magic) or start with (the rest) to open a private key: opensPrivateKey's prefixes. */
const OPENINGS = [OPENSSH_MAGIC, 'MII', ...DER_OPENINGS];
function opensPrivateKey(run: string): boolean {
  if (run.includes(OPENSSH_MAGIC)) return true;
  if (run.startsWith('MII') && (run.startsWith('IBAAK', 6) || run.startsWith('IBADAN', 6))) return true;
  return DER_OPENINGS.some((opening) => run.startsWith(opening));
}

// Windows of registered private bodies: WINDOW characters taken every STEP, so any run of at least
// WINDOW + STEP - 1 characters copied from a body holds a whole window (what the run check looks for).
const WINDOW = 24;
const STEP = 8;
const MIN_RUN = WINDOW + STEP - 1;
// Registered material is bounded (about 20 MB of windows); past it, the markers and openings still hold.
const MAX_REGISTERED_CHARS = 2 * 1024 * 1024;
const windows = new Set<string>();
// A rolling hash of every window (Rabin-Karp): a run is hashed once, in one pass, and sliced only where
// a hash is registered. Slicing and hashing a string at every offset of every run cost seconds on a
// report of 100,000 keys as soon as one private key had been seen.
const windowHashes = new Set<number>();
const HASH_BASE = 0x01000193;
let power = 1;
for (let index = 1; index < WINDOW; index++) power = Math.imul(power, HASH_BASE);
/** HASH_BASE^(WINDOW-1), modulo 2^32: what the character leaving a window weighs in its hash. */
const LEAVING = power;
let registered = 0;
let withheld = 0;

function hashAt(text: string, from: number): number {
  let hash = 0;
  for (let index = from; index < from + WINDOW; index++) hash = (Math.imul(hash, HASH_BASE) + text.charCodeAt(index)) | 0;
  return hash;
}

/** Records the base64 body of a block classified as private, so a copy of any part of it is withheld. */
export function notePrivateMaterial(base64: string): void {
  if (registered + base64.length > MAX_REGISTERED_CHARS) return;
  registered += base64.length;
  for (let index = 0; index + WINDOW <= base64.length; index += STEP) {
    windows.add(base64.slice(index, index + WINDOW));
    windowHashes.add(hashAt(base64, index));
  }
}

/** Whether any WINDOW characters of `run` are a registered window. */
function repeatsPrivateMaterial(run: string): boolean {
  if (windows.size === 0 || run.length < WINDOW) return false;
  let hash = hashAt(run, 0);
  for (let index = 0; ; index++) {
    if (windowHashes.has(hash) && windows.has(run.slice(index, index + WINDOW))) return true;
    if (index + WINDOW >= run.length) return false;
    hash = (Math.imul(hash - Math.imul(run.charCodeAt(index), LEAVING), HASH_BASE) + run.charCodeAt(index + WINDOW)) | 0;
  }
}

// One search for everything that can open private material: the openings of PRIVATE_OPENINGS (a private
// block's BEGIN or END line, PuTTY's Private-Lines) and OPENINGS (what a bare base64 run must hold or start
// with to open a private key). One regular expression walks a report of tens of megabytes once, where an
// indexOf per opening walked it ten times; the hits are few (real reports hold no private material) and each
// is checked in full. Literals, so the ReDoS test reads them; test/hostile/guard-runs.test.ts fails if one
// misses an opening.
const ANY_OPENING =
  /-----BEGIN |---- BEGIN SSH2 ENCRYPTED PRIVATE KEY|Private-Lines:|-----END |b3BlbnNzaC1rZXktdjE|MII|MHcCAQEE|MIGkAgEBBD|MIHcAgEBBE|MC4CAQAwBQYDK2Vw/g;
const RUN_OPENING = /b3BlbnNzaC1rZXktdjE|MII|MHcCAQEE|MIGkAgEBBD|MIHcAgEBBE|MC4CAQAwBQYDK2Vw/g;
const MARKER_OPENINGS = PRIVATE_OPENINGS.map(({ opening }) => opening);

/** Positions where `pattern` (global, one of the alternations above) matches in `text`, overlapping matches included, in text order. */
function openingsAt(text: string, pattern: RegExp): number[] {
  const hits: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    hits.push(match.index);
    // Resumed one character on, so an opening that starts inside this match is found too.
    pattern.lastIndex = match.index + 1;
  }
  return hits;
}

/** Private blocks from their BEGIN (or END) line to where their body ends; `hits` are the marker openings in text order. */
function withholdMarkers(text: string, hits: readonly number[]): { text: string; count: number } {
  let out = '';
  let copied = 0;
  let count = 0;
  for (const at of hits) {
    if (at < copied) continue;
    for (const opening of PRIVATE_OPENINGS) {
      if (!text.startsWith(opening.opening, at) || !opening.private(text, at)) continue;
      const stop = bodyEnd(text, at + opening.opening.length, opening.end, opening.close);
      out += text.slice(copied, at) + WITHHELD;
      copied = stop;
      count++;
      break;
    }
  }
  return count === 0 ? { text, count } : { text: out + text.slice(copied), count };
}

/** The maximal base64 run around `at`: [start, end). */
function runAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && isBase64(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && isBase64(text.charCodeAt(end))) end++;
  return { start, end };
}

/** Where a withheld run ends: its padding belongs to it (two `=` at most). */
function paddedEnd(text: string, start: number, end: number): number {
  let stop = end;
  while (stop < text.length && stop - start < end - start + 2 && text.charCodeAt(stop) === 0x3d) stop++;
  return stop;
}

/**
 * Every maximal base64 run of MIN_RUN characters or more that opens a private key or repeats registered
 * material, as [start, end) with its padding, in text order. With nothing registered only a run holding one
 * of OPENINGS can open a private key (opensPrivateKey), so those are searched with indexOf instead of
 * walking every character of a report that is mostly fingerprints and moduli.
 */
function privateRuns(text: string, hits: readonly number[]): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  if (windows.size > 0) {
    for (let index = 0; index < text.length;) {
      if (!isBase64(text.charCodeAt(index))) {
        index++;
        continue;
      }
      const start = index;
      while (index < text.length && isBase64(text.charCodeAt(index))) index++;
      if (index - start < MIN_RUN) continue;
      const run = text.slice(start, index);
      if (opensPrivateKey(run) || repeatsPrivateMaterial(run)) {
        index = paddedEnd(text, start, index);
        found.push({ start, end: index });
      }
    }
    return found;
  }
  // Runs are disjoint: each is judged once, by its first hit, and later hits inside it are skipped.
  let judged = 0;
  for (const at of hits) {
    // A DER opening counts only where a run starts; the OpenSSH magic anywhere in one.
    if (at < judged || (!text.startsWith(OPENSSH_MAGIC, at) && at > 0 && isBase64(text.charCodeAt(at - 1)))) continue;
    const { start, end } = runAround(text, at);
    judged = end;
    if (end - start >= MIN_RUN && opensPrivateKey(text.slice(start, end))) {
      judged = paddedEnd(text, start, end);
      found.push({ start, end: judged });
    }
  }
  return found;
}

function withholdRuns(text: string, hits: readonly number[]): { text: string; count: number } {
  const runs = privateRuns(text, hits);
  if (runs.length === 0) return { text, count: 0 };
  let out = '';
  let copied = 0;
  for (const { start, end } of runs) {
    out += text.slice(copied, start) + WITHHELD;
    copied = end;
  }
  return { text: out + text.slice(copied), count: runs.length };
}

/** `text` with private key material replaced by WITHHELD; `withheld` counts the replacements. */
export function guardOutput(text: string): { text: string; withheld: number } {
  const hits = openingsAt(text, ANY_OPENING);
  const markers = withholdMarkers(
    text,
    hits.filter((at) => MARKER_OPENINGS.some((opening) => text.startsWith(opening, at))),
  );
  // Withheld blocks moved the text: the run openings are searched again in what is left.
  const runHits = markers.count === 0 ? hits : openingsAt(markers.text, RUN_OPENING);
  const runs = withholdRuns(
    markers.text,
    runHits.filter((at) => OPENINGS.some((opening) => markers.text.startsWith(opening, at))),
  );
  const count = markers.count + runs.count;
  withheld += count;
  return { text: runs.text, withheld: count };
}

/** guardOutput() for callers that only want the text; the count still adds to withheldTotal(). */
export function guardText(text: string): string {
  return guardOutput(text).text;
}

/** How many pieces of key material this process has withheld, for the adapters' closing warning. */
export function withheldTotal(): number {
  return withheld;
}

/** The warning an adapter prints when anything was withheld: a reader let material through, which is a bug. */
export function withheldWarning(count: number): string {
  return `withheld ${count} piece${count === 1 ? '' : 's'} of private key material from the output; a reader let it through, please report this (without the key)`;
}
