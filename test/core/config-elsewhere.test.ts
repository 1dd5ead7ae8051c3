/**
 * SSH settings handed to ssh outside config files: short flags (-c, -m), continued lines, Ansible's places,
 * workflow inputs, configs that scripts write, and the RHEL crypto-policy back-ends. What a flag or a
 * written config means is checked against `ssh -G` (and `sshd -T` for the back-ends) first.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { defaultOptions } from '../../src/core/options.js';
import { scan } from '../../src/core/scan.js';
import type { Finding } from '../../src/core/types.js';
import { writeTree } from '../helpers/cli.js';
import { tempDir } from '../helpers/openssh.js';
import { SSHD } from '../helpers/sshd.js';
import { skipUnless } from '../helpers/requirements.js';

function sshG(args: string[], home?: string): Map<string, string> {
  const output = execFileSync('ssh', ['-G', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: home ? { ...process.env, HOME: home } : process.env,
  });
  return new Map(output.split('\n').map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)]));
}

async function findingsOf(files: Record<string, string>): Promise<Finding[]> {
  const root = tempDir();
  writeTree(root, files);
  return (await scan({ ...defaultOptions(root), paths: ['.'] })).findings;
}

const rows = (findings: readonly Finding[]): string[] =>
  findings.map((finding) => `${finding.path}:${finding.line} ${finding.rule}`).sort();

describe('short flags that set ssh options', () => {
  it('mean what ssh -G says they mean', () => {
    assert.equal(sshG(['-c', 'aes128-cbc', '-m', 'hmac-md5', 'h']).get('ciphers'), 'aes128-cbc');
    assert.equal(sshG(['-c', 'aes128-cbc', '-m', 'hmac-md5', 'h']).get('macs'), 'hmac-md5');
    assert.equal(sshG(['-caes256-cbc', 'h']).get('ciphers'), 'aes256-cbc');
    assert.equal(sshG(['-vc', '3des-cbc', 'h']).get('ciphers'), '3des-cbc');
    // Options after the destination still count (ssh.c restarts getopt).
    assert.equal(sshG(['h', '-m', 'hmac-sha1']).get('macs'), 'hmac-sha1');
  });

  it('are read for ssh, scp, sftp, rsync -e, autossh, GIT_SSH_COMMAND and core.sshCommand', async () => {
    const findings = await findingsOf({
      'run.sh': [
        '#!/bin/sh',
        'ssh -c aes128-cbc -m hmac-md5 admin@switch',
        'ssh -caes256-cbc switch',
        'ssh -vc 3des-cbc switch show version',
        'ssh switch -m hmac-sha1',
        'scp -O -c aes128-cbc fw.bin switch:flash:',
        'sftp -c aes192-cbc switch',
        'rsync -av -e "ssh -c aes128-cbc -m hmac-md5" dist/ host:/srv',
        'autossh -M 0 -f -N -c 3des-cbc tunnel@host',
        'GIT_SSH_COMMAND="ssh -m hmac-md5" git fetch',
        'git config core.sshCommand "ssh -c aes256-cbc"',
      ].join('\n'),
    });
    assert.deepEqual(rows(findings), [
      'run.sh:10 weak-mac',
      'run.sh:11 weak-cipher',
      'run.sh:2 weak-cipher',
      'run.sh:2 weak-mac',
      'run.sh:3 weak-cipher',
      'run.sh:4 weak-cipher',
      'run.sh:5 weak-mac',
      'run.sh:6 weak-cipher',
      'run.sh:7 weak-cipher',
      'run.sh:8 weak-cipher',
      'run.sh:8 weak-mac',
      'run.sh:9 weak-cipher',
    ]);
    assert.match(
      findings.find((finding) => finding.line === 2 && finding.rule === 'weak-cipher')!.message,
      /^-c aes128-cbc enables the weak cipher aes128-cbc/,
    );
  });

  it('are not taken from other programs or from the remote command', async () => {
    const findings = await findingsOf({
      'run.sh': [
        'bash -c "echo aes128-cbc"',
        'git -c core.autocrlf=false -c user.name=x commit',
        'tar -czf out.tgz -C dir .',
        'gcc -m32 -o out main.c',
        "ssh host 'ls -c aes128-cbc'",
        'ssh -c "$CIPHER" host',
        'ssh-keygen -c -f key',
        '# ssh -c aes128-cbc host',
      ].join('\n'),
    });
    assert.deepEqual(rows(findings), []);
  });
});

describe('continued lines are one command', () => {
  it('in shell, Dockerfile, Jenkinsfile and workflow run blocks, reported at the first line', async () => {
    const findings = await findingsOf({
      'deploy.sh': 'echo start\nssh \\\n  -o StrictHostKeyChecking=no \\\n  -c aes128-cbc \\\n  host true\n',
      Dockerfile: 'FROM debian\nRUN apt-get update && \\\n    scp -o UserKnownHostsFile=/dev/null \\\n      fw.bin host: \n',
      Jenkinsfile: "pipeline { steps { sh '''\n  rsync -e 'ssh' \\\n    -av -e \"ssh -m hmac-md5\" \\\n    dist/ host:/srv\n''' } }\n",
      '.github/workflows/ci.yml':
        'jobs:\n  a:\n    steps:\n      - run: |\n          sftp \\\n            -o HostKeyAlgorithms=+ssh-rsa \\\n            host\n',
      Makefile: 'build:\n\tgcc \\\n\t  -o out main.c\n',
    });
    assert.deepEqual(rows(findings), [
      '.github/workflows/ci.yml:5 sha1-signatures-enabled',
      'Dockerfile:2 host-key-checking-disabled',
      'Jenkinsfile:2 weak-mac',
      'deploy.sh:2 host-key-checking-disabled',
      'deploy.sh:2 weak-cipher',
    ]);
  });
});

describe("Ansible's places for ssh options", () => {
  it('ansible.cfg, inventories, group and host vars, playbook vars, environment', async () => {
    const findings = await findingsOf({
      'ansible.cfg':
        '[defaults]\nhost_key_checking = False\n\n[ssh_connection]\nssh_args = -C -o ControlMaster=auto -o UserKnownHostsFile=/dev/null\nscp_extra_args = -o Ciphers=+aes128-cbc\n',
      'inventories/prod/hosts.ini':
        '[legacy]\nnas ansible_host=192.0.2.9 ansible_ssh_common_args="-o KexAlgorithms=+diffie-hellman-group1-sha1"\n',
      'inventories/prod/host_vars/nas.yml': "ansible_ssh_extra_args: '-o StrictHostKeyChecking=no'\n",
      'group_vars/legacy/ssh.yml': 'ansible_ssh_common_args: >-\n  -o HostKeyAlgorithms=+ssh-rsa\n',
      'site.yml': '- hosts: all\n  vars:\n    ansible_ssh_common_args: "-o MACs=+hmac-md5"\n  tasks: []\n',
      '.github/workflows/ansible.yml': 'jobs:\n  a:\n    env:\n      ANSIBLE_HOST_KEY_CHECKING: "False"\n',
      Dockerfile: 'FROM alpine\nENV ANSIBLE_HOST_KEY_CHECKING=false\n',
      'ci/run.sh': 'export ANSIBLE_HOST_KEY_CHECKING=False\n',
      // Checking left on is not a finding.
      'other/ansible.cfg': '[defaults]\nhost_key_checking = True\n',
    });
    assert.deepEqual(rows(findings), [
      '.github/workflows/ansible.yml:4 host-key-checking-disabled',
      'Dockerfile:2 host-key-checking-disabled',
      'ansible.cfg:2 host-key-checking-disabled',
      'ansible.cfg:5 host-key-checking-disabled',
      'ansible.cfg:6 weak-cipher',
      'ci/run.sh:1 host-key-checking-disabled',
      // `>-` puts the options on the next line, under the key.
      'group_vars/legacy/ssh.yml:2 sha1-signatures-enabled',
      'inventories/prod/host_vars/nas.yml:1 host-key-checking-disabled',
      'inventories/prod/hosts.ini:2 weak-kex',
      'site.yml:3 weak-mac',
    ]);
  });

  it('workflow inputs that take ssh options', async () => {
    const findings = await findingsOf({
      '.github/workflows/deploy.yml': [
        'jobs:',
        '  deploy:',
        '    steps:',
        '      - uses: some/ssh-deploy@v1',
        '        with:',
        '          ssh-options: -o StrictHostKeyChecking=no',
        '          ssh_args: "-o UserKnownHostsFile=/dev/null"',
        '      - uses: some/scp-action@v1',
        '        with:',
        '          args: -o HostKeyAlgorithms=+ssh-rsa',
        '          ssh_opts: -o KexAlgorithms=+diffie-hellman-group14-sha1',
      ].join('\n'),
    });
    assert.deepEqual(rows(findings), [
      '.github/workflows/deploy.yml:10 sha1-signatures-enabled',
      '.github/workflows/deploy.yml:11 weak-kex',
      '.github/workflows/deploy.yml:6 host-key-checking-disabled',
      '.github/workflows/deploy.yml:7 host-key-checking-disabled',
    ]);
  });
});

describe('configs written by scripts', () => {
  const CLIENT_SCRIPT = [
    '#!/bin/bash',
    'mkdir -p ~/.ssh',
    'echo "Host *" > ~/.ssh/config',
    'echo "  StrictHostKeyChecking no" >> ~/.ssh/config',
    "printf 'Host legacy\\n  HostKeyAlgorithms +ssh-rsa\\n' >> ~/.ssh/config",
    "cat >> ~/.ssh/config <<'EOF'",
    'Host lab-*',
    '  UserKnownHostsFile /dev/null',
    'EOF',
    'echo "StrictHostKeyChecking no" > notes.txt',
  ].join('\n');

  it('write what ssh -G then reads', () => {
    const home = tempDir();
    execFileSync('bash', ['-c', CLIENT_SCRIPT], { cwd: home, env: { ...process.env, HOME: home } });
    const config = join(home, '.ssh/config');
    assert.equal(sshG(['-F', config, 'any'], home).get('stricthostkeychecking'), 'false');
    assert.ok(sshG(['-F', config, 'legacy'], home).get('hostkeyalgorithms')!.split(',').includes('ssh-rsa'));
    assert.equal(sshG(['-F', config, 'lab-1'], home).get('userknownhostsfile'), '/dev/null');
  });

  it('are audited at the script line that writes each setting, with its block', async () => {
    const findings = await findingsOf({
      'setup.sh': CLIENT_SCRIPT,
      'provision.sh': [
        "sed -i 's/^#\\?PasswordAuthentication .*/PasswordAuthentication yes/' /etc/ssh/sshd_config",
        "sudo sed -i -e 's|^PermitRootLogin.*|PermitRootLogin yes|' /etc/ssh/sshd_config",
        "sed -i '$a KexAlgorithms +diffie-hellman-group1-sha1' /etc/ssh/sshd_config",
        'sudo tee /etc/ssh/sshd_config.d/10-legacy.conf > /dev/null <<EOF',
        'Ciphers +aes128-cbc',
        'EOF',
        "printf 'Host *\\n  UserKnownHostsFile /dev/null\\n' | sudo tee -a /etc/ssh/ssh_config",
        // Strong values and other files are not findings.
        'echo "PasswordAuthentication no" >> /etc/ssh/sshd_config',
        'grep PasswordAuthentication /etc/ssh/sshd_config',
      ].join('\n'),
    });
    assert.deepEqual(rows(findings), [
      'provision.sh:1 password-auth',
      'provision.sh:2 root-login',
      'provision.sh:3 weak-kex',
      'provision.sh:5 weak-cipher',
      'provision.sh:7 host-key-checking-disabled',
      'setup.sh:4 host-key-checking-disabled',
      'setup.sh:5 sha1-signatures-enabled',
      'setup.sh:8 host-key-checking-disabled',
    ]);
    assert.match(findings.find((finding) => finding.path === 'setup.sh' && finding.line === 4)!.message, /"Host \*" block/);
    assert.match(findings.find((finding) => finding.path === 'setup.sh' && finding.line === 8)!.message, /"Host lab-\*" block/);
  });
});

describe('crypto-policy back-ends', { skip: skipUnless(!existsSync(SSHD) && 'sshd is not installed') }, () => {
  const dir = tempDir();
  const hostKey = join(dir, 'host_ed25519');
  before(() => {
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', hostKey]);
    mkdirSync('/run/sshd', { recursive: true });
  });
  const WEAK_MACS = 'MACs hmac-sha2-256-etm@openssh.com,hmac-sha1\n';
  const RHEL9: Record<string, string> = {
    'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nKbdInteractiveAuthentication no\n',
    'etc/ssh/sshd_config.d/50-redhat.conf': 'Include /etc/crypto-policies/back-ends/opensshserver.config\nSyslogFacility AUTHPRIV\n',
    'etc/crypto-policies/back-ends/opensshserver.config': `Ciphers aes256-gcm@openssh.com,aes256-ctr\n${WEAK_MACS}KexAlgorithms curve25519-sha256\n`,
    'etc/ssh/ssh_config': 'Include /etc/ssh/ssh_config.d/*.conf\n',
    'etc/ssh/ssh_config.d/50-redhat.conf': 'Match final all\n  Include /etc/crypto-policies/back-ends/openssh.config\n',
    'etc/crypto-policies/back-ends/openssh.config': 'Ciphers aes256-ctr,aes128-cbc\n',
  };

  function sshdMacs(files: Record<string, string>): string {
    const oracle = join(dir, `oracle-${Object.keys(files).length}-${Math.random().toString(36).slice(2)}`);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(oracle, path)), { recursive: true });
      writeFileSync(join(oracle, path), text.replaceAll(' /etc/', ` ${oracle}/etc/`));
    }
    const output = execFileSync(SSHD, ['-T', '-f', join(oracle, 'etc/ssh/sshd_config'), '-h', hostKey], { encoding: 'utf8' });
    return /^macs (.*)$/m.exec(output)![1]!;
  }

  it("are followed through the distribution's Include, and sshd uses them", async () => {
    assert.equal(sshdMacs(RHEL9), 'hmac-sha2-256-etm@openssh.com,hmac-sha1');
    assert.deepEqual(rows(await findingsOf(RHEL9)), [
      'etc/crypto-policies/back-ends/openssh.config:1 weak-cipher',
      'etc/crypto-policies/back-ends/opensshserver.config:2 weak-mac',
    ]);
  });

  it('an admin drop-in that sorts before 50-redhat.conf decides instead', async () => {
    const files = { ...RHEL9, 'etc/ssh/sshd_config.d/40-macs.conf': 'MACs hmac-sha2-512-etm@openssh.com\n' };
    assert.equal(sshdMacs(files), 'hmac-sha2-512-etm@openssh.com');
    const findings = await findingsOf(files);
    assert.deepEqual(rows(findings), [
      'etc/crypto-policies/back-ends/openssh.config:1 weak-cipher',
      'etc/crypto-policies/back-ends/opensshserver.config:2 shadowed-setting',
    ]);
  });

  it("RHEL 8's CRYPTO_POLICY options, in the back-end or in sysconfig, and a back-end found by content", async () => {
    const findings = await findingsOf({
      'etc/crypto-policies/back-ends/opensshserver.config':
        "CRYPTO_POLICY='-oCiphers=aes256-ctr,aes128-cbc -oKexAlgorithms=curve25519-sha256'\n",
      'etc/sysconfig/sshd': "# CRYPTO_POLICY=\nCRYPTO_POLICY='-oMACs=hmac-sha2-256,hmac-md5'\n",
      'hardening/server-crypto.conf':
        'Ciphers aes256-ctr\nMACs hmac-sha2-256\nKexAlgorithms curve25519-sha256,diffie-hellman-group1-sha1\n',
    });
    assert.deepEqual(rows(findings), [
      'etc/crypto-policies/back-ends/opensshserver.config:1 weak-cipher',
      'etc/sysconfig/sshd:2 weak-mac',
      'hardening/server-crypto.conf:3 weak-kex',
    ]);
    assert.match(findings[0]!.message, /on sshd's command line \(CRYPTO_POLICY\)/);
  });
});
