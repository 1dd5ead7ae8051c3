/**
 * The configuration audit through the bundled CLI, the way users run it: one repository holding each family
 * of places where SSH settings live (drop-in order, Ansible, a CI job that writes ~/.ssh/config, short flags,
 * a RHEL crypto policy, a dotfiles Include inside a Host block). Inputs are our own; the right answers come
 * from `sshd -T` / `ssh -G` as the core tests establish.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli, scanJson, writeTree } from '../helpers/cli.js';
import { tempDir } from '../helpers/openssh.js';

const TREE: Record<string, string> = {
  'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nKbdInteractiveAuthentication no\n',
  'etc/ssh/sshd_config.d/00-hardening.conf': 'PasswordAuthentication no\nPermitRootLogin no\n',
  'etc/ssh/sshd_config.d/50-cloud-init.conf': 'PasswordAuthentication yes\n',
  'ansible/ansible.cfg': '[defaults]\nhost_key_checking = False\n[ssh_connection]\nssh_args = -o StrictHostKeyChecking=no\n',
  'ansible/inventory.ini': '[all:vars]\nansible_ssh_extra_args="-o PubkeyAcceptedKeyTypes=+ssh-rsa"\n',
  '.gitlab-ci.yml': 'job:\n  script:\n    - echo -e "Host *\\n  UserKnownHostsFile /dev/null\\n" > ~/.ssh/config\n',
  'scripts/switch.sh': 'ssh -m hmac-md5 \\\n  -c aes128-cbc admin@192.0.2.1\n',
  'rhel/etc/ssh/sshd_config.d/50-redhat.conf': 'Include /etc/crypto-policies/back-ends/opensshserver.config\n',
  'rhel/etc/crypto-policies/back-ends/opensshserver.config': 'Ciphers aes256-ctr\nMACs hmac-sha2-256,hmac-sha1\n',
  'dotfiles/ssh/config': 'Host *.corp.example.org\n  Include work.d/*.conf\n',
  'dotfiles/ssh/work.d/legacy.conf': 'KexAlgorithms +diffie-hellman-group14-sha1\n',
};

describe('configuration audit through dist/cli.js', () => {
  it('reports the settings in force where repositories keep them, with their scope', async () => {
    const root = tempDir();
    writeTree(root, TREE);
    const { run, report } = await scanJson(['--fail-on', 'warning', '.'], root);
    assert.equal(run.status, 1);
    assert.deepEqual(
      report.findings.map((finding) => `${finding.path}:${finding.line} ${finding.rule} ${finding.severity}`),
      [
        '.gitlab-ci.yml:3 host-key-checking-disabled warning',
        'ansible/ansible.cfg:2 host-key-checking-disabled warning',
        'ansible/ansible.cfg:4 host-key-checking-disabled warning',
        'ansible/inventory.ini:2 deprecated-option notice',
        'ansible/inventory.ini:2 sha1-signatures-enabled warning',
        'dotfiles/ssh/work.d/legacy.conf:1 weak-kex warning',
        'etc/ssh/sshd_config.d/50-cloud-init.conf:1 shadowed-setting notice',
        'rhel/etc/crypto-policies/back-ends/opensshserver.config:2 weak-mac warning',
        'scripts/switch.sh:1 weak-cipher warning',
        'scripts/switch.sh:1 weak-mac warning',
      ],
    );
    const legacy = report.findings.find((finding) => finding.path === 'dotfiles/ssh/work.d/legacy.conf')!;
    assert.match(legacy.message, /"Host \*\.corp\.example\.org" block \(line 1\) of dotfiles\/ssh\/config that includes this file/);
  });

  it('a lone sshd_config whose drop-ins are elsewhere gets one notice, and no read of this machine', async () => {
    const root = tempDir();
    writeTree(root, { sshd_config: 'Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n' });
    const run = await runCli(['--fail-on', 'notice', '.'], root);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /include-unresolved/);
    assert.match(run.stdout, /Include \/etc\/ssh\/sshd_config\.d\/\*\.conf names files this repository does not hold/);
    assert.doesNotMatch(run.stdout, /password-auth|root-login/);
  });
});
