/**
 * Text that names key types or key armour without holding a key must yield no key and no finding; text
 * that holds a damaged key must yield invalid-key, as ssh-keygen refuses it too.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { inventory, rulesOf } from '../helpers/inventory.js';
import { generateKey, keygenList, tempDir, wireBlob } from '../helpers/openssh.js';

describe('text that is not a key', () => {
  const dir = tempDir();
  let rsaBase64 = '';
  let spki = '';
  let opensshBody = '';

  before(() => {
    const rsa = generateKey(dir, 'rsa', 'rsa', ['-b', '2048']);
    rsaBase64 = readFileSync(`${rsa}.pub`, 'utf8').split(' ')[1]!;
    opensshBody = readFileSync(rsa, 'utf8').split('\n')[1]!;
    spki = execFileSync('ssh-keygen', ['-e', '-m', 'PKCS8', '-f', `${rsa}.pub`], { encoding: 'utf8' });
  });

  // [what, path, text]; functions so that the keys generated in before() are there when they run.
  const cases: [string, string, () => string][] = [
    ['an elided ssh-rsa key', 'README.md', () => 'Add your key (`ssh-rsa AAAA...`) to the list.\n'],
    ['an elided ssh-ed25519 key', 'README.md', () => 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA... you@laptop\n'],
    ['a full-width prefix of a real key, elided with ...', 'docs/setup.md', () => `ssh-rsa ${rsaBase64.slice(0, 120)}... you@laptop\n`],
    [
      'a full-width prefix of a real key, elided with a Unicode ellipsis',
      'docs/setup.md',
      () => `ssh-rsa ${rsaBase64.slice(0, 120)}\u2026 you@laptop\n`,
    ],
    ['a type name in a string literal', 'src/types.ts', () => "const t = 'ssh-rsa';\n"],
    ['a type name in a comparison', 'src/check.ts', () => 'if (type === "ssh-ed25519") {\n  return 256;\n}\n'],
    [
      'a list of type names',
      'src/types.py',
      () => 'TYPES = ["ssh-rsa", "ssh-dss", "ssh-ed25519", "ecdsa-sha2-nistp256", "sk-ssh-ed25519@openssh.com"]\n',
    ],
    [
      'an sshd_config algorithm list',
      'etc/ssh/sshd_config',
      () =>
        'HostKeyAlgorithms ssh-ed25519-cert-v01@openssh.com,ssh-ed25519,ecdsa-sha2-nistp256,rsa-sha2-512\nPubkeyAcceptedAlgorithms +ssh-rsa\n',
    ],
    ['a PEM placeholder', 'docs/deploy.md', () => '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n'],
    [
      'a PEM placeholder inviting a paste',
      'docs/deploy.md',
      () =>
        '-----BEGIN OPENSSH PRIVATE KEY-----\n<paste the private key that the deploy job uses to reach the staging hosts here>\n-----END OPENSSH PRIVATE KEY-----\n',
    ],
    [
      'an elided private key body',
      'docs/deploy.md',
      () => `-----BEGIN OPENSSH PRIVATE KEY-----\n${opensshBody}\n...\n-----END OPENSSH PRIVATE KEY-----\n`,
    ],
    [
      'code that recognises PEM armour',
      'src/pem.py',
      () =>
        [
          'def kind_of(line):',
          '    if line.startswith("-----BEGIN RSA PRIVATE KEY-----"):',
          '        return "rsa"',
          '    elif line.startswith("-----BEGIN OPENSSH PRIVATE KEY-----"):',
          '        return "openssh"',
          '    raise ValueError("unsupported private key format in the file given on the command line")',
          '',
        ].join('\n'),
    ],
    [
      'code that names the armour in a constant',
      'src/pem.ts',
      () =>
        [
          "const PEM_HEADER = '-----BEGIN OPENSSH PRIVATE KEY-----';",
          'export function isKey(text: string): boolean {',
          "  return text.trimStart().startsWith(PEM_HEADER) && text.includes('-----END OPENSSH PRIVATE KEY-----');",
          '}',
          '',
        ].join('\n'),
    ],
    [
      'an RFC 4716 marker in code',
      'src/rfc4716.ts',
      () => "if (line === '---- BEGIN SSH2 PUBLIC KEY ----') {\n  inBlock = true; // the header lines follow, then the base64 body\n}\n",
    ],
    ['a PEM public key (SubjectPublicKeyInfo)', 'tls/key.pub.pem', () => spki],
    [
      'the PuTTY header in prose',
      'docs/putty.md',
      () => 'A file that starts with PuTTY-User-Key-File-3: ssh-rsa is a PuTTY key; convert it with puttygen.\n',
    ],
  ];

  for (const [what, path, text] of cases) {
    it(`finds nothing in ${what}`, () => {
      const result = inventory(text(), path);
      assert.deepEqual(result.keys, []);
      assert.deepEqual(result.findings, []);
    });
  }

  it('finds nothing in an X.509 certificate', () => {
    const certificate = execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        join(dir, 'tls.key'),
        '-subj',
        '/CN=test',
        '-days',
        '1',
      ],
      { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] },
    );
    assert.match(certificate, /^-----BEGIN CERTIFICATE-----\n/);
    const result = inventory(certificate, 'tls/cert.pem');
    assert.deepEqual([result.keys, result.findings], [[], []]);
  });
});

describe('damaged keys', () => {
  const dir = tempDir();
  let ed25519Base64 = '';
  let rsaBase64 = '';
  let opensshPrivate = '';

  before(() => {
    const ed = generateKey(dir, 'ed25519', 'ed25519');
    const rsa = generateKey(dir, 'rsa', 'rsa', ['-b', '2048']);
    ed25519Base64 = readFileSync(`${ed}.pub`, 'utf8').split(' ')[1]!;
    rsaBase64 = readFileSync(`${rsa}.pub`, 'utf8').split(' ')[1]!;
    opensshPrivate = readFileSync(rsa, 'utf8');
  });

  /** ssh-keygen -l must refuse the text as well. */
  function assertKeygenRefuses(text: string): void {
    const file = join(dir, 'damaged.pub');
    writeFileSync(file, text);
    assert.throws(() => keygenList(file), /not a public key file/);
  }

  const damaged: [string, () => string, RegExp][] = [
    [
      'full-length garbage after ssh-ed25519',
      () =>
        `ssh-ed25519 ${Buffer.from('not a key blob, just bytes that happen to be long enough to look like one').toString('base64')} x\n`,
      /does not decode/,
    ],
    [
      'an ssh-rsa label on an Ed25519 blob',
      () => `ssh-rsa ${ed25519Base64} relabelled\n`,
      /labelled ssh-rsa but its data is a ssh-ed25519 key/,
    ],
    [
      'a truncated RSA blob',
      () => `ssh-rsa ${Buffer.from(rsaBase64, 'base64').subarray(0, 200).toString('base64')} cut@short\n`,
      /truncated/,
    ],
    [
      'an Ed25519 blob with a trailing byte',
      () => `ssh-ed25519 ${Buffer.concat([Buffer.from(ed25519Base64, 'base64'), Buffer.from([0])]).toString('base64')} x\n`,
      /unexpected bytes/,
    ],
    [
      'an Ed25519 key of 31 bytes',
      () => `ssh-ed25519 ${wireBlob('ssh-ed25519', Buffer.alloc(31, 7)).toString('base64')}AAAA x\n`,
      /does not decode/,
    ],
  ];

  for (const [what, text, message] of damaged) {
    it(`reports ${what} as invalid-key and inventories no key`, () => {
      assertKeygenRefuses(text());
      const result = inventory(text(), 'keys/damaged.pub');
      assert.deepEqual(result.keys, []);
      assert.deepEqual(rulesOf(result), ['invalid-key']);
      assert.match(result.findings[0]!.message, message);
      assert.deepEqual([result.findings[0]!.line, result.findings[0]!.fingerprint], [1, null]);
    });
  }

  it('reports a private key block cut after its first lines as a private key that does not decode', () => {
    const lines = opensshPrivate.split('\n');
    const text = [lines[0], lines[1], lines[2], lines.at(-2), ''].join('\n');
    const result = inventory(text, 'secrets/id_rsa');
    assert.deepEqual(rulesOf(result), ['private-key', 'invalid-key']);
    assert.deepEqual(
      result.keys.map((key) => [key.source, key.format, key.fingerprint]),
      [['private-key', 'openssh', null]],
    );
  });
});
