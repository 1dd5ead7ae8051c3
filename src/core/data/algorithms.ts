/**
 * The SSH algorithm database: every name OpenSSH knows or knew for each algorithm list, and which ones are
 * weak. Sources: OpenSSH's myproposal.h and release notes (versions given per entry), `ssh -Q` of
 * OpenSSH 9.2, and ssh-audit's classification (jtesta/ssh-audit ssh2_kexdb.py: FAIL entries). Only a
 * configuration that names a weak algorithm is a finding, so "weak" here means ssh-audit FAIL or a
 * cipher mode OpenSSH itself removed from its defaults.
 */
import type { RuleIdOf } from '../rules.js';

export type AlgorithmKind = 'kex' | 'cipher' | 'mac' | 'signature';
export type WeaknessRule = RuleIdOf<'weak-kex' | 'weak-cipher' | 'weak-mac' | 'sha1-signatures-enabled'>;

export interface Weakness {
  rule: WeaknessRule;
  /** Why, for the finding message: a short noun phrase. */
  reason: string;
}

const SHA1_KEX = 'SHA-1, broken for collisions';

const KEX: Record<string, Weakness | null> = {
  'diffie-hellman-group1-sha1': { rule: 'weak-kex', reason: '1024-bit group with SHA-1, open to Logjam, off by default since OpenSSH 7.0' },
  'diffie-hellman-group1-sha256': { rule: 'weak-kex', reason: '1024-bit group, open to Logjam' },
  'diffie-hellman-group14-sha1': { rule: 'weak-kex', reason: SHA1_KEX },
  'diffie-hellman-group-exchange-sha1': { rule: 'weak-kex', reason: SHA1_KEX },
  'rsa1024-sha1': { rule: 'weak-kex', reason: '1024-bit RSA with SHA-1' },
  'gss-gex-sha1-': { rule: 'weak-kex', reason: SHA1_KEX },
  'gss-group1-sha1-': { rule: 'weak-kex', reason: '1024-bit group with SHA-1, open to Logjam' },
  'gss-group14-sha1-': { rule: 'weak-kex', reason: SHA1_KEX },
  'diffie-hellman-group14-sha256': null,
  'diffie-hellman-group16-sha512': null,
  'diffie-hellman-group18-sha512': null,
  'diffie-hellman-group-exchange-sha256': null,
  'ecdh-sha2-nistp256': null,
  'ecdh-sha2-nistp384': null,
  'ecdh-sha2-nistp521': null,
  'curve25519-sha256': null,
  'curve25519-sha256@libssh.org': null,
  'sntrup761x25519-sha512': null,
  'sntrup761x25519-sha512@openssh.com': null,
  'mlkem768x25519-sha256': null,
};

const CBC = 'CBC mode, open to plaintext recovery, CVE-2008-5161';

const CIPHERS: Record<string, Weakness | null> = {
  '3des-cbc': { rule: 'weak-cipher', reason: '64-bit block, open to Sweet32, CVE-2016-2183' },
  'blowfish-cbc': { rule: 'weak-cipher', reason: '64-bit block, open to Sweet32, removed in OpenSSH 7.6' },
  'cast128-cbc': { rule: 'weak-cipher', reason: '64-bit block, open to Sweet32, removed in OpenSSH 7.6' },
  arcfour: { rule: 'weak-cipher', reason: 'RC4, broken per RFC 7465, removed in OpenSSH 7.6' },
  arcfour128: { rule: 'weak-cipher', reason: 'RC4, broken per RFC 7465, removed in OpenSSH 7.6' },
  arcfour256: { rule: 'weak-cipher', reason: 'RC4, broken per RFC 7465, removed in OpenSSH 7.6' },
  'aes128-cbc': { rule: 'weak-cipher', reason: CBC },
  'aes192-cbc': { rule: 'weak-cipher', reason: CBC },
  'aes256-cbc': { rule: 'weak-cipher', reason: CBC },
  'rijndael-cbc@lysator.liu.se': { rule: 'weak-cipher', reason: `${CBC}, removed in OpenSSH 7.6` },
  none: { rule: 'weak-cipher', reason: 'no encryption at all' },
  'aes128-ctr': null,
  'aes192-ctr': null,
  'aes256-ctr': null,
  'aes128-gcm@openssh.com': null,
  'aes256-gcm@openssh.com': null,
  'chacha20-poly1305@openssh.com': null,
};

const MD5 = 'MD5, broken';
const SHORT_TAG = '64-bit tag, too short';
const SHA1_MAC = 'SHA-1, kept in OpenSSH only for compatibility';

const MACS: Record<string, Weakness | null> = {
  'hmac-md5': { rule: 'weak-mac', reason: MD5 },
  'hmac-md5-96': { rule: 'weak-mac', reason: MD5 },
  'hmac-md5-etm@openssh.com': { rule: 'weak-mac', reason: MD5 },
  'hmac-md5-96-etm@openssh.com': { rule: 'weak-mac', reason: MD5 },
  'hmac-ripemd160': { rule: 'weak-mac', reason: 'RIPEMD-160, removed in OpenSSH 7.6' },
  'hmac-ripemd160@openssh.com': { rule: 'weak-mac', reason: 'RIPEMD-160, removed in OpenSSH 7.6' },
  'hmac-ripemd160-etm@openssh.com': { rule: 'weak-mac', reason: 'RIPEMD-160, removed in OpenSSH 7.6' },
  'hmac-sha1-96': { rule: 'weak-mac', reason: 'SHA-1 truncated to 96 bits' },
  'hmac-sha1-96-etm@openssh.com': { rule: 'weak-mac', reason: 'SHA-1 truncated to 96 bits' },
  'hmac-sha1': { rule: 'weak-mac', reason: SHA1_MAC },
  'hmac-sha1-etm@openssh.com': { rule: 'weak-mac', reason: SHA1_MAC },
  'umac-64@openssh.com': { rule: 'weak-mac', reason: SHORT_TAG },
  'umac-64-etm@openssh.com': { rule: 'weak-mac', reason: SHORT_TAG },
  'hmac-sha2-256': null,
  'hmac-sha2-512': null,
  'umac-128@openssh.com': null,
  'hmac-sha2-256-etm@openssh.com': null,
  'hmac-sha2-512-etm@openssh.com': null,
  'umac-128-etm@openssh.com': null,
};

const SHA1_RSA = 'RSA signatures with SHA-1, off by default since OpenSSH 8.8';
const SHA1_DSS = 'DSA signatures with SHA-1, off since OpenSSH 7.0 and removed in 10.0';

const SIGNATURES: Record<string, Weakness | null> = {
  'ssh-rsa': { rule: 'sha1-signatures-enabled', reason: SHA1_RSA },
  'ssh-rsa-cert-v01@openssh.com': { rule: 'sha1-signatures-enabled', reason: SHA1_RSA },
  'ssh-rsa-cert-v00@openssh.com': { rule: 'sha1-signatures-enabled', reason: SHA1_RSA },
  'ssh-dss': { rule: 'sha1-signatures-enabled', reason: SHA1_DSS },
  'ssh-dss-cert-v01@openssh.com': { rule: 'sha1-signatures-enabled', reason: SHA1_DSS },
  'ssh-dss-cert-v00@openssh.com': { rule: 'sha1-signatures-enabled', reason: SHA1_DSS },
  'ssh-ed25519': null,
  'ssh-ed25519-cert-v01@openssh.com': null,
  'sk-ssh-ed25519@openssh.com': null,
  'sk-ssh-ed25519-cert-v01@openssh.com': null,
  'ecdsa-sha2-nistp256': null,
  'ecdsa-sha2-nistp256-cert-v01@openssh.com': null,
  'ecdsa-sha2-nistp384': null,
  'ecdsa-sha2-nistp384-cert-v01@openssh.com': null,
  'ecdsa-sha2-nistp521': null,
  'ecdsa-sha2-nistp521-cert-v01@openssh.com': null,
  'sk-ecdsa-sha2-nistp256@openssh.com': null,
  'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': null,
  'webauthn-sk-ecdsa-sha2-nistp256@openssh.com': null,
  'rsa-sha2-256': null,
  'rsa-sha2-256-cert-v01@openssh.com': null,
  'rsa-sha2-512': null,
  'rsa-sha2-512-cert-v01@openssh.com': null,
  // Composite ML-DSA-44/Ed25519, OpenSSH 10.4 (openssh-portable ssh-mldsa-eddsa.c).
  'ssh-mldsa44-ed25519@openssh.com': null,
  'ssh-mldsa44-ed25519-cert-v01@openssh.com': null,
};

const TABLES: Record<AlgorithmKind, Record<string, Weakness | null>> = { kex: KEX, cipher: CIPHERS, mac: MACS, signature: SIGNATURES };

/** Option name (lower case) -> which table its list draws from. */
export const ALGORITHM_OPTIONS: Record<string, AlgorithmKind> = {
  kexalgorithms: 'kex',
  ciphers: 'cipher',
  macs: 'mac',
  hostkeyalgorithms: 'signature',
  pubkeyacceptedalgorithms: 'signature',
  pubkeyacceptedkeytypes: 'signature',
  hostbasedacceptedalgorithms: 'signature',
  hostbasedkeytypes: 'signature',
  hostbasedacceptedkeytypes: 'signature',
  casignaturealgorithms: 'signature',
};

export function knownAlgorithms(kind: AlgorithmKind): string[] {
  return Object.keys(TABLES[kind]);
}

export function weaknessOf(kind: AlgorithmKind, name: string): Weakness | null {
  const table = TABLES[kind];
  if (name in table) return table[name]!;
  // GSSAPI key exchanges carry a mechanism OID suffix (RFC 4462): gss-group14-sha1-<base64 OID>.
  for (const prefix of Object.keys(table)) if (prefix.endsWith('-') && name.startsWith(prefix)) return table[prefix]!;
  return null;
}
