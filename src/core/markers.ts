/**
 * One cheap look at a file's bytes before anything is decoded or matched: which readers can have anything
 * to do. Every marker is a fixed text with an anchor byte, in practice a `-` (`ssh-rsa`, `-----BEGIN `,
 * `PuTTY-User-Key-File-`, `-o`...): the bytes are searched once per distinct anchor byte (one memchr-speed
 * pass for all the dash markers), and each hit is dispatched by the byte that follows the anchor.
 *
 * To add a marker: add a field to `Markers` and an entry to `MARKER_PATTERNS` (with `anchor` when its text
 * has no `-`; pick a byte that is rare in source text, as each distinct anchor byte costs one more pass).
 */

import { hasEncodedKeyMarker } from './keys/unwrap/encoded-layers.js';

export interface Markers {
  /** A public key type name (`ssh-rsa`, `sk-ssh-ed25519@openssh.com`, `ecdsa-sha2-nistp256`...). */
  keyLine: boolean;
  /** A PEM/SSH2 BEGIN line or a PuTTY header. */
  keyBlock: boolean;
  /** `ssh-keygen ... -t`, or a `-o` option: a command line worth reading. */
  command: boolean;
  /** `ssh -`, `scp -`, `sftp -`: a client run with flags, whose short flags (-c, -m) may set options. */
  clientFlags: boolean;
  /** `ssh-key-audit:`, an inline suppression. */
  directive: boolean;
  /** Base64 text that can encode a key (keys/unwrap/encoded-layers.ts). */
  encoded: boolean;
}

export type MarkerName = keyof Markers;

export interface MarkerPattern {
  marker: MarkerName;
  /** The bytes that must be present (latin1). */
  text: string;
  /** Index in `text` of the byte searched for; default the first `-` of `text`. */
  anchor?: number;
  /** A further condition on what follows; `end` is the offset just past `text`. */
  test?: (bytes: Buffer, end: number) => boolean;
}

const DASH = 0x2d;
const T = 0x74;
const NEWLINE = 0x0a;

const BLOB_START = Buffer.from(' AAAA');
const SSH = Buffer.from('ssh');
const SCP = Buffer.from('scp');
// The end of `sftp`: `ftp -` alone (ftp(1)'s flags) only lets a file be read for options it does not have.
const FTP = Buffer.from('ftp');
const NAME_LIMIT = 64;

/** `ssh-NAME AAAA`: a key type this scanner does not know (ssh-mldsa44-ed25519@openssh.com...), still a key. */
function blobFollowsName(bytes: Buffer, from: number): boolean {
  for (let index = from; index < from + NAME_LIMIT && index < bytes.length; index++) {
    const code = bytes[index]!;
    if (code === 0x20) return at(bytes, index, BLOB_START);
    if (code <= 0x20 || code >= 0x7f) return false;
  }
  return false;
}

/** `-t` later on the same line: without it ssh-keygen makes its default key type, which is fine. */
function hasTypeFlag(bytes: Buffer, from: number): boolean {
  for (let index = from; index + 1 < bytes.length && bytes[index] !== NEWLINE; index++) {
    if (bytes[index] === DASH && bytes[index + 1] === T) return true;
  }
  return false;
}

/** ` -` after `ssh`, `scp` or `sftp` (also the end of `autossh`): `end` is just past the dash. */
function afterClientName(bytes: Buffer, end: number): boolean {
  const name = end - 5;
  return at(bytes, name, SSH) || at(bytes, name, SCP) || at(bytes, name, FTP);
}

export const MARKER_PATTERNS: MarkerPattern[] = [
  // ssh-rsa, ssh-dss, ssh-ed25519, their -cert-v01@openssh.com forms and sk-ssh-ed25519@openssh.com.
  { marker: 'keyLine', text: 'ssh-rsa' },
  { marker: 'keyLine', text: 'ssh-dss' },
  { marker: 'keyLine', text: 'ssh-ed25519' },
  // ecdsa-sha2-nistp256/384/521 and sk-ecdsa-sha2-nistp256@openssh.com.
  { marker: 'keyLine', text: 'ecdsa-sha2-nistp' },
  // `ssh-NAME AAAA`: a key type this scanner does not know (ssh-mldsa44-ed25519@openssh.com...), still a key.
  { marker: 'keyLine', text: 'ssh-', test: blobFollowsName },
  // The block openers the block finder knows: PEM (RFC 7468), SSH2 (RFC 4716), PuTTY.
  // No space: `-----BEGIN%20` is the armour of a percent-encoded key (keys/unwrap/percent-encoding.ts).
  { marker: 'keyBlock', text: '-----BEGIN' },
  { marker: 'keyBlock', text: '---- BEGIN ' },
  { marker: 'keyBlock', text: 'PuTTY-User-Key-File-' },
  { marker: 'command', text: 'ssh-keygen', test: hasTypeFlag },
  { marker: 'command', text: '-o' },
  { marker: 'clientFlags', text: ' -', test: afterClientName },
  { marker: 'directive', text: 'ssh-key-audit:' },
];

interface Compiled {
  marker: MarkerName;
  before: Buffer;
  after: Buffer;
  test: MarkerPattern['test'];
}

interface AnchorGroup {
  anchor: number;
  /** By the byte after the anchor; index 256 for patterns whose anchor is their last byte. */
  byNext: Array<Compiled[] | undefined>;
}

function compile(patterns: readonly MarkerPattern[]): AnchorGroup[] {
  const groups = new Map<number, AnchorGroup>();
  for (const pattern of patterns) {
    const text = Buffer.from(pattern.text, 'latin1');
    const anchorAt = pattern.anchor ?? text.indexOf(DASH);
    if (anchorAt < 0 || anchorAt >= text.length) throw new Error(`marker ${pattern.text} needs an anchor`);
    const anchor = text[anchorAt]!;
    let group = groups.get(anchor);
    if (!group) groups.set(anchor, (group = { anchor, byNext: new Array(257) }));
    const after = text.subarray(anchorAt + 1);
    const key = after.length === 0 ? 256 : after[0]!;
    (group.byNext[key] ??= []).push({ marker: pattern.marker, before: text.subarray(0, anchorAt), after, test: pattern.test });
  }
  return [...groups.values()];
}

let compiled: AnchorGroup[] | null = null;

// A plain loop: Buffer.compare() crosses into C++ on every call, which cost more than the search itself.
function at(bytes: Buffer, offset: number, expected: Buffer): boolean {
  if (offset < 0 || bytes.length < offset + expected.length) return false;
  for (let index = 0; index < expected.length; index++) if (bytes[offset + index] !== expected[index]) return false;
  return true;
}

function matches(bytes: Buffer, anchorAt: number, pattern: Compiled): boolean {
  if (!at(bytes, anchorAt + 1, pattern.after) || !at(bytes, anchorAt - pattern.before.length, pattern.before)) return false;
  return pattern.test === undefined || pattern.test(bytes, anchorAt + 1 + pattern.after.length);
}

function dispatch(bytes: Buffer, hit: number, list: Compiled[] | undefined, found: Markers): number {
  if (list === undefined) return 0;
  let added = 0;
  for (const pattern of list) {
    if (!found[pattern.marker] && matches(bytes, hit, pattern)) {
      found[pattern.marker] = true;
      added++;
    }
  }
  return added;
}

// After a hit, the next anchor is looked for this far by a plain loop before indexOf is called again:
// each indexOf call costs far more than a byte compare, and YAML lists, Markdown rules or algorithm
// lists put a dash every few bytes (a 10,000-line ssh_config took 12 ms with indexOf alone, 1 ms so).
const NEARBY = 64;

/** The next `anchor` at or after `from`, or -1. */
function nextAnchor(bytes: Buffer, anchor: number, from: number): number {
  const near = Math.min(from + NEARBY, bytes.length);
  for (let index = from; index < near; index++) if (bytes[index] === anchor) return index;
  return near === bytes.length ? -1 : bytes.indexOf(anchor, near);
}

export function findMarkers(bytes: Buffer): Markers {
  compiled ??= compile(MARKER_PATTERNS);
  const found: Markers = { keyLine: false, keyBlock: false, command: false, clientFlags: false, directive: false, encoded: false };
  // `encoded` is not in the table: it is searched on its own below.
  let missing = Object.keys(found).length - 1;
  for (const { anchor, byNext } of compiled) {
    const last = byNext[256];
    for (let hit = bytes.indexOf(anchor); hit !== -1 && missing > 0; hit = nextAnchor(bytes, anchor, hit + 1)) {
      if (hit + 1 < bytes.length) missing -= dispatch(bytes, hit, byNext[bytes[hit + 1]!], found);
      missing -= dispatch(bytes, hit, last, found);
    }
  }
  // Base64 of key text has no anchor byte of its own: its own search (keys/unwrap/encoded-layers.ts).
  found.encoded = hasEncodedKeyMarker(bytes);
  return found;
}
