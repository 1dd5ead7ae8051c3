/**
 * The failures `explain` recognises: the messages that show them, the general cause and the fixes in
 * order of preference. `explain` specialises these with what the log says (versions, offered lists, keys);
 * docs/troubleshooting.md (scripts/troubleshooting-doc.ts) prints them with the OpenSSH timeline and the
 * algorithm database, so the page and the tool say the same thing.
 */
import type { ChangeId } from '../data/openssh-timeline.js';
import type { FailureId } from './types.js';

export interface FailureEntry {
  id: FailureId;
  title: string;
  /** Messages as the user sees them (one line each), and which program prints them. */
  symptoms: { text: string; seenIn: 'client' | 'server' | 'forge' }[];
  cause: string;
  /** In order of preference; the last one may be a scoped workaround. */
  fixes: string[];
  /** Timeline entries the explanation leans on. */
  changes: ChangeId[];
}

export const FAILURES: readonly FailureEntry[] = [
  {
    id: 'no-matching-kex',
    title: 'No common key exchange method',
    symptoms: [
      {
        text: 'Unable to negotiate with HOST port 22: no matching key exchange method found. Their offer: diffie-hellman-group1-sha1',
        seenIn: 'client',
      },
    ],
    cause:
      'Both sides send the key exchange methods they allow (RFC 4253 section 7.1) and the connection ends when no name is on both lists. Usually the old side offers only SHA-1 or 1024-bit Diffie-Hellman groups, which current OpenSSH no longer offers.',
    fixes: [
      'Upgrade the old side, or remove the KexAlgorithms line that restricts it: OpenSSH 6.5 and later have curve25519-sha256@libssh.org, 5.7 and later ecdh-sha2-nistp256.',
      'Last resort, for that one host only: `Host HOST` + `KexAlgorithms +NAME` in ~/.ssh/config, with NAME taken from "Their offer".',
    ],
    changes: ['group1-sha1-disabled', 'ed25519-added', 'ecdsa-added', 'finite-field-dh-server-dropped'],
  },
  {
    id: 'no-matching-host-key-type',
    title: 'No common host key type',
    symptoms: [
      { text: 'Unable to negotiate with HOST port 22: no matching host key type found. Their offer: ssh-rsa', seenIn: 'client' },
      { text: 'Unable to negotiate with HOST port 22: no matching host key type found. Their offer: ssh-dss', seenIn: 'client' },
    ],
    cause:
      'The server proves its identity with a host key signature the client must accept (HostKeyAlgorithms). A server with only an RSA host key that signs only with ssh-rsa (SHA-1), or only a DSA host key, has nothing a current client accepts.',
    fixes: [
      'Give the server an Ed25519 host key (`ssh-keygen -t ed25519 -f /etc/ssh/ssh_host_ed25519_key -N ""` and `HostKey /etc/ssh/ssh_host_ed25519_key`; OpenSSH 6.5 or later), or upgrade it to OpenSSH 7.2 or later, where the same RSA host key signs with rsa-sha2-256/512.',
      'Last resort, for that one host only: `Host HOST` + `HostKeyAlgorithms +ssh-rsa` (or `+ssh-dss` with a client older than 9.8).',
    ],
    changes: ['ssh-rsa-disabled', 'dsa-disabled', 'rsa-sha2-added', 'ed25519-added', 'dsa-not-built', 'dsa-removed'],
  },
  {
    id: 'no-matching-cipher',
    title: 'No common cipher',
    symptoms: [
      { text: 'Unable to negotiate with HOST port 22: no matching cipher found. Their offer: aes128-cbc,3des-cbc', seenIn: 'client' },
    ],
    cause:
      'The old side offers only ciphers current OpenSSH no longer offers by default: CBC modes (CVE-2008-5161), 64-bit block ciphers (Sweet32) or RC4.',
    fixes: [
      'Upgrade the old side, or remove the Ciphers line that restricts it: aes128-ctr has been in OpenSSH for over a decade, chacha20-poly1305@openssh.com since 6.5.',
      'Last resort, for that one host only: `Host HOST` + `Ciphers +NAME`.',
    ],
    changes: ['ed25519-added'],
  },
  {
    id: 'no-matching-mac',
    title: 'No common MAC',
    symptoms: [
      { text: 'Unable to negotiate with HOST port 22: no matching MAC found. Their offer: hmac-md5,hmac-sha1-96', seenIn: 'client' },
    ],
    cause:
      'With a non-AEAD cipher both sides must also agree on a MAC. The old side offers only MD5, RIPEMD-160 or truncated SHA-1 MACs, which current OpenSSH does not offer.',
    fixes: [
      'Upgrade the old side, or remove its MACs line: hmac-sha2-256 and hmac-sha2-512 (and their -etm@openssh.com forms) are what to offer.',
      'Last resort, for that one host only: `Host HOST` + `MACs +NAME`.',
    ],
    changes: [],
  },
  {
    id: 'host-key-changed',
    title: 'The server presented a different host key',
    symptoms: [
      { text: '@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @', seenIn: 'client' },
      { text: 'Host key for HOST has changed and you have requested strict checking.', seenIn: 'client' },
    ],
    cause:
      'known_hosts holds a different key for this host. Either the server was reinstalled or its keys were rotated (forges have rotated theirs), or someone is in the middle. ssh refuses, rightly, until the old entry is replaced.',
    fixes: [
      "Check the new fingerprint out of band (the administrator, or the provider's published fingerprints), then remove the old entry with the `ssh-keygen -R` line ssh printed and connect again.",
      'Never turn StrictHostKeyChecking off or point UserKnownHostsFile at /dev/null to get past it.',
    ],
    changes: [],
  },
  {
    id: 'host-key-unknown',
    title: 'Host key verification failed',
    symptoms: [{ text: 'Host key verification failed.', seenIn: 'client' }],
    cause:
      'The host is not in known_hosts and ssh could not ask (BatchMode, no terminal, StrictHostKeyChecking yes), so it refused: the usual first failure in CI.',
    fixes: [
      "Add the host's key to the known_hosts file the job uses, from a trusted source: `ssh-keyscan -t ed25519 HOST` compared with the provider's published fingerprint, committed to the repository.",
      '`StrictHostKeyChecking accept-new` trusts the first key seen: acceptable on a machine that persists known_hosts, not a fix for CI.',
    ],
    changes: [],
  },
  {
    id: 'unprotected-private-key',
    title: 'Private key file readable by others',
    symptoms: [
      { text: '@         WARNING: UNPROTECTED PRIVATE KEY FILE!          @', seenIn: 'client' },
      { text: "Permissions 0644 for '/home/me/.ssh/id_ed25519' are too open.", seenIn: 'client' },
    ],
    cause: 'ssh ignores a private key that group or others can read (authfile.c), so the key is never offered.',
    fixes: ['`chmod 600 FILE` (on Windows: remove inheritance and every other user from the file with icacls or the Security tab).'],
    changes: [],
  },
  {
    id: 'key-load-failed',
    title: 'The private key file could not be loaded',
    symptoms: [
      { text: 'Load key "/home/me/.ssh/id_rsa": invalid format', seenIn: 'client' },
      { text: 'Load key "/home/me/.ssh/id_rsa": error in libcrypto', seenIn: 'client' },
    ],
    cause:
      'The file is not a private key ssh can read: a public key or a PuTTY .ppk given as IdentityFile, a key pasted with Windows line endings or without its final newline (common with CI secrets), a truncated copy, or a format this build does not support. OpenSSH built with OpenSSL 3 reports most of these as "error in libcrypto".',
    fixes: [
      'Check what the file is with `ssh-keygen -l -f FILE`; convert PuTTY keys with `puttygen FILE -O private-openssh -o NEWFILE`; strip carriage returns (`tr -d "\\r"`) and make sure the file ends with a newline.',
      'If it cannot be repaired, make a new Ed25519 key and install its public half.',
    ],
    changes: [],
  },
  {
    id: 'dsa-key-skipped',
    title: 'DSA key skipped',
    symptoms: [
      { text: 'debug1: Skipping ssh-dss key /home/me/.ssh/id_dsa - corresponding algo not in PubkeyAcceptedAlgorithms', seenIn: 'client' },
    ],
    cause: 'OpenSSH 7.0 disabled ssh-dss by default, 9.8 stopped building it and 10.0 removed it: the client never offers a DSA key.',
    fixes: [
      'Make an Ed25519 key (`ssh-keygen -t ed25519`) and install its public half where the DSA key was authorised.',
      'Last resort, with a client older than 9.8 and a server that still accepts DSA: `Host HOST` + `PubkeyAcceptedAlgorithms +ssh-dss`.',
    ],
    changes: ['dsa-disabled', 'dsa-not-built', 'dsa-removed'],
  },
  {
    id: 'key-type-skipped',
    title: 'Key skipped by the client configuration',
    symptoms: [{ text: 'debug1: Skipping ssh-rsa key KEY - corresponding algo not in PubkeyAcceptedAlgorithms', seenIn: 'client' }],
    cause: "The client's PubkeyAcceptedAlgorithms allows no signature algorithm for this key type, so the key is never offered.",
    fixes: ['Use a key of a type the configuration allows (Ed25519), or fix the PubkeyAcceptedAlgorithms line that excludes it.'],
    changes: ['accepted-algorithms-renamed'],
  },
  {
    id: 'rsa-key-too-small',
    title: 'RSA key below the required size',
    symptoms: [
      { text: 'debug1: load_identity_file: Skipping key /home/me/.ssh/id_rsa: Invalid key length', seenIn: 'client' },
      { text: 'refusing RSA key: Invalid key length [preauth]', seenIn: 'server' },
    ],
    cause:
      'OpenSSH refuses RSA keys below 1024 bits since 7.6, and since 9.1 below RequiredRSASize (default 1024; system crypto policies such as RHEL 9 set 2048) on either side.',
    fixes: [
      'Make an Ed25519 key (`ssh-keygen -t ed25519`), or an RSA key of at least 3072 bits, and install its public half.',
      'There is no workaround below 1024 bits; RequiredRSASize can only be raised from its default.',
    ],
    changes: ['rsa-minimum-1024', 'required-rsa-size'],
  },
  {
    id: 'no-mutual-signature-algorithm',
    title: 'No mutual signature algorithm for an RSA key',
    symptoms: [
      { text: 'debug1: send_pubkey_test: no mutual signature algorithm', seenIn: 'client' },
      { text: 'debug1: sign_and_send_pubkey: no mutual signature algorithm', seenIn: 'client' },
    ],
    cause:
      'An RSA key can sign with ssh-rsa (SHA-1) or rsa-sha2-256/512. The client (OpenSSH 8.8 or later) no longer uses ssh-rsa, and the server either sent no server-sig-algs (RFC 8308), as servers older than OpenSSH 7.2 do, or listed only ssh-rsa. The key is never tried and ssh moves on to a password prompt. The key length has nothing to do with it.',
    fixes: [
      'Make an Ed25519 key (`ssh-keygen -t ed25519`; the server needs OpenSSH 6.5 or later) and install its public half.',
      'Upgrade the server to OpenSSH 7.2 or later (or software that implements RFC 8332 and RFC 8308): the same RSA key then works with rsa-sha2-256/512.',
      'Last resort, for that one host only: `Host HOST` + `PubkeyAcceptedAlgorithms +ssh-rsa`.',
    ],
    changes: ['ssh-rsa-disabled', 'rsa-sha2-added', 'ed25519-added'],
  },
  {
    id: 'server-rejects-signature-algorithm',
    title: 'The server refuses the signature algorithm',
    symptoms: [
      { text: 'userauth_pubkey: signature algorithm rsa-sha2-512 not in PubkeyAcceptedAlgorithms [preauth]', seenIn: 'server' },
      { text: 'userauth_pubkey: key type ssh-dss not in PubkeyAcceptedAlgorithms [preauth]', seenIn: 'server' },
    ],
    cause:
      "The server's PubkeyAcceptedAlgorithms does not list the algorithm the client used. A list with only ssh-rsa means RSA keys only with SHA-1 signatures: OpenSSH 9.x still advertises every algorithm in server-sig-algs, so the client tries rsa-sha2-512 and sees only `Permission denied (publickey)`; the reason is in the server log alone.",
    fixes: [
      'Fix the server: remove the PubkeyAcceptedAlgorithms (or PubkeyAcceptedKeyTypes) line from sshd_config, or list rsa-sha2-512,rsa-sha2-256 and ssh-ed25519 in it, and reload sshd.',
      'Last resort, for that one host only: `Host HOST` + `PubkeyAcceptedAlgorithms ssh-rsa` on the client, which makes it sign with SHA-1.',
    ],
    changes: ['rsa-sha2-added', 'accepted-algorithms-renamed', 'ssh-rsa-disabled'],
  },
  {
    id: 'agent-refused-operation',
    title: 'The agent refused to sign',
    symptoms: [
      { text: 'sign_and_send_pubkey: signing failed for ED25519 "me@laptop" from agent: agent refused operation', seenIn: 'client' },
    ],
    cause:
      'The server accepted the key but the agent holding it would not sign: a key added with `ssh-add -c` whose confirmation could not be shown (no SSH_ASKPASS, no display), a security key that was not touched, or an agent that cannot make the signature asked for.',
    fixes: [
      'Re-add the key without confirmation (`ssh-add -D`, then `ssh-add KEY`), or make the confirmation possible (set SSH_ASKPASS and a display, touch the security key).',
      'Bypass the agent for this host: `IdentityAgent none` with `IdentityFile KEY`.',
    ],
    changes: [],
  },
  {
    id: 'server-strict-modes',
    title: "The server refuses the user's key files because of their permissions",
    symptoms: [{ text: 'Authentication refused: bad ownership or modes for directory /home/me/.ssh', seenIn: 'server' }],
    cause:
      'With StrictModes yes (the default), sshd ignores authorized_keys when the file, ~/.ssh or the home directory can be written by others.',
    fixes: ['On the server: `chmod go-w ~ && chmod 700 ~/.ssh && chmod 600 ~/.ssh/authorized_keys`, owned by the user.'],
    changes: [],
  },
  {
    id: 'permission-denied-publickey',
    title: 'Permission denied (publickey)',
    symptoms: [{ text: 'git@github.com: Permission denied (publickey).', seenIn: 'client' }],
    cause:
      'No key the client offered was accepted. The client log (-v) tells which keys were offered, skipped or could not be loaded; the server log tells why it refused the ones it saw.',
    fixes: [
      'Make sure the public half of the key is in ~/.ssh/authorized_keys of that user on the server (`ssh-copy-id -i KEY.pub USER@HOST`), or in the account or deploy keys of the forge.',
      'Point ssh at the right key for that host: `Host HOST` + `IdentityFile KEY` + `IdentitiesOnly yes`.',
      'Read the server log (`journalctl -u ssh`, /var/log/auth.log, /var/log/secure) for the reason it refused.',
    ],
    changes: [],
  },
  {
    id: 'forge-rejects-sha1-rsa',
    title: 'The forge rejects RSA signatures with SHA-1',
    symptoms: [
      {
        text: "ERROR: You're using an RSA key with SHA-1, which is no longer allowed. Please use a newer client or a different key type.",
        seenIn: 'forge',
      },
      {
        text: 'remote: Command git-upload-pack: You’re using ssh-rsa that is about to be deprecated and your request has been blocked intentionally.',
        seenIn: 'forge',
      },
    ],
    cause:
      'GitHub requires SHA-2 signatures for RSA keys added after 2021-11-02 (https://github.blog/security/application-security/improving-git-protocol-security-github/); Azure DevOps is phasing out ssh-rsa (https://devblogs.microsoft.com/devops/ssh-rsa-deprecation/). The client signed with ssh-rsa: an SSH library without rsa-sha2 (older libssh2, JSch, Go x/crypto), an OpenSSH older than 7.2, or a configuration that forces ssh-rsa.',
    fixes: [
      'Make an Ed25519 key (`ssh-keygen -t ed25519`) and add it to the account or as a deploy key.',
      'Upgrade the client or library to one that signs with rsa-sha2-256/512 (OpenSSH 7.2 or later), and remove any PubkeyAcceptedAlgorithms line that forces ssh-rsa.',
    ],
    changes: ['rsa-sha2-added', 'ssh-rsa-disabled'],
  },
];

const BY_ID = new Map(FAILURES.map((entry) => [entry.id, entry]));

export function failure(id: FailureId): FailureEntry {
  return BY_ID.get(id)!;
}
