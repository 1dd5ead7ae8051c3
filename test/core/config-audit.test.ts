import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { defaultOptions } from '../../src/core/options.js';
import { scan } from '../../src/core/scan.js';
import type { Finding } from '../../src/core/types.js';
import { writeTree } from '../helpers/cli.js';
import { tempDir } from '../helpers/openssh.js';

const FILES: Record<string, string> = {
  // The command that started the project, and near-misses that must stay quiet.
  'scripts/upload.sh': [
    '#!/bin/sh',
    '# sftp -o PubkeyAcceptedKeyTypes=ssh-rsa used to be needed here',
    'sftp -o PubkeyAcceptedKeyTypes=ssh-rsa user@legacy.example.com',
    'gcc -o PubkeyAcceptedKeyTypes=ssh-rsa main.c',
    'ssh -o PubkeyAcceptedAlgorithms=-ssh-rsa host',
    'echo done',
  ].join('\n'),
  'docs/HOWTO.md': 'If the upload fails, run `sftp -o PubkeyAcceptedKeyTypes=ssh-rsa host`.\n',
  Makefile: 'deploy:\n\trsync -e "ssh -oStrictHostKeyChecking=no" dist/ host:/srv\n\tscp -o "UserKnownHostsFile /dev/null" a host:\n',
  Dockerfile:
    'FROM debian\nRUN ssh-keygen -t dsa -N "" -f /k && ssh-keygen -t rsa -b 1024 -f /k2 && ssh-keygen -t ed25519 -f /k3 && ssh-keygen -t rsa -b 4096 -f /k4\n',
  '.github/workflows/deploy.yml': [
    'jobs:',
    '  deploy:',
    '    env:',
    '      GIT_SSH_COMMAND: ssh -o HostKeyAlgorithms=+ssh-rsa -o StrictHostKeyChecking=accept-new',
    '    steps:',
    '      - run: git -c core.sshCommand="ssh -o KexAlgorithms=+diffie-hellman-group1-sha1" fetch',
    '      # - run: ssh -o StrictHostKeyChecking=no host',
  ].join('\n'),
  '.ssh/config': [
    'Host legacy.example.com',
    '  HostKeyAlgorithms +ssh-rsa',
    'Host *',
    '  PubkeyAcceptedAlgorithms +ssh-rsa*',
    '  PubkeyAcceptedAlgorithms -ssh-dss',
    '  Ciphers aes256-ctr,aes128-cbc,arcfour',
    '  MACs ^hmac-md5-96,hmac-sha2-256',
    '  StrictHostKeyChecking off',
    '  Include config.d/*',
  ].join('\n'),
  '.ssh/config.d/old': 'KexAlgorithms diffie-hellman-group14-sha1\n',
  'etc/sshd_config': [
    'Protocol 2',
    'UsePrivilegeSeparation sandbox',
    'ChallengeResponseAuthentication yes',
    'PermitRootLogin yes',
    'PasswordAuthentication no',
    'PermitEmptyPasswords yes',
    'HostKey /etc/ssh/ssh_host_dsa_key',
    'HostKey /etc/ssh/ssh_host_ed25519_key',
    'Match User ci',
    '  PasswordAuthentication yes',
    '  CASignatureAlgorithms ^ssh-rsa',
  ].join('\n'),
  // No name says it, but the content is an sshd_config.
  'roles/ssh/templates/server.conf.j2': 'ListenAddress 0.0.0.0\nPermitRootLogin yes\nSubsystem sftp internal-sftp\nX11Forwarding no\n',
  // A YAML file with words that look like keywords is not a config.
  'notes.yml': 'Host: example\nMatch: none\nCiphers: strong\n',
};

describe('SSH configuration auditing', () => {
  let findings: Finding[];
  const at = (path: string): string[] =>
    findings.filter((finding) => finding.path === path).map((finding) => `${finding.line} ${finding.rule}`);
  const message = (path: string, line: number, rule: string): string =>
    findings.find((finding) => finding.path === path && finding.line === line && finding.rule === rule)?.message ?? '';

  before(async () => {
    const dir = tempDir();
    writeTree(dir, FILES);
    findings = (await scan({ ...defaultOptions(dir), paths: ['.'] })).findings;
  });

  it('catches the seed command and nothing in its comment, in prose, or in other -o flags', () => {
    assert.deepEqual(at('scripts/upload.sh'), ['3 deprecated-option', '3 sha1-signatures-enabled']);
    assert.match(
      message('scripts/upload.sh', 3, 'sha1-signatures-enabled'),
      /^-o PubkeyAcceptedKeyTypes=ssh-rsa re-enables ssh-rsa .*Ed25519/,
    );
    assert.deepEqual(at('docs/HOWTO.md'), []);
  });

  it('reads -oOption=value, -o "Option value" and rsync -e in Makefiles', () => {
    assert.deepEqual(at('Makefile'), ['2 host-key-checking-disabled', '3 host-key-checking-disabled']);
  });

  it('flags ssh-keygen calls that make DSA or short RSA keys only', () => {
    assert.deepEqual(at('Dockerfile'), ['2 weak-key-generation', '2 weak-key-generation']);
    assert.match(
      findings
        .filter((finding) => finding.path === 'Dockerfile')
        .map((finding) => finding.message)
        .join('\n'),
      /DSA key[\s\S]*1024-bit RSA key/,
    );
  });

  it('reads GIT_SSH_COMMAND and core.sshCommand in workflows, not commented-out steps', () => {
    assert.deepEqual(at('.github/workflows/deploy.yml'), ['4 sha1-signatures-enabled', '6 weak-kex']);
  });

  it('audits ssh_config blocks, modifiers and wildcards, and says which block', () => {
    assert.deepEqual(at('.ssh/config'), [
      '2 sha1-signatures-enabled',
      '4 sha1-signatures-enabled',
      '6 weak-cipher',
      '7 weak-mac',
      '8 host-key-checking-disabled',
    ]);
    assert.match(message('.ssh/config', 2, 'sha1-signatures-enabled'), /"Host legacy\.example\.com" block/);
    assert.match(message('.ssh/config', 4, 'sha1-signatures-enabled'), /for every host, .*"Host \*" block.*not just the old host/);
    assert.match(
      message('.ssh/config', 4, 'sha1-signatures-enabled'),
      /ssh-rsa, ssh-rsa-cert-v01@openssh\.com, ssh-rsa-cert-v00@openssh\.com \(RSA signatures with SHA-1/,
    );
    assert.match(message('.ssh/config', 6, 'weak-cipher'), /aes128-cbc .*arcfour/);
  });

  it('follows Include to a one-line file that does not look like a config on its own', () => {
    assert.deepEqual(at('.ssh/config.d/old'), ['1 weak-kex']);
  });

  it('audits sshd_config: deprecated options, root login, passwords, empty passwords, DSA host keys', () => {
    assert.deepEqual(at('etc/sshd_config'), [
      '1 deprecated-option',
      '2 deprecated-option',
      '3 deprecated-option',
      '3 password-auth',
      '4 root-login',
      '6 empty-passwords',
      '7 dsa-key',
      '10 password-auth',
      '11 sha1-signatures-enabled',
    ]);
    assert.match(message('etc/sshd_config', 3, 'deprecated-option'), /KbdInteractiveAuthentication/);
    assert.match(message('etc/sshd_config', 11, 'sha1-signatures-enabled'), /"Match User ci" block/);
  });

  it('recognises an sshd_config by content, and not a YAML file with similar words', () => {
    assert.deepEqual(at('roles/ssh/templates/server.conf.j2'), ['2 root-login']);
    assert.deepEqual(at('notes.yml'), []);
  });

  it('never reports a key fingerprint for a setting', () => {
    assert.ok(findings.length > 0);
    assert.ok(findings.every((finding) => finding.fingerprint === null));
  });
});
