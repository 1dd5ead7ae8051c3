/** The data model of a scan: keys found, findings about them, files that could not be read, and counts. */

export type Severity = 'error' | 'warning' | 'notice';
export type FailOn = Severity | 'never';

export type KeySource =
  'public-key' | 'authorized-keys' | 'known-hosts' | 'private-key' | 'certificate' | 'embedded' | 'secret' | 'deploy-key';

export interface CertificateInfo {
  certType: 'user' | 'host';
  keyId: string;
  serial: string;
  principals: string[];
  /** ISO 8601, or null for "always" (valid after 0). */
  validAfter: string | null;
  /** ISO 8601, or null for "forever" (valid before 2^64-1). */
  validBefore: string | null;
  criticalOptions: string[];
  extensions: string[];
  ca: { type: string; bits: number; fingerprint: string };
  signatureAlgorithm: string;
  /** false: the CA signature does not verify; null: a CA type we cannot verify offline (security-key CAs). */
  signatureValid: boolean | null;
}

export interface KeyRecord {
  path: string;
  line: number;
  source: KeySource;
  /** SSH wire name: ssh-ed25519, ecdsa-sha2-nistp384, ssh-rsa-cert-v01@openssh.com, ... */
  type: string;
  bits: number | null;
  /** `SHA256:` + unpadded base64, as `ssh-keygen -l` prints; null where it cannot be derived (encrypted PEM). */
  fingerprint: string | null;
  comment: string | null;
  /** Container format for private keys and non-line encodings (openssh, pem-pkcs1, pkcs8, putty-v2, rfc4716...). */
  format?: string;
  encrypted?: boolean;
  /** authorized_keys options, names only (values can hold commands and addresses). */
  options?: string[];
  /** known_hosts marker: cert-authority or revoked. */
  marker?: string;
  certificate?: CertificateInfo;
}

export interface Finding {
  rule: string;
  severity: Severity;
  path: string;
  line: number;
  message: string;
  fingerprint: string | null;
}

export interface Skipped {
  path: string;
  reason: string;
}

export interface Summary {
  files: number;
  keys: number;
  errors: number;
  warnings: number;
  notices: number;
  skipped: number;
}

export interface ScanResult {
  tool: { name: string; version: string };
  root: string;
  keys: KeyRecord[];
  findings: Finding[];
  skipped: Skipped[];
  summary: Summary;
}
