/** Test oracles: real ssh-keygen runs in temporary directories. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

export function tempDir(prefix = 'ska-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function sshKeygen(args: string[], input?: string): string {
  return execFileSync('ssh-keygen', args, { encoding: 'utf8', input: input ?? '', stdio: ['pipe', 'pipe', 'pipe'] });
}

export interface KeygenListing {
  bits: number;
  fingerprint: string;
  comment: string;
  /** RSA, ED25519, ECDSA-CERT, ... */
  kind: string;
}

/** `ssh-keygen -l -f FILE`, one entry per key line it lists. */
export function keygenList(file: string): KeygenListing[] {
  return sshKeygen(['-l', '-E', 'sha256', '-f', file])
    .trim()
    .split('\n')
    .map((line) => {
      // s: ssh-keygen prints the carriage return of a CRLF line as part of the comment.
      const match = /^(\d+) (SHA256:\S+) (.*) \(([A-Z0-9-]+)\)$/s.exec(line);
      if (!match) throw new Error(`unexpected ssh-keygen -l output: ${line}`);
      return { bits: Number(match[1]), fingerprint: match[2]!, comment: match[3]!, kind: match[4]! };
    });
}

/** Generates a key with ssh-keygen and returns the private key path (the public half is PATH.pub). */
export function generateKey(dir: string, name: string, type: string, extra: string[] = []): string {
  const path = join(dir, name);
  sshKeygen(['-q', '-t', type, '-N', '', '-C', `${name}@test`, '-f', path, ...extra]);
  return path;
}

/** ssh-keygen's key kind (as `-l` prints it in parentheses) for an SSH wire type name. */
export function keygenKind(type: string): string {
  const kinds: Record<string, string> = {
    'ssh-rsa': 'RSA',
    'ssh-dss': 'DSA',
    'ecdsa-sha2-nistp256': 'ECDSA',
    'ecdsa-sha2-nistp384': 'ECDSA',
    'ecdsa-sha2-nistp521': 'ECDSA',
    'ssh-ed25519': 'ED25519',
    'sk-ecdsa-sha2-nistp256': 'ECDSA-SK',
    'sk-ssh-ed25519': 'ED25519-SK',
  };
  const cert = type.endsWith('-cert-v01@openssh.com');
  const plain = type.replace('-cert-v01@openssh.com', '').replace('@openssh.com', '');
  const kind = kinds[plain];
  if (!kind) throw new Error(`no ssh-keygen kind for ${type}`);
  return cert ? `${kind}-CERT` : kind;
}

/** An RFC 4251 string: uint32 length, then the bytes. Test-side, so it does not share code with the reader. */
export function wireString(value: Buffer | string): Buffer {
  const body = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length);
  return Buffer.concat([head, body]);
}

export function wireBlob(...fields: (Buffer | string)[]): Buffer {
  return Buffer.concat(fields.map(wireString));
}

// Certificate validity is given and printed in local time: pin it, so -V and -L mean the same instant everywhere.
const UTC = { ...process.env, TZ: 'UTC' };

function sshKeygenUtc(args: string[]): string {
  return execFileSync('ssh-keygen', args, { encoding: 'utf8', env: UTC, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** `ssh-keygen -s CA -I ID [extra] KEY.pub` in UTC; returns the path of KEY-cert.pub. */
export function signKey(caPath: string, publicPath: string, keyId: string, extra: string[] = []): string {
  sshKeygenUtc(['-q', '-s', caPath, '-I', keyId, ...extra, publicPath]);
  return publicPath.replace(/\.pub$/, '') + '-cert.pub';
}

export interface KeygenCertificate {
  type: string;
  certType: 'user' | 'host';
  fingerprint: string;
  ca: { kind: string; fingerprint: string; algorithm: string };
  keyId: string;
  serial: string;
  /** ISO 8601 (UTC, milliseconds included as toISOString() writes them), null for always / forever. */
  validAfter: string | null;
  validBefore: string | null;
  principals: string[];
  criticalOptions: string[];
  extensions: string[];
}

function isoOf(keygenTime: string): string {
  return new Date(`${keygenTime}Z`).toISOString();
}

function validityOf(text: string): { validAfter: string | null; validBefore: string | null } {
  if (text === 'forever') return { validAfter: null, validBefore: null };
  let match = /^from (\S+) to (\S+)$/.exec(text);
  if (match) return { validAfter: isoOf(match[1]!), validBefore: isoOf(match[2]!) };
  match = /^after (\S+)$/.exec(text);
  if (match) return { validAfter: isoOf(match[1]!), validBefore: null };
  match = /^before (\S+)$/.exec(text);
  if (match) return { validAfter: null, validBefore: isoOf(match[1]!) };
  throw new Error(`unexpected ssh-keygen -L validity: ${text}`);
}

/** `ssh-keygen -L -f CERT` (in UTC), parsed. Option and extension values are dropped: names only. */
export function keygenCertificate(file: string): KeygenCertificate {
  const lines = sshKeygenUtc(['-L', '-f', file]).split('\n');
  const field = (name: string): string => {
    const line = lines.find((entry) => entry.trimStart().startsWith(`${name}:`));
    if (line === undefined) throw new Error(`ssh-keygen -L printed no ${name}`);
    return line.slice(line.indexOf(':') + 1).trim();
  };
  const list = (name: string): string[] => {
    const start = lines.findIndex((entry) => entry.trimStart().startsWith(`${name}:`));
    if (field(name) === '(none)') return [];
    const names: string[] = [];
    for (let index = start + 1; index < lines.length && /^\s{16}\S/.test(lines[index]!); index++) {
      names.push(lines[index]!.trim().split(' ')[0]!);
    }
    return names;
  };
  const type = /^(\S+) (user|host) certificate$/.exec(field('Type'));
  const ca = /^(\S+) (SHA256:\S+) \(using (\S+)\)$/.exec(field('Signing CA'));
  if (!type || !ca) throw new Error(`unexpected ssh-keygen -L output for ${file}`);
  return {
    type: type[1]!,
    certType: type[2] as 'user' | 'host',
    fingerprint: field('Public key').split(' ')[1]!,
    ca: { kind: ca[1]!, fingerprint: ca[2]!, algorithm: ca[3]! },
    keyId: field('Key ID').replace(/^"(.*)"$/, '$1'),
    serial: field('Serial'),
    ...validityOf(field('Valid')),
    principals: list('Principals'),
    criticalOptions: list('Critical Options'),
    extensions: list('Extensions'),
  };
}
