/**
 * Hardened configurations are the repositories that did the right thing: the audit must say nothing about
 * them. Twenty layouts in the shapes repositories hold them (stock distribution files with the ssh-audit
 * hardening guide's drop-in, dev-sec and Mozilla style sshd_config, RHEL with a FUTURE crypto policy,
 * client configs with pinned host keys). Each server layout is first accepted by `sshd -T`, each client
 * layout by `ssh -G`, so they are configs OpenSSH really reads.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { defaultOptions } from '../../src/core/options.js';
import { scan } from '../../src/core/scan.js';
import { writeTree } from '../helpers/cli.js';
import { tempDir } from '../helpers/openssh.js';
import { SSHD } from '../helpers/sshd.js';

// sshaudit.com hardening guide (Ubuntu 22.04/24.04, Debian 12), as its drop-in writes it.
const GUIDE_SERVER = `# Restrict key exchange, cipher, and MAC algorithms, as per sshaudit.com
# hardening guide.
KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group-exchange-sha256

Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-gcm@openssh.com,aes128-ctr

MACs hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,umac-128-etm@openssh.com

RequiredRSASize 3072

HostKeyAlgorithms sk-ssh-ed25519-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512,rsa-sha2-256

CASignatureAlgorithms sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512,rsa-sha2-256

HostbasedAcceptedAlgorithms sk-ssh-ed25519-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-512,rsa-sha2-256-cert-v01@openssh.com,rsa-sha2-256

PubkeyAcceptedAlgorithms sk-ssh-ed25519-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-512,rsa-sha2-256-cert-v01@openssh.com,rsa-sha2-256
`;

const GUIDE_CLIENT = `Host *
  Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr
  KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group-exchange-sha256
  MACs hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,umac-128-etm@openssh.com
  HostKeyAlgorithms sk-ssh-ed25519-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-512,rsa-sha2-256-cert-v01@openssh.com,rsa-sha2-256
  CASignatureAlgorithms sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512,rsa-sha2-256
  PubkeyAcceptedAlgorithms sk-ssh-ed25519-cert-v01@openssh.com,ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-512,rsa-sha2-256-cert-v01@openssh.com,rsa-sha2-256
`;

// Ubuntu 24.04's sshd_config as shipped (comments trimmed).
const UBUNTU_STOCK = `Include /etc/ssh/sshd_config.d/*.conf

#Port 22
#PermitRootLogin prohibit-password
#PubkeyAuthentication yes
#PasswordAuthentication yes
#PermitEmptyPasswords no
KbdInteractiveAuthentication no
UsePAM yes
X11Forwarding yes
PrintMotd no
AcceptEnv LANG LC_*
Subsystem sftp /usr/lib/openssh/sftp-server
`;

const LOCKDOWN = `PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin no
PermitEmptyPasswords no
AuthenticationMethods publickey
`;

const DEVSEC = `Port 22
AddressFamily inet
ListenAddress 0.0.0.0
HostKey /etc/ssh/ssh_host_rsa_key
HostKey /etc/ssh/ssh_host_ecdsa_key
HostKey /etc/ssh/ssh_host_ed25519_key
Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr
MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-512,hmac-sha2-256
KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256@libssh.org,diffie-hellman-group-exchange-sha256
LogLevel VERBOSE
LoginGraceTime 30s
MaxAuthTries 2
MaxSessions 10
MaxStartups 10:30:60
PubkeyAuthentication yes
IgnoreRhosts yes
IgnoreUserKnownHosts yes
HostbasedAuthentication no
UsePAM yes
AuthenticationMethods publickey
PasswordAuthentication no
PermitEmptyPasswords no
KbdInteractiveAuthentication no
PermitRootLogin no
AllowTcpForwarding no
AllowAgentForwarding no
X11Forwarding no
PermitUserEnvironment no
ClientAliveInterval 300
ClientAliveCountMax 3
Subsystem sftp internal-sftp -l INFO -f LOCAL6
`;

const MOZILLA_MODERN = `HostKey /etc/ssh/ssh_host_ed25519_key
HostKey /etc/ssh/ssh_host_rsa_key
HostKey /etc/ssh/ssh_host_ecdsa_key
KexAlgorithms curve25519-sha256@libssh.org,ecdh-sha2-nistp521,ecdh-sha2-nistp384,ecdh-sha2-nistp256,diffie-hellman-group-exchange-sha256
Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr
MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-512,hmac-sha2-256,umac-128@openssh.com
AuthenticationMethods publickey
LogLevel VERBOSE
Subsystem sftp /usr/lib/ssh/sftp-server -f AUTHPRIV -l INFO
PermitRootLogin no
UsePrivilegeSeparation sandbox
`.replace('UsePrivilegeSeparation sandbox\n', '');

const SFTP_JAIL = `Match Group sftponly
  ChrootDirectory %h
  ForceCommand internal-sftp
  AllowTcpForwarding no
  PasswordAuthentication no
Match User backup
  PermitRootLogin no
  AuthenticationMethods publickey
`;

const FUTURE_POLICY = `Ciphers aes256-gcm@openssh.com,chacha20-poly1305@openssh.com,aes256-ctr
MACs hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,hmac-sha2-256,hmac-sha2-512
KexAlgorithms curve25519-sha256,curve25519-sha256@libssh.org,diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512
HostKeyAlgorithms ecdsa-sha2-nistp384,ssh-ed25519,rsa-sha2-256,rsa-sha2-512
PubkeyAcceptedAlgorithms ecdsa-sha2-nistp384,ssh-ed25519,rsa-sha2-256,rsa-sha2-512
CASignatureAlgorithms ecdsa-sha2-nistp384,ssh-ed25519,rsa-sha2-256,rsa-sha2-512
RequiredRSASize 3072
`;

const RHEL_STOCK = `Include /etc/ssh/sshd_config.d/*.conf
HostKey /etc/ssh/ssh_host_rsa_key
HostKey /etc/ssh/ssh_host_ecdsa_key
HostKey /etc/ssh/ssh_host_ed25519_key
SyslogFacility AUTHPRIV
AuthorizedKeysFile .ssh/authorized_keys
Subsystem sftp /usr/libexec/openssh/sftp-server
`;
const RHEL_DROPIN =
  'Include /etc/crypto-policies/back-ends/opensshserver.config\nSyslogFacility AUTHPRIV\nKbdInteractiveAuthentication no\nGSSAPIAuthentication yes\nUsePAM yes\nX11Forwarding yes\nPrintMotd no\n';

const PINNED_CLIENT = `Host github.com
  HostName github.com
  User git
  IdentityFile ~/.ssh/id_ed25519
  IdentitiesOnly yes
Host bastion
  HostName bastion.example.org
  StrictHostKeyChecking yes
  UserKnownHostsFile ~/.ssh/known_hosts.d/bastion
Host internal-*
  ProxyJump bastion
  StrictHostKeyChecking accept-new
Host *
  AddKeysToAgent yes
  HashKnownHosts yes
  VerifyHostKeyDNS ask
`;

type Layout = { side: 'server' | 'client'; main: string; files: Record<string, string> };

const SERVER = 'etc/ssh/sshd_config';
const CLIENT = 'home/.ssh/config';

const LAYOUTS: Record<string, Layout> = {
  'Ubuntu stock + ssh-audit guide drop-in': {
    side: 'server',
    main: SERVER,
    files: { [SERVER]: UBUNTU_STOCK, 'etc/ssh/sshd_config.d/ssh-audit_hardening.conf': GUIDE_SERVER },
  },
  'Ubuntu stock + guide + lockdown drop-ins': {
    side: 'server',
    main: SERVER,
    files: {
      [SERVER]: UBUNTU_STOCK,
      'etc/ssh/sshd_config.d/00-lockdown.conf': LOCKDOWN,
      'etc/ssh/sshd_config.d/ssh-audit_hardening.conf': GUIDE_SERVER,
    },
  },
  'guide drop-in alone': {
    side: 'server',
    main: 'etc/ssh/sshd_config.d/ssh-audit_hardening.conf',
    files: { 'etc/ssh/sshd_config.d/ssh-audit_hardening.conf': GUIDE_SERVER },
  },
  'dev-sec style sshd_config': { side: 'server', main: SERVER, files: { [SERVER]: DEVSEC } },
  'dev-sec with an sftp jail': { side: 'server', main: SERVER, files: { [SERVER]: DEVSEC + SFTP_JAIL } },
  'Mozilla modern sshd_config': { side: 'server', main: SERVER, files: { [SERVER]: MOZILLA_MODERN + LOCKDOWN } },
  'guide appended to a lockdown sshd_config': { side: 'server', main: SERVER, files: { [SERVER]: LOCKDOWN + GUIDE_SERVER } },
  'Ansible role files/ layout': {
    side: 'server',
    main: 'roles/ssh/files/etc/ssh/sshd_config',
    files: {
      'roles/ssh/files/etc/ssh/sshd_config': UBUNTU_STOCK,
      'roles/ssh/files/etc/ssh/sshd_config.d/10-hardening.conf': LOCKDOWN + GUIDE_SERVER,
    },
  },
  'image rootfs/ layout': {
    side: 'server',
    main: 'rootfs/etc/ssh/sshd_config',
    files: { 'rootfs/etc/ssh/sshd_config': UBUNTU_STOCK, 'rootfs/etc/ssh/sshd_config.d/hardening.conf': DEVSEC },
  },
  'RHEL 9 stock with a FUTURE crypto policy': {
    side: 'server',
    main: SERVER,
    files: {
      [SERVER]: RHEL_STOCK,
      'etc/ssh/sshd_config.d/50-redhat.conf': RHEL_DROPIN,
      'etc/ssh/sshd_config.d/01-permitrootlogin.conf': 'PermitRootLogin no\n',
      'etc/crypto-policies/back-ends/opensshserver.config': FUTURE_POLICY,
    },
  },
  'RHEL 9 with the guide before the policy': {
    side: 'server',
    main: SERVER,
    files: {
      [SERVER]: RHEL_STOCK,
      'etc/ssh/sshd_config.d/40-ssh-audit_hardening.conf': GUIDE_SERVER,
      'etc/ssh/sshd_config.d/50-redhat.conf': RHEL_DROPIN,
      'etc/crypto-policies/back-ends/opensshserver.config': FUTURE_POLICY,
    },
  },
  'Match blocks that only narrow': {
    side: 'server',
    main: SERVER,
    files: {
      [SERVER]: `${LOCKDOWN}${GUIDE_SERVER}Match Address 10.0.0.0/8\n  AllowTcpForwarding yes\nMatch User deploy\n  PermitTTY no\n`,
    },
  },
  'Include inside a Match block': {
    side: 'server',
    main: SERVER,
    files: {
      [SERVER]: `${LOCKDOWN}Match User admin\n  Include /etc/ssh/admin.d/*.conf\n`,
      'etc/ssh/admin.d/tty.conf': 'PermitTTY yes\nX11Forwarding no\n',
    },
  },
  'ssh-audit guide client config': { side: 'client', main: CLIENT, files: { [CLIENT]: GUIDE_CLIENT } },
  'client config with pinned host keys': {
    side: 'client',
    main: CLIENT,
    files: { [CLIENT]: PINNED_CLIENT + GUIDE_CLIENT.replace('Host *\n', '') },
  },
  'client config.d drop-ins': {
    side: 'client',
    main: CLIENT,
    files: {
      [CLIENT]: 'Include config.d/*.conf\n',
      'home/.ssh/config.d/10-hosts.conf': PINNED_CLIENT,
      'home/.ssh/config.d/90-crypto.conf': GUIDE_CLIENT,
    },
  },
  'system ssh_config with a drop-in': {
    side: 'client',
    main: 'etc/ssh/ssh_config',
    files: {
      'etc/ssh/ssh_config': 'Include /etc/ssh/ssh_config.d/*.conf\nHost *\n  SendEnv LANG LC_*\n  HashKnownHosts yes\n',
      'etc/ssh/ssh_config.d/hardening.conf': GUIDE_CLIENT,
    },
  },
  'a weak line shadowed by nothing weak: accept-new first': {
    side: 'client',
    main: CLIENT,
    files: { [CLIENT]: 'Host *\n  StrictHostKeyChecking accept-new\n  UserKnownHostsFile ~/.ssh/known_hosts\n' },
  },
  'removing algorithms with -': {
    side: 'client',
    main: CLIENT,
    files: {
      [CLIENT]:
        'Host *\n  HostKeyAlgorithms -ssh-rsa*\n  KexAlgorithms -diffie-hellman-group14-sha1,diffie-hellman-group-exchange-sha1\n  MACs -hmac-sha1*,umac-64*\n',
    },
  },
  'ProxyJump through a pinned bastion': {
    side: 'client',
    main: CLIENT,
    files: {
      [CLIENT]: 'Host bastion\n  HostName 192.0.2.10\n  StrictHostKeyChecking yes\nHost 10.*\n  ProxyJump bastion\n  IdentitiesOnly yes\n',
    },
  },
};

describe('hardened configurations give no finding', () => {
  const dir = tempDir();
  const hostKey = join(dir, 'host_ed25519');
  before(() => {
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', hostKey]);
    if (existsSync(SSHD)) mkdirSync('/run/sshd', { recursive: true });
  });

  it('there are twenty layouts', () => assert.equal(Object.keys(LAYOUTS).length, 20));

  for (const [name, layout] of Object.entries(LAYOUTS)) {
    it(name, async () => {
      const root = join(dir, name.replace(/\W+/g, '-'));
      writeTree(join(root, 'tree'), layout.files);
      // OpenSSH reads it without complaint (the target's absolute paths pointed at the copy).
      const oracle = join(root, 'oracle');
      for (const [path, text] of Object.entries(layout.files)) {
        mkdirSync(dirname(join(oracle, path)), { recursive: true });
        writeFileSync(join(oracle, path), text.replaceAll(' /etc/', ` ${oracle}/etc/`));
      }
      if (layout.side === 'server' && existsSync(SSHD)) {
        execFileSync(SSHD, ['-T', '-f', join(oracle, layout.main), '-h', hostKey], { stdio: ['ignore', 'pipe', 'pipe'] });
      } else if (layout.side === 'client') {
        execFileSync('ssh', ['-G', '-F', join(oracle, layout.main), 'host.example.org'], {
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, HOME: join(oracle, 'home') },
        });
      }
      const result = await scan({ ...defaultOptions(join(root, 'tree')), paths: ['.'] });
      assert.deepEqual(
        result.findings.map((finding) => `${finding.path}:${finding.line} ${finding.rule}: ${finding.message}`),
        [],
      );
    });
  }
});
