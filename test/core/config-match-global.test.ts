/**
 * sshd refuses global-only options inside a Match block and does not start: the list of such keywords is
 * held to the real sshd (`sshd -T` stops with "not allowed within a Match block"), and the audit reports
 * such a line as not-allowed-in-match instead of judging its value as if it were in force.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { DEPRECATED, SERVER_GLOBAL_ONLY, SERVER_KEYWORDS } from '../../src/core/ssh-config/keywords.js';
import { defaultOptions } from '../../src/core/options.js';
import { scan } from '../../src/core/scan.js';
import { writeTree } from '../helpers/cli.js';
import { SSHD } from '../helpers/sshd.js';
import { tempDir } from '../helpers/openssh.js';
import { skipUnless } from '../helpers/requirements.js';

describe('global-only sshd options inside Match', { skip: skipUnless(!existsSync(SSHD) && 'sshd is not installed') }, () => {
  const dir = tempDir();
  const hostKey = join(dir, 'host_ed25519');
  before(() => {
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', hostKey]);
    mkdirSync('/run/sshd', { recursive: true });
  });

  /** sshd -T's first complaint about `keyword x` inside a Match block, or '' when it has none. */
  const complaint = (keyword: string): string => {
    const file = join(dir, `${keyword}.conf`);
    writeFileSync(file, `HostKey ${hostKey}\nMatch User nobody-here\n  ${keyword} x\n`);
    const run = spawnSync(SSHD, ['-T', '-f', file, '-C', 'user=root,host=h,addr=192.0.2.1'], { encoding: 'utf8' });
    return run.stderr.split('\n')[0] ?? '';
  };

  it('names exactly the keywords this sshd refuses inside Match (those it knows)', () => {
    const refused: string[] = [];
    const listed: string[] = [];
    // Removed keywords too: sshd still refuses some of them inside Match (Protocol, UsePrivilegeSeparation).
    for (const keyword of new Set([...SERVER_KEYWORDS, ...SERVER_GLOBAL_ONLY, ...Object.keys(DEPRECATED)])) {
      const said = complaint(keyword);
      // A keyword newer than this sshd is checked against servconf.c by hand, not here.
      if (/Bad configuration option|Deprecated option|Unsupported option/.test(said)) continue;
      if (said.includes('not allowed within a Match block')) refused.push(keyword);
      if (SERVER_GLOBAL_ONLY.has(keyword)) listed.push(keyword);
    }
    assert.ok(refused.includes('ciphers') && refused.includes('port'), refused.join(' '));
    assert.deepEqual(listed.sort(), refused.sort());
  });

  it('reports Ciphers in a file included from inside Match as not-allowed-in-match, not as a weak cipher in force', async () => {
    const root = join(dir, 'tree');
    writeTree(root, {
      'etc/ssh/sshd_config':
        'KbdInteractiveAuthentication no\nPasswordAuthentication no\nMatch Address 10.0.0.0/8\n  Include /etc/ssh/match.d/*.conf\n',
      'etc/ssh/match.d/a.conf': 'PermitRootLogin prohibit-password\nCiphers +aes128-cbc\n',
    });
    const result = await scan({ ...defaultOptions(root), paths: ['.'] });
    assert.deepEqual(
      result.findings.map((finding) => `${finding.path}:${finding.line} ${finding.rule} ${finding.severity}`),
      ['etc/ssh/match.d/a.conf:2 not-allowed-in-match error'],
    );
    assert.match(
      result.findings[0]!.message,
      /^sshd refuses to start with Ciphers inside the "Match Address 10\.0\.0\.0\/8" block \(line 3\) of etc\/ssh\/sshd_config that includes this file, as it/,
    );
    // The real sshd on the same files (absolute Include pointed at the copy) refuses them.
    const oracle = join(dir, 'oracle');
    writeTree(oracle, {
      'etc/ssh/sshd_config': `HostKey ${hostKey}\nMatch Address 10.0.0.0/8\n  Include ${oracle}/etc/ssh/match.d/*.conf\n`,
      'etc/ssh/match.d/a.conf': 'Ciphers +aes128-cbc\n',
    });
    const run = spawnSync(SSHD, ['-t', '-f', join(oracle, 'etc/ssh/sshd_config')], { encoding: 'utf8' });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /Directive 'Ciphers' is not allowed within a Match block/);
  });

  it('Match all is active when sshd starts: a global-only option there is accepted and judged as usual', async () => {
    const root = join(dir, 'match-all');
    const text = 'KbdInteractiveAuthentication no\nMatch all\n  MACs hmac-md5\n';
    writeTree(root, { 'etc/ssh/sshd_config': text });
    const result = await scan({ ...defaultOptions(root), paths: ['.'] });
    assert.deepEqual(
      result.findings.map((finding) => `${finding.line} ${finding.rule}`),
      ['3 weak-mac'],
    );
    const file = join(dir, 'match-all.conf');
    writeFileSync(file, `HostKey ${hostKey}\n${text}`);
    const run = spawnSync(SSHD, ['-T', '-f', file, '-C', 'user=root,host=h,addr=192.0.2.1'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^macs hmac-md5$/m);
  });

  it('a removed option that sshd refuses inside Match (Protocol) is not-allowed-in-match, not only deprecated', async () => {
    const root = join(dir, 'protocol');
    writeTree(root, { 'etc/ssh/sshd_config': 'KbdInteractiveAuthentication no\nMatch User alice\n  Protocol 2\n' });
    const result = await scan({ ...defaultOptions(root), paths: ['.'] });
    assert.deepEqual(
      result.findings.map((finding) => `${finding.line} ${finding.rule}`),
      ['3 not-allowed-in-match'],
    );
    assert.match(complaint('protocol'), /not allowed within a Match block/);
  });

  it('a global-only option above the first Match line is judged as usual', async () => {
    const root = join(dir, 'global');
    writeTree(root, {
      'etc/ssh/sshd_config': 'KbdInteractiveAuthentication no\nCiphers +aes128-cbc\nMatch User ci\n  PasswordAuthentication no\n',
    });
    const result = await scan({ ...defaultOptions(root), paths: ['.'] });
    assert.deepEqual(
      result.findings.map((finding) => `${finding.line} ${finding.rule}`),
      ['2 weak-cipher'],
    );
  });
});
