/**
 * Reads a repository's history through git itself: which blobs ever existed (with the commit and path
 * where each first appeared) and their contents through one long-running `git cat-file --batch`.
 * This lives outside the scanning core because it runs a child process.
 */
import { spawn, spawnSync } from 'node:child_process';

export interface BlobOrigin {
  blob: string;
  commit: string;
  path: string;
  /** Commit time, seconds since the epoch. */
  time: number;
}

export class GitError extends Error {
  override name = 'GitError';
}

function git(cwd: string, args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.error) throw new GitError(`git could not be run: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`git ${args[0]} failed: ${result.stderr.trim().split('\n')[0]}`);
  return result.stdout;
}

export function isShallow(cwd: string): boolean {
  return git(cwd, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
}

export function repositoryRoot(cwd: string): string {
  return git(cwd, ['rev-parse', '--show-toplevel']).trim();
}

/**
 * Every blob added by any commit reachable from any ref, oldest commit first, so the first sighting is
 * where the blob first appeared. --root shows the files of root commits and -m the diffs of merges,
 * so a blob first made while resolving a merge is not missed.
 */
export function blobOrigins(cwd: string): BlobOrigin[] {
  const output = git(cwd, [
    'log',
    '--all',
    '--reverse',
    '--raw',
    '--root',
    '-m',
    '--no-abbrev',
    '--no-renames',
    '-z',
    '--format=%x01%H %ct',
  ]);
  const origins = new Map<string, BlobOrigin>();
  let commit = '';
  let time = 0;
  // With -z, fields are NUL-separated: a header "\x01<commit> <time>", then ":<modes> <old> <new> <status>" and path pairs.
  const fields = output.split('\0');
  for (let index = 0; index < fields.length; index++) {
    const field = fields[index]!;
    const header = field.indexOf('\x01');
    if (header !== -1) {
      const [hash, seconds] = field
        .slice(header + 1)
        .trim()
        .split(' ');
      commit = hash!;
      time = Number(seconds);
      continue;
    }
    const raw = /^\n?:(\d+) (\d+) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(field);
    if (!raw) continue;
    const path = fields[++index] ?? '';
    const [, , newMode, , blob, status] = raw;
    // Deletions carry the zero id; gitlinks (160000) point at other repositories' commits.
    if (status === 'D' || /^0+$/.test(blob!) || newMode === '160000') continue;
    if (!origins.has(blob!)) origins.set(blob!, { blob: blob!, commit, path, time });
  }
  return [...origins.values()];
}

export interface BlobContent {
  blob: string;
  size: number;
  /** null when the blob was not read: over the size limit, or `unreadable` says why. */
  bytes: Buffer | null;
  /** Why git could not give the blob (a corrupt clone, a partial clone whose promisor is unreachable). */
  unreadable?: string;
}

// A partial clone fetches a missing blob from its promisor remote on demand. The scan needs no network
// (and a workflow's promisor may be unreachable): no protocol is allowed, so such a blob is reported as
// missing at once instead of after a network timeout.
const OFFLINE_ENV = { ...process.env, GIT_ALLOW_PROTOCOL: '', GIT_TERMINAL_PROMPT: '0' };

const MISSING = 'git has no such object (a corrupt clone, or a partial clone whose promisor remote is unreachable)';

/**
 * Sizes first (`--batch-check`), then the contents of the blobs within the limit through one `--batch`.
 * Every blob asked for is yielded once: read, over the limit, or with the reason git could not read it.
 */
export async function* readBlobs(cwd: string, blobs: readonly string[], maxSize: number): AsyncGenerator<BlobContent> {
  const sizes = new Map<string, number>();
  const check = spawnSync('git', ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], {
    cwd,
    input: blobs.join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: OFFLINE_ENV,
  });
  let listing = check.stdout;
  if (check.status !== 0) {
    // A partial clone dies on the first blob it may not fetch: list what is here instead (no fetch).
    const present = spawnSync('git', ['cat-file', '--batch-all-objects', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: OFFLINE_ENV,
    });
    if (present.status !== 0) {
      const why = `git cat-file failed: ${(check.stderr ?? '').trim().split('\n')[0] || (check.error?.message ?? 'no reason given')}`;
      for (const blob of blobs) yield { blob, size: 0, bytes: null, unreadable: why };
      return;
    }
    const asked = new Set(blobs);
    listing = present.stdout
      .split('\n')
      .filter((line) => asked.has(line.slice(0, line.indexOf(' '))))
      .join('\n');
  }
  const missing = new Set(blobs);
  for (const line of listing.split('\n')) {
    const [oid, type, size] = line.split(' ');
    if (type === 'blob') sizes.set(oid!, Number(size));
    if (type !== 'missing' && oid) missing.delete(oid);
  }
  const wanted = blobs.filter((blob) => (sizes.get(blob) ?? Infinity) <= maxSize);
  for (const blob of blobs) {
    const size = sizes.get(blob);
    if (size !== undefined && size > maxSize) yield { blob, size, bytes: null };
    else if (size === undefined)
      yield { blob, size: 0, bytes: null, unreadable: missing.has(blob) ? MISSING : 'git did not list it as a blob' };
  }
  if (wanted.length === 0) return;

  const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: OFFLINE_ENV });
  child.stdin.end(wanted.join('\n') + '\n');
  child.stderr.resume();
  const pendingBlobs = new Set(wanted);
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (;;) {
      const newline = pending.indexOf(10);
      if (newline === -1) break;
      const [oid, type, sizeText] = pending.subarray(0, newline).toString('latin1').split(' ');
      // An object that vanished since --batch-check: "<oid> missing", no content follows.
      if (type === 'missing' || sizeText === undefined) {
        pending = pending.subarray(newline + 1);
        if (oid && pendingBlobs.delete(oid)) yield { blob: oid, size: 0, bytes: null, unreadable: MISSING };
        continue;
      }
      const size = Number(sizeText);
      // Header, content, and the newline git writes after it.
      if (pending.length < newline + 1 + size + 1) break;
      pendingBlobs.delete(oid!);
      yield { blob: oid!, size, bytes: Buffer.from(pending.subarray(newline + 1, newline + 1 + size)) };
      pending = pending.subarray(newline + 1 + size + 1);
    }
  }
  // git stopped early (a corrupt pack it cannot inflate): what it never sent is listed, not lost.
  for (const blob of pendingBlobs) yield { blob, size: 0, bytes: null, unreadable: 'git cat-file stopped before giving it' };
}
