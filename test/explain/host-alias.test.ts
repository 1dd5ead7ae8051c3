/**
 * The scoped workaround must go where `ssh NAME` reads it: ssh_config(5) matches Host against the name the
 * user typed, not the HostName it maps to, so a `Host 192.0.2.10` block never applies to `ssh nas`. The
 * name comes from --host, from the client log (`... line N: Applying options for nas`) or from --config's
 * HostName mapping (Include followed). Each case applies the printed lines to the config and asks the real
 * `ssh -G` whether the option now applies to the name the user types.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { describe, it } from 'node:test';
import { explain, type ExplainContext } from '../../src/core/explain/index.js';
import { tempDir } from '../helpers/openssh.js';

const NEGOTIATION = (address: string): string =>
  `Unable to negotiate with ${address} port 22: no matching host key type found. Their offer: ssh-rsa`;

const diskSource = {
  read: (path: string): string | null => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  },
  include: (from: string, pattern: string): string[] => {
    // Enough of glob(3) for these tests: one directory, `*.conf`.
    const dir = isAbsolute(pattern) ? dirname(pattern) : join(dirname(from), dirname(pattern));
    const suffix = pattern.split('*')[1] ?? '';
    return execFileSync('ls', [dir], { encoding: 'utf8' })
      .split('\n')
      .filter((name) => name.endsWith(suffix) && name !== '')
      .map((name) => join(dir, name));
  },
};

/** What `ssh -G` decides for `name` under `config`: the hostkeyalgorithms and hostname lines. */
function sshG(config: string, name: string): { hostkeyalgorithms: string[]; hostname: string } {
  const out = execFileSync('ssh', ['-G', '-F', config, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const value = (key: string): string =>
    out
      .split('\n')
      .find((line) => line.startsWith(`${key} `))!
      .slice(key.length + 1);
  return { hostkeyalgorithms: value('hostkeyalgorithms').split(','), hostname: value('hostname') };
}

/** Puts the option lines (the indented ones) right after the Host line of the block the fix names. */
function apply(configPath: string, lines: string[]): void {
  const [header, ...options] = lines;
  const text = readFileSync(configPath, 'utf8').split('\n');
  const at = text.findIndex((line) => line.trim() === header);
  if (at < 0) text.unshift(header!, ...options);
  else text.splice(at + 1, 0, ...options);
  writeFileSync(configPath, text.join('\n'));
}

function workaround(log: string, context: ExplainContext): { text: string; lines: string[] } {
  const result = explain([{ name: 'client.log', text: log }], context);
  const fix = result.explanations[0]!.fixes.find((entry) => entry.kind === 'workaround');
  assert.ok(fix?.lines, JSON.stringify(result.explanations[0]?.fixes));
  return { text: fix.text, lines: fix.lines };
}

describe('explain puts the workaround under the name the user types', () => {
  const dir = tempDir();

  it('--config maps the address in the log back to its alias, and ssh -G agrees the fix applies to it', () => {
    const config = join(dir, 'alias.config');
    writeFileSync(
      config,
      'Host backup backup.example.org\n    HostName 192.0.2.20\n    User admin\n\nHost *\n    ServerAliveInterval 30\n',
    );
    const { text, lines } = workaround(NEGOTIATION('192.0.2.20'), { config: { path: config, source: diskSource } });
    assert.deepEqual(lines, ['Host backup backup.example.org', '    HostKeyAlgorithms +ssh-rsa']);
    assert.match(
      text,
      new RegExp(`existing "Host backup backup\\.example\\.org" block of your ssh_config \\(${config.replace(/[.]/g, '\\.')}:1\\)`),
    );
    assert.ok(!sshG(config, 'backup').hostkeyalgorithms.includes('ssh-rsa'), 'precondition: not enabled yet');
    apply(config, lines);
    assert.ok(sshG(config, 'backup').hostkeyalgorithms.includes('ssh-rsa'));
    assert.ok(sshG(config, 'backup.example.org').hostkeyalgorithms.includes('ssh-rsa'));
    assert.ok(!sshG(config, 'other.example.org').hostkeyalgorithms.includes('ssh-rsa'), 'no other host is weakened');
  });

  it('a `Host 192.0.2.20` block, as the address alone would give, does not apply to `ssh backup`', () => {
    const config = join(dir, 'address.config');
    writeFileSync(config, 'Host backup\n    HostName 192.0.2.20\n');
    apply(config, ['Host 192.0.2.20', '    HostKeyAlgorithms +ssh-rsa']);
    assert.equal(sshG(config, 'backup').hostname, '192.0.2.20');
    assert.ok(!sshG(config, 'backup').hostkeyalgorithms.includes('ssh-rsa'));
  });

  it('follows Include to find the alias, and skips wildcard and negated patterns', () => {
    const config = join(dir, 'main.config');
    mkdirSync(join(dir, 'conf.d'), { recursive: true });
    writeFileSync(join(dir, 'conf.d', 'nas.conf'), 'Host *.lan !printer.lan storage\n    HostName 10.0.0.5\n');
    // Absolute: ssh(1) reads a relative Include of a user config from ~/.ssh, not next to the file.
    writeFileSync(config, `Include ${join(dir, 'conf.d')}/*.conf\n`);
    const { lines } = workaround(NEGOTIATION('10.0.0.5'), { config: { path: config, source: diskSource } });
    assert.deepEqual(lines, ['Host *.lan !printer.lan storage', '    HostKeyAlgorithms +ssh-rsa']);
    apply(join(dir, 'conf.d', 'nas.conf'), lines);
    assert.ok(sshG(config, 'storage').hostkeyalgorithms.includes('ssh-rsa'));
  });

  it('takes the name from the client log when there is no --config, and names the file and line it read', () => {
    const log = [
      'OpenSSH_9.2p1 Debian-2+deb12u10, OpenSSL 3.0.19 27 Jan 2026',
      'debug1: Reading configuration data /home/me/.ssh/config',
      'debug1: /home/me/.ssh/config line 4: Applying options for nas',
      'debug1: /home/me/.ssh/config line 9: Applying options for *',
      'debug1: Connecting to 192.0.2.10 [192.0.2.10] port 22.',
      NEGOTIATION('192.0.2.10'),
    ].join('\n');
    const { text, lines } = workaround(log, {});
    assert.deepEqual(lines, ['Host nas', '    HostKeyAlgorithms +ssh-rsa']);
    assert.match(text, /existing "Host nas" block of your ssh_config \(\/home\/me\/\.ssh\/config:4\)/);
    assert.match(text, /re-enables ssh-rsa for nas and nothing else/);
  });

  it('a log that applied only `Host *` keeps the address; --host wins over everything', () => {
    const log = ['debug1: /etc/ssh/ssh_config line 21: Applying options for *', NEGOTIATION('192.0.2.11')].join('\n');
    assert.deepEqual(workaround(log, {}).lines, ['Host 192.0.2.11', '    HostKeyAlgorithms +ssh-rsa']);
    assert.deepEqual(workaround(log, { host: 'files' }).lines, ['Host files', '    HostKeyAlgorithms +ssh-rsa']);
  });

  it('names the alias in what happened, with the address it connected to', () => {
    const config = join(dir, 'happened.config');
    writeFileSync(config, 'Host vault\n    HostName 192.0.2.99\n');
    const result = explain([{ name: 'client.log', text: NEGOTIATION('192.0.2.99') }], { config: { path: config, source: diskSource } });
    assert.match(result.explanations[0]!.happened, /^The connection to vault \(192\.0\.2\.99\) ended before authentication/);
  });
});
