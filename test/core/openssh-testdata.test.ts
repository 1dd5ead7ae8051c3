/**
 * OpenSSH's own sshkey unit-test keys (test/fixtures/openssh-testdata, copied from openssh-portable), read
 * completely: every `.pub` with a `.fp` has that fingerprint, every private key file is a `private-key` with
 * the fingerprint of its key. The `.fp` files were written by OpenSSH, so they are the oracle even for the
 * ML-DSA-44/Ed25519 keys that the ssh-keygen installed here does not know.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { inventory, rulesOf } from '../helpers/inventory.js';

const DIR = fileURLToPath(new URL('../fixtures/openssh-testdata/', import.meta.url));
const files = readdirSync(DIR).sort();
const fp = (name: string): string => readFileSync(join(DIR, `${name}.fp`), 'utf8').trim();
const read = (name: string): ReturnType<typeof inventory> => inventory(readFileSync(join(DIR, name)), name);

// The key each private file holds: rsa_n, rsa_1_pw, rsa_1_sha512 are all rsa_1 in other containers.
const keyOf = (name: string): string => name.replace(/_(?:n|n_pw|pw|sha1|sha512)$/, (suffix) => (suffix.startsWith('_n') ? '_1' : ''));
// Legacy PEM encryption covers the public half too: no fingerprint without the passphrase.
const ENCRYPTED_PEM = new Set(['rsa_1_pw', 'ecdsa_1_pw']);

describe("OpenSSH's sshkey test data", () => {
  const pubs = files.filter((name) => name.endsWith('.pub') && existsSync(join(DIR, name.replace(/\.pub$/, '.fp'))));
  const privates = files.filter((name) => !name.includes('.') && name !== 'README');

  it('covers every key type of the test data, ML-DSA included', () => {
    assert.ok(pubs.length >= 18 && privates.length >= 24, `${pubs.length} public, ${privates.length} private files`);
    assert.ok(pubs.includes('mldsa44_ed25519_1.pub') && privates.includes('mldsa44_ed25519_1_pw'));
  });

  for (const name of pubs) {
    it(`${name} has the fingerprint of its .fp`, () => {
      const result = read(name);
      assert.deepEqual(
        result.keys.map((key) => key.fingerprint),
        [fp(name.replace(/\.pub$/, ''))],
      );
      assert.ok(!rulesOf(result).includes('invalid-key') && !rulesOf(result).includes('unknown-key-type'), JSON.stringify(result.findings));
    });
  }

  for (const name of privates) {
    it(`${name} is a private key with ${ENCRYPTED_PEM.has(name) ? 'no fingerprint (encrypted PEM)' : 'the fingerprint of its key'}`, () => {
      const result = read(name);
      assert.equal(result.keys.length, 1);
      const [key] = result.keys;
      assert.equal(key!.source, 'private-key');
      assert.equal(key!.fingerprint, ENCRYPTED_PEM.has(name) ? null : fp(keyOf(name)));
      assert.ok(rulesOf(result).includes('private-key'));
      assert.ok(!rulesOf(result).includes('invalid-key'));
    });
  }

  it('knows ssh-mldsa44-ed25519@openssh.com: type, the 256 bits ssh-keygen prints, its certificate', () => {
    const key = read('mldsa44_ed25519_1.pub').keys[0]!;
    assert.deepEqual([key.type, key.bits], ['ssh-mldsa44-ed25519@openssh.com', 256]);
    const cert = read('mldsa44_ed25519_1-cert.pub').keys[0]!;
    assert.deepEqual(
      [cert.type, cert.bits, cert.fingerprint],
      ['ssh-mldsa44-ed25519-cert-v01@openssh.com', 256, fp('mldsa44_ed25519_1-cert')],
    );
  });

  it('reports an ML-DSA key cut short as invalid-key with the reason', () => {
    const [type, base64] = readFileSync(join(DIR, 'mldsa44_ed25519_1.pub'), 'utf8').split(' ');
    const blob = Buffer.from(base64!, 'base64');
    // Keep the type, shorten the key string by 32 bytes (the Ed25519 half) and fix its length field.
    const shortKey = blob.subarray(4 + type!.length + 4, blob.length - 32);
    const head = Buffer.alloc(4);
    head.writeUInt32BE(shortKey.length);
    const cut = Buffer.concat([blob.subarray(0, 4 + type!.length), head, shortKey]);
    const result = inventory(`${type} ${cut.toString('base64')} cut\n`, 'cut.pub');
    assert.deepEqual(result.keys, []);
    assert.deepEqual(rulesOf(result), ['invalid-key']);
    assert.match(result.findings[0]!.message, /1312 bytes, not 1344/);
  });
});
