/** key-file-encoding: key files whose encoding OpenSSH does not read (UTF-16, a UTF-8 BOM, CRLF in an OpenSSH private key). */
import type { KeyOccurrence } from '../keys/occurrence.js';
import { makeFinding } from '../finding.js';
import type { TextEncoding } from '../text-encoding.js';
import type { Finding } from '../types.js';

// Sources OpenSSH reads as a file of its own; a key embedded in YAML or code is never loaded as written anyway.
const FILE_SOURCES = new Set(['public-key', 'authorized-keys', 'known-hosts', 'certificate', 'private-key']);

function notice(path: string, key: KeyOccurrence, message: string): Finding {
  return makeFinding('key-file-encoding', { path, line: key.line, fingerprint: key.info?.fingerprint ?? null }, message);
}

/**
 * `text` is the decoded file (latin1 view), `encoding` what it was decoded from. Claims checked against
 * OpenSSH 9.2 in test/core/text-encoding.test.ts: ssh-keygen -l rejects UTF-16 and BOM public keys, sshd skips
 * a BOM'd first authorized_keys line, ssh-keygen -y fails on OpenSSH private keys with a BOM or CRLF (PEM
 * keys with either load, through libcrypto).
 */
export function encodingFindings(path: string, text: string, encoding: TextEncoding, keys: readonly KeyOccurrence[]): Finding[] {
  const plain = keys.filter((key) => !key.layers && FILE_SOURCES.has(key.source));
  const first = plain[0];
  if (!first) return [];
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    return [
      notice(
        path,
        first,
        `This file is ${encoding.toUpperCase()}, which ssh, sshd and ssh-keygen do not read, so OpenSSH ignores its keys; save it as UTF-8 without a BOM.`,
      ),
    ];
  }
  const openSshPrivate = (key: KeyOccurrence): boolean => key.isPrivate && key.format === 'openssh';
  const atStart = plain.find((key) => key.line === 1 && (!key.isPrivate || openSshPrivate(key)));
  if (encoding === 'utf-8-bom' && atStart) {
    return [
      notice(path, atStart, 'This file starts with a UTF-8 byte-order mark, so OpenSSH cannot read the key on line 1; remove the BOM.'),
    ];
  }
  if (openSshPrivate(first) && first.line === 1 && /^-----BEGIN OPENSSH PRIVATE KEY-----\r\n/.test(text)) {
    return [
      notice(
        path,
        first,
        'This OpenSSH private key has CRLF line ends, which ssh and ssh-keygen fail to load ("error in libcrypto"); convert it with dos2unix.',
      ),
    ];
  }
  return [];
}
