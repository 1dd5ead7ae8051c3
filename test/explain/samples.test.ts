/**
 * explain on messages nothing here can produce: what the forges print, and OpenSSH builds other than this
 * machine's. Each sample is quoted from a public report, named next to it; everything OpenSSH 9.2 can
 * print itself is tested against real runs in sshd.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explain } from '../../src/core/explain/index.js';
import { configFacts } from '../../src/core/explain/context.js';

const ids = (text: string, options = {}): string[] => explain([{ name: 'pasted', text }], options).explanations.map((entry) => entry.id);

describe('explain on quoted samples', () => {
  it("GitHub's SHA-1 RSA message through git (Vauxoo/docker-odoo-image issue 412)", () => {
    const sample = [
      "ERROR: You're using an RSA key with SHA-1, which is no longer allowed. Please use a newer client or a different key type.",
      'Please see https://github.blog/2021-09-01-improving-git-protocol-security-github/ for more information.',
      '',
      'fatal: Could not read from remote repository.',
    ].join('\n');
    const result = explain([{ name: 'pasted', text: sample }]);
    assert.deepEqual(
      result.explanations.map((entry) => entry.id),
      ['forge-rejects-sha1-rsa'],
    );
    assert.match(result.explanations[0]!.happened, /^GitHub refused/);
    assert.equal(result.explanations[0]!.fixes[0]!.kind, 'new-key');
  });

  it("Azure DevOps' ssh-rsa brown-out message (fluxcd/flux2 issue 4726)", () => {
    const sample =
      'remote: Command git-upload-pack: You’re using ssh-rsa that is about to be deprecated and your request has been blocked intentionally. Any SSH session using SSH-RSA is subject to brown out (failure during random time periods). Please use rsa-sha2-256 or rsa-sha2-512 instead. For more details see https://aka.ms/ado-ssh-rsa-deprecation.';
    assert.deepEqual(ids(sample), ['forge-rejects-sha1-rsa']);
  });

  it('an ssh-rsa-only host key at Azure DevOps, seen by OpenSSH 8.9 (argoproj/argo-helm issue 1359)', () => {
    const sample =
      'Unable to negotiate with 40.74.28.9 port 22: no matching host key type found. Their offer: ssh-rsa\nfatal: Could not read from remote repository.';
    const result = explain([{ name: 'pasted', text: sample }], { host: 'ssh.dev.azure.com' });
    assert.deepEqual(
      result.explanations.map((entry) => entry.id),
      ['no-matching-host-key-type'],
    );
    const workaround = result.explanations[0]!.fixes.find((fix) => fix.kind === 'workaround');
    assert.deepEqual(workaround?.lines, ['Host ssh.dev.azure.com', '    HostKeyAlgorithms +ssh-rsa']);
  });

  it('"invalid format" from a key pasted into a CI secret (yanglbme/gitee-pages-action issue 2)', () => {
    const sample = [
      "Warning: Permanently added 'github.com,140.82.113.3' (RSA) to the list of known hosts.",
      'Load key "/root/.ssh/id_rsa": invalid format',
      'git@github.com: Permission denied (publickey).',
      'fatal: Could not read from remote repository.',
    ].join('\n');
    const result = explain([{ name: 'pasted', text: sample }]);
    assert.deepEqual(
      result.explanations.map((entry) => entry.id),
      ['key-load-failed'],
    );
    assert.equal(result.explanations[0]!.evidence.length, 2, 'the denial is quoted as the outcome of the load failure');
  });

  it('an OpenSSH 7.x client skipping a DSA key (git-for-windows/git issue 375)', () => {
    assert.deepEqual(ids('debug1: Skipping ssh-dss key .ssh/test.id_dsa for not in PubkeyAcceptedKeyTypes'), ['dsa-key-skipped']);
  });

  it('sshd StrictModes refusing a home directory (the auth.log line sshd writes)', () => {
    const line = 'Mar 14 10:00:01 web1 sshd[4242]: Authentication refused: bad ownership or modes for directory /home/deploy/.ssh';
    assert.deepEqual(ids(line), ['server-strict-modes']);
  });

  it('recognises nothing in text that is no SSH log', () => {
    assert.deepEqual(ids('hello\nworld\n'), []);
  });

  it('--config: a PubkeyAcceptedAlgorithms +ssh-rsa under Host * is named as enabling SHA-1 for every host', () => {
    const files: Record<string, string> = {
      '/home/me/.ssh/config':
        'Host old.example.com\n    User deploy\n\nHost *\n    PubkeyAcceptedAlgorithms +ssh-rsa\n    Include extra.conf\n',
      '/home/me/.ssh/extra.conf': 'KexAlgorithms +diffie-hellman-group1-sha1\n',
    };
    const source = {
      read: (path: string) => files[path] ?? null,
      include: (_from: string, pattern: string) => [`/home/me/.ssh/${pattern}`],
    };
    const facts = configFacts({ path: '/home/me/.ssh/config', source }, 'old.example.com');
    assert.deepEqual(
      facts.globalWeakening.map((line) => [line.path, line.line, line.algorithms]),
      [
        ['/home/me/.ssh/config', 5, ['ssh-rsa']],
        ['/home/me/.ssh/extra.conf', 1, ['diffie-hellman-group1-sha1']],
      ],
    );
    assert.equal(facts.hostBlock?.line, 1);
    const log =
      'debug1: Offering public key: /home/me/.ssh/id_rsa RSA SHA256:abc explicit\ndebug1: send_pubkey_test: no mutual signature algorithm\ndeploy@old.example.com: Permission denied (publickey).';
    const result = explain([{ name: 'pasted', text: log }], { config: { path: '/home/me/.ssh/config', source } });
    const explanation = result.explanations[0]!;
    assert.equal(explanation.id, 'no-mutual-signature-algorithm');
    assert.ok(
      explanation.notes.some((note) => /config:5 .*for every host.*move it under "Host old\.example\.com"/.test(note)),
      explanation.notes.join('\n'),
    );
    assert.match(explanation.fixes.at(-1)!.text, /in the existing "Host old\.example\.com" block/);
  });
});
