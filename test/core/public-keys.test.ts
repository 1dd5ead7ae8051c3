/**
 * OpenSSH public key text in every form the scanner meets it, read through inventoryBytes() and compared
 * with `ssh-keygen -l -E sha256` on the same keys: .pub lines, security-key (sk-*) keys, RFC 4716 blocks
 * and keys embedded in configuration files.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { inventory, onlyKey, rulesOf } from '../helpers/inventory.js';
import { generateKey, keygenKind, keygenList, sshKeygen, tempDir, wireBlob } from '../helpers/openssh.js';

interface PublicLine {
  type: string;
  base64: string;
  comment: string;
}

function readPublicLine(path: string): PublicLine {
  const [type, base64, ...comment] = readFileSync(path, 'utf8').trim().split(' ');
  return { type: type!, base64: base64!, comment: comment.join(' ') };
}

describe('OpenSSH .pub lines against ssh-keygen -l', () => {
  const dir = tempDir();
  // [name, ssh-keygen -t, extra arguments, the rules the default policy (2048-bit RSA minimum) raises]
  const cases: [string, string, string[], string[]][] = [
    ['rsa1024', 'rsa', ['-b', '1024'], ['weak-rsa-key']],
    // An odd size: bits are the bit length of the modulus, not its byte length times 8.
    ['rsa2047', 'rsa', ['-b', '2047'], ['weak-rsa-key']],
    ['rsa2048', 'rsa', ['-b', '2048'], ['legacy-rsa-key']],
    ['rsa3072', 'rsa', ['-b', '3072'], ['legacy-rsa-key']],
    ['rsa4096', 'rsa', ['-b', '4096'], ['legacy-rsa-key']],
    ['dsa', 'dsa', [], ['dsa-key']],
    ['ecdsa256', 'ecdsa', ['-b', '256'], []],
    ['ecdsa384', 'ecdsa', ['-b', '384'], []],
    ['ecdsa521', 'ecdsa', ['-b', '521'], []],
    ['ed25519', 'ed25519', [], []],
  ];
  const pub = (name: string): string => join(dir, `${name}.pub`);

  before(() => {
    for (const [name, type, extra] of cases) generateKey(dir, name, type, extra);
  });

  for (const [name, , , rules] of cases) {
    it(`reads ${name}.pub with ssh-keygen's type, bits, fingerprint and comment`, () => {
      const line = readPublicLine(pub(name));
      const [expected] = keygenList(pub(name));
      const result = inventory(readFileSync(pub(name)), `keys/${name}.pub`);
      const key = onlyKey(result);
      assert.equal(key.type, line.type);
      assert.equal(keygenKind(key.type), expected!.kind);
      assert.equal(key.bits, expected!.bits);
      assert.equal(key.fingerprint, expected!.fingerprint);
      assert.equal(key.comment, expected!.comment);
      assert.equal(key.comment, `${name}@test`);
      assert.equal(key.source, 'public-key');
      assert.equal(key.path, `keys/${name}.pub`);
      assert.equal(key.line, 1);
      assert.equal(key.certificate, undefined);
      assert.equal(key.encrypted, undefined);
      assert.equal(key.options, undefined);
      assert.equal(key.marker, undefined);
      assert.deepEqual(rulesOf(result), rules);
      assert.ok(result.findings.every((finding) => finding.fingerprint === expected!.fingerprint && finding.line === 1));
    });
  }

  it('reads a file of every type with CRLF line endings, line by line', () => {
    const text = cases.map(([name]) => readFileSync(pub(name), 'utf8').trimEnd() + '\r\n').join('');
    const file = join(dir, 'crlf.pub');
    writeFileSync(file, text);
    const expected = keygenList(file);
    const { keys } = inventory(text, 'crlf.pub');
    assert.equal(keys.length, cases.length);
    keys.forEach((key, index) => {
      assert.equal(key.line, index + 1);
      assert.equal(key.bits, expected[index]!.bits);
      assert.equal(key.fingerprint, expected[index]!.fingerprint);
      assert.equal(keygenKind(key.type), expected[index]!.kind);
      // ssh-keygen 9.2 keeps the carriage return in the comment it prints; the scanner does not.
      assert.equal(expected[index]!.comment, `${cases[index]![0]}@test\r`);
      assert.equal(key.comment, `${cases[index]![0]}@test`);
    });
  });

  it('reads lines with leading blanks and tab separators as ssh-keygen does', () => {
    const text = cases
      .map(([name], index) => {
        const line = readPublicLine(pub(name));
        return `${index % 2 === 0 ? '   ' : '\t '}${line.type}\t${line.base64}\t \t${line.comment}\n`;
      })
      .join('');
    const file = join(dir, 'blanks.pub');
    writeFileSync(file, text);
    const expected = keygenList(file);
    const { keys } = inventory(text, 'blanks.pub');
    assert.deepEqual(
      keys.map((key) => [key.line, key.bits, key.fingerprint, keygenKind(key.type), key.comment, key.source]),
      expected.map((entry, index) => [index + 1, entry.bits, entry.fingerprint, entry.kind, entry.comment, 'public-key']),
    );
  });

  it('keeps comments with spaces and UTF-8 comments as ssh-keygen prints them', () => {
    const line = readPublicLine(pub('ed25519'));
    const comments = ['work laptop (2024) key', 'clé@hôte', 'Jürgen Øberg <j@example.com>', 'key  with  doubled  blanks'];
    for (const comment of comments) {
      const text = `${line.type} ${line.base64} ${comment}\n`;
      const file = join(dir, 'commented.pub');
      writeFileSync(file, text, 'utf8');
      const [expected] = keygenList(file);
      const key = onlyKey(inventory(Buffer.from(text, 'utf8'), 'commented.pub'));
      assert.equal(key.comment, comment);
      assert.equal(key.comment, expected!.comment);
      assert.equal(key.fingerprint, expected!.fingerprint);
    }
  });

  it('reports a key without a comment with comment null', () => {
    const line = readPublicLine(pub('ecdsa384'));
    const file = join(dir, 'bare.pub');
    writeFileSync(file, `${line.type} ${line.base64}\n`);
    const [expected] = keygenList(file);
    assert.equal(expected!.comment, 'no comment');
    const key = onlyKey(inventory(readFileSync(file), 'bare.pub'));
    assert.equal(key.comment, null);
    assert.equal(key.fingerprint, expected!.fingerprint);
    assert.equal(key.bits, 384);
  });

  it('reads a .pub file without a trailing newline and with blank lines and # comments around it', () => {
    const line = readPublicLine(pub('ecdsa521'));
    const text = `# team keys\n\n\n${line.type} ${line.base64} ${line.comment}`;
    const key = onlyKey(inventory(text, 'team.pub'));
    assert.equal(key.line, 4);
    assert.equal(key.fingerprint, keygenList(pub('ecdsa521'))[0]!.fingerprint);
    assert.equal(key.comment, line.comment);
  });
});

describe('FIDO security-key (sk-*) public keys against ssh-keygen -l', () => {
  const dir = tempDir();
  const file = join(dir, 'security-keys.pub');
  let text = '';

  before(() => {
    // ssh-keygen needs the hardware to make these, so the wire blobs are written by hand (PROTOCOL.u2f).
    const edBlob = wireBlob('sk-ssh-ed25519@openssh.com', randomBytes(32), 'ssh:');
    const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' });
    const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x!, 'base64url'), Buffer.from(jwk.y!, 'base64url')]);
    const ecdsaBlob = wireBlob('sk-ecdsa-sha2-nistp256@openssh.com', 'nistp256', point, 'ssh:');
    const appBlob = wireBlob('sk-ssh-ed25519@openssh.com', randomBytes(32), 'ssh:git-signing');
    text = [
      `sk-ssh-ed25519@openssh.com ${edBlob.toString('base64')} yubikey@desk`,
      `sk-ecdsa-sha2-nistp256@openssh.com ${ecdsaBlob.toString('base64')} solokey@desk`,
      `sk-ssh-ed25519@openssh.com ${appBlob.toString('base64')} signing key`,
      '',
    ].join('\n');
    writeFileSync(file, text);
  });

  it('reads sk-ssh-ed25519 and sk-ecdsa-sha2-nistp256 keys with ssh-keygen fingerprints', () => {
    const expected = keygenList(file);
    assert.deepEqual(
      expected.map((entry) => [entry.bits, entry.kind]),
      [
        [256, 'ED25519-SK'],
        [256, 'ECDSA-SK'],
        [256, 'ED25519-SK'],
      ],
    );
    const result = inventory(text, 'keys/security-keys.pub');
    assert.deepEqual(
      result.keys.map((key) => [key.type, key.bits, key.fingerprint, key.comment, key.line, key.source]),
      [
        ['sk-ssh-ed25519@openssh.com', 256, expected[0]!.fingerprint, 'yubikey@desk', 1, 'public-key'],
        ['sk-ecdsa-sha2-nistp256@openssh.com', 256, expected[1]!.fingerprint, 'solokey@desk', 2, 'public-key'],
        ['sk-ssh-ed25519@openssh.com', 256, expected[2]!.fingerprint, 'signing key', 3, 'public-key'],
      ],
    );
    assert.deepEqual(result.findings, []);
  });
});

describe('RFC 4716 public key blocks against ssh-keygen -e / -i', () => {
  const dir = tempDir();
  const names: [string, string, string[]][] = [
    ['rsa', 'rsa', ['-b', '2048']],
    ['ed25519', 'ed25519', []],
    ['ecdsa256', 'ecdsa', ['-b', '256']],
    ['ecdsa521', 'ecdsa', ['-b', '521']],
  ];

  before(() => {
    for (const [name, type, extra] of names) {
      const path = generateKey(dir, name, type, extra);
      writeFileSync(`${path}.rfc`, sshKeygen(['-e', '-f', `${path}.pub`]));
    }
  });

  for (const [name] of names) {
    it(`reads the ssh-keygen -e export of ${name} with the fingerprint of the .pub it came from`, () => {
      const path = join(dir, name);
      const exported = readFileSync(`${path}.rfc`, 'utf8');
      const header = /^Comment: "(.*)"$/m.exec(exported);
      assert.ok(header, 'ssh-keygen -e writes a quoted Comment header');
      const [expected] = keygenList(`${path}.pub`);
      const key = onlyKey(inventory(exported, `keys/${name}.rfc`));
      assert.equal(key.source, 'public-key');
      assert.equal(key.format, 'rfc4716');
      assert.equal(key.type, readPublicLine(`${path}.pub`).type);
      assert.equal(key.bits, expected!.bits);
      assert.equal(key.fingerprint, expected!.fingerprint);
      assert.equal(key.comment, header[1]);
      assert.equal(key.line, 1);
    });
  }

  it('reads continued headers, a bare comment and CRLF, where ssh-keygen -i agrees on the key', () => {
    const line = readPublicLine(join(dir, 'rsa.pub'));
    const body = line.base64.match(/.{1,70}/g)!;
    const block = [
      '---- BEGIN SSH2 PUBLIC KEY ----',
      'Subject: builder',
      'Comment: clé de \\',
      'la ferme',
      'x-Private-Note: something the \\',
      'reader skips',
      ...body,
      '---- END SSH2 PUBLIC KEY ----',
      '',
    ].join('\r\n');
    const file = join(dir, 'handwritten.rfc');
    writeFileSync(file, block, 'utf8');
    const converted = join(dir, 'converted.pub');
    writeFileSync(converted, sshKeygen(['-i', '-f', file]));
    const [expected] = keygenList(converted);
    // ssh-keygen -i only reads a file that starts with the BEGIN line; the scanner finds the block anywhere.
    const text = `Key material for the build farm:\r\n\r\n${block}`;
    const key = onlyKey(inventory(Buffer.from(text, 'utf8'), 'handwritten.rfc'));
    assert.equal(key.fingerprint, expected!.fingerprint);
    assert.equal(key.bits, 2048);
    assert.equal(key.comment, 'clé de la ferme');
    assert.equal(key.line, 3);
    assert.equal(key.format, 'rfc4716');
  });
});

describe('keys embedded in configuration files', () => {
  const dir = tempDir();
  let ed25519: PublicLine;
  let rsa: PublicLine;
  let ed25519Fingerprint = '';
  let rsaFingerprint = '';

  before(() => {
    const edPath = generateKey(dir, 'embedded-ed25519', 'ed25519');
    const rsaPath = generateKey(dir, 'embedded-rsa', 'rsa', ['-b', '2048']);
    ed25519 = readPublicLine(`${edPath}.pub`);
    rsa = readPublicLine(`${rsaPath}.pub`);
    ed25519Fingerprint = keygenList(`${edPath}.pub`)[0]!.fingerprint;
    rsaFingerprint = keygenList(`${rsaPath}.pub`)[0]!.fingerprint;
  });

  it('reads a Terraform public_key string, the comment ending at the closing quote', () => {
    const text = [
      'resource "aws_key_pair" "deployer" {',
      '  key_name   = "deployer-key"',
      `  public_key = "${ed25519.type} ${ed25519.base64} user@host"`,
      '}',
      '',
    ].join('\n');
    const key = onlyKey(inventory(text, 'infra/main.tf'));
    assert.deepEqual(
      [key.source, key.line, key.type, key.bits, key.fingerprint, key.comment],
      ['embedded', 3, 'ssh-ed25519', 256, ed25519Fingerprint, 'user@host'],
    );
  });

  it('reads a cloud-init ssh_authorized_keys list item', () => {
    const text = [
      '#cloud-config',
      'users:',
      '  - name: me',
      '    ssh_authorized_keys:',
      `      - ${rsa.type} ${rsa.base64} me`,
      '    shell: /bin/bash',
      '',
    ].join('\n');
    const result = inventory(text, 'cloud-init/user-data.yaml');
    const key = onlyKey(result);
    assert.deepEqual(
      [key.source, key.line, key.type, key.bits, key.fingerprint, key.comment],
      ['embedded', 5, 'ssh-rsa', 2048, rsaFingerprint, 'me'],
    );
    assert.deepEqual(rulesOf(result), ['legacy-rsa-key']);
    assert.equal(result.findings[0]!.line, 5);
  });

  it('reads a JSON string value with and without a comment', () => {
    const text = [
      '{',
      '  "name": "deploy",',
      `  "key": "${ed25519.type} ${ed25519.base64}",`,
      `  "backup": "${rsa.type} ${rsa.base64} ci@example.com"`,
      '}',
      '',
    ].join('\n');
    const { keys } = inventory(text, 'config/keys.json');
    assert.deepEqual(
      keys.map((key) => [key.source, key.line, key.type, key.fingerprint, key.comment]),
      [
        ['embedded', 3, 'ssh-ed25519', ed25519Fingerprint, null],
        ['embedded', 4, 'ssh-rsa', rsaFingerprint, 'ci@example.com'],
      ],
    );
  });

  it('reads a key echoed into authorized_keys by a Dockerfile', () => {
    const text = [
      'FROM debian:12',
      'RUN apt-get update && apt-get install -y openssh-server',
      'RUN mkdir -p /root/.ssh',
      `RUN echo "${ed25519.type} ${ed25519.base64} deploy" >> /root/.ssh/authorized_keys`,
      '',
    ].join('\n');
    const key = onlyKey(inventory(text, 'Dockerfile'));
    assert.deepEqual([key.source, key.line, key.fingerprint, key.comment, key.bits], ['embedded', 4, ed25519Fingerprint, 'deploy', 256]);
  });

  it('reads a key right after a program named like a key type (ssh-agent, ssh-keygen), as 752e7e3 did', () => {
    const text = [
      `eval $(ssh-agent ${ed25519.type} ${ed25519.base64} agent@host)`,
      `ssh-keygen -lf - <<< "ssh-keygen ${rsa.type} ${rsa.base64} gen@host"`,
      '',
    ].join('\n');
    const { keys } = inventory(text, 'scripts/setup.sh');
    assert.deepEqual(
      keys.map((key) => [key.line, key.fingerprint, key.comment]),
      [
        [1, ed25519Fingerprint, 'agent@host)'],
        [2, rsaFingerprint, 'gen@host'],
      ],
    );
  });

  it('reads two keys on one line of a YAML flow sequence, each with its own comment', () => {
    const text = `keys: ["${ed25519.type} ${ed25519.base64} a@one", '${rsa.type} ${rsa.base64} b@two']\n`;
    const { keys } = inventory(text, 'keys.yml');
    assert.deepEqual(
      keys.map((key) => [key.line, key.fingerprint, key.comment]),
      [
        [1, ed25519Fingerprint, 'a@one'],
        [1, rsaFingerprint, 'b@two'],
      ],
    );
  });
});
