/** Every public key and certificate type OpenSSH knows (sshkey.c keytypes[]), with how its key fields are laid out. */

/** `unknown`: a type OpenSSH may know but this table does not; inventoried by its blob, never judged. */
export type KeyFamily = 'rsa' | 'dsa' | 'ecdsa' | 'ed25519' | 'sk-ecdsa' | 'sk-ed25519' | 'mldsa44-ed25519' | 'unknown';

const CERT_SUFFIX = '-cert-v01@openssh.com';

export const PLAIN_KEY_TYPES: Record<string, KeyFamily> = {
  'ssh-rsa': 'rsa',
  'ssh-dss': 'dsa',
  'ecdsa-sha2-nistp256': 'ecdsa',
  'ecdsa-sha2-nistp384': 'ecdsa',
  'ecdsa-sha2-nistp521': 'ecdsa',
  'ssh-ed25519': 'ed25519',
  'sk-ecdsa-sha2-nistp256@openssh.com': 'sk-ecdsa',
  'sk-ssh-ed25519@openssh.com': 'sk-ed25519',
  // Composite ML-DSA-44 + Ed25519 (ssh-mldsa-eddsa.c), OpenSSH 10.4 (data/openssh-timeline.ts).
  'ssh-mldsa44-ed25519@openssh.com': 'mldsa44-ed25519',
};

/** Curve name on the wire -> field size in bits (RFC 5656 section 6.1). */
export const ECDSA_CURVES: Record<string, { bits: number; pointLength: number; hash: string; jwkCurve: string }> = {
  nistp256: { bits: 256, pointLength: 65, hash: 'sha256', jwkCurve: 'P-256' },
  nistp384: { bits: 384, pointLength: 97, hash: 'sha384', jwkCurve: 'P-384' },
  nistp521: { bits: 521, pointLength: 133, hash: 'sha512', jwkCurve: 'P-521' },
};

export function isCertificateType(type: string): boolean {
  return type.endsWith(CERT_SUFFIX);
}

/** ssh-ed25519-cert-v01@openssh.com -> ssh-ed25519; sk-ssh-ed25519-cert-v01@openssh.com -> sk-ssh-ed25519@openssh.com */
export function plainTypeOf(type: string): string {
  if (!isCertificateType(type)) return type;
  const base = type.slice(0, -CERT_SUFFIX.length);
  return base.startsWith('sk-') || `${base}@openssh.com` in PLAIN_KEY_TYPES ? `${base}@openssh.com` : base;
}

export function isKnownKeyType(type: string): boolean {
  return plainTypeOf(type) in PLAIN_KEY_TYPES;
}

export function familyOf(type: string): KeyFamily | undefined {
  return PLAIN_KEY_TYPES[plainTypeOf(type)];
}
