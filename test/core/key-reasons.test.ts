/**
 * Every key gets its fingerprint or a reason (issue 12, family 4): SSH.com private keys with cipher none
 * (ssh-keygen -i as the oracle), key types this scanner does not know, blobs of a known type that are too
 * short or too long, and base64 without its padding (rejected by ssh-keygen -l, so invalid here too).
 */
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { inventory, rulesOf } from '../helpers/inventory.js';
import { generateKey, keygenList, sshKeygen, tempDir, wireBlob, wireString } from '../helpers/openssh.js';

const u32 = (value: number): Buffer => {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value);
  return out;
};

/** An integer as SSH.com writes it: bit count, then the big-endian magnitude. */
function bignumBits(base64url: string): Buffer {
  let bytes = Buffer.from(base64url, 'base64url');
  while (bytes.length > 0 && bytes[0] === 0) bytes = bytes.subarray(1);
  const bits = bytes.length === 0 ? 0 : (bytes.length - 1) * 8 + (32 - Math.clz32(bytes[0]!));
  return Buffer.concat([u32(bits), bytes]);
}

/** An unencrypted SSH.com RSA private key, laid out as ssh-keygen -i reads it (ssh-keygen.c do_convert_private_ssh2). */
function sshComRsa(bits: number, comment: string): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  const jwk = privateKey.export({ format: 'jwk' });
  const integers = Buffer.concat([jwk.e!, jwk.d!, jwk.n!, jwk.qi!, jwk.q!, jwk.p!].map(bignumBits));
  const keyData = Buffer.concat([u32(integers.length), integers]);
  const body = Buffer.concat([
    wireString('if-modn{sign{rsa-pkcs1-sha1},encrypt{rsa-pkcs1v2-oaep}}'),
    wireString('none'),
    wireString(keyData),
  ]);
  const blob = Buffer.concat([u32(0x3f6ff9eb), u32(8 + body.length), body]);
  return [
    '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
    `Comment: "${comment}"`,
    ...blob.toString('base64').match(/.{1,70}/g)!,
    '---- END SSH2 ENCRYPTED PRIVATE KEY ----',
    '',
  ].join('\n');
}

describe('SSH.com private keys with cipher none', () => {
  const dir = tempDir();
  for (const bits of [1024, 2048, 3072]) {
    it(`reads the public values of an RSA-${bits} key: the fingerprint ssh-keygen -i gives, and the Comment header`, () => {
      const text = sshComRsa(bits, `rsa-key-${bits}`);
      const path = join(dir, `secsh-${bits}`);
      writeFileSync(path, text);
      const converted = join(dir, `secsh-${bits}.converted`);
      writeFileSync(converted, sshKeygen(['-i', '-f', path]), { mode: 0o600 });
      writeFileSync(`${converted}.pub`, sshKeygen(['-y', '-f', converted]));
      const [expected] = keygenList(`${converted}.pub`);
      const result = inventory(`notes:\n${text}`, 'keys/secsh');
      assert.deepEqual(
        result.keys.map((key) => [key.line, key.type, key.bits, key.fingerprint, key.comment, key.format, key.encrypted]),
        [[2, 'ssh-rsa', bits, expected!.fingerprint, `rsa-key-${bits}`, 'ssh.com', false]],
      );
      assert.ok(rulesOf(result).includes('private-key') && !rulesOf(result).includes('invalid-key'));
    });
  }

  it('says an encrypted SSH.com key has no fingerprint, and a damaged one why', () => {
    const encrypted = sshComRsa(1024, 'x').replace(/^(.*\n.*\n)([\s\S]*?)(---- END)/, (_all, head: string, body: string, end: string) => {
      const blob = Buffer.from(body.replace(/\n/g, ''), 'base64');
      const swapped = Buffer.from(
        blob.toString('latin1').replace('\u0000\u0000\u0000\u0004none', '\u0000\u0000\u0000\u00043des'),
        'latin1',
      );
      return `${head}${swapped
        .toString('base64')
        .match(/.{1,70}/g)!
        .join('\n')}\n${end}`;
    });
    const result = inventory(encrypted, 'secsh');
    assert.deepEqual(
      result.keys.map((key) => [key.fingerprint, key.encrypted]),
      [[null, true]],
    );
    const damaged = inventory(sshComRsa(1024, 'x').replace('P2/56', 'AAAAA'), 'secsh');
    assert.deepEqual(rulesOf(damaged).sort(), ['invalid-key', 'private-key']);
    assert.match(damaged.findings.find((f) => f.rule === 'invalid-key')!.message, /bad magic number/);
  });
});

describe('key types this scanner does not know', () => {
  const unknownBlob = wireBlob('ssh-falcon512@example.org', Buffer.alloc(897, 7));
  const base64 = unknownBlob.toString('base64');
  const sha256 = `SHA256:${createHash('sha256').update(unknownBlob).digest('base64').replace(/=+$/, '')}`;

  it('inventories NAME BASE64 whose blob names NAME, with the SHA256 of the blob and the notice unknown-key-type', () => {
    const result = inventory(`ssh-falcon512@example.org ${base64} lab\n`, 'keys/lab.pub');
    assert.deepEqual(
      result.keys.map((key) => [key.type, key.bits, key.fingerprint, key.comment]),
      [['ssh-falcon512@example.org', null, sha256, 'lab']],
    );
    assert.deepEqual(rulesOf(result), ['unknown-key-type']);
  });

  it('inventories an OpenSSH private key container of an unknown type', () => {
    const container = Buffer.concat([
      Buffer.from('openssh-key-v1\0', 'latin1'),
      wireString('none'),
      wireString('none'),
      wireString(''),
      u32(1),
      wireString(unknownBlob),
      wireString(Buffer.alloc(64, 1)),
    ]);
    const text = `-----BEGIN OPENSSH PRIVATE KEY-----\n${container
      .toString('base64')
      .match(/.{1,70}/g)!
      .join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;
    const result = inventory(text, 'id_falcon');
    assert.deepEqual(
      result.keys.map((key) => [key.type, key.bits, key.fingerprint, key.source]),
      [['ssh-falcon512@example.org', null, sha256, 'private-key']],
    );
    assert.deepEqual(rulesOf(result).sort(), ['private-key', 'unknown-key-type']);
  });

  it('ignores text whose blob does not name its type: prose, placeholders, ssh-keygen flags', () => {
    for (const text of [
      'ssh-agent AAAAB3NzaC1yc2EAAAADAQABAAABAQC',
      'ssh-keygen -t ed25519 -C me',
      'ssh-rsa AAAA... me',
      'ssh-ed25519 <your key here>',
    ]) {
      const result = inventory(`${text}\n`, 'README.md');
      assert.deepEqual([result.keys, result.findings], [[], []], text);
    }
  });
});

describe('blobs of a known type with the wrong length, and unpadded base64', () => {
  const dir = tempDir();

  it('reports an Ed25519 key of 20 bytes and one of 40 as invalid-key with the length, as ssh-keygen rejects them', () => {
    for (const length of [20, 40]) {
      const line = `ssh-ed25519 ${wireBlob('ssh-ed25519', Buffer.alloc(length, 9)).toString('base64')} short`;
      const path = join(dir, `ed-${length}.pub`);
      writeFileSync(path, `${line}\n`);
      assert.throws(() => keygenList(path));
      const result = inventory(`${line}\n`, 'ed.pub');
      assert.deepEqual(result.keys, []);
      assert.deepEqual(rulesOf(result), ['invalid-key']);
      assert.match(result.findings[0]!.message, new RegExp(`${length} bytes, not 32`));
    }
  });

  it('reports a key whose base64 padding was removed as invalid, exactly where ssh-keygen -l rejects it', () => {
    for (const [type, extra] of [
      ['rsa', ['-b', '3072']],
      ['ecdsa', ['-b', '384']],
      ['ed25519', []],
    ] as const) {
      const path = generateKey(dir, `pad-${type}`, type, [...extra]);
      const [name, base64, comment] = readFileSync(`${path}.pub`, 'utf8').trim().split(' ');
      const unpadded = base64!.replace(/=+$/, '');
      const file = join(dir, `pad-${type}-stripped.pub`);
      writeFileSync(file, `${name} ${unpadded} ${comment}\n`);
      const keygenRejects = ((): boolean => {
        try {
          keygenList(file);
          return false;
        } catch {
          return true;
        }
      })();
      const result = inventory(`${name} ${unpadded} ${comment}\n`, 'k.pub');
      // An Ed25519 blob is 51 bytes: its base64 has no padding to lose, and both accept it.
      assert.equal(keygenRejects, unpadded !== base64, type);
      assert.deepEqual(rulesOf(result), keygenRejects ? ['invalid-key'] : type === 'rsa' ? ['legacy-rsa-key'] : [], type);
      assert.equal(result.keys.length, keygenRejects ? 0 : 1, type);
      if (keygenRejects) assert.match(result.findings[0]!.message, new RegExp(`${unpadded.length} characters, not whole base64 .*padding`));
    }
  });

  it('reports a key with characters pasted after its base64 as invalid, without calling it cut short', () => {
    const path = generateKey(dir, 'extra-ed25519', 'ed25519', []);
    const [name, base64, comment] = readFileSync(`${path}.pub`, 'utf8').trim().split(' ');
    const file = join(dir, 'extra-ed25519-long.pub');
    writeFileSync(file, `${name} ${base64}AB ${comment}\n`);
    assert.throws(() => keygenList(file), 'ssh-keygen -l rejects it');
    const result = inventory(`${name} ${base64}AB ${comment}\n`, 'k.pub');
    assert.deepEqual(rulesOf(result), ['invalid-key']);
    assert.equal(result.keys.length, 0);
    assert.match(
      result.findings[0]!.message,
      new RegExp(`${base64!.length + 2} characters, not whole base64 \\(a multiple of 4: cut short, extra characters`),
    );
  });
});
