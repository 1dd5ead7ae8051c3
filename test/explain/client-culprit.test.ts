/**
 * A server that refuses ssh-rsa (or ssh-dss) is refusing a SHA-1 signature the client chose: OpenSSH 8.8 and
 * later do so by default. explain must name the client software from the logs, put the client-side fix
 * first (the first release of its library with rsa-sha2, or the setting that forces ssh-rsa) and keep the
 * server-side exception last, scoped to that user and address. Server log lines are sshd 9.2's own
 * wording (auth2-pubkey.c, kex.c, auth.c); the identification strings are what each library sends.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explain, type Explanation } from '../../src/core/explain/index.js';

const PREFIX = 'Nov 29 18:40:02 app1 sshd[4242]: ';

/** An sshd log at LogLevel DEBUG1 for a client sending `ident`, refused for signing with `algorithm`. */
function serverLog(ident: string, algorithm = 'ssh-rsa', clientKex?: string): string {
  return [
    'Connection from 198.51.100.7 port 50122 on 192.0.2.30 port 22 rdomain ""',
    `debug1: Remote protocol version 2.0, remote software version ${ident}`,
    ...(clientKex ? ['debug2: peer client KEXINIT proposal [preauth]', `debug2: KEX algorithms: ${clientKex} [preauth]`] : []),
    `userauth_pubkey: signature algorithm ${algorithm} not in PubkeyAcceptedAlgorithms [preauth]`,
    'Connection closed by authenticating user deploy 198.51.100.7 port 50122 [preauth]',
  ]
    .map((line) => PREFIX + line)
    .join('\n');
}

function only(text: string): Explanation {
  const result = explain([{ name: 'auth.log', text }]);
  assert.deepEqual(
    result.explanations.map((entry) => entry.id),
    ['client-signs-with-sha1'],
  );
  return result.explanations[0]!;
}

function assertClientFirst(explanation: Explanation): void {
  const last = explanation.fixes.at(-1)!;
  assert.equal(last.kind, 'workaround');
  assert.deepEqual(last.lines, ['Match User deploy Address 198.51.100.7', '    PubkeyAcceptedAlgorithms +ssh-rsa']);
  for (const fix of explanation.fixes.slice(0, -1)) assert.doesNotMatch(fix.text, /sshd_config/, fix.text);
}

describe('explain: the client signed with SHA-1', () => {
  // Identification string, the name explain gives it, and the release its upgrade fix must name.
  const libraries: [string, RegExp, RegExp][] = [
    ['JSCH-0.1.54', /^JSch \(JSCH-0\.1\.54\)/, /replace com\.jcraft:jsch with .*com\.github\.mwiede:jsch.*JSch 0\.1\.57/],
    ['ssh2js1.4.0', /^ssh2 \(Node\.js\) \(ssh2js1\.4\.0\)/, /the ssh2 npm package.*ssh2 \(Node\.js\) 1\.12\.0 \(2023-04-29/],
    ['libssh2_1.10.0', /^libssh2 \(libssh2_1\.10\.0\)/, /libssh2 1\.11\.0 \(2023-05-30/],
    ['paramiko_2.8.1', /^Paramiko \(paramiko_2\.8\.1\)/, /paramiko.*Paramiko 2\.9\.0 \(2021-12-23/],
    ['Renci.SshNet.SshClient.2020.0.2', /^SSH\.NET /, /SSH\.NET NuGet package.*SSH\.NET 2023\.0\.0/],
    ['Go', /^Go x\/crypto\/ssh \(Go\)/, /golang\.org\/x\/crypto.*Go x\/crypto\/ssh 2022-03/],
    ['PuTTY_Release_0.74', /^PuTTY \(PuTTY_Release_0\.74\)/, /upgrade PuTTY.*PuTTY 0\.75 \(2021-05-08/],
    ['WinSCP_release_5.17.10', /^WinSCP \(WinSCP_release_5\.17\.10\)/, /upgrade WinSCP \(its SSH code is PuTTY’s/],
  ];
  for (const [ident, name, release] of libraries) {
    it(`names ${ident} and its first release with rsa-sha2 before any server change`, () => {
      const explanation = only(serverLog(ident));
      assert.match(explanation.happened, /^The client signed with ssh-rsa \(RSA with SHA-1\)/);
      assert.match(explanation.happened.split(': ').slice(1).join(': '), name);
      assert.equal(explanation.fixes[0]!.kind, 'upgrade');
      assert.match(explanation.fixes[0]!.text, /^Upgrade the client library: [a-z]/);
      assert.match(explanation.fixes[0]!.text, release);
      assert.equal(explanation.fixes[1]!.kind, 'new-key');
      assertClientFirst(explanation);
    });
  }

  it('says when the library version already has rsa-sha2, so its configuration forces ssh-rsa', () => {
    const explanation = only(serverLog('paramiko_3.4.0'));
    assert.match(
      explanation.why.join(' '),
      /Paramiko signs RSA keys with rsa-sha2 from Paramiko 2\.9\.0 .*this one should, so its configuration forces ssh-rsa/,
    );
  });

  it('reads a client that never asked for server-sig-algs (no ext-info-c in its KEXINIT) from a DEBUG2 sshd log', () => {
    const explanation = only(serverLog('SomeClient_1.0', 'ssh-rsa', 'curve25519-sha256,diffie-hellman-group14-sha256'));
    assert.match(explanation.why.join(' '), /did not ask for server-sig-algs \(no ext-info-c/);
    // Unknown software: the upgrade names every library's first rsa-sha2 release.
    assert.match(
      explanation.fixes[0]!.text,
      /JSch 0\.1\.57.*ssh2 \(Node\.js\) 1\.12\.0.*libssh2 1\.11\.0.*Paramiko 2\.9\.0.*SSH\.NET 2023\.0\.0/,
    );
    assertClientFirst(explanation);
  });

  it('with only the auth.log line at LogLevel INFO, still blames the client and lists the libraries', () => {
    const result = explain([
      { name: 'auth.log', text: `${PREFIX}userauth_pubkey: key type ssh-rsa not in PubkeyAcceptedAlgorithms [preauth]` },
    ]);
    const explanation = result.explanations[0]!;
    assert.equal(explanation.id, 'client-signs-with-sha1');
    assert.match(explanation.why.join(' '), /logs do not name the client software/);
    assert.equal(explanation.fixes[0]!.kind, 'upgrade');
    assert.deepEqual(explanation.fixes.at(-1)!.lines, ['Match User USER', '    PubkeyAcceptedAlgorithms +ssh-rsa']);
  });

  it('takes the user and address from "Failed publickey" too (sshd LogLevel VERBOSE)', () => {
    const text = [
      'userauth_pubkey: key type ssh-rsa not in PubkeyAcceptedAlgorithms [preauth]',
      'Failed publickey for git from 203.0.113.9 port 4711 ssh2: RSA SHA256:abc',
    ]
      .map((line) => PREFIX + line)
      .join('\n');
    assert.deepEqual(explain([{ name: 'secure', text }]).explanations[0]!.fixes.at(-1)!.lines, [
      'Match User git Address 203.0.113.9',
      '    PubkeyAcceptedAlgorithms +ssh-rsa',
    ]);
  });

  it('an OpenSSH client configured to force ssh-rsa: the fix is its configuration, and --config names the line', () => {
    const client = [
      'OpenSSH_9.2p1 Debian-2+deb12u10, OpenSSL 3.0.19 27 Jan 2026',
      'debug1: Reading configuration data /home/me/.ssh/config',
      'debug1: /home/me/.ssh/config line 1: Applying options for legacy',
      'debug1: Remote protocol version 2.0, remote software version OpenSSH_9.6p1 Ubuntu-3ubuntu13',
      'debug1: kex_input_ext_info: server-sig-algs=<ssh-ed25519,ssh-rsa,rsa-sha2-256,rsa-sha2-512>',
      'legacy: Permission denied (publickey).',
    ].join('\n');
    const files: Record<string, string> = {
      '/home/me/.ssh/config': 'Host legacy\n    HostName 192.0.2.44\n    PubkeyAcceptedAlgorithms ssh-rsa\n',
    };
    const source = { read: (path: string) => files[path] ?? null, include: () => [] };
    const result = explain(
      [
        { name: 'client.log', text: client },
        { name: 'server.log', text: serverLog('OpenSSH_9.2p1') },
      ],
      { config: { path: '/home/me/.ssh/config', source } },
    );
    const explanation = result.explanations.find((entry) => entry.id === 'client-signs-with-sha1')!;
    assert.ok(explanation, result.explanations.map((entry) => entry.id).join(', '));
    assert.match(explanation.why.join(' '), /the server is OpenSSH_9\.6p1 .*its refusal is the default/);
    assert.equal(explanation.fixes[0]!.kind, 'fix-config');
    assert.ok(
      explanation.notes.some((note) => note.startsWith('/home/me/.ssh/config:3 sets PubkeyAcceptedAlgorithms ssh-rsa for legacy')),
      explanation.notes.join('\n'),
    );
  });

  it('a DSA key: the fix is a new key, not a library', () => {
    const explanation = only(serverLog('JSCH-0.1.54', 'ssh-dss'));
    assert.match(explanation.happened, /ssh-dss \(DSA with SHA-1\)/);
    assert.equal(explanation.fixes[0]!.kind, 'new-key');
    assert.deepEqual(explanation.fixes.at(-1)!.lines, ['Match User deploy Address 198.51.100.7', '    PubkeyAcceptedAlgorithms +ssh-dss']);
  });

  it('a server refusing rsa-sha2-512 is still the server’s to fix', () => {
    const result = explain([{ name: 'auth.log', text: serverLog('OpenSSH_9.2p1', 'rsa-sha2-512') }]);
    assert.deepEqual(
      result.explanations.map((entry) => entry.id),
      ['server-rejects-signature-algorithm'],
    );
    assert.match(result.explanations[0]!.fixes[0]!.text, /^Fix the server: remove the PubkeyAcceptedAlgorithms line from sshd_config/);
  });
});
