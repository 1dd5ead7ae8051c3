/**
 * The configuration audit reports the settings in force, as OpenSSH evaluates them: drop-in order, Include
 * at its place, first value wins, Match and Host scope, a file included inside a block inheriting it. Each
 * layout is evaluated by the real tools (`sshd -T -f FILE -C user=…,host=…,addr=…`, `ssh -G -F FILE HOST`);
 * our evaluation must agree with them for every probe, and the findings must be exactly the weak values
 * that decide for some probe (plus the hand-written list, so that the derivation cannot be empty).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { addedBy } from '../../src/core/ssh-config/algorithm-lists.js';
import { effectiveSettings, walkConfig } from '../../src/core/ssh-config/effective.js';
import { serverSettingsFor, type ServerConnection } from '../../src/core/ssh-config/in-force.js';
import { TreeSource } from '../../src/core/ssh-config/tree-source.js';
import { knownAlgorithms } from '../../src/core/data/algorithms.js';
import { defaultOptions } from '../../src/core/options.js';
import { scan } from '../../src/core/scan.js';
import type { Finding } from '../../src/core/types.js';
import { writeTree } from '../helpers/cli.js';
import { SSHD } from '../helpers/sshd.js';
import { tempDir } from '../helpers/openssh.js';
import { skipUnless } from '../helpers/requirements.js';

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(root, path) : [relative(root, path)];
  });
}

function treeSource(root: string): TreeSource {
  return new TreeSource(listFiles(root), (path) => readFileSync(join(root, path), 'latin1'));
}

const rows = (findings: readonly Finding[], rules: readonly string[]): string[] =>
  findings
    .filter((finding) => rules.includes(finding.rule))
    .map((finding) => `${finding.path}:${finding.line} ${finding.rule}`)
    .sort();

// ---- sshd ----

interface ServerLayout {
  files: Record<string, string>;
  /** Findings (path:line rule) of the rules below, as sshd_config(5) and `sshd -T` say. */
  expect: string[];
  /** A message that must be among the findings, for the scope. */
  message?: RegExp;
}

const SERVER_RULES = ['password-auth', 'root-login', 'empty-passwords'];
const SERVER_KEYWORDS: Record<string, string> = {
  passwordauthentication: 'password-auth',
  kbdinteractiveauthentication: 'password-auth',
  permitrootlogin: 'root-login',
  permitemptypasswords: 'empty-passwords',
};
const MAIN = 'etc/ssh/sshd_config';
const DROPINS = 'Include /etc/ssh/sshd_config.d/*.conf\n';

const SERVER_LAYOUTS: Record<string, ServerLayout> = {
  'a hardening drop-in that sorts first wins over cloud-init': {
    files: {
      [MAIN]: `${DROPINS}KbdInteractiveAuthentication no\n`,
      'etc/ssh/sshd_config.d/00-hardening.conf': 'PasswordAuthentication no\nPermitRootLogin no\n',
      'etc/ssh/sshd_config.d/50-cloud-init.conf': 'PasswordAuthentication yes\n',
    },
    expect: [],
  },
  'cloud-init that sorts first wins over a late hardening drop-in': {
    files: {
      [MAIN]: `${DROPINS}KbdInteractiveAuthentication no\n`,
      'etc/ssh/sshd_config.d/01-cloud-init.conf': 'PasswordAuthentication yes\n',
      'etc/ssh/sshd_config.d/60-hardening.conf': 'PasswordAuthentication no\n',
    },
    expect: ['etc/ssh/sshd_config.d/01-cloud-init.conf:1 password-auth'],
  },
  'Include at the bottom comes after the main file': {
    files: {
      [MAIN]: `PasswordAuthentication yes\nKbdInteractiveAuthentication no\n${DROPINS}`,
      'etc/ssh/sshd_config.d/hardening.conf': 'PasswordAuthentication no\nPermitRootLogin yes\n',
    },
    expect: ['etc/ssh/sshd_config.d/hardening.conf:2 root-login', 'etc/ssh/sshd_config:1 password-auth'],
  },
  'globs sort lexically: 10- before 2-': {
    files: {
      [MAIN]: `${DROPINS}KbdInteractiveAuthentication no\n`,
      'etc/ssh/sshd_config.d/10-a.conf': 'PermitRootLogin no\n',
      'etc/ssh/sshd_config.d/2-b.conf': 'PermitRootLogin yes\n',
    },
    expect: [],
  },
  'a Match User block overrides the global value for that user': {
    files: { [MAIN]: 'PasswordAuthentication no\nKbdInteractiveAuthentication no\nMatch User ci\n  PasswordAuthentication yes\n' },
    expect: ['etc/ssh/sshd_config:4 password-auth'],
    message: /in the "Match User ci" block \(line 3\)/,
  },
  'Match all overrides an earlier global line for everyone': {
    files: { [MAIN]: 'PermitRootLogin yes\nKbdInteractiveAuthentication no\nMatch all\n  PermitRootLogin no\n' },
    expect: [],
  },
  'Match Address with a CIDR block': {
    files: { [MAIN]: 'PermitRootLogin no\nKbdInteractiveAuthentication no\nMatch Address 10.0.0.0/8\n  PermitRootLogin yes\n' },
    expect: ['etc/ssh/sshd_config:4 root-login'],
  },
  'a drop-in included inside a Match block inherits it': {
    files: {
      [MAIN]: 'KbdInteractiveAuthentication no\nPasswordAuthentication no\nMatch User admin\n  Include /etc/ssh/admin.d/*.conf\n',
      'etc/ssh/admin.d/passwords.conf': 'PasswordAuthentication yes\n',
    },
    expect: ['etc/ssh/admin.d/passwords.conf:1 password-auth'],
    message: /"Match User admin" block \(line 3\) of etc\/ssh\/sshd_config that includes this file allows password logins/,
  },
  'the first of two Match blocks with the same criteria decides': {
    files: {
      [MAIN]:
        'KbdInteractiveAuthentication no\nMatch User deploy\n  PasswordAuthentication no\nMatch User deploy\n  PasswordAuthentication yes\n',
    },
    expect: [],
  },
  'PermitRootLogin in a Match User block that cannot match root lets nobody in as root': {
    files: { [MAIN]: 'PermitRootLogin no\nKbdInteractiveAuthentication no\nMatch User backup,deploy\n  PermitRootLogin yes\n' },
    expect: [],
  },
  'PermitRootLogin in a Match User block that names root': {
    files: { [MAIN]: 'PermitRootLogin no\nKbdInteractiveAuthentication no\nMatch User backup,root\n  PermitRootLogin yes\n' },
    expect: ['etc/ssh/sshd_config:4 root-login'],
  },
  'PermitRootLogin in a Match User block whose wildcard admits root and whose negation does not exclude it': {
    files: { [MAIN]: 'PermitRootLogin no\nKbdInteractiveAuthentication no\nMatch User !backup,r*\n  PermitRootLogin yes\n' },
    expect: ['etc/ssh/sshd_config:4 root-login'],
  },
  'PermitRootLogin in a Match User block that negates root': {
    files: { [MAIN]: 'PermitRootLogin no\nKbdInteractiveAuthentication no\nMatch User !root,*\n  PermitRootLogin yes\n' },
    expect: [],
  },
  'PermitRootLogin in a Match block that pairs User with Address': {
    files: { [MAIN]: 'PermitRootLogin no\nKbdInteractiveAuthentication no\nMatch Address 10.0.0.0/8 User ci\n  PermitRootLogin yes\n' },
    expect: [],
  },
  'ChallengeResponseAuthentication is the same option as KbdInteractiveAuthentication': {
    files: { [MAIN]: 'KbdInteractiveAuthentication no\nChallengeResponseAuthentication yes\nPermitEmptyPasswords yes\n' },
    expect: ['etc/ssh/sshd_config:3 empty-passwords'],
  },
};

const PROBES: ServerConnection[] = [
  { user: 'bob', host: 'client.example.org', address: '192.0.2.1' },
  { user: 'ci', host: 'client.example.org', address: '192.0.2.1' },
  { user: 'admin', host: 'client.example.org', address: '192.0.2.1' },
  { user: 'deploy', host: 'client.example.org', address: '192.0.2.1' },
  { user: 'bob', host: 'client.example.org', address: '10.1.2.3' },
  { user: 'root', host: 'client.example.org', address: '192.0.2.1' },
  { user: 'root', host: 'client.example.org', address: '10.1.2.3' },
];

describe('sshd settings in force agree with sshd -T', { skip: skipUnless(!existsSync(SSHD) && 'sshd is not installed') }, () => {
  const dir = tempDir();
  const hostKey = join(dir, 'host_ed25519');
  before(() => {
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', hostKey]);
    // sshd -T checks for its privilege separation directory, which only the service unit creates.
    mkdirSync('/run/sshd', { recursive: true });
  });

  for (const [name, layout] of Object.entries(SERVER_LAYOUTS)) {
    it(name, async () => {
      const root = join(dir, name.replace(/\W+/g, '-'));
      writeTree(join(root, 'tree'), layout.files);
      // The same files for the real sshd, with the target's absolute paths pointing at this copy.
      const oracle = join(root, 'oracle');
      for (const [path, text] of Object.entries(layout.files)) {
        mkdirSync(dirname(join(oracle, path)), { recursive: true });
        writeFileSync(join(oracle, path), text.replaceAll(' /etc/', ` ${oracle}/etc/`));
      }
      const source = treeSource(join(root, 'tree'));
      const entries = walkConfig(MAIN, source);
      const derived = new Set<string>();
      for (const probe of PROBES) {
        const output = execFileSync(
          SSHD,
          ['-T', '-f', join(oracle, MAIN), '-h', hostKey, '-C', `user=${probe.user},host=${probe.host},addr=${probe.address}`],
          { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
        );
        const truth = new Map(output.split('\n').map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)]));
        const ours = serverSettingsFor(entries, probe);
        for (const [keyword, rule] of Object.entries(SERVER_KEYWORDS)) {
          const deciding = ours.get(keyword);
          const value = deciding?.directive.args[0]?.toLowerCase();
          if (value !== undefined) assert.equal(value, truth.get(keyword), `${keyword} for ${probe.user}@${probe.address}`);
          // PermitRootLogin decides nothing for another user's login: only root's connections count.
          if (value === 'yes' && (rule !== 'root-login' || probe.user === 'root'))
            derived.add(`${deciding!.path}:${deciding!.directive.line} ${rule}`);
        }
      }
      const result = await scan({ ...defaultOptions(join(root, 'tree')), paths: ['.'] });
      const found = rows(result.findings, SERVER_RULES);
      assert.deepEqual(found, [...derived].sort(), 'findings are the weak values sshd uses for some connection');
      assert.deepEqual(found, [...layout.expect].sort());
      if (layout.message)
        assert.ok(
          result.findings.some((finding) => layout.message!.test(finding.message)),
          'scope in the message',
        );
    });
  }

  it('a shadowed weak line gets a notice that names the line that decides, and nothing stronger', async () => {
    const root = join(dir, 'notice');
    writeTree(root, SERVER_LAYOUTS['a hardening drop-in that sorts first wins over cloud-init']!.files);
    const result = await scan({ ...defaultOptions(root), paths: ['.'] });
    assert.deepEqual(
      result.findings.map((finding) => `${finding.path}:${finding.line} ${finding.rule} ${finding.severity}`),
      ['etc/ssh/sshd_config.d/50-cloud-init.conf:1 shadowed-setting notice'],
    );
    assert.match(
      result.findings[0]!.message,
      /PasswordAuthentication yes has no effect: "PasswordAuthentication no" at etc\/ssh\/sshd_config\.d\/00-hardening\.conf line 1/,
    );
  });
});

// ---- ssh ----

interface ClientLayout {
  files: Record<string, string>;
  expect: string[];
  message?: RegExp;
}

const CLIENT_RULES = ['host-key-checking-disabled', 'weak-kex', 'weak-cipher', 'sha1-signatures-enabled'];
const CONFIG = 'home/.ssh/config';
const HOSTS = ['lab-1', 'nas.lan', 'build.corp.example.org', 'other.example.net', 'old-router'];

const CLIENT_LAYOUTS: Record<string, ClientLayout> = {
  'an Include inside a Host block applies to that block only': {
    files: {
      [CONFIG]: 'Include config.d/*\nHost *.corp.example.org\n  User me\n  Include work.d/*.conf\nHost *\n  StrictHostKeyChecking ask\n',
      'home/.ssh/config.d/10-homelab':
        'Host nas.lan\n  HostKeyAlgorithms +ssh-rsa\nHost lab-*\n  StrictHostKeyChecking no\n  UserKnownHostsFile /dev/null\n',
      'home/.ssh/work.d/legacy.conf': 'KexAlgorithms +diffie-hellman-group14-sha1\nCiphers +aes256-cbc\n',
    },
    expect: [
      'home/.ssh/config.d/10-homelab:2 sha1-signatures-enabled',
      'home/.ssh/config.d/10-homelab:4 host-key-checking-disabled',
      'home/.ssh/config.d/10-homelab:5 host-key-checking-disabled',
      'home/.ssh/work.d/legacy.conf:1 weak-kex',
      'home/.ssh/work.d/legacy.conf:2 weak-cipher',
    ],
    message: /"Host \*\.corp\.example\.org" block \(line 2\) of home\/\.ssh\/config that includes this file/,
  },
  'Host * at the top decides before a later Host block': {
    files: { [CONFIG]: 'Host *\n  StrictHostKeyChecking ask\nHost lab-*\n  StrictHostKeyChecking no\n' },
    expect: [],
  },
  'a wildcard Host decides before a later Host naming one of its hosts': {
    files: { [CONFIG]: 'Host *.lan\n  HostKeyAlgorithms ssh-ed25519\nHost nas.lan\n  HostKeyAlgorithms +ssh-rsa\n' },
    expect: [],
  },
  'an Include inside Match host, through ~/.ssh': {
    files: {
      [CONFIG]: 'Match host old-*\n  Include ~/.ssh/legacy.conf\n',
      'home/.ssh/legacy.conf': 'KexAlgorithms +diffie-hellman-group14-sha1\n',
    },
    expect: ['home/.ssh/legacy.conf:1 weak-kex'],
    message: /"Match host old-\*" block \(line 1\) of home\/\.ssh\/config that includes this file/,
  },
  'a strict drop-in that sorts first shadows a CI drop-in': {
    files: {
      [CONFIG]: 'Include config.d/*.conf\n',
      'home/.ssh/config.d/00-strict.conf': 'StrictHostKeyChecking yes\n',
      'home/.ssh/config.d/50-ci.conf': 'Host *\n  StrictHostKeyChecking no\n',
    },
    expect: [],
  },
  'a specific Host before Host * keeps its own value': {
    files: { [CONFIG]: 'Host lab-*\n  UserKnownHostsFile /dev/null\nHost *\n  UserKnownHostsFile ~/.ssh/known_hosts_pinned\n' },
    expect: ['home/.ssh/config:2 host-key-checking-disabled'],
  },
};

describe('ssh settings in force agree with ssh -G', () => {
  const dir = tempDir();
  for (const [name, layout] of Object.entries(CLIENT_LAYOUTS)) {
    it(name, async () => {
      const root = join(dir, name.replace(/\W+/g, '-'));
      writeTree(root, layout.files);
      const source = treeSource(root);
      const derived = new Set<string>();
      for (const host of HOSTS) {
        const output = execFileSync('ssh', ['-G', '-F', join(root, CONFIG), host], {
          encoding: 'utf8',
          env: { ...process.env, HOME: join(root, 'home') },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const truth = new Map(output.split('\n').map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)]));
        const ours = effectiveSettings(CONFIG, host, source);
        const checking = ours.get('stricthostkeychecking');
        if (checking) {
          const value = { no: 'false', off: 'false', yes: 'true' }[checking.args[0]!.toLowerCase()] ?? checking.args[0]!.toLowerCase();
          assert.equal(value, truth.get('stricthostkeychecking'), `StrictHostKeyChecking for ${host}`);
          if (value === 'false') derived.add(`${checking.path}:${checking.line} host-key-checking-disabled`);
        }
        const knownHosts = ours.get('userknownhostsfile');
        assert.equal(
          knownHosts?.args[0] === '/dev/null',
          truth.get('userknownhostsfile') === '/dev/null',
          `UserKnownHostsFile for ${host}`,
        );
        if (knownHosts?.args[0] === '/dev/null') derived.add(`${knownHosts.path}:${knownHosts.line} host-key-checking-disabled`);
        const weak: [string, string, 'kex' | 'cipher' | 'signature', string][] = [
          ['kexalgorithms', 'diffie-hellman-group14-sha1', 'kex', 'weak-kex'],
          ['ciphers', 'aes256-cbc', 'cipher', 'weak-cipher'],
          ['hostkeyalgorithms', 'ssh-rsa', 'signature', 'sha1-signatures-enabled'],
        ];
        for (const [keyword, name, kind, rule] of weak) {
          const setting = ours.get(keyword);
          const enabled = setting !== undefined && addedBy(setting.args[0]!, knownAlgorithms(kind)).includes(name);
          assert.equal(enabled, truth.get(keyword)!.split(',').includes(name), `${name} for ${host}`);
          if (enabled) derived.add(`${setting.path}:${setting.line} ${rule}`);
        }
      }
      const result = await scan({ ...defaultOptions(root), paths: ['.'] });
      const found = rows(result.findings, CLIENT_RULES);
      assert.deepEqual(found, [...derived].sort(), 'findings are the weak values ssh uses for some host');
      assert.deepEqual(found, [...layout.expect].sort());
      if (layout.message)
        assert.ok(
          result.findings.some((finding) => layout.message!.test(finding.message)),
          'scope in the message',
        );
      assert.ok(!result.findings.some((finding) => finding.rule === 'include-unresolved'));
    });
  }
});

describe('configs in git history', () => {
  it('are judged on their own, first value first, without notices for Includes they cannot follow', async () => {
    const root = tempDir();
    const text = 'Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\nPasswordAuthentication yes\nPermitRootLogin yes\n';
    async function* blobs() {
      yield { path: 'etc/ssh/sshd_config', commit: 'a'.repeat(40), bytes: Buffer.from(text) };
    }
    const result = await scan({ ...defaultOptions(root), paths: ['.'] }, {}, { history: { blobs: blobs(), total: 1, shallow: false } });
    assert.deepEqual(
      result.findings.map((finding) => `${finding.path}:${finding.line} ${finding.rule} ${finding.commit?.slice(0, 4)}`),
      ['etc/ssh/sshd_config:3 shadowed-setting aaaa', 'etc/ssh/sshd_config:4 root-login aaaa'],
    );
  });
});
