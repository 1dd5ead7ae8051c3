/**
 * Private keys in every container ssh-keygen and openssl write (openssh-key-v1, PEM PKCS#1/SEC1, PKCS#8,
 * plain and encrypted), also inside JSON strings and YAML blocks, read through inventoryBytes(). Where the
 * public half can be derived, its fingerprint must be the one `ssh-keygen -l` prints for the .pub.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { inventory, onlyKey, rulesOf } from '../helpers/inventory.js';
import { generateKey, keygenList, sshKeygen, tempDir, wireBlob, wireString } from '../helpers/openssh.js';

// [name, ssh-keygen -t, extra arguments, SSH type, the key rules raised after private-key]
const TYPES: [string, string, string[], string, string[]][] = [
  ['rsa', 'rsa', ['-b', '2048'], 'ssh-rsa', ['legacy-rsa-key']],
  ['dsa', 'dsa', [], 'ssh-dss', ['dsa-key']],
  ['ecdsa256', 'ecdsa', ['-b', '256'], 'ecdsa-sha2-nistp256', []],
  ['ecdsa384', 'ecdsa', ['-b', '384'], 'ecdsa-sha2-nistp384', []],
  ['ecdsa521', 'ecdsa', ['-b', '521'], 'ecdsa-sha2-nistp521', []],
  ['ed25519', 'ed25519', [], 'ssh-ed25519', []],
];

/** Copies a generated private key and rewrites it with `ssh-keygen -p` in another format or passphrase. */
function convert(dir: string, name: string, variant: string, args: string[]): string {
  const path = join(dir, `${name}-${variant}`);
  copyFileSync(join(dir, name), path);
  chmodSync(path, 0o600);
  sshKeygen(['-q', '-p', '-P', '', ...args, '-f', path]);
  return path;
}

function openssl(args: string[]): string {
  return execFileSync('openssl', args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

describe('OpenSSH private keys (openssh-key-v1) against ssh-keygen -l', () => {
  const dir = tempDir();

  before(() => {
    for (const [name, type, extra] of TYPES) {
      generateKey(dir, name, type, extra);
      // Copies without a .pub next to them, so ssh-keygen -l has to read the private key file itself.
      copyFileSync(join(dir, name), join(dir, `${name}-plain`));
      // One bcrypt KDF round instead of 16: the container is the same, the test is faster.
      convert(dir, name, 'encrypted', ['-N', 'secret', '-a', '1']);
    }
  });

  for (const [name, , , type, rules] of TYPES) {
    for (const variant of ['plain', 'encrypted']) {
      it(`reads a ${variant} ${name} key with the fingerprint of its .pub`, () => {
        const path = join(dir, `${name}-${variant}`);
        const text = readFileSync(path, 'utf8');
        assert.match(text, /^-----BEGIN OPENSSH PRIVATE KEY-----\n/);
        const [expected] = keygenList(join(dir, `${name}.pub`));
        // ssh-keygen reads the clear public section of the container, passphrase or not.
        const [direct] = keygenList(path);
        assert.equal(direct!.fingerprint, expected!.fingerprint);
        const result = inventory(text, `secrets/id_${name}`);
        const key = onlyKey(result);
        assert.deepEqual(
          [key.source, key.format, key.encrypted, key.type, key.bits, key.fingerprint, key.line, key.path],
          ['private-key', 'openssh', variant === 'encrypted', type, expected!.bits, expected!.fingerprint, 1, `secrets/id_${name}`],
        );
        assert.deepEqual(rulesOf(result), ['private-key', ...rules]);
        assert.equal(result.findings[0]!.fingerprint, expected!.fingerprint);
        assert.equal(result.findings[0]!.severity, 'error');
      });
    }
  }

  it('reads a hand-built sk-ssh-ed25519 key handle file as ssh-keygen -y does', () => {
    // PROTOCOL.u2f: an id_ed25519_sk file holds the key handle, not the key; it is still a credential.
    const pk = randomBytes(32);
    const publicBlob = wireBlob('sk-ssh-ed25519@openssh.com', pk, 'ssh:');
    const check = randomBytes(4);
    const fields = Buffer.concat([
      check,
      check,
      wireBlob('sk-ssh-ed25519@openssh.com', pk, 'ssh:'),
      Buffer.from([0x01]),
      wireBlob(randomBytes(64), '', 'sk@test'),
    ]);
    const padding = Buffer.from(Array.from({ length: (8 - (fields.length % 8)) % 8 }, (_, index) => index + 1));
    const container = Buffer.concat([
      Buffer.from('openssh-key-v1\0', 'latin1'),
      wireBlob('none', 'none', ''),
      Buffer.from([0, 0, 0, 1]),
      wireString(publicBlob),
      wireString(Buffer.concat([fields, padding])),
    ]);
    const text = `-----BEGIN OPENSSH PRIVATE KEY-----\n${container.toString('base64').replace(/.{70}/g, '$&\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;
    const path = join(dir, 'id_ed25519_sk');
    writeFileSync(path, text, { mode: 0o600 });
    writeFileSync(`${path}.pub`, sshKeygen(['-y', '-f', path]));
    const [expected] = keygenList(`${path}.pub`);
    assert.equal(expected!.kind, 'ED25519-SK');
    const result = inventory(text, '.ssh/id_ed25519_sk');
    const key = onlyKey(result);
    assert.deepEqual(
      [key.type, key.bits, key.fingerprint, key.format, key.encrypted],
      ['sk-ssh-ed25519@openssh.com', 256, expected!.fingerprint, 'openssh', false],
    );
    assert.deepEqual(rulesOf(result), ['private-key']);
  });
});

describe('PEM and PKCS#8 private keys written by ssh-keygen -m', () => {
  const dir = tempDir();
  const pemTypes = TYPES.filter(([name]) => name !== 'ed25519' && name !== 'ecdsa384' && name !== 'ecdsa521');
  // [variant, ssh-keygen -p arguments, BEGIN label by key name, format]
  const variants: [string, string[], string][] = [
    ['pem', ['-m', 'PEM', '-N', ''], 'pem'],
    ['pem-encrypted', ['-m', 'PEM', '-N', 'secret'], 'pem'],
    ['pkcs8', ['-m', 'PKCS8', '-N', ''], 'pkcs8'],
    ['pkcs8-encrypted', ['-m', 'PKCS8', '-N', 'secret'], 'pkcs8'],
  ];
  const pemLabels: Record<string, string> = { rsa: 'RSA PRIVATE KEY', dsa: 'DSA PRIVATE KEY', ecdsa256: 'EC PRIVATE KEY' };

  before(() => {
    for (const [name, type, extra] of pemTypes) {
      generateKey(dir, name, type, extra);
      for (const [variant, args] of variants) convert(dir, name, variant, args);
    }
  });

  for (const [name, , , type, rules] of pemTypes) {
    for (const [variant, , format] of variants) {
      const encrypted = variant.endsWith('-encrypted');
      it(`reads a ${variant} ${name} key`, () => {
        const path = join(dir, `${name}-${variant}`);
        const text = readFileSync(path, 'utf8');
        const label = format === 'pkcs8' ? (encrypted ? 'ENCRYPTED PRIVATE KEY' : 'PRIVATE KEY') : pemLabels[name]!;
        assert.ok(text.startsWith(`-----BEGIN ${label}-----\n`), `ssh-keygen wrote ${text.split('\n')[0]}`);
        const result = inventory(text, `keys/${name}.key`);
        const key = onlyKey(result);
        assert.equal(key.source, 'private-key');
        assert.equal(key.format, format);
        assert.equal(key.encrypted, encrypted);
        assert.equal(key.line, 1);
        if (encrypted) {
          // Encrypted PEM and PKCS#8 encrypt the public half too: ssh-keygen -l cannot list them either.
          assert.throws(() => keygenList(path), /is not a key file/);
          assert.equal(key.fingerprint, null);
          assert.equal(key.bits, null);
          // Only a PKCS#1 label names the algorithm; SEC1 (EC) and PKCS#8 leave it to the encrypted body.
          assert.equal(key.type, format === 'pem' && name !== 'ecdsa256' ? type : 'unknown');
          assert.deepEqual(rulesOf(result), ['private-key']);
          assert.equal(result.findings[0]!.fingerprint, null);
        } else {
          const [expected] = keygenList(join(dir, `${name}.pub`));
          const [direct] = keygenList(path);
          assert.equal(direct!.fingerprint, expected!.fingerprint);
          assert.equal(key.type, type);
          assert.equal(key.bits, expected!.bits);
          assert.equal(key.fingerprint, expected!.fingerprint);
          assert.deepEqual(rulesOf(result), ['private-key', ...rules]);
        }
      });
    }
  }

  it('notes that ssh-keygen writes Ed25519 keys as openssh-key-v1 even with -m PEM', () => {
    const path = generateKey(dir, 'ed25519-pem', 'ed25519', ['-m', 'PEM']);
    const key = onlyKey(inventory(readFileSync(path), 'keys/ed25519.pem'));
    assert.equal(key.format, 'openssh');
    assert.equal(key.fingerprint, keygenList(`${path}.pub`)[0]!.fingerprint);
  });
});

describe('private keys written by openssl', () => {
  const dir = tempDir();
  const path = (name: string): string => join(dir, name);

  before(() => {
    openssl(['genpkey', '-algorithm', 'ed25519', '-out', path('ed25519.pem')]);
    openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', path('rsa.pem')]);
    openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384', '-out', path('ecdsa384.pem')]);
    openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-out', path('ecparam.pem')]);
    openssl(['pkcs8', '-topk8', '-v1', 'PBE-SHA1-3DES', '-in', path('rsa.pem'), '-passout', 'pass:secret', '-out', path('rsa-3des.pem')]);
    for (const name of ['rsa', 'ecdsa384', 'ecparam']) {
      chmodSync(path(`${name}.pem`), 0o600);
      writeFileSync(path(`${name}.pub`), sshKeygen(['-y', '-f', path(`${name}.pem`)]));
    }
    // ssh-keygen 9.2 reads neither a PKCS#8 Ed25519 private key nor its SPKI public key ("invalid format",
    // "unsupported pubkey type"), so the .pub is built from the 32 key bytes at the end of openssl's SPKI.
    const spki = execFileSync('openssl', ['pkey', '-in', path('ed25519.pem'), '-pubout', '-outform', 'DER']);
    const blob = wireBlob('ssh-ed25519', spki.subarray(spki.length - 32));
    writeFileSync(path('ed25519.pub'), `ssh-ed25519 ${blob.toString('base64')} openssl\n`);
  });

  const plain: [string, string, string][] = [
    ['ed25519', 'ssh-ed25519', 'genpkey -algorithm ed25519'],
    ['rsa', 'ssh-rsa', 'genpkey -algorithm RSA'],
    ['ecdsa384', 'ecdsa-sha2-nistp384', 'genpkey -algorithm EC (P-384)'],
    ['ecparam', 'ecdsa-sha2-nistp256', 'ecparam -genkey (EC PARAMETERS + EC PRIVATE KEY)'],
  ];
  for (const [name, type, how] of plain) {
    it(`reads a key from openssl ${how}`, () => {
      const text = readFileSync(path(`${name}.pem`), 'utf8');
      const [expected] = keygenList(path(`${name}.pub`));
      const result = inventory(text, `tls/${name}.pem`);
      const key = onlyKey(result);
      assert.deepEqual(
        [key.type, key.bits, key.fingerprint, key.source, key.format, key.encrypted],
        [type, expected!.bits, expected!.fingerprint, 'private-key', name === 'ecparam' ? 'pem' : 'pkcs8', false],
      );
      assert.equal(key.line, name === 'ecparam' ? 4 : 1);
      assert.equal(rulesOf(result)[0], 'private-key');
    });
  }

  it('reads an openssl pkcs8 -v1 PBE-SHA1-3DES key as encrypted, without a fingerprint', () => {
    const text = readFileSync(path('rsa-3des.pem'), 'utf8');
    assert.match(text, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
    const result = inventory(text, 'tls/rsa-3des.pem');
    const key = onlyKey(result);
    assert.deepEqual([key.format, key.encrypted, key.fingerprint, key.bits], ['pkcs8', true, null, null]);
    assert.deepEqual(rulesOf(result), ['private-key']);
  });
});

describe('private keys embedded in other files', () => {
  const dir = tempDir();
  let openssh = '';
  let pem = '';
  let opensshFingerprint = '';
  let pemFingerprint = '';

  before(() => {
    const edPath = generateKey(dir, 'ed25519', 'ed25519');
    const rsaPath = generateKey(dir, 'rsa', 'rsa', ['-b', '2048']);
    sshKeygen(['-q', '-p', '-P', '', '-N', '', '-m', 'PEM', '-f', rsaPath]);
    openssh = readFileSync(edPath, 'utf8');
    pem = readFileSync(rsaPath, 'utf8');
    opensshFingerprint = keygenList(`${edPath}.pub`)[0]!.fingerprint;
    pemFingerprint = keygenList(`${rsaPath}.pub`)[0]!.fingerprint;
  });

  it('reads keys inside JSON strings with literal \\n escapes', () => {
    const windows = openssh.replace(/\n/g, '\r\n');
    const text = JSON.stringify({ name: 'deploy', ssh: { private_key: openssh }, tls: { key: pem }, windows }, null, 2) + '\n';
    assert.ok(text.includes('-----BEGIN OPENSSH PRIVATE KEY-----\\n'), 'JSON.stringify escapes the newlines');
    const result = inventory(text, 'config/secrets.json');
    assert.deepEqual(
      result.keys.map((key) => [key.line, key.type, key.fingerprint, key.format, key.encrypted]),
      [
        [4, 'ssh-ed25519', opensshFingerprint, 'openssh', false],
        [7, 'ssh-rsa', pemFingerprint, 'pem', false],
        [9, 'ssh-ed25519', opensshFingerprint, 'openssh', false],
      ],
    );
    assert.deepEqual(rulesOf(result), ['private-key', 'private-key', 'legacy-rsa-key', 'private-key']);
  });

  it('reads keys inside indented YAML block scalars', () => {
    const indent = (block: string, by: string): string =>
      block
        .trimEnd()
        .split('\n')
        .map((line) => by + line)
        .join('\n');
    const text = [
      'deploy:',
      '  user: deploy',
      '  private_key: |',
      indent(openssh, '    '),
      '  tls:',
      '    key: |-',
      indent(pem, '      '),
      '  host: example.com',
      '',
    ].join('\n');
    const result = inventory(text, 'ansible/group_vars/all.yml');
    assert.deepEqual(
      result.keys.map((key) => [key.line, key.type, key.fingerprint, key.format, key.source]),
      [
        [4, 'ssh-ed25519', opensshFingerprint, 'openssh', 'private-key'],
        [4 + openssh.trimEnd().split('\n').length + 2, 'ssh-rsa', pemFingerprint, 'pem', 'private-key'],
      ],
    );
  });

  it('reads a key commented out line by line in a shell script', () => {
    const commented = openssh
      .trimEnd()
      .split('\n')
      .map((line) => `# ${line}`)
      .join('\n');
    const text = `#!/bin/sh\n# old key, do not use:\n${commented}\nexit 0\n`;
    const key = onlyKey(inventory(text, 'scripts/setup.sh'));
    assert.deepEqual([key.line, key.fingerprint, key.format], [3, opensshFingerprint, 'openssh']);
  });
});
