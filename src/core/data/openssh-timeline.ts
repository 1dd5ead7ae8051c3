/**
 * When OpenSSH added, disabled and removed what: the version timeline `explain` reasons over and
 * docs/troubleshooting.md prints. Every entry names its source: an openssh-portable commit (tag dates as
 * `git log -1 --format=%ci <tag>` prints them), an OpenSSH release note, or the OpenSSH website; see
 * shared/reference/peers-and-policies.md section 5. Algorithm weaknesses live in algorithms.ts, not here.
 */

export interface OpensshChange {
  id: ChangeId;
  /** The first release with the change: "8.8". */
  version: string;
  /** Release date, as precise as the source gives it. */
  released: string;
  /** What changed, as a sentence. */
  change: string;
  /** Where the fact comes from. */
  source: string;
}

export type ChangeId =
  | 'ecdsa-added'
  | 'ed25519-added'
  | 'dsa-disabled'
  | 'group1-sha1-disabled'
  | 'rsa-sha2-added'
  | 'rsa-minimum-1024'
  | 'ssh-rsa-ca-dropped'
  | 'accepted-algorithms-renamed'
  | 'ssh-rsa-disabled'
  | 'required-rsa-size'
  | 'strict-kex-added'
  | 'dsa-not-built'
  | 'dsa-removed'
  | 'finite-field-dh-server-dropped'
  | 'mldsa44-ed25519-added';

export const OPENSSH_TIMELINE: readonly OpensshChange[] = [
  {
    id: 'ecdsa-added',
    version: '5.7',
    released: '2011',
    change: 'ECDSA keys (ecdsa-sha2-nistp256/384/521) and ECDH key exchange (RFC 5656) added.',
    source: 'OpenSSH 8.2 release notes: "The RFC5656 ECDSA algorithms ... have been supported by OpenSSH since release 5.7"',
  },
  {
    id: 'ed25519-added',
    version: '6.5',
    released: '2014',
    change: 'Ed25519 keys (ssh-ed25519), curve25519-sha256@libssh.org key exchange and chacha20-poly1305 added.',
    source:
      'OpenSSH 8.2 release notes: "The ssh-ed25519 signature algorithm. It has been supported in OpenSSH since release 6.5"; https://www.openssh.com/txt/release-6.5',
  },
  {
    id: 'dsa-disabled',
    version: '7.0',
    released: '2015-08-11',
    change: 'ssh-dss (DSA) host and user keys disabled by default at run time.',
    source: 'openssh-portable commit 3a1638dda; https://www.openssh.com/txt/release-7.0',
  },
  {
    id: 'group1-sha1-disabled',
    version: '7.0',
    released: '2015-08-11',
    change: 'diffie-hellman-group1-sha1 key exchange disabled by default, in the client too.',
    source: 'openssh-portable commit bdfd29f60; https://www.openssh.com/legacy.html',
  },
  {
    id: 'rsa-sha2-added',
    version: '7.2',
    released: '2016',
    change:
      'RSA signatures with SHA-2 (rsa-sha2-256, rsa-sha2-512; RFC 8332) and extension negotiation (server-sig-algs; RFC 8308) added: the same RSA keys sign without SHA-1.',
    source:
      'openbsd/www commit edeed95 (specs.html: draft-rsa-dsa-sha2-256 and draft-ssh-ext-info "new in OpenSSH 7.2"); OpenSSH 8.2 release notes: "supported since OpenSSH 7.2"',
  },
  {
    id: 'rsa-minimum-1024',
    version: '7.6',
    released: '2017-10-03',
    change: 'RSA keys below 1024 bits refused (SSH_RSA_MINIMUM_MODULUS_SIZE 1024).',
    source: 'openssh-portable commit bd636f409 (sshkey.h)',
  },
  {
    id: 'ssh-rsa-ca-dropped',
    version: '8.2',
    released: '2020-02-14',
    change: 'ssh-rsa (SHA-1) removed from CASignatureAlgorithms; first notice that ssh-rsa signatures will be disabled.',
    source: 'OpenSSH 8.2 release notes (quoted in github/docs issue 39638)',
  },
  {
    id: 'accepted-algorithms-renamed',
    version: '8.5',
    released: '2021-03-02',
    change: 'PubkeyAcceptedKeyTypes renamed PubkeyAcceptedAlgorithms (the old name stays an alias).',
    source: 'openssh-portable commits ee9c0da80, e9f78d6b0',
  },
  {
    id: 'ssh-rsa-disabled',
    version: '8.8',
    released: '2021-09-26',
    change:
      'ssh-rsa (RSA with SHA-1) signatures disabled by default, for host keys and user keys; RSA keys keep working with rsa-sha2-256/512.',
    source: 'openssh-portable commit 234475025; https://lists.mindrot.org/pipermail/openssh-unix-dev/2021-August/039543.html (8.7 notice)',
  },
  {
    id: 'required-rsa-size',
    version: '9.1',
    released: '2022-10-04',
    change: 'RequiredRSASize added (default 1024, can only be raised): smaller RSA keys are ignored by ssh and refused by sshd.',
    source: 'openssh-portable commit 54b333d12, ssh_config(5)',
  },
  {
    id: 'strict-kex-added',
    version: '9.6',
    released: '2023-12-18',
    change: 'Strict key exchange (kex-strict-*-v00@openssh.com) against the Terrapin prefix truncation attack (CVE-2023-48795).',
    source: 'https://www.openssh.com/txt/release-9.6 ("strict KEX")',
  },
  {
    id: 'dsa-not-built',
    version: '9.8',
    released: '2024-07-01',
    change: 'DSA support disabled at compile time by default.',
    source: 'openssh-portable commit 00eb95957',
  },
  {
    id: 'dsa-removed',
    version: '10.0',
    released: '2025-04-09',
    change: 'DSA support removed entirely.',
    source: 'openssh-portable commit 6c9872faa',
  },
  {
    id: 'finite-field-dh-server-dropped',
    version: '10.0',
    released: '2025-04-09',
    change: 'Finite-field Diffie-Hellman (diffie-hellman-group*, diffie-hellman-group-exchange-*) removed from the server default list.',
    source: 'openssh-portable commit 0051381a8',
  },
  {
    id: 'mldsa44-ed25519-added',
    version: '10.4',
    released: '2026-07-06',
    change:
      'Composite post-quantum ML-DSA-44/Ed25519 keys (ssh-mldsa44-ed25519@openssh.com) added, experimental and not enabled by default: HostKeyAlgorithms and PubkeyAcceptedAlgorithms must name them.',
    source:
      'openssh-portable commit 81ca1451b ("Add experimental support for a composite post-quantum signature scheme ... not enabled by default"), first in tag V_10_4_P1 (2026-07-06)',
  },
];

const BY_ID = new Map(OPENSSH_TIMELINE.map((entry) => [entry.id, entry]));

export function opensshChange(id: ChangeId): OpensshChange {
  return BY_ID.get(id)!;
}

/** "OpenSSH 8.8 (2021-09-26)" */
export function describeChange(id: ChangeId): string {
  const entry = opensshChange(id);
  return `OpenSSH ${entry.version} (${entry.released})`;
}

/** What the timeline knows about one algorithm name: when it arrived and when it stopped being offered. */
export interface AlgorithmHistory {
  added?: ChangeId;
  disabled?: ChangeId;
  removed?: ChangeId;
}

export const ALGORITHM_HISTORY: Record<string, AlgorithmHistory> = {
  'ssh-dss': { disabled: 'dsa-disabled', removed: 'dsa-removed' },
  'ssh-dss-cert-v01@openssh.com': { disabled: 'dsa-disabled', removed: 'dsa-removed' },
  'ssh-rsa': { disabled: 'ssh-rsa-disabled' },
  'ssh-rsa-cert-v01@openssh.com': { disabled: 'ssh-rsa-disabled' },
  'rsa-sha2-256': { added: 'rsa-sha2-added' },
  'rsa-sha2-512': { added: 'rsa-sha2-added' },
  'ssh-ed25519': { added: 'ed25519-added' },
  'ecdsa-sha2-nistp256': { added: 'ecdsa-added' },
  'ecdsa-sha2-nistp384': { added: 'ecdsa-added' },
  'ecdsa-sha2-nistp521': { added: 'ecdsa-added' },
  'curve25519-sha256@libssh.org': { added: 'ed25519-added' },
  'chacha20-poly1305@openssh.com': { added: 'ed25519-added' },
  'ecdh-sha2-nistp256': { added: 'ecdsa-added' },
  'ecdh-sha2-nistp384': { added: 'ecdsa-added' },
  'ecdh-sha2-nistp521': { added: 'ecdsa-added' },
  'diffie-hellman-group1-sha1': { disabled: 'group1-sha1-disabled' },
  'ssh-mldsa44-ed25519@openssh.com': { added: 'mldsa44-ed25519-added' },
  'ssh-mldsa44-ed25519-cert-v01@openssh.com': { added: 'mldsa44-ed25519-added' },
};

/** A parsed OpenSSH release: 9.2p1 -> [9, 2]. */
export type OpensshVersion = readonly [number, number];

export function parseOpensshVersion(text: string): OpensshVersion | null {
  const match = /OpenSSH_(\d+)\.(\d+)/.exec(text);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/** Whether `version` is at least the release that made change `id`. */
export function includesChange(version: OpensshVersion, id: ChangeId): boolean {
  const [major, minor] = opensshChange(id).version.split('.').map(Number) as [number, number];
  return version[0] > major || (version[0] === major && version[1] >= minor);
}

const SIGNATURE_DEFAULTS = [
  'ssh-ed25519-cert-v01@openssh.com',
  'ecdsa-sha2-nistp256-cert-v01@openssh.com',
  'ecdsa-sha2-nistp384-cert-v01@openssh.com',
  'ecdsa-sha2-nistp521-cert-v01@openssh.com',
  'sk-ssh-ed25519-cert-v01@openssh.com',
  'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com',
  'rsa-sha2-512-cert-v01@openssh.com',
  'rsa-sha2-256-cert-v01@openssh.com',
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
  'rsa-sha2-512',
  'rsa-sha2-256',
];

/**
 * The client's default lists in OpenSSH 9.2 (`ssh -G -F /dev/null HOST`, checked against this machine's ssh
 * by test/explain), used when a log does not show the client's own proposal. Later releases put
 * mlkem768x25519-sha256 first in KexAlgorithms (10.0); none of them adds a weak algorithm back.
 */
export const OPENSSH_CLIENT_DEFAULTS: Record<
  'kexalgorithms' | 'hostkeyalgorithms' | 'pubkeyacceptedalgorithms' | 'ciphers' | 'macs',
  readonly string[]
> = {
  kexalgorithms: [
    'sntrup761x25519-sha512',
    'sntrup761x25519-sha512@openssh.com',
    'curve25519-sha256',
    'curve25519-sha256@libssh.org',
    'ecdh-sha2-nistp256',
    'ecdh-sha2-nistp384',
    'ecdh-sha2-nistp521',
    'diffie-hellman-group-exchange-sha256',
    'diffie-hellman-group16-sha512',
    'diffie-hellman-group18-sha512',
    'diffie-hellman-group14-sha256',
  ],
  hostkeyalgorithms: SIGNATURE_DEFAULTS,
  pubkeyacceptedalgorithms: SIGNATURE_DEFAULTS,
  ciphers: ['chacha20-poly1305@openssh.com', 'aes128-ctr', 'aes192-ctr', 'aes256-ctr', 'aes128-gcm@openssh.com', 'aes256-gcm@openssh.com'],
  macs: [
    'umac-64-etm@openssh.com',
    'umac-128-etm@openssh.com',
    'hmac-sha2-256-etm@openssh.com',
    'hmac-sha2-512-etm@openssh.com',
    'hmac-sha1-etm@openssh.com',
    'umac-64@openssh.com',
    'umac-128@openssh.com',
    'hmac-sha2-256',
    'hmac-sha2-512',
    'hmac-sha1',
  ],
};
