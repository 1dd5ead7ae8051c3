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
      const match = /^(\d+) (SHA256:\S+) (.*) \(([A-Z0-9-]+)\)$/.exec(line);
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
