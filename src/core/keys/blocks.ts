/**
 * Multi-line key blocks anywhere in a file: PEM and OpenSSH private keys, SSH.com private keys, RFC 4716
 * public keys and PuTTY key files, also when embedded in YAML, JSON strings (`\n` escapes), HCL heredocs
 * or commented out.
 */
import { KeyFormatError } from '../errors.js';
import { decodeBase64, LineCounter, type KeyOccurrence } from './occurrence.js';
import { readOpenSshPrivate } from './openssh-private.js';
import { readPemPrivate } from './pem-private.js';
import { readPuttyKey } from './putty.js';
import { readRfc4716 } from './rfc4716.js';
import { commentHeader, readSshComPrivate } from './ssh-com-private.js';
import { unwrapBlockBody } from './unwrap/decoration.js';

const BLOCK_START =
  /-----BEGIN ((?:RSA |DSA |EC |OPENSSH |ENCRYPTED )?PRIVATE KEY)-----|---- BEGIN SSH2 (PUBLIC KEY|ENCRYPTED PRIVATE KEY) ----|PuTTY-User-Key-File-\d+:/g;

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

function endOf(text: string, from: number, marker: string): number {
  const end = text.indexOf(marker, from);
  if (end !== -1) return end;
  const limit = text.indexOf('\n\n', from);
  return limit === -1 ? text.length : limit;
}

/** The clean body lines of the block whose BEGIN marker starts at `start`: decoration undone by unwrap/decoration. */
function bodyLines(text: string, start: number, bodyStart: number, endMarker: string): string[] {
  const end = endOf(text, bodyStart, endMarker);
  return unwrapBlockBody(text, start, bodyStart, end, text.startsWith(endMarker, end) ? endMarker.length : 0);
}

function splitHeaders(lines: string[]): { headers: string[]; base64: string } {
  const headers: string[] = [];
  let index = 0;
  while (index < lines.length && lines[index]!.includes(':')) headers.push(lines[index++]!);
  return { headers, base64: lines.slice(index).join('') };
}

function pemBlock(label: string, lines: string[]): Omit<KeyOccurrence, 'line' | 'source' | 'comment' | 'isPrivate'> | null {
  const { headers, base64 } = splitHeaders(lines);
  if (!holdsKeyBody(base64)) return null;
  const declaredType = PEM_LABEL_TYPES[label] ?? 'unknown';
  const encrypted = label === 'ENCRYPTED PRIVATE KEY' || headers.some((header) => /^Proc-Type:\s*4,ENCRYPTED/i.test(header));
  const format = label === 'OPENSSH PRIVATE KEY' ? 'openssh' : label.startsWith('ENCRYPTED') || label === 'PRIVATE KEY' ? 'pkcs8' : 'pem';
  const data = decodeBase64(base64);
  if (!data) return { declaredType, info: null, format, encrypted, problem: `the ${label} block is not valid base64` };
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
  for (const match of text.matchAll(BLOCK_START)) {
    const start = match.index;
    const bodyStart = start + match[0].length;
    const line = lines.lineAt(start);
    if (match[1]) {
      const body = bodyLines(text, start, bodyStart, `-----END ${match[1]}-----`).slice(0, MAX_BLOCK_LINES);
      const block = pemBlock(match[1], body);
      if (block) found.push({ line, source: 'private-key', comment: null, isPrivate: true, ...block });
    } else if (match[2] === 'ENCRYPTED PRIVATE KEY') {
      const body = bodyLines(text, start, bodyStart, '---- END SSH2 ENCRYPTED PRIVATE KEY ----');
      const block = sshComBlock(body.slice(0, MAX_BLOCK_LINES));
      if (block) found.push({ line, source: 'private-key', isPrivate: true, ...block });
    } else if (match[2] === 'PUBLIC KEY') {
      const body = bodyLines(text, start, bodyStart, '---- END SSH2 PUBLIC KEY ----');
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
      const lineEnd = text.indexOf('\n', start);
      const body = unwrapBlockBody(text, start, start, endOf(text, lineEnd === -1 ? text.length : lineEnd, 'Private-Lines:'));
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
