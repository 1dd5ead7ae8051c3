import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parsePublicBlob } from '../../src/core/keys/public-blob.js';
import { generateKey, keygenList, tempDir } from '../helpers/openssh.js';

const KINDS: Record<string, string> = {
  'ssh-rsa': 'RSA',
  'ssh-dss': 'DSA',
  'ssh-ed25519': 'ED25519',
  'ecdsa-sha2-nistp256': 'ECDSA',
  'ecdsa-sha2-nistp384': 'ECDSA',
  'ecdsa-sha2-nistp521': 'ECDSA',
};

describe('parsePublicBlob against ssh-keygen -l', () => {
  const dir = tempDir();
  const cases: [string, string, string[]][] = [
    ['rsa1024', 'rsa', ['-b', '1024']],
    ['rsa2048', 'rsa', ['-b', '2048']],
    ['rsa4096', 'rsa', ['-b', '4096']],
    ['dsa', 'dsa', []],
    ['ecdsa256', 'ecdsa', ['-b', '256']],
    ['ecdsa384', 'ecdsa', ['-b', '384']],
    ['ecdsa521', 'ecdsa', ['-b', '521']],
    ['ed25519', 'ed25519', []],
  ];
  for (const [name, type, extra] of cases) {
    it(`reads ${name} exactly as ssh-keygen does`, () => {
      const path = generateKey(dir, name, type, extra);
      const [wireType, base64] = readFileSync(`${path}.pub`, 'utf8').split(' ');
      const info = parsePublicBlob(Buffer.from(base64!, 'base64'));
      const [expected] = keygenList(`${path}.pub`);
      assert.equal(info.type, wireType);
      assert.equal(KINDS[info.type], expected!.kind);
      assert.equal(info.bits, expected!.bits);
      assert.equal(info.fingerprint, expected!.fingerprint);
    });
  }
});
