/**
 * The cheap tests that decide which files the config audit reads: settings handed to ssh without `-o` are
 * searched only in scripts, CI and Ansible files that hold one of their byte markers, and a file is sniffed
 * as a config only when one of its first lines is a keyword line. Each way of handing a setting to ssh is
 * tried alone in its own file (so no other marker lets it through), by the scan and by the bundled CLI.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultOptions } from '../../src/core/options.js';
import { scan } from '../../src/core/scan.js';
import { configKindByContent, mayBeConfigByContent } from '../../src/core/ssh-config/audit.js';
import type { Finding } from '../../src/core/types.js';
import { scanJson, writeTree } from '../helpers/cli.js';
import { tempDir } from '../helpers/openssh.js';

// Each text alone in a file, under a name that says it is a script, a CI or an Ansible file.
const ALONE: [path: string, text: string, rule: string][] = [
  ['flags/copy.sh', 'scp -c 3des-cbc fw.bin switch:flash:\n', 'weak-cipher'],
  ['flags/fetch', 'sftp -c aes128-cbc backup@host\n', 'weak-cipher'],
  ['flags/tunnel.yml', 'run: autossh -M 0 -N -m hmac-md5 tunnel@host\n', 'weak-mac'],
  ['flags/sync.sh', 'rsync -a -e "ssh -vc 3des-cbc" dist/ host:/srv\n', 'weak-cipher'],
  ['write/server.sh', 'echo "PasswordAuthentication yes" >> /etc/ssh/sshd_config\n', 'password-auth'],
  ['write/Dockerfile', "RUN echo 'PermitRootLogin yes' | tee /etc/ssh/sshd_config.d/10-root.conf\n", 'root-login'],
  ['write/client.bash', 'echo "StrictHostKeyChecking no" >> ~/.ssh/config\n', 'host-key-checking-disabled'],
  ['write/system.sh', 'echo "Ciphers +aes128-cbc" >> /etc/ssh/ssh_config\n', 'weak-cipher'],
  ['ansible/.env', 'ANSIBLE_HOST_KEY_CHECKING=False\n', 'host-key-checking-disabled'],
  ['ansible/ansible.cfg', '[defaults]\nhost_key_checking = False\n', 'host-key-checking-disabled'],
];

const rows = (findings: readonly Finding[]): string[] => findings.map((finding) => `${finding.path} ${finding.rule}`).sort();

function tree(files: Record<string, string>): string {
  const root = tempDir();
  writeTree(root, files);
  return root;
}

describe('settings handed to ssh without -o', () => {
  const root = tree(Object.fromEntries(ALONE.map(([path, text]) => [path, text])));
  const expected = ALONE.map(([path, , rule]) => `${path} ${rule}`).sort();

  it('are found alone in their file by the scan', async () => {
    assert.deepEqual(rows((await scan({ ...defaultOptions(root), paths: ['.'] })).findings), expected);
  });

  it('are found alone in their file by the bundled CLI', async () => {
    const { report } = await scanJson(['.', '--fail-on', 'never'], root);
    assert.deepEqual(rows(report.findings), expected);
  });

  it('are not read in program source or prose, where they are not commands', async () => {
    const files: Record<string, string> = {};
    ALONE.forEach(([, text], index) => {
      files[`src/case${index}.ts`] = `const example = \`${text}\`;\n`;
      files[`docs/case${index}.md`] = text;
    });
    assert.deepEqual(rows((await scan({ ...defaultOptions(tree(files)), paths: ['.'] })).findings), []);
  });
});

describe('the byte test before sniffing a config by content', () => {
  // A small deterministic PRNG: the same texts on every run.
  let seed = 0x13;
  const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const SIDES = [
    ['Host', 'User', 'IdentityFile', 'Ciphers', 'MACs', 'port', 'StrictHostKeyChecking'],
    ['PermitRootLogin', 'HostKey', 'PasswordAuthentication', 'Ciphers', 'MACs', 'Port', 'KexAlgorithms'],
  ];
  let KEYWORDS = SIDES[0]!;
  const BLANKS = [' ', '\t', '\r', '\u00a0', '\v', '\f', ''];
  // Config-like texts are mostly keyword lines (case 6 and up), with a stray line here and there.
  const line = (configLike: boolean): string => {
    const pad = (): string => pick(BLANKS) + pick(BLANKS);
    switch (configLike && random() < 0.85 ? 6 : Math.floor(random() * 8)) {
      case 0:
        return pad();
      case 1:
        return `${pad()}# ${pick(KEYWORDS)} x`;
      case 2:
        return `${pad()}${pick(KEYWORDS)}${pick(['=', ' = ', '\t'])}value${pad()}`;
      case 3:
        return `${pick(KEYWORDS)}${pick(['', ':', '-x', '9'])}`;
      case 4:
        return `${pad()}const ${pick(KEYWORDS).toLowerCase()} = 1;`;
      case 5:
        return `${pad()}${pick(KEYWORDS)}${pick(BLANKS)}`;
      default:
        return `${pick(KEYWORDS)} ${pick(['aes128-cbc', 'yes', 'no', '*', 'host'])}`;
    }
  };

  it('never turns away a text the sniff would call a config', () => {
    let configs = 0;
    let turnedAway = 0;
    for (let round = 0; round < 20000; round++) {
      const configLike = random() < 0.5;
      KEYWORDS = pick(SIDES);
      const text = Array.from({ length: 1 + Math.floor(random() * 14) }, () => line(configLike)).join('\n');
      const kind = configKindByContent(text, pick(['etc/x.conf', 'sshd.txt', 'a']));
      if (kind) configs++;
      if (mayBeConfigByContent(Buffer.from(text, 'latin1'))) continue;
      turnedAway++;
      assert.equal(kind, null, JSON.stringify(text));
    }
    // Both sides of the test were exercised.
    assert.ok(configs > 100 && turnedAway > 1000, `${configs} configs, ${turnedAway} turned away`);
  });

  it('turns away source text and lets configs through', () => {
    assert.equal(mayBeConfigByContent(Buffer.from('import x from "y";\nconst host = 1;\n')), false);
    assert.equal(mayBeConfigByContent(Buffer.from('#!/bin/sh\n\n# Host x\nset -e\necho Host\n')), false);
    assert.equal(mayBeConfigByContent(Buffer.from('\n# comment\nserver:\n  Ciphers aes128-cbc\n')), true);
    assert.equal(mayBeConfigByContent(Buffer.from('Host=a\n')), true);
    assert.equal(mayBeConfigByContent(Buffer.from('Host:a\nPort: 22\n')), false);
  });
});
