/**
 * PuTTY private key files, formats 2 and 3 (PuTTY manual appendix C). The public half is stored in clear
 * in Public-Lines even when the private half is encrypted, so it is always fingerprinted; the private
 * lines are never decoded.
 */
import { KeyFormatError } from '../errors.js';
import { decodeBase64 } from './occurrence.js';
import { parsePublicBlob, type PublicKeyInfo } from './public-blob.js';

export interface PuttyKey {
  version: number;
  declaredType: string;
  encryption: string;
  comment: string | null;
  info: PublicKeyInfo;
}

/** `lines` starts at the PuTTY-User-Key-File header line. */
/** `Name: value` as [whole, name, value], or null. A loop, not `/^([A-Za-z-]+):\s*(.*)$/`, whose adjacent
 * `\s*(.*)` backtracks over a long run of blanks. */
function headerField(line: string): [string, string, string] | null {
  const colon = line.indexOf(':');
  if (colon < 1 || !/^[A-Za-z-]+$/.test(line.slice(0, colon))) return null;
  return [line, line.slice(0, colon), line.slice(colon + 1).trimStart()];
}

export function readPuttyKey(lines: string[]): PuttyKey {
  const header = /^PuTTY-User-Key-File-(\d+):\s*(\S+)/.exec(lines[0] ?? '');
  if (!header) throw new KeyFormatError('missing the PuTTY-User-Key-File header');
  const fields = new Map<string, string>();
  let index = 1;
  let publicText: string | null = null;
  while (index < lines.length && publicText === null) {
    const field = headerField(lines[index]!.trim());
    if (!field) throw new KeyFormatError(`unexpected text in the PuTTY header at line ${index + 1} of the block`);
    index++;
    if (field[1] === 'Public-Lines') {
      const count = Number(field[2]);
      if (!Number.isInteger(count) || count < 1 || count > 64) throw new KeyFormatError('bad Public-Lines count');
      publicText = lines
        .slice(index, index + count)
        .map((line) => line.trim())
        .join('');
    } else {
      fields.set(field[1]!, field[2]!.trim());
    }
  }
  if (publicText === null) throw new KeyFormatError('the PuTTY file has no Public-Lines');
  const blob = decodeBase64(publicText);
  if (!blob) throw new KeyFormatError('the PuTTY public lines are not valid base64');
  const info = parsePublicBlob(blob);
  if (info.type !== header[2]) throw new KeyFormatError(`the header says ${header[2]} but the public key is ${info.type}`);
  const comment = fields.get('Comment') ?? '';
  return {
    version: Number(header[1]),
    declaredType: header[2]!,
    encryption: fields.get('Encryption') ?? 'none',
    comment: comment === '' ? null : comment,
    info,
  };
}
