/**
 * The output guard (core/redact.ts) and lifted text (core/lifted-text.ts) on material that slipped past the
 * parsers: fresh keys from ssh-keygen and openssl, pasted into report-shaped text the way a reader bug would.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { liftText, MAX_LIFTED_TEXT } from '../../src/core/lifted-text.js';
import { guardOutput, notePrivateMaterial, WITHHELD } from '../../src/core/redact.js';
import { findKeyBlocks } from '../../src/core/keys/blocks.js';
import { sshKeygen, tempDir } from '../helpers/openssh.js';

const work = tempDir('ska-guard-');

function body(pem: string): string {
  return pem
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('-----') && !line.includes(':'))
    .join('');
}

/** Every 16-character slice of `secret` found in `output`. */
function slices(output: string, secret: string): string[] {
  const found: string[] = [];
  for (let start = 0; start + 16 <= secret.length; start += 4)
    if (output.includes(secret.slice(start, start + 16))) found.push(secret.slice(start, start + 16));
  return found;
}

describe('output guard', () => {
  const keys: Record<string, string> = {};
  before(() => {
    sshKeygen(['-q', '-t', 'ed25519', '-N', '', '-C', 'a@b', '-f', join(work, 'openssh')]);
    sshKeygen(['-q', '-t', 'rsa', '-b', '2048', '-m', 'PEM', '-N', '', '-f', join(work, 'pem')]);
    execFileSync('openssl', ['genpkey', '-algorithm', 'ed25519', '-out', join(work, 'pkcs8')]);
    sshKeygen(['-q', '-t', 'ecdsa', '-N', '', '-m', 'PEM', '-f', join(work, 'sec1')]);
    for (const name of ['openssh', 'pem', 'pkcs8', 'sec1']) keys[name] = readFileSync(join(work, name), 'utf8');
  });

  it('withholds whole blocks inside JSON strings and keeps the JSON valid', () => {
    for (const [name, pem] of Object.entries(keys)) {
      const report = JSON.stringify({ findings: [{ message: `comment runs on ${pem} and on`, path: 'x' }] }, null, 2);
      const guarded = guardOutput(report);
      assert.deepEqual(slices(guarded.text, body(pem)), [], name);
      assert.ok(guarded.withheld >= 1, name);
      const parsed = JSON.parse(guarded.text) as { findings: { message: string; path: string }[] };
      assert.ok(parsed.findings[0]!.message.startsWith(`comment runs on ${WITHHELD}`), parsed.findings[0]!.message);
      assert.ok(parsed.findings[0]!.message.endsWith('and on'), parsed.findings[0]!.message);
    }
  });

  it('withholds blocks flattened by the text and markdown reporters (line breaks as ? or spaces)', () => {
    for (const [name, pem] of Object.entries(keys)) {
      for (const flattened of [pem.replace(/\n/g, '?'), pem.replace(/\n/g, ' '), pem.replace(/\n/g, '\\n')]) {
        const guarded = guardOutput(`x.pem:1 error ${flattened} tail.\nnext line`);
        assert.deepEqual(slices(guarded.text, body(pem)), [], name);
        assert.ok(guarded.text.endsWith('next line'), guarded.text);
      }
    }
  });

  it('withholds a body without its armour: OpenSSH, PKCS#1, PKCS#8 and SEC 1 openings', () => {
    for (const [name, pem] of Object.entries(keys)) {
      const guarded = guardOutput(`"comment": "${body(pem)}"`);
      assert.deepEqual(slices(guarded.text, body(pem)), [], name);
      assert.equal(guarded.text, `"comment": "${WITHHELD}"`, name);
    }
  });

  it('withholds any run that repeats the body of a block the readers classified as private', () => {
    sshKeygen(['-q', '-t', 'rsa', '-b', '2048', '-N', '', '-f', join(work, 'registered')]);
    const pem = readFileSync(join(work, 'registered'), 'utf8');
    const found = findKeyBlocks(pem);
    assert.equal(found[0]?.isPrivate, true);
    const middle = body(pem).slice(301, 301 + 40);
    const guarded = guardOutput(`the comment was ${middle} here`);
    assert.equal(guarded.text, `the comment was ${WITHHELD} here`);
    assert.equal(guarded.withheld, 1);
    // Registered directly, as another reader would: a fresh random body is caught from any offset.
    const secret = Buffer.from(Array.from({ length: 300 }, (_, index) => (index * 131 + 7) % 256)).toString('base64');
    notePrivateMaterial(secret);
    for (const offset of [0, 3, 77, 200]) assert.equal(guardOutput(`[${secret.slice(offset, offset + 31)}]`).text, `[${WITHHELD}]`);
  });

  it('withholds a PuTTY Private-Lines body and leaves the public part', () => {
    // Assembled here so the repository's own scan (CI's self-scan) does not read the source as a key file.
    const ppk = [
      ['PuTTY', 'User-Key-File-3: ssh-ed25519'].join('-'),
      'Encryption: none',
      'Comment: a@b',
      'Public-Lines: 2',
      'AAAAC3NzaC1lZDI1NTE5AAAAIBxJ2hN8tS1FzWc9N0Kp',
      'Private-Lines: 1',
      'AAAAIGEhVGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgbG9va3M=',
      'Private-MAC: 0123456789abcdef',
    ].join('\n');
    const guarded = guardOutput(ppk);
    assert.ok(!guarded.text.includes('AAAAIGEhVGhpcyBpcyBub3Qg'), guarded.text);
    assert.ok(guarded.text.includes('Public-Lines: 2'));
    assert.equal(guarded.withheld, 1);
  });

  it('leaves ordinary report text, fingerprints, public keys and moduli alone', () => {
    const report = [
      'SHA256:2Uqj4xxZMcd3mOD5nH0dBWKyV66psYDmcD9wPGfwSy4 src/deploy/keys/production/authorized_keys_for_the_ops_team',
      ['ssh', 'ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBxJ2hN8tS1FzWc9N0KpAAAAC3NzaC1lZDI1NTE5AAAAIBxJ2hN8'].join('-'),
      'A private key is committed (-----BEGIN ... PUBLIC KEY----- is fine); "rsaModulus": "' + 'c0ffee'.repeat(100) + '"',
    ].join('\n');
    assert.deepEqual(guardOutput(report), { text: report, withheld: 0 });
  });

  it('is linear: 5 MiB of BEGIN lines without an END and of long base64 runs', () => {
    for (const unit of ['-----BEGIN RSA PRIVATE KEY-----\n', '-----BEGIN ', 'A'.repeat(4095) + ' ']) {
      const text = unit.repeat(Math.ceil((5 << 20) / unit.length));
      const started = performance.now();
      guardOutput(text);
      assert.ok(performance.now() - started < 3000, `${JSON.stringify(unit.slice(0, 12))}: ${performance.now() - started} ms`);
    }
  });
});

describe('lifted text', () => {
  it('cuts at anything that starts a key block and at escaped line breaks', () => {
    assert.equal(liftText('user@host\\n-----BEGIN OPENSSH PRIVATE KEY-----\\nb3Blbn'), 'user@host');
    assert.equal(liftText('user@host -----BEGIN RSA PRIVATE KEY----- MIIE'), 'user@host');
    assert.equal(liftText('a ---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----'), 'a');
    assert.equal(liftText('a PuTTY-User-Key-File-3: ssh-rsa'), 'a');
    assert.equal(liftText('plain comment'), 'plain comment');
  });

  it('bounds the length and marks the cut', () => {
    const lifted = liftText('x'.repeat(10_000));
    assert.equal(lifted, 'x'.repeat(MAX_LIFTED_TEXT) + '…');
    assert.ok(lifted.endsWith('…'));
    assert.equal(liftText('y'.repeat(MAX_LIFTED_TEXT)), 'y'.repeat(MAX_LIFTED_TEXT));
  });
});
