/**
 * explain against logs that real software wrote: Debian's sshd started here with configs that reproduce
 * each failure, the real ssh client run with -vvv against it, and for `no mutual signature algorithm` a
 * purpose-built peer that sends no server-sig-algs as servers before OpenSSH 7.2 do (legacy-peer.ts).
 * Each test also applies the fix explain prints where it can (the scoped workaround, the chmod, the
 * ssh-keygen -R) and checks that the connection then works.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { explain, type ExplainResult, type FailureId, type LogInput } from '../../src/core/explain/index.js';
import { generateKey } from '../helpers/openssh.js';
import { clientArgs, runSsh, sshdSkipReason, startSshd, USER, type Sshd, type SshdOptions } from '../helpers/sshd.js';
import { startLegacyPeer } from './legacy-peer.js';
import { skipUnless } from '../helpers/requirements.js';

const skip = sshdSkipReason();

function ids(result: ExplainResult): FailureId[] {
  return result.explanations.map((explanation) => explanation.id);
}

function only(result: ExplainResult, id: FailureId) {
  const explanation = result.explanations.find((entry) => entry.id === id);
  assert.ok(explanation, `expected ${id}, got ${ids(result).join(', ') || 'nothing'}`);
  return explanation;
}

function workaroundLines(result: ExplainResult, id: FailureId): string[] {
  const fix = only(result, id).fixes.find((entry) => entry.kind === 'workaround');
  assert.ok(fix?.lines, `${id} has no workaround lines`);
  return fix.lines;
}

describe('explain on logs from a real sshd and ssh', { skip: skipUnless(skip) }, () => {
  let dir: string;
  const host: Record<'ed25519' | 'rsa' | 'dsa', string> = { ed25519: '', rsa: '', dsa: '' };
  const client: Record<'ed25519' | 'rsa' | 'dsa', string> = { ed25519: '', rsa: '', dsa: '' };
  let authorized: string;
  let counter = 0;

  after(() => rmSync(dir, { recursive: true, force: true }));
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ska-explain-'));
    for (const type of ['ed25519', 'rsa', 'dsa'] as const) {
      host[type] = generateKey(dir, `host_${type}`, type, type === 'rsa' ? ['-b', '2048'] : []);
      client[type] = generateKey(dir, `client_${type}`, type, type === 'rsa' ? ['-b', '2048'] : []);
    }
    authorized = join(dir, 'authorized_keys');
    writeFileSync(authorized, ['ed25519', 'rsa', 'dsa'].map((type) => readFileSync(`${client[type as 'rsa']}.pub`, 'utf8')).join(''));
  });

  /** Runs `body` against a fresh sshd, always stopping it. */
  async function withSshd<T>(options: Partial<SshdOptions>, body: (sshd: Sshd, knownHosts: string) => Promise<T>): Promise<T> {
    const name = `s${++counter}`;
    const sshd = await startSshd(dir, name, { hostKeys: [host.ed25519], authorizedKeys: authorized, ...options });
    try {
      return await body(sshd, join(dir, `${name}.known_hosts`));
    } finally {
      await sshd.stop();
    }
  }

  /** The client run and what explain makes of the client log alone and of both logs. */
  async function reproduce(
    options: Partial<SshdOptions>,
    key: string | null,
    extra: string[] = [],
    settle: RegExp = /Connection closed|Unable to negotiate|Disconnected|Received disconnect|Accepted/,
  ) {
    return withSshd(options, async (sshd, knownHosts) => {
      const run = await runSsh(clientArgs(sshd.port, knownHosts, key, ['-o', 'StrictHostKeyChecking=accept-new', ...extra]));
      const serverLog = await sshd.waitFor(settle);
      const clientInput: LogInput = { name: 'client.log', text: run.stderr };
      const serverInput: LogInput = { name: 'server.log', text: serverLog };
      return { run, port: sshd.port, knownHosts, clientOnly: explain([clientInput]), both: explain([clientInput, serverInput]), serverLog };
    });
  }

  /** Connects again with the workaround lines as the whole client config: it must now succeed. */
  async function workaroundWorks(options: Partial<SshdOptions>, lines: string[], key: string): Promise<void> {
    const config = join(dir, `workaround-${++counter}.ssh_config`);
    writeFileSync(config, lines.join('\n') + '\n');
    await withSshd(options, async (sshd, knownHosts) => {
      const run = await runSsh(clientArgs(sshd.port, knownHosts, key, ['-o', 'StrictHostKeyChecking=accept-new']), { config });
      assert.equal(run.status, 0, `the workaround did not work:\n${lines.join('\n')}\n${run.stderr.split('\n').slice(-5).join('\n')}`);
    });
  }

  it('connects at all (the harness works)', async () => {
    const { run } = await reproduce({}, client.ed25519);
    assert.equal(run.status, 0, run.stderr.slice(-500));
  });

  it('only an ssh-dss host key: no matching host key type, with the version that disabled it and a scoped workaround that works', async () => {
    const options = { hostKeys: [host.dsa], config: ['HostKeyAlgorithms ssh-dss'] };
    const { run, clientOnly, both } = await reproduce(options, client.ed25519);
    assert.equal(run.status, 255);
    const explanation = only(clientOnly, 'no-matching-host-key-type');
    assert.match(explanation.why.join(' '), /ssh-dss: .*OpenSSH 7\.0/);
    assert.deepEqual(workaroundLines(clientOnly, 'no-matching-host-key-type'), ['Host 127.0.0.1', '    HostKeyAlgorithms +ssh-dss']);
    assert.deepEqual(ids(both), ['no-matching-host-key-type']);
    assert.equal(only(both, 'no-matching-host-key-type').evidence.length, 2, 'one explanation quoting both logs');
    await workaroundWorks(options, workaroundLines(clientOnly, 'no-matching-host-key-type'), client.ed25519);
  });

  it('only an ssh-rsa host key signing with SHA-1: the server is new enough, so its configuration is to fix', async () => {
    const options = { hostKeys: [host.rsa], config: ['HostKeyAlgorithms ssh-rsa'] };
    const { clientOnly } = await reproduce(options, client.ed25519);
    const explanation = only(clientOnly, 'no-matching-host-key-type');
    assert.match(explanation.why.join(' '), /ssh-rsa: RSA signatures with SHA-1, off by default since OpenSSH 8\.8/);
    assert.equal(explanation.fixes[0]!.kind, 'fix-config');
    assert.match(explanation.fixes[0]!.text, /rsa-sha2-512/);
    await workaroundWorks(options, workaroundLines(clientOnly, 'no-matching-host-key-type'), client.ed25519);
  });

  it('only diffie-hellman-group1-sha1: no matching key exchange method, Logjam and OpenSSH 7.0', async () => {
    const options = { config: ['KexAlgorithms diffie-hellman-group1-sha1'] };
    const { clientOnly, both } = await reproduce(options, client.ed25519);
    const explanation = only(clientOnly, 'no-matching-kex');
    assert.match(explanation.why[0]!, /offered only: diffie-hellman-group1-sha1: .*Logjam.*OpenSSH 7\.0/);
    // The kex-strict-s-v00@openssh.com marker in "Their offer" is not an algorithm to re-enable.
    assert.deepEqual(workaroundLines(clientOnly, 'no-matching-kex'), ['Host 127.0.0.1', '    KexAlgorithms +diffie-hellman-group1-sha1']);
    assert.deepEqual(ids(both), ['no-matching-kex']);
    await workaroundWorks(options, workaroundLines(clientOnly, 'no-matching-kex'), client.ed25519);
  });

  it('only 3des-cbc, or only hmac-md5: no matching cipher / MAC', async () => {
    const cipher = { config: ['Ciphers 3des-cbc'] };
    const { clientOnly: cipherResult } = await reproduce(cipher, client.ed25519);
    assert.match(only(cipherResult, 'no-matching-cipher').why[0]!, /3des-cbc: 64-bit block/);
    await workaroundWorks(cipher, workaroundLines(cipherResult, 'no-matching-cipher'), client.ed25519);
    const mac = { config: ['Ciphers aes128-ctr', 'MACs hmac-md5'] };
    const { clientOnly: macResult } = await reproduce(mac, client.ed25519);
    assert.match(only(macResult, 'no-matching-mac').why[0]!, /hmac-md5: MD5/);
  });

  it('a server that accepts only ssh-rsa signatures: the client sees only Permission denied, the server log says why', async () => {
    const options = { config: ['PubkeyAcceptedAlgorithms ssh-rsa'] };
    const { run, clientOnly, both, serverLog } = await reproduce(options, client.rsa);
    assert.equal(run.status, 255);
    assert.match(run.stderr, /Permission denied \(publickey\)/);
    assert.match(serverLog, /userauth_pubkey: signature algorithm rsa-sha2-512 not in PubkeyAcceptedAlgorithms/);
    // The client log alone cannot tell: explain says so and asks for the server log.
    assert.deepEqual(ids(clientOnly), ['permission-denied-publickey']);
    assert.match(clientOnly.explanations[0]!.fixes.map((fix) => fix.text).join(' '), /server log/);
    // Both logs: the server's PubkeyAcceptedAlgorithms, and server-sig-algs that still listed rsa-sha2-512.
    assert.deepEqual(ids(both), ['server-rejects-signature-algorithm']);
    const explanation = only(both, 'server-rejects-signature-algorithm');
    assert.match(explanation.why.join(' '), /advertised rsa-sha2-512 in server-sig-algs/);
    assert.equal(explanation.fixes[0]!.kind, 'fix-config');
    assert.ok(explanation.evidence.some((ref) => ref.input === 'client.log' && /Permission denied/.test(ref.text)));
    await workaroundWorks(options, workaroundLines(both, 'server-rejects-signature-algorithm'), client.rsa);
  });

  it('a client forced to ssh-rsa against a default sshd: the client is the culprit, and both printed fixes work', async () => {
    const forced = ['-o', 'PubkeyAcceptedAlgorithms=ssh-rsa'];
    // sshd names the user and address it turned away in its last line: wait for that one.
    const { run, both, serverLog } = await reproduce({}, client.rsa, forced, /Connection closed by authenticating user/);
    assert.equal(run.status, 255);
    assert.match(serverLog, /userauth_pubkey: signature algorithm ssh-rsa not in PubkeyAcceptedAlgorithms/);
    assert.deepEqual(ids(both), ['client-signs-with-sha1']);
    const explanation = only(both, 'client-signs-with-sha1');
    assert.match(explanation.happened, /client signed with ssh-rsa .*chose SHA-1 although the server offered rsa-sha2/);
    assert.match(explanation.why.join(' '), /its configuration forces ssh-rsa/);
    // The first fix is on the client, and nothing before the last resort touches sshd_config.
    assert.equal(explanation.fixes[0]!.kind, 'fix-config');
    assert.match(explanation.fixes[0]!.text, /^Stop forcing SHA-1 in the client/);
    assert.ok(explanation.fixes.slice(0, -1).every((fix) => !/sshd_config/.test(fix.text)));
    // Applying it: the same key, without the setting that forces ssh-rsa, logs in.
    const { run: unforced } = await reproduce({}, client.rsa);
    assert.equal(unforced.status, 0, unforced.stderr.slice(-400));
    // The last resort, scoped to this user and address in sshd_config, lets the forced client in.
    const last = explanation.fixes.at(-1)!;
    assert.equal(last.kind, 'workaround');
    assert.deepEqual(last.lines, [`Match User ${USER} Address 127.0.0.1`, '    PubkeyAcceptedAlgorithms +ssh-rsa']);
    const { run: scoped } = await reproduce({ config: last.lines }, client.rsa, forced);
    assert.equal(scoped.status, 0, scoped.stderr.slice(-400));
  });

  it('RequiredRSASize above the key: refused by the server, or skipped by the client, with the key size from --key', async () => {
    const { both } = await reproduce({ config: ['RequiredRSASize 4096'] }, client.rsa);
    assert.deepEqual(ids(both), ['rsa-key-too-small']);
    assert.match(only(both, 'rsa-key-too-small').happened, /The server refused/);
    const { run } = await reproduce({}, client.rsa, ['-o', 'RequiredRSASize=4096']);
    const withKey = explain([{ name: 'client.log', text: run.stderr }], { keys: [{ path: client.rsa, bytes: readFileSync(client.rsa) }] });
    const explanation = only(withKey, 'rsa-key-too-small');
    assert.match(explanation.happened, /The client refused/);
    assert.ok(explanation.notes.some((note) => note.includes('2048-bit RSA')));
    assert.equal(explanation.fixes[0]!.kind, 'new-key');
  });

  it('a DSA user key: skipped by the client since OpenSSH 7.0', async () => {
    const { clientOnly } = await reproduce({}, client.dsa);
    const explanation = only(clientOnly, 'dsa-key-skipped');
    assert.match(explanation.why[0]!, /OpenSSH 7\.0 .*disabled/);
    assert.deepEqual(workaroundLines(clientOnly, 'dsa-key-skipped'), ['Host 127.0.0.1', '    PubkeyAcceptedAlgorithms +ssh-dss']);
    // The workaround needs the server to accept DSA too, as explain says.
    await workaroundWorks({ config: ['PubkeyAcceptedAlgorithms +ssh-dss'] }, workaroundLines(clientOnly, 'dsa-key-skipped'), client.dsa);
  });

  it('a changed host key: REMOTE HOST IDENTIFICATION HAS CHANGED, and the ssh-keygen -R line it quotes fixes it', async () => {
    await withSshd({}, async (sshd, knownHosts) => {
      const impostor = readFileSync(`${host.rsa}.pub`, 'utf8').split(' ').slice(0, 2).join(' ');
      writeFileSync(knownHosts, `[127.0.0.1]:${sshd.port} ${impostor}\n`);
      const run = await runSsh(clientArgs(sshd.port, knownHosts, client.ed25519));
      const result = explain([{ name: 'client.log', text: run.stderr }]);
      assert.deepEqual(ids(result), ['host-key-changed']);
      const removal = result.explanations[0]!.fixes.find((fix) => fix.lines?.some((line) => line.startsWith('ssh-keygen')));
      assert.ok(removal?.lines);
      execFileSync('sh', ['-c', removal.lines[0]!], { stdio: 'ignore' });
      const again = await runSsh(clientArgs(sshd.port, knownHosts, client.ed25519, ['-o', 'StrictHostKeyChecking=accept-new']));
      assert.equal(again.status, 0, again.stderr.slice(-400));
    });
  });

  it('an unknown host in batch mode: Host key verification failed, with the fingerprint to compare', async () => {
    await withSshd({}, async (sshd, knownHosts) => {
      const run = await runSsh(clientArgs(sshd.port, knownHosts, client.ed25519));
      const result = explain([{ name: 'client.log', text: run.stderr }]);
      assert.deepEqual(ids(result), ['host-key-unknown']);
      const fingerprint = execFileSync('ssh-keygen', ['-l', '-f', `${host.ed25519}.pub`], { encoding: 'utf8' }).split(' ')[1]!;
      assert.ok(result.explanations[0]!.happened.includes(fingerprint));
    });
  });

  it('a private key others can read: ignored by ssh, and chmod 600 fixes it', async () => {
    const open = join(dir, 'open_key');
    copyFileSync(client.ed25519, open);
    copyFileSync(`${client.ed25519}.pub`, `${open}.pub`);
    chmodSync(open, 0o644);
    const { clientOnly } = await reproduce({}, open);
    const explanation = only(clientOnly, 'unprotected-private-key');
    assert.deepEqual(explanation.fixes[0]!.lines, [`chmod 600 ${open}`]);
    execFileSync('sh', ['-c', explanation.fixes[0]!.lines![0]!]);
    const { run } = await reproduce({}, open);
    assert.equal(run.status, 0);
  });

  it('a key with Windows line endings: error in libcrypto, explained by --key, and the tr line fixes it', async () => {
    const crlf = join(dir, 'crlf_key');
    writeFileSync(crlf, readFileSync(client.ed25519, 'utf8').replace(/\n/g, '\r\n'), { mode: 0o600 });
    const { run } = await reproduce({}, crlf);
    assert.match(run.stderr, /Load key ".*crlf_key": error in libcrypto/);
    const result = explain([{ name: 'client.log', text: run.stderr }], { keys: [{ path: crlf, bytes: readFileSync(crlf) }] });
    const explanation = only(result, 'key-load-failed');
    assert.ok(explanation.notes.some((note) => note.includes('CRLF')));
    const repair = explanation.fixes.find((fix) => fix.lines?.[0]?.startsWith('tr '));
    assert.ok(repair?.lines);
    execFileSync('sh', ['-c', repair.lines[0]!], { cwd: dir });
    const { run: again } = await reproduce({}, crlf);
    assert.equal(again.status, 0, again.stderr.slice(-400));
  });

  it('an agent that refuses to sign (ssh-add -c without a way to confirm): agent refused operation', async () => {
    const socket = join(dir, 'agent.sock');
    // The agent asks for confirmation through SSH_ASKPASS; /bin/false says no, wherever the test runs.
    const env = { ...process.env, SSH_AUTH_SOCK: socket, SSH_ASKPASS: '/bin/false', SSH_ASKPASS_REQUIRE: 'force', DISPLAY: '' };
    const agent = spawn('ssh-agent', ['-D', '-a', socket], { stdio: 'ignore', env });
    try {
      const deadline = Date.now() + 3000;
      for (;;) {
        try {
          execFileSync('ssh-add', ['-c', client.ed25519], { env, stdio: 'ignore' });
          break;
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      await withSshd({}, async (sshd, knownHosts) => {
        // ssh takes the first value of an option: this agent, not the IdentityAgent=none the other tests use.
        const args = clientArgs(sshd.port, knownHosts, `${client.ed25519}.pub`, ['-o', 'StrictHostKeyChecking=accept-new']).map((arg) =>
          arg === 'IdentityAgent=none' ? `IdentityAgent=${socket}` : arg,
        );
        const run = await runSsh(args, { env });
        const result = explain([{ name: 'client.log', text: run.stderr }]);
        assert.deepEqual(ids(result), ['agent-refused-operation']);
      });
    } finally {
      agent.kill();
    }
  });

  it('reads sshd lines in syslog / journalctl form too', async () => {
    const { serverLog } = await reproduce({ config: ['PubkeyAcceptedAlgorithms ssh-rsa'] }, client.rsa);
    // The same lines as journalctl -u ssh prints them: only the prefix differs from sshd -e.
    const journal = serverLog
      .split('\n')
      .filter(Boolean)
      .map((line) => `Mar 14 10:00:01 web1 sshd[4242]: ${line}`)
      .join('\n');
    assert.deepEqual(ids(explain([{ name: 'journal', text: journal }])), ['server-rejects-signature-algorithm']);
  });
});

// Needs only the ssh client: the server is legacy-peer.ts.
describe('explain on the real client against a server older than rsa-sha2', () => {
  let peerDir: string;
  let rsaKey: string;
  after(() => rmSync(peerDir, { recursive: true, force: true }));
  before(() => {
    peerDir = mkdtempSync(join(tmpdir(), 'ska-legacy-'));
    rsaKey = generateKey(peerDir, 'client_rsa', 'rsa', ['-b', '2048']);
  });

  it('a server that predates rsa-sha2 (no server-sig-algs): send_pubkey_test: no mutual signature algorithm', async () => {
    const peer = await startLegacyPeer('OpenSSH_7.1p2');
    try {
      const knownHosts = join(peerDir, 'legacy.known_hosts');
      const run = await runSsh(clientArgs(peer.port, knownHosts, rsaKey, ['-o', 'StrictHostKeyChecking=accept-new']));
      assert.match(run.stderr, /debug1: send_pubkey_test: no mutual signature algorithm/);
      assert.deepEqual(peer.publickeyAlgorithms, [], 'the client never offered the key');
      const result = explain([{ name: 'sftp.log', text: run.stderr }], {
        keys: [{ path: `${rsaKey}.pub`, bytes: readFileSync(`${rsaKey}.pub`) }],
      });
      assert.deepEqual(ids(result), ['no-mutual-signature-algorithm']);
      const explanation = result.explanations[0]!;
      assert.match(explanation.why.join(' '), /sent no server-sig-algs/);
      assert.match(explanation.why.join(' '), /OpenSSH_7\.1p2, older than OpenSSH 7\.2/);
      assert.match(explanation.why.join(' '), /OpenSSH 8\.8 .* disabled ssh-rsa/);
      assert.deepEqual(
        explanation.fixes.map((fix) => fix.kind),
        ['new-key', 'upgrade', 'workaround'],
      );
      assert.ok(explanation.notes.some((note) => note.includes('It is RSA')));
      // The scoped workaround makes the client offer the key with ssh-rsa (SHA-1).
      const config = join(peerDir, 'legacy.ssh_config');
      writeFileSync(config, workaroundLines(result, 'no-mutual-signature-algorithm').join('\n') + '\n');
      await runSsh(clientArgs(peer.port, knownHosts, rsaKey), { config });
      assert.deepEqual(peer.publickeyAlgorithms, ['ssh-rsa']);
    } finally {
      await peer.close();
    }
  });
});
