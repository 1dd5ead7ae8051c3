/** RFC 4716 (SSH2 / SECSH) public key blocks: headers with `\` continuations, then the base64 key blob. */
import { KeyFormatError } from '../errors.js';
import { decodeBase64 } from './occurrence.js';
import { parsePublicBlob, type PublicKeyInfo } from './public-blob.js';

export const RFC4716_BEGIN = '---- BEGIN SSH2 PUBLIC KEY ----';
export const RFC4716_END = '---- END SSH2 PUBLIC KEY ----';

/** `body` is the lines between the BEGIN and END markers. */
export function readRfc4716(body: string[]): { info: PublicKeyInfo; comment: string | null } {
  let comment: string | null = null;
  const base64: string[] = [];
  let index = 0;
  // RFC 4716 section 3.3: a header line is `tag: value`, continued while it ends with a backslash.
  while (index < body.length && /^[!-9;-~]{1,64}:/.test(body[index]!.trim())) {
    let header = body[index]!.trim();
    while (header.endsWith('\\') && index + 1 < body.length) header = header.slice(0, -1) + body[++index]!.trim();
    index++;
    const [tag, ...value] = header.split(':');
    if (tag!.toLowerCase() === 'comment')
      comment = value
        .join(':')
        .trim()
        .replace(/^"(.*)"$/, '$1')
        // The block reader strips trailing quotes (JSON, YAML) from every line, the closing one of a quoted comment too.
        .replace(/^"([^"]*)$/, '$1');
  }
  for (; index < body.length; index++) base64.push(body[index]!.trim());
  const blob = decodeBase64(base64.join(''));
  if (!blob) throw new KeyFormatError('the SSH2 public key block is not valid base64');
  return { info: parsePublicBlob(blob), comment: comment === '' ? null : comment };
}
