/**
 * The marker pass: one search per anchor byte, dispatched by what follows. Each marker is found wherever
 * it sits (start, end, after other dashes), and near-misses are not markers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMarkers, type Markers } from '../../src/core/markers.js';

const NONE: Markers = { keyLine: false, keyBlock: false, command: false, clientFlags: false, directive: false, encoded: false };

function markers(text: string): Markers {
  return findMarkers(Buffer.from(text, 'latin1'));
}

describe('findMarkers', () => {
  const cases: [string, string, Partial<Markers>][] = [
    ['an ssh-rsa line', 'ssh-rsa AAAAB3NzaC1yc2E', { keyLine: true }],
    ['ssh-dss at the very end', 'key: ssh-dss', { keyLine: true }],
    ['an ed25519 certificate', 'ssh-ed25519-cert-v01@openssh.com AAAA', { keyLine: true }],
    ['a FIDO key', 'sk-ssh-ed25519@openssh.com AAAA', { keyLine: true }],
    ['ECDSA after other dashes', '--- - ecdsa-sha2-nistp384 AAAA', { keyLine: true }],
    ['a FIDO ECDSA key', 'sk-ecdsa-sha2-nistp256@openssh.com AAAA', { keyLine: true }],
    ['a PEM block', 'x\n-----BEGIN OPENSSH PRIVATE KEY-----\n', { keyBlock: true }],
    ['a PEM block after a longer dash run', '------BEGIN RSA PRIVATE KEY-----', { keyBlock: true }],
    ['an RFC 4716 block', '---- BEGIN SSH2 PUBLIC KEY ----', { keyBlock: true }],
    ['a PuTTY key', 'PuTTY-User-Key-File-3: ssh-ed25519', { keyBlock: true, keyLine: true }],
    ['ssh-keygen -t', 'ssh-keygen -q -t dsa -f key', { command: true }],
    ['an -o option', 'ssh -oStrictHostKeyChecking=no host', { command: true, clientFlags: true }],
    ['an -o option without a client before it', 'args: -oStrictHostKeyChecking=no', { command: true }],
    ['ssh with a flag', 'ssh -c aes128-cbc switch', { clientFlags: true }],
    ['scp and sftp with flags, after other dashes', '-- scp -O x h:\n- sftp -b batch h', { clientFlags: true }],
    ['autossh and rsync -e', 'rsync -a -e "autossh -M 0" src h:', { clientFlags: true }],
    ['a dash at the very start and ssh without flags', '-c ssh host; ssh-add -l; ssh  x', {}],
    ['an inline suppression', '# ssh-key-audit: ignore weak-rsa-key -- test fixture', { directive: true }],
    ['plain prose', 'use the ssh agent with ed25519 keys; BEGIN here', {}],
    ['BEGIN without the dashes', 'BEGIN RSA PRIVATE KEY', {}],
    ['ssh-keygen without -t on its line', 'ssh-keygen -q -f key\n-x -t', {}],
    ['ssh-agent and ssh-add', 'ssh-agent ssh-add ssh-copy-id', {}],
    ['a lone dash at the end', 'a -', {}],
    ['empty', '', {}],
    // base64 of `-----BEGIN OPENSSH PRIVATE KEY-----` and of `ssh-ed25519 AAAA...` (a Kubernetes Secret value).
    ['base64 of a PEM block', `data: ${Buffer.from('-----BEGIN OPENSSH PRIVATE KEY-----\n').toString('base64')}`, { encoded: true }],
    ['base64 of a key line', `key: ${Buffer.from('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA x').toString('base64')}`, { encoded: true }],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      assert.deepEqual(markers(text), { ...NONE, ...expected });
    });
  }

  it('finds every marker of a file that has them all, wherever they are', () => {
    const text = [
      'x'.repeat(10000),
      'ssh-ed25519 AAAA',
      '-'.repeat(500),
      '-----BEGIN EC PRIVATE KEY-----',
      'ssh-keygen -t rsa',
      '// ssh-key-audit: ignore x -- y',
      'ssh -vc 3des-cbc h',
    ].join('\n');
    assert.deepEqual(markers(text), { keyLine: true, keyBlock: true, command: true, clientFlags: true, directive: true, encoded: false });
  });
});
