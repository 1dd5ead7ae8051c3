import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { globSync } from 'glob';
import { effectiveAlgorithms, effectiveSettings, type ConfigSource } from '../../src/core/ssh-config/effective.js';
import { tempDir } from '../helpers/openssh.js';

// ssh -G prints the options it would use for a host after reading the config: the truth to compare with.
const OPTIONS: Record<string, string> = {
  hostkeyalgorithms: 'HostKeyAlgorithms',
  pubkeyacceptedalgorithms: 'PubkeyAcceptedAlgorithms',
  kexalgorithms: 'kex',
  ciphers: 'cipher',
  macs: 'mac',
  casignaturealgorithms: 'sig',
  hostbasedacceptedalgorithms: 'HostbasedAcceptedAlgorithms',
};

function sshG(config: string, host: string): Map<string, string> {
  const output = execFileSync('ssh', ['-G', '-F', config, host], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return new Map(
    output.split('\n').map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)] as [string, string]),
  );
}

const source: ConfigSource = {
  read: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  },
  include: (from, pattern) => globSync(isAbsolute(pattern) ? pattern : resolve(dirname(from), pattern)).sort(),
};

describe('effective algorithms agree with ssh -G', () => {
  const dir = tempDir();
  const defaults = new Map<string, string[]>();
  const supported = new Map<string, string[]>();

  before(() => {
    const empty = join(dir, 'empty');
    writeFileSync(empty, '');
    const plain = sshG(empty, 'example.com');
    for (const [option, query] of Object.entries(OPTIONS)) {
      defaults.set(option, plain.get(option)!.split(','));
      supported.set(option, execFileSync('ssh', ['-Q', query], { encoding: 'utf8' }).trim().split('\n'));
    }
  });

  const configs: Record<string, string> = {
    'modifiers and blocks': `
Host legacy.example.com old-*
  HostKeyAlgorithms +ssh-rsa,ssh-dss
  PubkeyAcceptedKeyTypes +ssh-rsa
  KexAlgorithms +diffie-hellman-group1-sha1
Host !skip.example.com *.example.com
  Ciphers ^aes256-cbc
  MACs -hmac-sha1*,umac-64*
Host *
  Ciphers aes128-ctr,3des-cbc
  HostKeyAlgorithms -ecdsa-*
  PubkeyAcceptedAlgorithms ssh-ed25519,rsa-sha2-*
  CASignatureAlgorithms +ssh-rsa
`,
    'match blocks': `
Match host build-*,!build-old
  KexAlgorithms -curve25519*,ecdh-*
Match !host *.internal
  HostbasedAcceptedAlgorithms ^ssh-rsa
Match all
  MACs hmac-sha2-512-etm@openssh.com,hmac-md5
`,
    'key=value and quotes': `
Host=quoted.example.com
  Ciphers="aes256-ctr,aes128-cbc"
HostKeyAlgorithms = ^ssh-ed25519 # first wins for hosts not matched above
`,
  };
  const hosts = [
    'legacy.example.com',
    'old-box',
    'app.example.com',
    'skip.example.com',
    'build-1',
    'build-old',
    'db.internal',
    'quoted.example.com',
    'other.net',
  ];

  for (const [name, text] of Object.entries(configs)) {
    it(`for ${name}`, () => {
      const path = join(dir, name.replace(/\W+/g, '-'));
      writeFileSync(path, text);
      for (const host of hosts) {
        const truth = sshG(path, host);
        const settings = effectiveSettings(path, host, source);
        for (const option of Object.keys(OPTIONS)) {
          const ours = effectiveAlgorithms(settings, option, defaults.get(option)!, supported.get(option)!);
          assert.deepEqual(ours.join(','), truth.get(option), `${option} for ${host} in "${name}"`);
        }
      }
    });
  }

  it('follows Include with globs, inside a Host block only when it matches', () => {
    const included = join(dir, 'conf.d');
    execFileSync('mkdir', ['-p', included]);
    writeFileSync(join(included, '10-legacy.conf'), 'HostKeyAlgorithms +ssh-rsa\n');
    writeFileSync(join(included, '20-kex.conf'), 'KexAlgorithms +diffie-hellman-group14-sha1\nHostKeyAlgorithms -ssh-ed25519\n');
    writeFileSync(join(included, 'macs.conf'), 'MACs hmac-sha1\n');
    const path = join(dir, 'with-include');
    // ssh resolves relative Include paths in ~/.ssh, so the comparison uses absolute ones.
    writeFileSync(
      path,
      `Host legacy.example.com\n  Include ${included}/*.conf\nHost *\n  Include ${included}/macs.conf\n  Ciphers aes256-ctr\n`,
    );
    for (const host of ['legacy.example.com', 'other.net']) {
      const truth = sshG(path, host);
      const settings = effectiveSettings(path, host, source);
      for (const option of Object.keys(OPTIONS)) {
        assert.equal(
          effectiveAlgorithms(settings, option, defaults.get(option)!, supported.get(option)!).join(','),
          truth.get(option),
          `${option} for ${host}`,
        );
      }
    }
  });
});
