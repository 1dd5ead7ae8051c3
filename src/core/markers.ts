/**
 * One cheap look at a file's bytes before anything is decoded or matched: which readers can have
 * anything to do. Every public key type name and the inline suppression marker start with `ssh-`, so a
 * single walk over its occurrences answers for all of them; four more searches cover the rest.
 */

import { hasEncodedKeyMarker } from './keys/unwrap/encoded-layers.js';

const SSH_DASH = Buffer.from('ssh-');
const KEY_TYPES = ['rsa', 'dss', 'ed25519'].map((name) => Buffer.from(name));
const KEYGEN = Buffer.from('keygen');
const DIRECTIVE = Buffer.from('key-audit:');
const ECDSA = Buffer.from('ecdsa-sha2-nistp');
// No space: `BEGIN%20` is the armour of a percent-encoded key (keys/unwrap/percent-encoding.ts).
const BEGIN = Buffer.from('BEGIN');
const PUTTY = Buffer.from('PuTTY-User-Key-File-');
const DASH_O = Buffer.from('-o');

export interface Markers {
  /** A public key type name (`ssh-rsa`, `sk-ssh-ed25519@openssh.com`, `ecdsa-sha2-nistp256`...). */
  keyLine: boolean;
  /** A PEM/SSH2 BEGIN line or a PuTTY header. */
  keyBlock: boolean;
  /** `ssh-keygen ... -t`, or a `-o` option: a command line worth reading. */
  command: boolean;
  /** `ssh-key-audit:`, an inline suppression. */
  directive: boolean;
  /** Base64 text that can encode a key (keys/unwrap/encoded-layers.ts). */
  encoded?: boolean;
}

// A plain loop: Buffer.compare() crosses into C++ on every call, which cost more than the search itself.
function at(bytes: Buffer, offset: number, expected: Buffer): boolean {
  if (bytes.length < offset + expected.length) return false;
  for (let index = 0; index < expected.length; index++) if (bytes[offset + index] !== expected[index]) return false;
  return true;
}

const DASH = 0x2d;
const T = 0x74;
const NEWLINE = 0x0a;

const BLOB_START = Buffer.from(' AAAA');
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

export function findMarkers(bytes: Buffer): Markers {
  let keyLine = false;
  let keygen = false;
  let directive = false;
  for (let found = bytes.indexOf(SSH_DASH); found !== -1 && !(keyLine && keygen && directive); found = bytes.indexOf(SSH_DASH, found + 4)) {
    const after = found + SSH_DASH.length;
    if (!keyLine && (KEY_TYPES.some((type) => at(bytes, after, type)) || blobFollowsName(bytes, after))) keyLine = true;
    else if (!keygen && at(bytes, after, KEYGEN)) keygen = hasTypeFlag(bytes, after + KEYGEN.length);
    else if (!directive && at(bytes, after, DIRECTIVE)) directive = true;
  }
  if (!keyLine) keyLine = bytes.includes(ECDSA);
  const keyBlock = bytes.includes(BEGIN) || bytes.includes(PUTTY);
  return { keyLine, keyBlock, command: keygen || bytes.includes(DASH_O), directive, encoded: hasEncodedKeyMarker(bytes) };
}
