/**
 * Linear time on hostile input, each family with a time bound: block starts without an end, one line of
 * thousands of keys, whitespace runs in a block body, absurd RSA keys, and hostile policy files.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { hasSmallPrivateExponent } from '../../src/core/checks/rsa-checks.js';
import { inventoryBytes } from '../../src/core/inventory.js';
import { findKeyBlocks } from '../../src/core/keys/blocks.js';
import { findPublicKeyLines } from '../../src/core/keys/openssh-line.js';
import { runCli, writeTree } from '../helpers/cli.js';
import { sshKeygen, tempDir, wireBlob } from '../helpers/openssh.js';

const work = tempDir('ska-linear-');

/** Milliseconds `action` takes. */
function timed(action: () => void): number {
  const started = performance.now();
  action();
  return performance.now() - started;
}

// Generous for a loaded 2-core CI machine; the quadratic versions took minutes to hours on these inputs.
const BUDGET_MS = 3000;

function context(path = 'x'): Parameters<typeof inventoryBytes>[1] {
  return { path, minRsaBits: 2048, now: new Date('2026-01-01T00:00:00Z'), memo: new Map() };
}

describe('key blocks are found in one pass', () => {
  const units = [
    '-----BEGIN RSA PRIVATE KEY-----\n',
    '-----BEGIN OPENSSH PRIVATE KEY-----',
    '---- BEGIN SSH2 PUBLIC KEY ----\n',
    '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
    'PuTTY-User-Key-File-3: ssh-rsa\n',
    'PuTTY-User-Key-File-2: ',
    '-----BEGIN PRIVATE KEY-----\n' + 'A'.repeat(70) + '\n',
  ];
  for (const unit of units) {
    it(`5 MiB of ${JSON.stringify(unit.slice(0, 40))} without an end`, () => {
      const text = unit.repeat(Math.ceil((5 << 20) / unit.length));
      const ms = timed(() => findKeyBlocks(text));
      assert.ok(ms < BUDGET_MS, `${ms.toFixed(0)} ms`);
    });
  }

  it('a block body of one 1 MiB whitespace line, and of a million short lines', () => {
    for (const body of [' '.repeat(1 << 20) + 'x', '\t\n'.repeat(1 << 19)]) {
      const text = `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\n`;
      const ms = timed(() => findKeyBlocks(text));
      assert.ok(ms < BUDGET_MS, `${ms.toFixed(0)} ms`);
    }
  });

  it('still finds a real key after thousands of unterminated starts', () => {
    sshKeygen(['-q', '-t', 'ed25519', '-N', '', '-f', join(work, 'after')]);
    const text = '-----BEGIN RSA PRIVATE KEY-----\n'.repeat(10_000) + '\n' + readFileSync(join(work, 'after'), 'utf8');
    const found = findKeyBlocks(text);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.declaredType, 'ssh-ed25519');
    assert.equal(found[0]!.line, 10_002);
  });
});

describe('one line of many keys', () => {
  it('4,000 keys on one line: linear time, bounded comments, every key found', () => {
    sshKeygen(['-q', '-t', 'ed25519', '-N', '', '-C', 'one@host', '-f', join(work, 'many')]);
    const pub = readFileSync(join(work, 'many.pub'), 'utf8').trim();
    const line = Array.from({ length: 4000 }, () => pub).join(' ');
    let found: ReturnType<typeof findPublicKeyLines> = [];
    const ms = timed(() => (found = findPublicKeyLines(line, { path: 'keys.txt' })));
    assert.equal(found.length, 4000);
    assert.ok(ms < BUDGET_MS, `${ms.toFixed(0)} ms`);
    const inventory = inventoryBytes(Buffer.from(line, 'latin1'), context('keys.txt'));
    assert.equal(inventory.keys.length, 4000);
    for (const key of inventory.keys) assert.ok((key.comment ?? '').length <= 201, key.comment!);
    assert.equal(inventory.keys.at(-1)!.comment, 'one@host');
  });

  it('dist/cli.js writes the JSON report of 4,000 keys on one line, linear in size', async () => {
    const pub = readFileSync(join(work, 'many.pub'), 'utf8').trim();
    const root = join(work, 'many-root');
    writeTree(root, { 'keys.txt': Array.from({ length: 4000 }, () => pub).join(' ') + '\n' });
    const run = await runCli(['--format', 'json'], root, { timeoutMs: 60_000 });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const report = JSON.parse(run.stdout) as { keys: unknown[] };
    assert.equal(report.keys.length, 4000);
    // About a kilobyte per key and its findings; the quadratic report was hundreds of megabytes.
    assert.ok(run.stdout.length < 4000 * 4096, `${run.stdout.length} bytes`);
  });
});

describe('RSA keys OpenSSH refuses', () => {
  function rsaLine(bits: number, exponentBytes: number): string {
    const n = randomBytes(bits / 8);
    n[0]! |= 0x80;
    n[n.length - 1]! |= 1;
    const e = randomBytes(exponentBytes);
    e[0]! &= 0x7f;
    e[0]! |= 0x40;
    e[e.length - 1]! |= 1;
    const blob = wireBlob('ssh-rsa', e, Buffer.concat([Buffer.alloc(1), n]));
    return `ssh-rsa ${blob.toString('base64')} absurd@host\n`;
  }

  it('a 65,536-bit modulus with a huge exponent is invalid-key, reported at once', () => {
    const text = rsaLine(65536, 8000);
    let findings: ReturnType<typeof inventoryBytes>['findings'] = [];
    const ms = timed(() => (findings = inventoryBytes(Buffer.from(text, 'latin1'), context()).findings));
    assert.ok(ms < BUDGET_MS, `${ms.toFixed(0)} ms`);
    const invalid = findings.filter((finding) => finding.rule === 'invalid-key');
    assert.equal(invalid.length, 1, JSON.stringify(findings));
    assert.match(invalid[0]!.message, /65536-bit RSA key is larger than the 16384 bits OpenSSH accepts/);
  });

  it('16,384 bits is still a key OpenSSH accepts', () => {
    const findings = inventoryBytes(Buffer.from(rsaLine(16384, 3), 'latin1'), context()).findings;
    assert.deepEqual(
      findings.filter((finding) => finding.rule === 'invalid-key'),
      [],
    );
  });

  it("Wiener's expansion: refused above 16,384 bits, and bounded by n^(1/4) at 16,384 bits with a huge exponent", () => {
    for (const bits of [65536, 16384]) {
      const n = BigInt('0x' + randomBytes(bits / 8).toString('hex')) | (1n << BigInt(bits - 1)) | 1n;
      const e = (BigInt('0x' + randomBytes(bits / 8 - 8).toString('hex')) | (1n << BigInt(bits - 80))) % n;
      const ms = timed(() => assert.equal(hasSmallPrivateExponent(n, e), false));
      assert.ok(ms < BUDGET_MS, `${bits} bits: ${ms.toFixed(0)} ms`);
    }
  });
});

describe('hostile policy, baseline and blocklist files are usage errors', () => {
  const root = join(work, 'policy-root');
  writeTree(root, { 'a.txt': 'nothing here\n' });

  it('a YAML alias bomb: exit 2 with the file and the line of the first alias', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(',')}]`);
    }
    const policy = join(work, 'bomb.yml');
    writeFileSync(policy, levels.join('\n') + '\n');
    const started = performance.now();
    const run = await runCli(['--config', policy], root);
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /bomb\.yml:2: too many YAML aliases/);
    assert.ok(performance.now() - started < 20_000);
  });

  it('files over their size limit: exit 2 naming the file and the limit', async () => {
    const policy = join(work, 'huge.yml');
    writeFileSync(policy, '# padding\n'.repeat(110_000));
    const run = await runCli(['--config', policy], root);
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /the policy file .*huge\.yml is \d+ bytes, over the 1 MiB limit/);
  });

  it('a baseline nested a million deep, and a blocklist of one huge line: exit 2, never 3', async () => {
    const baseline = join(work, 'deep.json');
    writeFileSync(baseline, '['.repeat(1_000_000));
    const deep = await runCli(['--baseline', baseline], root);
    assert.equal(deep.status, 2, deep.stderr);
    assert.match(deep.stderr, /the baseline .*deep\.json is not JSON \(line 1\)/);
    const blocklist = join(work, 'wide.txt');
    writeFileSync(blocklist, 'A'.repeat(5 << 20) + '\n');
    const wide = await runCli(['--blocklist', blocklist], root);
    assert.equal(wide.status, 2, wide.stderr);
    assert.match(wide.stderr, /blocklist .*wide\.txt:1: expected a SHA256: fingerprint/);
  });
});
