/**
 * Multi-line key blocks anywhere in a file: PEM and OpenSSH private keys, SSH.com private keys, RFC 4716
 * public keys and PuTTY key files, also when embedded in YAML, JSON strings (`\n` escapes), HCL heredocs
 * or commented out.
 */
import { KeyFormatError } from '../errors.js';
import { notePrivateMaterial } from '../redact.js';
import { decodeBase64, LineCounter, type KeyOccurrence } from './occurrence.js';
import { readOpenSshPrivate } from './openssh-private.js';
import { readPemPrivate } from './pem-private.js';
import { readPuttyKey } from './putty.js';
import { readRfc4716 } from './rfc4716.js';
import { commentHeader, readSshComPrivate } from './ssh-com-private.js';
import { unwrapBlockBody } from './unwrap/decoration.js';

const PEM_LABELS = ['RSA ', 'DSA ', 'EC ', 'OPENSSH ', 'ENCRYPTED ', ''].map((prefix) => `${prefix}PRIVATE KEY`);
const PEM_ENDS = new Map(PEM_LABELS.map((label) => [label, `-----END ${label}-----`]));
const SSH2_LABELS = ['PUBLIC KEY', 'ENCRYPTED PRIVATE KEY'];
const PUTTY_HEADER = 'PuTTY-User-Key-File-';

/** One block start: `label` for PEM armour, `ssh2` for RFC 4716 / SSH.com, neither for a PuTTY header. */
interface BlockStart {
  index: number;
  /** Characters of the start line matched (the BEGIN line, or the PuTTY header up to its colon). */
  length: number;
  label?: string;
  ssh2?: string;
}

function labelAt(text: string, at: number, labels: readonly string[], closing: string): string | undefined {
  return labels.find((label) => text.startsWith(label, at) && text.startsWith(closing, at + label.length));
}

function startAt(text: string, index: number, kind: 0 | 1 | 2): BlockStart | null {
  if (kind === 0) {
    const label = labelAt(text, index + 11, PEM_LABELS, '-----');
    return label === undefined ? null : { index, length: 11 + label.length + 5, label };
  }
  if (kind === 1) {
    const ssh2 = labelAt(text, index + 16, SSH2_LABELS, ' ----');
    return ssh2 === undefined ? null : { index, length: 16 + ssh2.length + 5, ssh2 };
  }
  let end = index + PUTTY_HEADER.length;
  while (text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++;
  return end > index + PUTTY_HEADER.length && text[end] === ':' ? { index, length: end + 1 - index } : null;
}

/**
 * Every block start in order, in one pass: the next occurrence of each of the three openings is kept and
 * the nearest taken. indexOf over a regular expression: a 5 MiB file of BEGIN lines took a second
 * through matchAll and takes a tenth of that here.
 */
function blockStarts(text: string): BlockStart[] {
  const openings = ['-----BEGIN ', '---- BEGIN SSH2 ', PUTTY_HEADER];
  const next = openings.map((opening) => text.indexOf(opening));
  const starts: BlockStart[] = [];
  for (;;) {
    let kind = -1;
    for (let candidate = 0; candidate < 3; candidate++) {
      if (next[candidate] !== -1 && (kind === -1 || next[candidate]! < next[kind]!)) kind = candidate;
    }
    if (kind === -1) return starts;
    const index = next[kind]!;
    const start = startAt(text, index, kind as 0 | 1 | 2);
    if (start) starts.push(start);
    next[kind] = text.indexOf(openings[kind]!, start ? index + start.length : index + 1);
  }
}

// Placeholders such as `-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----` or `<paste it here>`,
// and code that names the armour (`line.startswith("-----BEGIN RSA PRIVATE KEY-----")`), carry no key: a key body,
// even a damaged one, holds a line's worth of base64 in a row. Base64 has no dots, so `...` marks an elided example.
const BODY_BASE64_RUN = /[A-Za-z0-9+/]{64}/;
const ELISION = /\.\.\.|\u2026|\u00e2\u0080\u00a6/;
const MAX_BLOCK_LINES = 400;

function holdsKeyBody(base64: string): boolean {
  return BODY_BASE64_RUN.test(base64) && !ELISION.test(base64);
}

const PEM_LABEL_TYPES: Record<string, string> = { 'RSA PRIVATE KEY': 'ssh-rsa', 'DSA PRIVATE KEY': 'ssh-dss' };

// The largest block OpenSSH reads is a 16,384-bit RSA key: about 13 KB of base64, twice that with JSON
// escapes and indentation. A body is read up to its END marker, a blank line, the next block's start or this.
const MAX_BLOCK_CHARS = 64 * 1024;

// Decoding a PEM body costs up to a millisecond in the crypto library; a file of thousands of crafted
// blocks is still reported block by block (private-key and invalid-key), the rest without decoding.
const MAX_DECODED_BLOCKS = 1000;

/**
 * Where each block body ends, for block starts met in order. Every search is remembered and only repeated
 * once the scan has passed its answer, so a file of many BEGIN lines without an END is searched once, not
 * once per BEGIN (which made time grow with the square of the file).
 */
class BlockEnds {
  private readonly next = new Map<string, number>();

  constructor(private readonly text: string) {}

  /** The first occurrence of `marker` at or after `from`, or the text length. */
  private find(marker: string, from: number): number {
    const known = this.next.get(marker);
    if (known !== undefined && known >= from) return known;
    const found = this.text.indexOf(marker, from);
    const at = found === -1 ? this.text.length : found;
    this.next.set(marker, at);
    return at;
  }

  /** The end of the body starting at `from`: its END marker, else a blank line; never past `limit`. */
  endOf(from: number, marker: string, limit: number): number {
    const bound = Math.min(limit, from + MAX_BLOCK_CHARS);
    const end = this.find(marker, from);
    if (end <= bound) return end;
    return Math.min(this.find('\n\n', from), bound);
  }
}

/**
 * The clean body lines of the block whose BEGIN marker starts at `start` and whose body ends at `end` (its END
 * marker when `endMarker` stands there): decoration undone by unwrap/decoration.
 */
function bodyLines(text: string, start: number, bodyStart: number, end: number, endMarker: string): string[] {
  return unwrapBlockBody(text, start, bodyStart, end, text.startsWith(endMarker, end) ? endMarker.length : 0);
}

function splitHeaders(lines: string[]): { headers: string[]; base64: string } {
  const headers: string[] = [];
  let index = 0;
  while (index < lines.length && lines[index]!.includes(':')) headers.push(lines[index++]!);
  return { headers, base64: lines.slice(index).join('') };
}

function pemBlock(label: string, lines: string[], decode = true): Omit<KeyOccurrence, 'line' | 'source' | 'comment' | 'isPrivate'> | null {
  const { headers, base64 } = splitHeaders(lines);
  if (!holdsKeyBody(base64)) return null;
  notePrivateMaterial(base64);
  const declaredType = PEM_LABEL_TYPES[label] ?? 'unknown';
  const encrypted = label === 'ENCRYPTED PRIVATE KEY' || headers.some((header) => /^Proc-Type:\s*4,ENCRYPTED/i.test(header));
  const format = label === 'OPENSSH PRIVATE KEY' ? 'openssh' : label.startsWith('ENCRYPTED') || label === 'PRIVATE KEY' ? 'pkcs8' : 'pem';
  const data = decodeBase64(base64);
  if (!data) return { declaredType, info: null, format, encrypted, problem: `the ${label} block is not valid base64` };
  if (!decode)
    return {
      declaredType,
      info: null,
      format,
      encrypted,
      problem: `the file holds more than ${MAX_DECODED_BLOCKS} key blocks, so this one was not decoded`,
    };
  // PKCS#1, PKCS#8 and SEC 1 are DER SEQUENCEs: anything else is refused here, before the crypto library
  // spends most of a millisecond trying every decoder on it.
  if (label !== 'OPENSSH PRIVATE KEY' && !encrypted && data[0] !== 0x30) {
    return { declaredType, info: null, format, encrypted, problem: `the ${label} block does not decode: it is not DER` };
  }
  try {
    if (label === 'OPENSSH PRIVATE KEY') {
      const header = readOpenSshPrivate(data);
      return { declaredType: header.info.type, info: header.info, format, encrypted: header.cipher !== 'none' };
    }
    // Encrypted PEM and PKCS#8 encrypt the public half too: there is nothing to fingerprint.
    if (encrypted) return { declaredType, info: null, format, encrypted };
    const pem = [`-----BEGIN ${label}-----`, ...headers, ...base64.match(/.{1,64}/g)!, `-----END ${label}-----`, ''];
    return { declaredType, info: readPemPrivate(pem.join('\n')), format, encrypted };
  } catch (error) {
    if (!(error instanceof KeyFormatError)) throw error;
    return { declaredType, info: null, format, encrypted, problem: `the ${label} block does not decode: ${error.message}` };
  }
}

function sshComBlock(lines: string[]): Omit<KeyOccurrence, 'line' | 'source' | 'isPrivate'> | null {
  const { headers, base64 } = splitHeaders(lines);
  if (!holdsKeyBody(base64)) return null;
  notePrivateMaterial(base64);
  const data = decodeBase64(base64);
  const comment = commentHeader(headers);
  try {
    if (!data) throw new KeyFormatError('not valid base64');
    return { ...readSshComPrivate(data), comment, format: 'ssh.com' };
  } catch (error) {
    if (!(error instanceof KeyFormatError)) throw error;
    return {
      declaredType: 'unknown',
      info: null,
      comment,
      format: 'ssh.com',
      problem: `the SSH.com private key does not decode: ${error.message}`,
    };
  }
}

export function findKeyBlocks(text: string): KeyOccurrence[] {
  const found: KeyOccurrence[] = [];
  const lines = new LineCounter(text);
  const ends = new BlockEnds(text);
  // One pass over the starts; a body never runs into the next block's start, so bodies never overlap.
  const starts = blockStarts(text);
  let decoded = 0;
  for (const [index, match] of starts.entries()) {
    const start = match.index;
    const bodyStart = start + match.length;
    const limit = starts[index + 1]?.index ?? text.length;
    const line = lines.lineAt(start);
    if (match.label) {
      const body = bodyLines(
        text,
        start,
        bodyStart,
        ends.endOf(bodyStart, PEM_ENDS.get(match.label)!, limit),
        PEM_ENDS.get(match.label)!,
      ).slice(0, MAX_BLOCK_LINES);
      const block = pemBlock(match.label, body, decoded < MAX_DECODED_BLOCKS);
      // Placeholders (no body) cost nothing and do not count.
      if (block) decoded++;
      if (block) found.push({ line, source: 'private-key', comment: null, isPrivate: true, ...block });
    } else if (match.ssh2 === 'ENCRYPTED PRIVATE KEY') {
      const endMarker = '---- END SSH2 ENCRYPTED PRIVATE KEY ----';
      const body = bodyLines(text, start, bodyStart, ends.endOf(bodyStart, endMarker, limit), endMarker);
      const block = sshComBlock(body.slice(0, MAX_BLOCK_LINES));
      if (block) found.push({ line, source: 'private-key', isPrivate: true, ...block });
    } else if (match.ssh2 === 'PUBLIC KEY') {
      const endMarker = '---- END SSH2 PUBLIC KEY ----';
      const body = bodyLines(text, start, bodyStart, ends.endOf(bodyStart, endMarker, limit), endMarker);
      // Only the run of base64: an RFC 4716 Comment header may well say `...`.
      if (!BODY_BASE64_RUN.test(body.join(''))) continue;
      try {
        const { info, comment } = readRfc4716(body.slice(0, MAX_BLOCK_LINES));
        found.push({ line, source: 'public-key', declaredType: info.type, info, comment, isPrivate: false, format: 'rfc4716' });
      } catch (error) {
        if (!(error instanceof KeyFormatError)) throw error;
        const problem = `the SSH2 public key block does not decode: ${error.message}`;
        found.push({
          line,
          source: 'public-key',
          declaredType: 'unknown',
          info: null,
          comment: null,
          isPrivate: false,
          format: 'rfc4716',
          problem,
        });
      }
    } else {
      const lineEnd = ends.endOf(start, '\n', limit);
      const body = unwrapBlockBody(text, start, start, ends.endOf(lineEnd, 'Private-Lines:', limit));
      const version = /^PuTTY-User-Key-File-(\d+):\s*(\S*)/.exec(body[0] ?? '');
      // Source code that merely names the header is not a key file: the public lines are what make it one.
      if (!body.some((entry) => entry.startsWith('Public-Lines:'))) continue;
      const format = `putty-v${version?.[1] ?? '?'}`;
      try {
        const key = readPuttyKey(body.slice(0, MAX_BLOCK_LINES));
        const encrypted = key.encryption !== 'none';
        found.push({
          line,
          source: 'private-key',
          declaredType: key.info.type,
          info: key.info,
          comment: key.comment,
          isPrivate: true,
          format,
          encrypted,
        });
      } catch (error) {
        if (!(error instanceof KeyFormatError)) throw error;
        const problem = `the PuTTY key file does not decode: ${error.message}`;
        found.push({
          line,
          source: 'private-key',
          declaredType: version?.[2] || 'unknown',
          info: null,
          comment: null,
          isPrivate: true,
          format,
          problem,
        });
      }
    }
  }
  return found;
}
