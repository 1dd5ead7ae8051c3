/**
 * authorized_keys lines with options and known_hosts lines (plain, [host]:port, hashed, markers), read
 * through inventoryBytes() and compared with `ssh-keygen -l -E sha256 -f` on the same file.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { inventory } from '../helpers/inventory.js';
import { generateKey, keygenKind, keygenList, sshKeygen, tempDir, wireBlob } from '../helpers/openssh.js';

/** `type base64` of a generated key, without its comment. */
function keyText(publicPath: string): string {
  return readFileSync(publicPath, 'utf8').split(' ').slice(0, 2).join(' ');
}

describe('authorized_keys lines with options against ssh-keygen -l', () => {
  const dir = tempDir();
  const file = join(dir, 'authorized_keys');
  // [options prefix, key name, comment, option names the scanner reports]
  const lines: [string, string, string, string[]][] = [
    ['command="echo a,b \\"q\\"",no-pty', 'ed25519', 'ops@bastion', ['command', 'no-pty']],
    ['from="10.0.0.0/8"', 'ecdsa256', '', ['from']],
    ['restrict', 'rsa', 'backup@nas', ['restrict']],
    ['environment="A=b"', 'ed25519b', 'env user', ['environment']],
    ['cert-authority,principals="a,b"', 'ecdsa384', 'user-ca', ['cert-authority', 'principals']],
    ['expiry-time="20300101"', 'ecdsa521', 'temporary', ['expiry-time']],
    ['no-touch-required', 'sk', 'yubikey', ['no-touch-required']],
    ['', 'dsa', 'legacy', []],
    [
      'restrict,port-forwarding,permitopen="localhost:8080",permitlisten="8080",tunnel="0"',
      'ed25519',
      'tunnel',
      ['restrict', 'port-forwarding', 'permitopen', 'permitlisten', 'tunnel'],
    ],
    ['No-Pty,No-X11-Forwarding', 'ecdsa256', 'shouting', ['no-pty', 'no-x11-forwarding']],
  ];
  let text = '';

  before(() => {
    generateKey(dir, 'ed25519', 'ed25519');
    generateKey(dir, 'ed25519b', 'ed25519');
    generateKey(dir, 'ecdsa256', 'ecdsa', ['-b', '256']);
    generateKey(dir, 'ecdsa384', 'ecdsa', ['-b', '384']);
    generateKey(dir, 'ecdsa521', 'ecdsa', ['-b', '521']);
    generateKey(dir, 'rsa', 'rsa', ['-b', '2048']);
    generateKey(dir, 'dsa', 'dsa');
    const sk = wireBlob('sk-ssh-ed25519@openssh.com', randomBytes(32), 'ssh:');
    writeFileSync(join(dir, 'sk.pub'), `sk-ssh-ed25519@openssh.com ${sk.toString('base64')} yubikey\n`);
    const body = lines.map(([options, name, comment]) =>
      [options, keyText(join(dir, `${name}.pub`)), comment].filter((part) => part !== '').join(' '),
    );
    text = ['# managed by hand', '', ...body, ''].join('\n');
    writeFileSync(file, text);
  });

  it('fingerprints every line as ssh-keygen -l does', () => {
    const expected = keygenList(file);
    const { keys } = inventory(text, 'home/deploy/.ssh/authorized_keys');
    assert.equal(expected.length, lines.length);
    // ssh-keygen 9.2 prints stale text (the options, or the previous line) as the comment of a key line
    // without one, so only type, bits and fingerprint are compared with it.
    assert.deepEqual(
      keys.map((key) => [keygenKind(key.type), key.bits, key.fingerprint]),
      expected.map((entry) => [entry.kind, entry.bits, entry.fingerprint]),
    );
  });

  it('reports source, option names, comment and line of each key', () => {
    const { keys } = inventory(text, 'home/deploy/.ssh/authorized_keys');
    assert.deepEqual(
      keys.map((key) => [key.line, key.source, key.options, key.comment]),
      lines.map(([, , comment, options], index) => [
        index + 3,
        'authorized-keys',
        options.length > 0 ? options : undefined,
        comment === '' ? null : comment,
      ]),
    );
  });

  it('reads the same file with CRLF line endings alike, without carriage returns in the comments', () => {
    const crlf = inventory(text.replace(/\n/g, '\r\n'), 'home/deploy/.ssh/authorized_keys');
    const lf = inventory(text, 'home/deploy/.ssh/authorized_keys');
    assert.deepEqual(crlf, lf);
  });

  it('raises the key rules on the lines they belong to', () => {
    const result = inventory(text, 'home/deploy/.ssh/authorized_keys');
    assert.deepEqual(
      result.findings.map((finding) => [finding.rule, finding.line]),
      [
        ['legacy-rsa-key', 5],
        ['dsa-key', 10],
      ],
    );
  });

  it('takes an option list as authorized_keys options in any file, and a bare key as authorized-keys only in one so named', () => {
    const optioned = inventory(`${lines[0]![0]} ${keyText(join(dir, 'ed25519.pub'))}\n`, 'docs/example.txt');
    assert.equal(optioned.keys[0]!.source, 'authorized-keys');
    assert.deepEqual(optioned.keys[0]!.options, ['command', 'no-pty']);
    const bare = inventory(`${keyText(join(dir, 'ed25519.pub'))} x\n`, 'docs/example.txt');
    assert.equal(bare.keys[0]!.source, 'public-key');
  });
});

describe('known_hosts lines against ssh-keygen -l', () => {
  const dir = tempDir();
  const plainFile = join(dir, 'known_hosts');
  const hashedFile = join(dir, 'hashed', 'known_hosts');
  let plain = '';
  const pub = (name: string): string => join(dir, `${name}.pub`);

  before(() => {
    generateKey(dir, 'host-ed25519', 'ed25519');
    generateKey(dir, 'host-ecdsa', 'ecdsa', ['-b', '256']);
    generateKey(dir, 'host-ca', 'ed25519');
    generateKey(dir, 'revoked-rsa', 'rsa', ['-b', '1024']);
    generateKey(dir, 'host-rsa', 'rsa', ['-b', '2048']);
    plain = [
      `host.example.com,1.2.3.4 ${keyText(pub('host-ed25519'))}`,
      `[host.example.com]:2222 ${keyText(pub('host-ecdsa'))}`,
      `@cert-authority *.example.com ${keyText(pub('host-ca'))}`,
      `@revoked bad.example.com ${keyText(pub('revoked-rsa'))}`,
      `other.example.com ${keyText(pub('host-rsa'))} added by hand`,
      '',
    ].join('\n');
    writeFileSync(plainFile, plain);
    mkdirSync(join(dir, 'hashed'));
    writeFileSync(hashedFile, plain);
    sshKeygen(['-H', '-f', hashedFile]);
  });

  it('fingerprints plain and [host]:port lines as ssh-keygen -l does, which skips marker lines', () => {
    const expected = keygenList(plainFile);
    const { keys } = inventory(plain, 'home/me/.ssh/known_hosts');
    assert.equal(keys.length, 5);
    const unmarked = keys.filter((key) => key.marker === undefined);
    assert.deepEqual(
      unmarked.map((key) => [keygenKind(key.type), key.bits, key.fingerprint]),
      expected.map((entry) => [entry.kind, entry.bits, entry.fingerprint]),
    );
    // ssh-keygen prints the host field where a line has no comment of its own.
    assert.deepEqual(
      expected.map((entry) => entry.comment),
      ['host.example.com,1.2.3.4', '[host.example.com]:2222', 'added by hand'],
    );
  });

  it('fingerprints @cert-authority and @revoked lines as ssh-keygen -l does their own .pub', () => {
    const { keys } = inventory(plain, 'home/me/.ssh/known_hosts');
    const ca = keys.find((key) => key.marker === 'cert-authority')!;
    const revoked = keys.find((key) => key.marker === 'revoked')!;
    const [caExpected] = keygenList(pub('host-ca'));
    const [revokedExpected] = keygenList(pub('revoked-rsa'));
    assert.deepEqual([ca.line, ca.type, ca.bits, ca.fingerprint], [3, 'ssh-ed25519', caExpected!.bits, caExpected!.fingerprint]);
    assert.deepEqual(
      [revoked.line, revoked.type, revoked.bits, revoked.fingerprint],
      [4, 'ssh-rsa', revokedExpected!.bits, revokedExpected!.fingerprint],
    );
  });

  it('reports source known-hosts, the marker, the comment and the line of each entry', () => {
    const result = inventory(plain, 'home/me/.ssh/known_hosts');
    assert.deepEqual(
      result.keys.map((key) => [key.line, key.source, key.marker, key.comment]),
      [
        [1, 'known-hosts', undefined, null],
        [2, 'known-hosts', undefined, null],
        [3, 'known-hosts', 'cert-authority', null],
        [4, 'known-hosts', 'revoked', null],
        [5, 'known-hosts', undefined, 'added by hand'],
      ],
    );
    // The 1024-bit key is @revoked, which is what should happen to it: no weak-rsa-key for it.
    assert.deepEqual(
      result.findings.map((finding) => [finding.rule, finding.line]),
      [['legacy-rsa-key', 5]],
    );
  });

  it('reads a file hashed by ssh-keygen -H with the same fingerprints', () => {
    const hashed = readFileSync(hashedFile, 'utf8');
    // ssh-keygen -H writes one hashed line per name of host,1.2.3.4, keeps the wildcard @cert-authority
    // line as it was (it cannot hash a pattern) and leaves the @revoked line unhashed too.
    assert.equal((hashed.match(/^\|1\|/gm) ?? []).length, 4);
    assert.match(hashed, /^@cert-authority \*\.example\.com /m);
    assert.match(hashed, /^@revoked bad\.example\.com /m);
    const expected = keygenList(hashedFile);
    const { keys } = inventory(hashed, 'home/me/.ssh/known_hosts');
    const hashedKeys = keys.filter((key) => key.marker === undefined);
    assert.deepEqual(
      hashedKeys.map((key) => [keygenKind(key.type), key.bits, key.fingerprint, key.source]),
      expected.map((entry) => [entry.kind, entry.bits, entry.fingerprint, 'known-hosts']),
    );
    assert.deepEqual(
      keys.filter((key) => key.marker !== undefined).map((key) => key.marker),
      ['cert-authority', 'revoked'],
    );
  });

  it('needs a file named known_hosts to take a bare host name, but not a hashed or [host]:port entry', () => {
    const hashed = readFileSync(hashedFile, 'utf8');
    const hashedLine = hashed.split('\n').find((line) => line.startsWith('|1|'))!;
    const text = [
      `github.com ${keyText(pub('host-ed25519'))}`,
      hashedLine,
      `[git.example.com]:2222 ${keyText(pub('host-ecdsa'))}`,
      '',
    ].join('\n');
    const { keys } = inventory(text, 'docs/hosts.txt');
    assert.deepEqual(
      keys.map((key) => [key.line, key.source]),
      [
        [1, 'embedded'],
        [2, 'known-hosts'],
        [3, 'known-hosts'],
      ],
    );
  });
});
