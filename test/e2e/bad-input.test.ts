/**
 * dist/cli.js on hostile trees: binary, oversized, badly encoded and empty files, a 6 MB line, every kind of
 * symlink, a named pipe and broken private key blocks. Each must end in exit 0 or 1 (never 3), with a
 * `skipped` entry for whatever was not scanned and every key in the rest still found.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { ScanResult } from '../../src/core/types.js';
import { generateListedKey, runCli, scanJson, sorted, writeTree, type CliRun, type ListedKey } from '../helpers/cli.js';
import { tempDir } from '../helpers/openssh.js';
import { requirementMissing } from '../helpers/requirements.js';

const work = tempDir('ska-e2e-bad-');

/** 200 characters of valid base64 that decode to nothing meaningful, the same on every run. */
function garbageBase64(): string {
  const bytes = Buffer.concat([0, 1, 2].map((index) => createHash('sha512').update(`garbage ${index}`).digest())).subarray(0, 150);
  return bytes.toString('base64');
}

function brokenBlock(label: string): string {
  const body = garbageBase64()
    .match(/.{1,64}/g)!
    .join('\n');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

function assertNoCrash(run: CliRun): void {
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status ?? run.signal}: ${run.stderr}`);
  assert.doesNotMatch(run.stderr, /internal error/);
}

function assertCounts(report: ScanResult): void {
  assert.equal(report.summary.skipped, report.skipped.length);
  assert.equal(report.summary.keys, report.keys.length);
}

describe('bad input: one hostile tree', () => {
  let root: string;
  let run: CliRun;
  let report: ScanResult;
  let key: ListedKey[];
  let secret: ListedKey;
  let secretPublic: ListedKey;
  const hasFifo = spawnSync('mkfifo', ['--version']).error === undefined;

  before(async () => {
    const keysDir = join(work, 'keys');
    mkdirSync(keysDir);
    key = Array.from({ length: 6 }, (_, index) => generateListedKey(keysDir, `key${index}`, 'ed25519'));
    // Outside the scan root, reachable only through symlinks that must not be followed.
    const outside = join(work, 'outside');
    mkdirSync(outside);
    secret = generateListedKey(outside, 'secret', 'ed25519');
    secretPublic = generateListedKey(outside, 'other', 'ed25519');

    root = join(work, 'root');
    writeTree(root, {
      'image.bin': Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'), Buffer.from(key[0]!.publicLine)]),
      'big.log': 'x'.repeat(5000) + '\n' + key[1]!.publicLine,
      'small.pub': key[2]!.publicLine,
      // Not UTF-8 before, after and inside the key's line: the scan works on bytes, not decoded text.
      'latin.txt': Buffer.concat([
        Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x20, 0x0a]),
        Buffer.from(key[3]!.publicLine),
        Buffer.from([0x80, 0x81, 0xe9, 0x0a]),
      ]),
      'inline.txt': Buffer.concat([
        Buffer.from([0xff, 0xfe, 0x20]),
        Buffer.from(key[4]!.publicLine.trim()),
        Buffer.from([0x20, 0xe9, 0xff, 0x0a]),
      ]),
      'sub/inner.pub': key[5]!.publicLine,
      empty: '',
      'empty.pub': '',
      'broken-rsa.pem': brokenBlock('RSA PRIVATE KEY'),
      'broken-openssh.key': brokenBlock('OPENSSH PRIVATE KEY'),
    });
    symlinkSync('../outside/secret', join(root, 'escape'));
    symlinkSync('../outside', join(root, 'escape-dir'));
    symlinkSync('loop-b', join(root, 'loop-a'));
    symlinkSync('loop-a', join(root, 'loop-b'));
    symlinkSync('sub', join(root, 'alias'));
    symlinkSync('sub/inner.pub', join(root, 'alias.pub'));
    symlinkSync('missing-target', join(root, 'broken'));
    // A plain open() of a FIFO waits for a writer: without care the scan would hang here forever.
    if (hasFifo) execFileSync('mkfifo', [join(root, 'pipe')]);

    ({ run, report } = await scanJson(['--max-file-size', '4096'], root, { timeoutMs: 20_000 }));
  });

  const reasonOf = (path: string): string | undefined => report.skipped.find((item) => item.path === path)?.reason;
  const keyPaths = (): string[] => report.keys.map((item) => item.path);

  it('does not crash, hang or print to stderr, and summary.skipped equals skipped.length', () => {
    assertNoCrash(run);
    assert.equal(run.signal, null);
    assert.equal(run.stderr, '');
    assertCounts(report);
    assert.deepEqual(
      report.skipped.map((item) => item.path),
      sorted([
        'alias',
        'alias.pub',
        'big.log',
        'broken',
        'escape',
        'escape-dir',
        'image.bin',
        'loop-a',
        'loop-b',
        ...(hasFifo ? ['pipe'] : []),
      ]),
    );
    // small.pub, latin.txt, inline.txt, sub/inner.pub, empty, empty.pub and the two broken blocks.
    assert.equal(report.summary.files, 8);
  });

  it('finds every key in the files it could read', () => {
    assert.deepEqual(keyPaths(), ['broken-openssh.key', 'broken-rsa.pem', 'inline.txt', 'latin.txt', 'small.pub', 'sub/inner.pub']);
    const fingerprint = (path: string): string | null | undefined => report.keys.find((item) => item.path === path)?.fingerprint;
    assert.equal(fingerprint('small.pub'), key[2]!.fingerprint);
    assert.equal(fingerprint('latin.txt'), key[3]!.fingerprint);
    assert.equal(fingerprint('inline.txt'), key[4]!.fingerprint);
    assert.equal(fingerprint('sub/inner.pub'), key[5]!.fingerprint);
    assert.equal(report.keys.find((item) => item.path === 'latin.txt')!.line, 2);
  });

  it('a binary file (NUL bytes) is skipped as binary', () => {
    assert.match(reasonOf('image.bin')!, /binary/);
    assert.ok(!report.keys.some((item) => item.fingerprint === key[0]!.fingerprint));
  });

  it('a file over --max-file-size is skipped with the limit and how to raise it', () => {
    assert.match(reasonOf('big.log')!, /limit/);
    assert.match(reasonOf('big.log')!, /4\.0 KiB/);
    assert.match(reasonOf('big.log')!, /--max-file-size/);
    assert.ok(!report.keys.some((item) => item.fingerprint === key[1]!.fingerprint));
  });

  it('a symlink out of the scan root is skipped and its target (a private key) is never read', () => {
    assert.match(reasonOf('escape')!, /outside the scan root/);
    assert.match(reasonOf('escape-dir')!, /outside the scan root/);
    assert.ok(!keyPaths().some((path) => path.startsWith('escape')));
    assert.ok(!run.stdout.includes(secret.fingerprint), 'the private key outside was scanned');
    assert.ok(!run.stdout.includes(secretPublic.fingerprint), 'the directory outside was scanned');
    assert.deepEqual(
      report.findings.filter((item) => item.rule === 'private-key').map((item) => item.path),
      ['broken-openssh.key', 'broken-rsa.pem'],
    );
  });

  it('a symlink loop is skipped, both links', () => {
    assert.match(reasonOf('loop-a')!, /loop/);
    assert.match(reasonOf('loop-b')!, /loop/);
  });

  it('a symlink to a directory or a file inside the root is not scanned twice: no duplicate-key', () => {
    assert.match(reasonOf('alias')!, /symlink to the directory sub\b/);
    assert.match(reasonOf('alias.pub')!, /symlink to sub\/inner\.pub/);
    assert.equal(report.keys.filter((item) => item.fingerprint === key[5]!.fingerprint).length, 1);
    assert.deepEqual(
      report.findings.filter((item) => item.rule === 'duplicate-key'),
      [],
    );
  });

  it('a broken symlink is skipped', () => {
    assert.match(reasonOf('broken')!, /broken symlink/);
  });

  it('a named pipe is skipped instead of hanging the scan', (t) => {
    if (!hasFifo) return requirementMissing(t, 'mkfifo is not available');
    assert.match(reasonOf('pipe')!, /named pipe/);
  });

  it('empty files are scanned without a finding or a skipped entry', () => {
    assert.equal(reasonOf('empty'), undefined);
    assert.equal(reasonOf('empty.pub'), undefined);
    assert.ok(!report.findings.some((item) => item.path === 'empty' || item.path === 'empty.pub'));
  });

  it('a malformed private key block (garbage base64) gives private-key and invalid-key, no fingerprint', () => {
    for (const path of ['broken-rsa.pem', 'broken-openssh.key']) {
      const findings = report.findings.filter((item) => item.path === path);
      assert.deepEqual(
        findings.map((item) => [item.rule, item.line, item.fingerprint]),
        [
          ['invalid-key', 1, null],
          ['private-key', 1, null],
        ],
        path,
      );
    }
  });

  it('the text report of the same tree lists every skipped file with its reason', async () => {
    const text = await runCli(['--max-file-size', '4096'], root, { timeoutMs: 20_000 });
    assertNoCrash(text);
    for (const item of report.skipped) assert.ok(text.stdout.includes(`  ${item.path}: ${item.reason}`), item.path);
    assert.match(text.stdout.trimEnd().split('\n').at(-1)!, new RegExp(`, ${report.skipped.length} skipped$`));
  });

  it('an unreadable file is skipped as unreadable', async () => {
    // chmod 000 does not stop root from reading a file, and CI runs as root: there the CLI runs as nobody
    // (setpriv), in a directory of its own that nobody may enter (the shared work directory is 0700).
    const dir = mkdtempSync(join(tmpdir(), 'ska-e2e-unreadable-'));
    chmodSync(dir, 0o755);
    writeTree(dir, { 'locked.pub': key[2]!.publicLine, 'open.pub': key[3]!.publicLine });
    chmodSync(join(dir, 'open.pub'), 0o644);
    chmodSync(join(dir, 'locked.pub'), 0o000);
    const result = await scanJson([], dir, { unprivileged: true });
    rmSync(dir, { recursive: true, force: true });
    assertNoCrash(result.run);
    assert.deepEqual(result.report.skipped, [{ path: 'locked.pub', reason: 'unreadable: permission denied' }]);
    assert.deepEqual(
      result.report.keys.map((item) => item.path),
      ['open.pub'],
    );
  });
});

describe('bad input: a single 6 MB line', () => {
  let root: string;
  let listed: ListedKey;

  before(() => {
    const dir = join(work, 'long-line-keys');
    mkdirSync(dir);
    listed = generateListedKey(dir, 'key', 'ed25519');
    const filler = 'QUJD'.repeat(1_500_000); // 6,000,000 characters of base64, the worst case for a key regex
    root = join(work, 'long-line');
    writeTree(root, {
      'blob.txt': `${filler} ${listed.publicLine}`,
      // The same filler announced as a key: it must fail to decode quickly, and the real key still be found.
      'fake-key.txt': `ssh-ed25519 ${filler} ${listed.publicLine}`,
    });
  });

  it('is found at its end with --max-file-size 10000000, in well under 5 s', async () => {
    const { run, report } = await scanJson(['--max-file-size', '10000000', 'blob.txt'], root, { timeoutMs: 20_000 });
    assertNoCrash(run);
    assert.ok(run.milliseconds < 5000, `took ${run.milliseconds} ms`);
    assert.deepEqual(
      report.keys.map((item) => [item.path, item.line, item.fingerprint]),
      [['blob.txt', 1, listed.fingerprint]],
    );
    assert.deepEqual(report.skipped, []);
  });

  it('is found after a fake key of 6 MB, in well under 5 s', async () => {
    const { run, report } = await scanJson(['--max-file-size', '10000000', 'fake-key.txt'], root, { timeoutMs: 20_000 });
    assertNoCrash(run);
    assert.ok(run.milliseconds < 5000, `took ${run.milliseconds} ms`);
    assert.ok(report.keys.some((item) => item.line === 1 && item.fingerprint === listed.fingerprint));
  });

  it('is skipped with the default 5 MiB limit, saying how to raise it', async () => {
    const { run, report } = await scanJson([], root);
    assertNoCrash(run);
    assertCounts(report);
    assert.deepEqual(
      report.skipped.map((item) => item.path),
      ['blob.txt', 'fake-key.txt'],
    );
    for (const item of report.skipped) assert.match(item.reason, /5\.0 MiB limit .*--max-file-size/);
    assert.ok(readFileSync(join(root, 'blob.txt')).length > 5 * 1024 * 1024);
  });
});
