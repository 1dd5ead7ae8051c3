/**
 * Keys inside base64 values (issue 12, family 1): Kubernetes Secrets, cloud-init b64 and gz+b64, .env files,
 * a base64 value inside a base64 value. Keys are generated here; the expected fingerprints come from
 * `ssh-keygen -l` on the plain .pub, and the key must be reported at the line of the value, with `layers`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { inventory, rulesOf } from '../helpers/inventory.js';
import { generateKey, keygenList, tempDir } from '../helpers/openssh.js';

const b64 = (text: string | Buffer): string => Buffer.from(text).toString('base64');

describe('keys inside base64 values', () => {
  const dir = tempDir();
  let privateText = '';
  let publicLine = '';
  let fingerprint = '';
  let ecdsaLine = '';
  let ecdsaFingerprint = '';
  before(() => {
    const ed = generateKey(dir, 'deploy', 'ed25519');
    privateText = readFileSync(ed, 'utf8');
    publicLine = readFileSync(`${ed}.pub`, 'utf8').trim();
    fingerprint = keygenList(`${ed}.pub`)[0]!.fingerprint;
    const host = generateKey(dir, 'host', 'ecdsa', ['-b', '256']);
    ecdsaLine = readFileSync(`${host}.pub`, 'utf8').trim().split(' ').slice(0, 2).join(' ');
    ecdsaFingerprint = keygenList(`${host}.pub`)[0]!.fingerprint;
  });

  it('reads a kubernetes.io/ssh-auth Secret: the private key and known_hosts entries at every byte alignment', () => {
    // Host names of three lengths put the key type at each of the three base64 alignments.
    const hosts = ['git.example.org', 'gitlab.example.org', 'ab.example.org'];
    const secret = [
      'apiVersion: v1',
      'kind: Secret',
      'type: kubernetes.io/ssh-auth',
      'data:',
      `  ssh-privatekey: ${b64(privateText)}`,
      ...hosts.map((host, index) => `  known_hosts_${index}: ${b64(`${host} ${ecdsaLine}\n`)}`),
    ].join('\n');
    const result = inventory(secret, 'deploy/secret.yaml');
    assert.deepEqual(
      result.keys.map((k) => [k.line, k.source, k.type, k.fingerprint, k.layers]),
      [
        [5, 'private-key', 'ssh-ed25519', fingerprint, ['base64']],
        [6, 'known-hosts', 'ecdsa-sha2-nistp256', ecdsaFingerprint, ['base64']],
        [7, 'known-hosts', 'ecdsa-sha2-nistp256', ecdsaFingerprint, ['base64']],
        [8, 'known-hosts', 'ecdsa-sha2-nistp256', ecdsaFingerprint, ['base64']],
      ],
    );
    assert.ok(rulesOf(result).includes('private-key'));
  });

  it('reads cloud-init write_files with encoding gz+b64 and b64, and an .env variable', () => {
    const cloud = [
      '#cloud-config',
      'write_files:',
      '  - path: /home/ops/.ssh/authorized_keys',
      '    encoding: gz+b64',
      `    content: ${b64(gzipSync(`${publicLine}\n`))}`,
      '  - path: /root/.ssh/id_ed25519',
      '    encoding: b64',
      `    content: "${b64(privateText)}"`,
    ].join('\n');
    const result = inventory(cloud, 'user-data.yaml');
    assert.deepEqual(
      result.keys.map((k) => [k.line, k.type, k.fingerprint, k.layers]),
      [
        [5, 'ssh-ed25519', fingerprint, ['base64', 'gzip']],
        [8, 'ssh-ed25519', fingerprint, ['base64']],
      ],
    );
    const env = inventory(`APP=1\nDEPLOY_KEY_B64=${b64(privateText)}\n`, '.env');
    assert.deepEqual(
      env.keys.map((k) => [k.line, k.fingerprint, k.layers]),
      [[2, fingerprint, ['base64']]],
    );
  });

  it('reads two nested values (base64 inside gz+b64) and stops at the third', () => {
    const inner = `data:\n  id: ${b64(privateText)}\n`;
    const two = inventory(`content: ${b64(gzipSync(inner))}\n`, 'nested.yaml');
    assert.deepEqual(
      two.keys.map((k) => [k.line, k.fingerprint, k.layers]),
      [[1, fingerprint, ['base64', 'gzip', 'base64']]],
    );
    const three = inventory(`content: ${b64(gzipSync(`x: ${b64(inner)}\n`))}\n`, 'nested.yaml');
    assert.deepEqual(three.keys, []);
  });

  it('reads a value wrapped over several lines (base64 at 76 and 64 columns), and stops at the next key', () => {
    for (const width of [76, 64]) {
      const wrapped = b64(privateText).match(new RegExp(`.{1,${width}}`, 'g'))!;
      const yaml = [
        'write_files:',
        '  - encoding: b64',
        '    content: |',
        ...wrapped.map((line) => `      ${line}`),
        `    path: /x`,
        '',
      ].join('\n');
      const result = inventory(yaml, 'user-data.yaml');
      assert.deepEqual(
        result.keys.map((k) => [k.line, k.fingerprint, k.layers]),
        [[4, fingerprint, ['base64']]],
        `width ${width}`,
      );
    }
    // Two single-line values of 76 characters on consecutive lines are two values, not one wrapped value.
    const line = b64(`${publicLine}\n`);
    const two = inventory(`a: ${line}\nb: ${line}\n`, 'values.yaml');
    assert.deepEqual(
      two.keys.map((k) => [k.line, k.fingerprint]),
      [
        [1, fingerprint],
        [2, fingerprint],
      ],
    );
  });

  it('leaves alone base64 that is not a key: short tokens, binary data, a plain key line', () => {
    assert.deepEqual(inventory(`token: ${b64('-----BEGIN nothing')}\n`, 'a.yaml').keys, []);
    assert.deepEqual(inventory(`png: ${b64(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, ...Array(200).fill(65)]))}\n`, 'a.yaml').keys, []);
    const plain = inventory(`${publicLine}\n`, 'id.pub');
    assert.deepEqual(
      plain.keys.map((k) => [k.fingerprint, k.layers]),
      [[fingerprint, undefined]],
    );
  });
});

describe('crafted input against the decoders', () => {
  // Each was quadratic in a draft of the decoders; a few MB must stay far from the CLI's 60 s budget even on a
  // loaded machine (a linear pass takes well under a second here).
  const cases: [string, string][] = [
    ['one base64 run full of needles', 'QUFLS0tH4sI'.repeat(300_000)],
    ['a line of needles per line', `${'QUF'.repeat(40)}\n`.repeat(20_000)],
    ['percent markers without line breaks', `BEGIN%20${'%41'.repeat(30)} `.repeat(40_000)],
    [
      'a block body of 200,000 decorated lines',
      `-----BEGIN RSA PRIVATE KEY-----\n${'"A\\n" +\n'.repeat(200_000)}-----END RSA PRIVATE KEY-----\n`,
    ],
    [
      'a block body of one escaped line',
      `-----BEGIN OPENSSH PRIVATE KEY-----${'\\u002F'.repeat(300_000)}-----END OPENSSH PRIVATE KEY-----\n`,
    ],
    ['spaces before a stray character', `-----BEGIN RSA PRIVATE KEY-----\n${' '.repeat(2_000_000)}x\n`],
  ];
  for (const [what, text] of cases) {
    it(`${what}: done in under 5 s`, () => {
      const started = Date.now();
      inventory(text, 'crafted.txt');
      assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
    });
  }
});
