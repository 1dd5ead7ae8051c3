/**
 * SSH software other than OpenSSH that `explain` meets on the other end of a failure: client libraries that
 * sign RSA keys only with ssh-rsa (SHA-1) in older releases, and servers (Dropbear, libssh, network operating
 * systems, Windows) whose fixes are not sshd_config lines. Each entry says how its identification string
 * (RFC 4253 section 4.2, the text after `SSH-2.0-`) names it, and each fact gives the first release with a
 * feature and where that comes from: the project's changelog or release notes, read for this table.
 * The OpenSSH releases themselves are in openssh-timeline.ts; docs/troubleshooting.md prints both.
 */
import { includesChange, parseOpensshVersion, type ChangeId } from './openssh-timeline.js';

/** What a fix can depend on. `sha1-signatures-off` is the release that stopped offering ssh-rsa by default. */
export type SshFeature = 'rsa-sha2' | 'server-sig-algs' | 'ed25519' | 'ecdsa' | 'strict-kex' | 'sha1-signatures-off';

export interface SoftwareFact {
  feature: SshFeature;
  /** The first release with it, in the project's own numbering ("2020.79", "0.1.57"). */
  version: string;
  released: string;
  /** What changed, as a sentence. */
  change: string;
  source: string;
}

export interface SshSoftware {
  id: string;
  name: string;
  role: 'client library' | 'client' | 'server' | 'network device';
  /** Tested against the software part of the identification string; group 1 is the version when it has one. */
  ident: RegExp;
  /** An identification string as the software sends it, for the documentation. */
  example: string;
  facts: SoftwareFact[];
  /** How to get a release with the facts above (package coordinates, download), for the upgrade fix. */
  upgrade: string;
  /** Where its algorithms are chosen, when that is not sshd_config / ssh_config; with its source. */
  configure?: { text: string; lines?: string[]; source: string };
}

const DROPBEAR_CHANGES = 'Dropbear CHANGES (github.com/mkj/dropbear, file CHANGES)';

export const SSH_SOFTWARE: readonly SshSoftware[] = [
  {
    id: 'dropbear',
    name: 'Dropbear',
    role: 'server',
    ident: /^dropbear(?:_([\d.]+))?/i,
    example: 'dropbear_2019.78',
    facts: [
      {
        feature: 'ecdsa',
        version: '2013.62',
        released: '2013-12-03',
        change: 'ECDSA host keys and ECDH key exchange (first in the 2013.61test pre-release).',
        source: `${DROPBEAR_CHANGES}, 2013.61test and 2013.62: "ECC (elliptic curve) support. Supports ECDSA hostkeys"`,
      },
      {
        feature: 'ed25519',
        version: '2020.79',
        released: '2020-06-15',
        change: 'Ed25519 host keys and authorized_keys.',
        source: `${DROPBEAR_CHANGES}, 2020.79: "Support ed25519 hostkeys and authorized_keys"`,
      },
      {
        feature: 'rsa-sha2',
        version: '2020.79',
        released: '2020-06-15',
        change: 'rsa-sha2-256 signatures with the same RSA keys.',
        source: `${DROPBEAR_CHANGES}, 2020.79: "Support using rsa-sha2 signatures"`,
      },
      {
        feature: 'server-sig-algs',
        version: '2020.79',
        released: '2020-06-15',
        change: 'The server sends SSH_MSG_EXT_INFO with server-sig-algs (RFC 8308).',
        source: 'mkj/dropbear commit 331d4a71 "Make server send SSH_MSG_EXT_INFO", first in tag DROPBEAR_2020.79',
      },
      {
        feature: 'strict-kex',
        version: '2024.84',
        released: '2024-04-04',
        change: 'Strict key exchange (CVE-2023-48795, Terrapin).',
        source: `${DROPBEAR_CHANGES}, 2024.84: "Add \\"Strict KEX\\" support"`,
      },
      {
        feature: 'sha1-signatures-off',
        version: '2025.87',
        released: '2025-03-05',
        change: 'SHA-1 algorithms, ssh-rsa signatures among them, disabled by default.',
        source: `${DROPBEAR_CHANGES}, 2025.87: "Disable SHA-1 algorithms by default"`,
      },
    ],
    upgrade: 'Upgrade Dropbear (on routers and NAS boxes: the firmware that ships it)',
    configure: {
      text: 'Dropbear has no configuration file for algorithms: they are chosen when it is built (localoptions.h), so a newer build or a new host key is the fix.',
      source: 'Dropbear src/default_options.h: "Local customisation should be added to localoptions.h"',
    },
  },
  {
    id: 'libssh',
    name: 'libssh',
    role: 'server',
    ident: /^libssh[_-]([\d.]+)/,
    example: 'libssh_0.9.6',
    facts: [
      {
        feature: 'rsa-sha2',
        version: '0.8.3',
        released: '2018-09',
        change: 'rsa-sha2-256/512 signatures.',
        source: 'libssh 0.8.3 changelog: "Added support for rsa-sha2" (quoted in openSUSE request 641739)',
      },
    ],
    upgrade: 'Upgrade libssh (or the product that embeds it)',
  },
  {
    id: 'windows-openssh',
    name: 'OpenSSH for Windows',
    role: 'server',
    ident: /^OpenSSH_for_Windows_([\d.]+)/,
    example: 'OpenSSH_for_Windows_8.1',
    facts: [],
    upgrade: 'Upgrade OpenSSH for Windows (Settings > Optional features, or the Win32-OpenSSH releases)',
    configure: {
      text: 'On Windows, sshd reads %ProgramData%\\ssh\\sshd_config, and keys of administrators are read from %ProgramData%\\ssh\\administrators_authorized_keys, not ~/.ssh/authorized_keys; restart the service after a change:',
      lines: ['notepad $env:ProgramData\\ssh\\sshd_config', 'Restart-Service sshd'],
      source:
        'Microsoft Learn, "OpenSSH Server configuration for Windows" (learn.microsoft.com/windows-server/administration/openssh/openssh_server_configuration)',
    },
  },
  {
    id: 'cisco',
    name: 'Cisco IOS',
    role: 'network device',
    ident: /^Cisco-([\d.]+)/,
    example: 'Cisco-1.25',
    facts: [],
    upgrade: 'Upgrade the IOS / IOS XE image',
    configure: {
      text: 'On the device, in configuration mode, offer RSA host keys with SHA-2 (IOS XE releases that have the command):',
      lines: ['ip ssh server algorithm hostkey rsa-sha2-512 rsa-sha2-256'],
      source: 'Cisco Secure Shell Configuration Guide, IOS XE, "SSH Algorithms for Common Criteria Certification"',
    },
  },
  {
    id: 'mikrotik',
    name: 'MikroTik RouterOS',
    role: 'network device',
    ident: /^ROSSSH/,
    example: 'ROSSSH',
    facts: [
      {
        feature: 'ed25519',
        version: '7.9',
        released: '2023-05',
        change: 'Ed25519 host keys (user keys followed in later 7.x releases).',
        source: 'RouterOS 7.9 release notes, as reported at medo64.com "Mikrotik and ED25519 Keys"',
      },
    ],
    upgrade: 'Upgrade RouterOS (System > Packages > Check For Updates)',
    configure: {
      text: 'On the router, turn on its stronger algorithm set, and on RouterOS 7.9 or later an Ed25519 host key:',
      lines: ['/ip ssh set strong-crypto=yes', '/ip ssh set host-key-type=ed25519'],
      source: 'MikroTik RouterOS documentation, "SSH" (/ip ssh settings strong-crypto, host-key-type)',
    },
  },
  {
    id: 'jsch',
    name: 'JSch',
    role: 'client library',
    ident: /^JSCH[-_]([\d.]+)/i,
    example: 'JSCH-0.1.54',
    facts: [
      {
        feature: 'rsa-sha2',
        version: '0.1.57',
        released: '2020',
        change:
          'rsa-sha2-256/512 in the maintained fork com.github.mwiede:jsch; the original com.jcraft:jsch (last release 0.1.55) never signs with them.',
        source: 'mwiede/jsch README, changes since the fork: "0.1.57 support for rsa-sha2-256 and rsa-sha2-512 (#1)"',
      },
    ],
    upgrade: 'Replace com.jcraft:jsch with its maintained fork com.github.mwiede:jsch (same packages, a drop-in replacement)',
  },
  {
    id: 'node-ssh2',
    name: 'ssh2 (Node.js)',
    role: 'client library',
    ident: /^ssh2js([\d.]+)/,
    example: 'ssh2js1.4.0',
    facts: [
      {
        feature: 'server-sig-algs',
        version: '1.12.0',
        released: '2023-04-29',
        change: 'Reads server-sig-algs and signs RSA keys with rsa-sha2-512/256 when the server lists them.',
        source: 'mscdex/ssh2 commit 41fa3b6 "lib: add server-sig-algs support" (fixes issue 989), first in tag v1.12.0',
      },
    ],
    upgrade: 'Upgrade the ssh2 npm package (and node-ssh, ssh2-sftp-client or whatever wraps it)',
  },
  {
    id: 'libssh2',
    name: 'libssh2',
    role: 'client library',
    ident: /^libssh2_([\d.]+)/,
    example: 'libssh2_1.10.0',
    facts: [
      {
        feature: 'rsa-sha2',
        version: '1.11.0',
        released: '2023-05-30',
        change: 'RSA keys sign with rsa-sha2-256/512 ("RSA-SHA2 key upgrading") when the server lists them in server-sig-algs.',
        source: 'libssh2 1.11.0 release notes: "Adds RSA-SHA2 key upgrading to OpenSSL, WinCNG, mbedTLS, OS400 backends"',
      },
    ],
    upgrade: 'Upgrade libssh2 (and the program linking it: git clients, PHP ssh2, curl)',
  },
  {
    id: 'paramiko',
    name: 'Paramiko',
    role: 'client library',
    ident: /^paramiko_([\d.]+)/,
    example: 'paramiko_2.8.1',
    facts: [
      {
        feature: 'rsa-sha2',
        version: '2.9.0',
        released: '2021-12-23',
        change: 'rsa-sha2-256/512 and server-sig-algs (RFC 8332, RFC 8308) for host keys and user authentication.',
        source: 'Paramiko changelog 2.9.0: "Add support for SHA-2 variants of RSA key verification algorithms (as described in RFC 8332)"',
      },
    ],
    upgrade: 'Upgrade paramiko (pip install -U paramiko; Ansible, Fabric and others use it)',
  },
  {
    id: 'ssh-net',
    name: 'SSH.NET',
    role: 'client library',
    ident: /^Renci\.SshNet\.SshClient\.([\d.]+)/,
    example: 'Renci.SshNet.SshClient.2020.0.2',
    facts: [
      {
        feature: 'rsa-sha2',
        version: '2023.0.0',
        released: '2023-10-10',
        change: 'RSA-SHA256/512 signature algorithms.',
        source: 'SSH.NET 2023.0.0 release notes: "Support for RSA-SHA256/512 signature algorithms"',
      },
    ],
    upgrade: 'Upgrade the SSH.NET NuGet package',
  },
  {
    id: 'go-x-crypto',
    name: 'Go x/crypto/ssh',
    role: 'client library',
    ident: /^Go$/,
    example: 'Go',
    facts: [
      {
        feature: 'rsa-sha2',
        version: '2022-03',
        released: '2022-03',
        change: 'The client signs RSA keys with rsa-sha2-256/512 when the server lists them in server-sig-algs.',
        source: 'golang/go issue 49952 (x/crypto/ssh rsa-sha2 tracking issue): client side done in March 2022',
      },
    ],
    upgrade: 'Upgrade golang.org/x/crypto (go get golang.org/x/crypto@latest) and rebuild the program',
  },
  {
    id: 'putty',
    name: 'PuTTY',
    role: 'client',
    ident: /^PuTTY_Release_([\d.]+)/i,
    example: 'PuTTY_Release_0.74',
    facts: [
      {
        feature: 'rsa-sha2',
        version: '0.75',
        released: '2021-05-08',
        change: 'rsa-sha2-256/512 for RSA keys in public-key authentication.',
        source: 'PuTTY changes page, 0.75 (chiark.greenend.org.uk/~sgtatham/putty/changes.html)',
      },
    ],
    upgrade: 'Upgrade PuTTY (and Pageant with it)',
  },
  {
    id: 'winscp',
    name: 'WinSCP',
    role: 'client',
    ident: /^WinSCP_release_([\d.]+)/i,
    example: 'WinSCP_release_5.17.10',
    facts: [],
    upgrade: 'Upgrade WinSCP (its SSH code is PuTTY’s, which signs with rsa-sha2 from PuTTY 0.75)',
  },
];

/** Software named by an identification string, with its version when the string carries one. */
export function identifySoftware(ident: string): { software: SshSoftware; version: string | null } | null {
  const text = ident.trim().replace(/^SSH-[\d.]+-/, '');
  for (const software of SSH_SOFTWARE) {
    const match = software.ident.exec(text);
    if (match) return { software, version: match[1] ?? null };
  }
  return null;
}

/** Numeric comparison of dotted versions: 2019.78 < 2020.79, 0.1.55 < 0.1.57. */
export function compareVersions(a: string, b: string): number {
  const left = a.split(/[.-]/).map((part) => Number.parseInt(part, 10));
  const right = b.split(/[.-]/).map((part) => Number.parseInt(part, 10));
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const x = Number.isNaN(left[index]) ? 0 : (left[index] ?? 0);
    const y = Number.isNaN(right[index]) ? 0 : (right[index] ?? 0);
    if (x !== y) return x - y;
  }
  return 0;
}

export function softwareFact(software: SshSoftware, feature: SshFeature): SoftwareFact | undefined {
  return software.facts.find((fact) => fact.feature === feature);
}

// The OpenSSH release behind each feature, from the timeline.
const OPENSSH_FEATURE: Record<SshFeature, ChangeId> = {
  'rsa-sha2': 'rsa-sha2-added',
  'server-sig-algs': 'rsa-sha2-added',
  ed25519: 'ed25519-added',
  ecdsa: 'ecdsa-added',
  'strict-kex': 'strict-kex-added',
  'sha1-signatures-off': 'ssh-rsa-disabled',
};

/**
 * Whether the software an identification string names has `feature`: true or false when the timeline or
 * this table says, null when it cannot tell (unknown software, no version in the string, no fact recorded).
 */
export function hasFeature(ident: string, feature: SshFeature): boolean | null {
  const openssh = /^(?:SSH-[\d.]+-)?OpenSSH_\d/.test(ident.trim()) ? parseOpensshVersion(ident) : null;
  if (openssh) return includesChange(openssh, OPENSSH_FEATURE[feature]);
  const known = identifySoftware(ident);
  if (!known) return null;
  if (known.software.id === 'windows-openssh') {
    const version = known.version ? parseOpensshVersion(`OpenSSH_${known.version}`) : null;
    return version ? includesChange(version, OPENSSH_FEATURE[feature]) : null;
  }
  // Libraries that sign with rsa-sha2 read server-sig-algs in the same release, and the other way round.
  const fact =
    softwareFact(known.software, feature) ??
    (feature === 'server-sig-algs' ? softwareFact(known.software, 'rsa-sha2') : undefined) ??
    (feature === 'rsa-sha2' ? softwareFact(known.software, 'server-sig-algs') : undefined);
  if (!fact) return null;
  // The original JSch (com.jcraft) numbers stop at 0.1.55, below the fork's first rsa-sha2 release.
  if (known.version === null) return null;
  return compareVersions(known.version, fact.version) >= 0;
}
