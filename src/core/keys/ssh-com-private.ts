/**
 * SSH.com (Tectia) private keys, `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----`, as PuTTYgen's "Export ssh.com
 * key" writes them and `ssh-keygen -i` reads them (ssh-keygen.c do_convert_private_ssh2). With cipher `none`
 * the key data is in clear, so the public values (RSA e and n, DSA p, q, g and y) give the fingerprint; the
 * private values are skipped, never kept. Layout: uint32 magic 0x3f6ff9eb, uint32 total length, string key
 * type (`if-modn{sign{rsa-pkcs1-sha1},encrypt{rsa-pkcs1v2-oaep}}`, `dl-modp{sign{dsa-nist-sha1},dh{plain}}`),
 * string cipher, string key data = uint32 length + integers as uint32 bit count + big-endian bytes.
 */
import { KeyFormatError } from '../errors.js';
import { sshString, WireReader } from './wire.js';
import { parsePublicBlob, type PublicKeyInfo } from './public-blob.js';

const SSH_COM_MAGIC = 0x3f6ff9eb;

export interface SshComPrivate {
  /** ssh-rsa, ssh-dss or `unknown`. */
  declaredType: string;
  encrypted: boolean;
  /** null when the key data is encrypted. */
  info: PublicKeyInfo | null;
}

/** An integer as SSH.com writes it: uint32 bit count, then (bits + 7) / 8 bytes. */
function bignumBits(reader: WireReader): Buffer {
  const bits = reader.uint32();
  if (bits > 16384) throw new KeyFormatError('an integer of the key is implausibly long');
  const bytes = reader.slice(reader.position, reader.position + Math.ceil(bits / 8));
  if (bytes.length !== Math.ceil(bits / 8)) throw new KeyFormatError('key data is truncated');
  for (let skip = 0; skip < bytes.length; skip++) reader.uint8();
  return bytes;
}

/** An unsigned magnitude as an SSH mpint string (RFC 4251 section 5). */
function mpintString(magnitude: Buffer): Buffer {
  let start = 0;
  while (start < magnitude.length && magnitude[start] === 0) start++;
  const trimmed = magnitude.subarray(start);
  return sshString(trimmed.length > 0 && (trimmed[0]! & 0x80) !== 0 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

/** @throws KeyFormatError when the data is not an SSH.com private key. */
export function readSshComPrivate(data: Buffer): SshComPrivate {
  const reader = new WireReader(data);
  if (reader.uint32() !== SSH_COM_MAGIC) throw new KeyFormatError('bad magic number');
  reader.uint32(); // total length
  const algorithm = reader.text();
  const cipher = reader.text();
  const declaredType = algorithm.startsWith('if-modn') ? 'ssh-rsa' : algorithm.startsWith('dl-modp') ? 'ssh-dss' : 'unknown';
  const encrypted = cipher !== 'none';
  if (encrypted || declaredType === 'unknown') return { declaredType, encrypted, info: null };
  const keyData = new WireReader(reader.string());
  keyData.uint32(); // length of the integers that follow
  let blob: Buffer;
  if (declaredType === 'ssh-rsa') {
    const e = bignumBits(keyData);
    bignumBits(keyData); // d: private, skipped
    const n = bignumBits(keyData);
    blob = Buffer.concat([sshString('ssh-rsa'), mpintString(e), mpintString(n)]);
  } else {
    if (keyData.uint32() !== 0) throw new KeyFormatError('unsupported DSA parameter format');
    const p = bignumBits(keyData);
    const g = bignumBits(keyData);
    const q = bignumBits(keyData);
    const y = bignumBits(keyData);
    blob = Buffer.concat([sshString('ssh-dss'), mpintString(p), mpintString(q), mpintString(g), mpintString(y)]);
  }
  return { declaredType, encrypted, info: parsePublicBlob(blob) };
}

/** The `Comment:` header of an SSH.com or RFC 4716 block, without its quotes. */
export function commentHeader(headers: readonly string[]): string | null {
  for (const header of headers) {
    if (!/^comment:/i.test(header)) continue;
    // Blanks after the colon (line breaks too) are dropped; a line break left in the value is not a comment.
    // String methods, not `\s*(.*)$`: that retried every blank of a long run before a line break (the square of it).
    const value = header.slice('comment:'.length).trimStart();
    if (/[\n\r\u2028\u2029]/.test(value)) continue;
    return value.replace(/^"|"$/g, '').trim() || null;
  }
  return null;
}
