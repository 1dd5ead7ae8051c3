/**
 * When the log names a server that is not OpenSSH, the first fix must be one that server supports: an old
 * Dropbear takes ECDSA host and user keys but not Ed25519 (2020.79), network devices are configured with
 * their own commands, OpenSSH for Windows keeps sshd_config under %ProgramData%. The client log lines are
 * OpenSSH 9.2's; the identification strings are what each server sends (RFC 4253 section 4.2).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explain, type Explanation, type FailureId } from '../../src/core/explain/index.js';

function clientLog(ident: string, ...tail: string[]): string {
  return [
    'OpenSSH_9.2p1 Debian-2+deb12u10, OpenSSL 3.0.19 27 Jan 2026',
    'debug1: Connecting to 192.0.2.1 [192.0.2.1] port 22.',
    `debug1: Remote protocol version 2.0, remote software version ${ident}`,
    ...tail,
  ].join('\n');
}

const HOSTKEY_RSA = 'Unable to negotiate with 192.0.2.1 port 22: no matching host key type found. Their offer: ssh-rsa';

function explanation(text: string, id: FailureId): Explanation {
  const result = explain([{ name: 'client.log', text }]);
  const found = result.explanations.find((entry) => entry.id === id);
  assert.ok(found, `expected ${id}, got ${result.explanations.map((entry) => entry.id).join(', ')}`);
  return found;
}

const allText = (entry: Explanation): string => entry.fixes.map((fix) => [fix.text, ...(fix.lines ?? [])].join('\n')).join('\n');

describe('explain orders fixes by what the peer supports', () => {
  it('Dropbear 2019.78: an ECDSA host key first (it predates Ed25519), the upgrade names 2020.79 with its source', () => {
    const entry = explanation(clientLog('dropbear_2019.78', HOSTKEY_RSA), 'no-matching-host-key-type');
    assert.deepEqual(entry.fixes[0]!.lines, ['dropbearkey -t ecdsa -s 256 -f /etc/dropbear/dropbear_ecdsa_host_key']);
    assert.match(entry.fixes[0]!.text, /predates Ed25519 but has ECDSA \(Dropbear 2013\.62/);
    const upgrade = entry.fixes.find((fix) => fix.kind === 'upgrade')!;
    assert.match(upgrade.text, /Dropbear 2020\.79 \(2020-06-15\) brings Ed25519 and rsa-sha2 signatures \(sources: Dropbear CHANGES/);
    assert.doesNotMatch(allText(entry), /ssh-keygen -t ed25519 -f \/etc\/ssh|sshd_config/, 'no OpenSSH server advice for Dropbear');
    assert.equal(entry.fixes.at(-1)!.kind, 'workaround');
  });

  it('Dropbear 2020.81: an Ed25519 host key first', () => {
    const entry = explanation(clientLog('dropbear_2020.81', HOSTKEY_RSA), 'no-matching-host-key-type');
    assert.equal(entry.fixes[0]!.kind, 'fix-config');
    assert.deepEqual(entry.fixes[0]!.lines, ['dropbearkey -t ed25519 -f /etc/dropbear/dropbear_ed25519_host_key']);
  });

  it('Dropbear without a version: Ed25519 as an upgrade, ECDSA for older builds', () => {
    const entry = explanation(clientLog('dropbear', HOSTKEY_RSA), 'no-matching-host-key-type');
    assert.deepEqual(
      entry.fixes.slice(0, 2).map((fix) => fix.lines?.[0]),
      [
        'dropbearkey -t ed25519 -f /etc/dropbear/dropbear_ed25519_host_key',
        'dropbearkey -t ecdsa -s 256 -f /etc/dropbear/dropbear_ecdsa_host_key',
      ],
    );
  });

  it('Dropbear 2019.78 and an RSA user key: no server-sig-algs, so a new ECDSA key, then Dropbear 2020.79', () => {
    const text = clientLog(
      'dropbear_2019.78',
      'debug1: Offering public key: /home/me/.ssh/id_rsa RSA SHA256:abc explicit',
      'debug1: send_pubkey_test: no mutual signature algorithm',
      'me@192.0.2.1: Permission denied (publickey).',
    );
    const entry = explanation(text, 'no-mutual-signature-algorithm');
    assert.deepEqual(entry.fixes[0]!.lines?.[0], 'ssh-keygen -t ecdsa -b 256 -f ~/.ssh/id_ecdsa');
    assert.match(entry.fixes[0]!.text, /the server, dropbear_2019\.78, predates Ed25519, which came with Dropbear 2020\.79/);
    assert.match(entry.fixes[1]!.text, /^Upgrade Dropbear .* to Dropbear 2020\.79 \(2020-06-15; source: mkj\/dropbear commit 331d4a71/);
    assert.match(entry.why.join(' '), /The server is dropbear_2019\.78, older than Dropbear 2020\.79/);
  });

  it('libssh 0.7.5 as a server: the upgrade names libssh 0.8.3, the first with rsa-sha2', () => {
    const text = clientLog(
      'libssh_0.7.5',
      'debug1: Offering public key: /home/me/.ssh/id_rsa RSA SHA256:abc explicit',
      'debug1: send_pubkey_test: no mutual signature algorithm',
    );
    const entry = explanation(text, 'no-mutual-signature-algorithm');
    assert.equal(entry.fixes[0]!.kind, 'new-key');
    assert.match(entry.fixes[1]!.text, /libssh 0\.8\.3/);
  });

  it('MikroTik RouterOS: its own commands first, not sshd_config', () => {
    const entry = explanation(clientLog('ROSSSH', HOSTKEY_RSA), 'no-matching-host-key-type');
    assert.deepEqual(entry.fixes[0]!.lines, ['/ip ssh set strong-crypto=yes', '/ip ssh set host-key-type=ed25519']);
    assert.match(entry.fixes[1]!.text, /^Upgrade RouterOS.*MikroTik RouterOS 7\.9/);
    assert.doesNotMatch(allText(entry), /sshd_config/);
  });

  it('Cisco IOS: the ip ssh server algorithm command', () => {
    const entry = explanation(
      clientLog(
        'Cisco-1.25',
        'Unable to negotiate with 192.0.2.1 port 22: no matching key exchange method found. Their offer: diffie-hellman-group1-sha1',
      ),
      'no-matching-kex',
    );
    assert.deepEqual(entry.fixes[0]!.lines, ['ip ssh server algorithm hostkey rsa-sha2-512 rsa-sha2-256']);
    assert.match(entry.fixes[1]!.text, /^Upgrade the IOS/);
    assert.deepEqual(entry.fixes.at(-1)!.lines, ['Host 192.0.2.1', '    KexAlgorithms +diffie-hellman-group1-sha1']);
  });

  it('OpenSSH for Windows: judged as the OpenSSH release it is, with where its sshd_config lives', () => {
    const entry = explanation(clientLog('OpenSSH_for_Windows_8.1', HOSTKEY_RSA), 'no-matching-host-key-type');
    // 8.1 has Ed25519 and rsa-sha2, so its configuration is what restricts it.
    assert.equal(entry.fixes[0]!.kind, 'fix-config');
    assert.match(entry.why.join(' '), /new enough for ssh-ed25519/);
    const windows = entry.fixes.find((fix) => fix.lines?.includes('Restart-Service sshd'));
    assert.ok(windows, allText(entry));
    assert.match(windows.text, /%ProgramData%\\ssh\\sshd_config/);
  });

  it('an OpenSSH server keeps the OpenSSH advice', () => {
    const entry = explanation(clientLog('OpenSSH_7.4', HOSTKEY_RSA), 'no-matching-host-key-type');
    assert.deepEqual(entry.fixes[0]!.lines?.[0], "ssh-keygen -t ed25519 -f /etc/ssh/ssh_host_ed25519_key -N ''");
  });
});
