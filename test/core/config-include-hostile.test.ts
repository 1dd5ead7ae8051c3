/**
 * Include written by whoever opens the pull request: absolute and climbing globs resolve inside the scanned
 * tree only (never the scanning machine's /etc or the directory above the scan), each pattern is matched
 * once, cycles are cut, and the work stays linear (time-bounded here).
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigTree } from '../../src/core/ssh-config/config-tree.js';
import { TreeSource } from '../../src/core/ssh-config/tree-source.js';
import { defaultOptions } from '../../src/core/options.js';
import { scan } from '../../src/core/scan.js';
import { writeTree } from '../helpers/cli.js';
import { tempDir } from '../helpers/openssh.js';

/** Audits in-memory files as the scan would, counting every read. */
function auditInMemory(files: Record<string, string>, kinds: Record<string, 'client' | 'server'>) {
  const reads: string[] = [];
  const source = new TreeSource(Object.keys(files), (path) => {
    reads.push(path);
    return files[path] ?? null;
  });
  const tree = new ConfigTree(source);
  for (const [path, kind] of Object.entries(kinds)) tree.add(path, kind, files[path]!);
  // CPU time, not wall time: the bound is on our work, and the test machine is shared.
  const started = process.cpuUsage();
  const findings = tree.audit();
  const used = process.cpuUsage(started);
  return { findings, reads, ms: (used.user + used.system) / 1000 };
}

describe('Include on hostile input', () => {
  it('3,000 drop-ins that each Include * finish in under a second, each file read once', () => {
    const files: Record<string, string> = {};
    const kinds: Record<string, 'client'> = {};
    for (let index = 0; index < 3000; index++) {
      const path = `.ssh/config.d/${String(index).padStart(4, '0')}`;
      files[path] = `Include *\nHost h${index}\n  Include ../*\n  StrictHostKeyChecking ask\n`;
      kinds[path] = 'client';
    }
    files['.ssh/config'] = 'Include config.d/*\nInclude /**/*\nInclude ~/.ssh/config\n';
    kinds['.ssh/config'] = 'client';
    const { findings, ms } = auditInMemory(files, kinds);
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
    assert.deepEqual(findings, []);
  });

  it('a config that includes /**/* stays inside the tree and finishes in under a second', () => {
    const files: Record<string, string> = { 'etc/ssh/sshd_config': 'Include /**/*\nInclude /*/*/*/*/*\nPermitRootLogin no\n' };
    for (let dir = 0; dir < 100; dir++) for (let file = 0; file < 30; file++) files[`src/d${dir}/f${file}.txt`] = 'x\n';
    files['opt/evil.conf'] = 'PermitRootLogin yes\n';
    const { findings, ms, reads } = auditInMemory(files, { 'etc/ssh/sshd_config': 'server' });
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
    // `/**/*` is two levels below `/` on the target; mapped onto the tree it reaches opt/evil.conf, a file
    // the repository holds, read before line 3: its yes is the one sshd would use.
    assert.ok(reads.every((path) => Object.hasOwn(files, path)));
    assert.deepEqual(
      findings.map((finding) => `${finding.path}:${finding.line} ${finding.rule}`),
      ['opt/evil.conf:1 root-login'],
    );
  });

  it('cycles are cut and a shadowed weak line gets one notice naming the line that decides', () => {
    const files = {
      'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nPermitRootLogin no\n',
      'etc/ssh/sshd_config.d/a.conf': 'Include /etc/ssh/sshd_config.d/b.conf\nPasswordAuthentication no\n',
      'etc/ssh/sshd_config.d/b.conf': 'Include /etc/ssh/sshd_config.d/a.conf\nInclude /etc/ssh/sshd_config\nPasswordAuthentication yes\n',
    };
    const { findings, ms } = auditInMemory(files, { 'etc/ssh/sshd_config': 'server', 'etc/ssh/sshd_config.d/a.conf': 'server' });
    assert.ok(ms < 1000);
    // a.conf includes b.conf first, so b.conf's yes is read before a.conf's no: sshd -T says yes.
    assert.deepEqual(
      findings.map((finding) => `${finding.path}:${finding.line} ${finding.rule}`),
      ['etc/ssh/sshd_config.d/b.conf:3 password-auth'],
    );
  });

  it('never reads the scanning machine: absolute, ~ and climbing Includes that the tree lacks give one notice each', async () => {
    const outside = tempDir();
    // A weak config just above the scan root, and (with openssh-server installed) the machine's own /etc/ssh.
    writeFileSync(join(outside, 'weak.conf'), 'PasswordAuthentication yes\nPermitRootLogin yes\n');
    const root = join(outside, 'repo');
    mkdirSync(root);
    writeTree(root, {
      sshd_config: [
        'Include /etc/ssh/sshd_config.d/*.conf',
        'Include ../weak.conf',
        'Include ../../../../../../*/weak.conf',
        'Include /etc/crypto-policies/back-ends/opensshserver.config',
        'PermitRootLogin prohibit-password',
      ].join('\n'),
      '.ssh/config': 'Include ~/.ssh/config.d/*\nInclude /etc/ssh/ssh_config.d/*.conf\n',
    });
    const started = performance.now();
    const result = await scan({ ...defaultOptions(root), paths: ['.'] });
    assert.ok(performance.now() - started < 10_000);
    const lines = result.findings.map((finding) => `${finding.path}:${finding.line} ${finding.rule}`);
    assert.deepEqual(lines, [
      '.ssh/config:1 include-unresolved',
      '.ssh/config:2 include-unresolved',
      'sshd_config:1 include-unresolved',
      'sshd_config:2 include-unresolved',
      'sshd_config:3 include-unresolved',
      'sshd_config:4 include-unresolved',
    ]);
    assert.match(
      result.findings.find((finding) => finding.path === 'sshd_config')!.message,
      /^Include \/etc\/ssh\/sshd_config\.d\/\*\.conf /,
    );
  });

  it('maps absolute Includes onto the copy of the target machine the tree holds', async () => {
    const root = tempDir();
    writeTree(root, {
      // An Ansible role's files/ and an image's rootfs/ each play `/` for their own configs.
      'roles/ssh/files/etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nPermitRootLogin no\n',
      'roles/ssh/files/etc/ssh/sshd_config.d/10-legacy.conf': 'Ciphers +aes128-cbc\n',
      'rootfs/etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\n',
      'rootfs/etc/ssh/sshd_config.d/50-cloud-init.conf': 'PasswordAuthentication yes\n',
      // A config with no etc/ of its own: the directory it stands in plays /etc/ssh.
      'deploy/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\n',
      'deploy/sshd_config.d/x.conf': 'PermitEmptyPasswords yes\n',
    });
    const result = await scan({ ...defaultOptions(root), paths: ['.'] });
    const lines = result.findings.map((finding) => `${finding.path}:${finding.line} ${finding.rule}`);
    assert.deepEqual(lines, [
      'deploy/sshd_config.d/x.conf:1 empty-passwords',
      'roles/ssh/files/etc/ssh/sshd_config.d/10-legacy.conf:1 weak-cipher',
      'rootfs/etc/ssh/sshd_config.d/50-cloud-init.conf:1 password-auth',
    ]);
  });
});
