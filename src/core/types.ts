/** The data model of a scan: keys found, findings about them, files that could not be read, and counts. */

import type { RuleId, Severity } from './rules.js';

export type { RuleId, Severity };
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
  /** Encodings the key was found inside, outermost first: `base64`, then `gzip` where the value was gzipped. */
  layers?: string[];
  /** With --history: the commit where this content first appeared (the path is where it appeared). */
  commit?: string;
  /** RSA keys: the modulus in hex (public data; absent for keys from secrets). `ssh-key-audit merge` uses it. */
  rsaModulus?: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  path: string;
  line: number;
  message: string;
  fingerprint: string | null;
  /** With --history: the commit where the content first appeared, for content no longer in the tree. */
  commit?: string;
}

/**
 * Why a finding is accepted: an `allow` entry of the policy file, an inline `ssh-key-audit: ignore` comment,
 * or a baseline file. `source` is where the acceptance is written (`FILE:LINE`, or the baseline file).
 */
export interface Suppression {
  kind: 'policy' | 'inline' | 'baseline';
  reason: string;
  source: string;
  /** YYYY-MM-DD, the last day the acceptance holds (policy entries only). */
  expires?: string;
}

/** A finding that is reported but accepted: not counted, never fails a run. */
export interface SuppressedFinding extends Finding {
  suppression: Suppression;
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
  /** Findings accepted by the policy file, inline comments or the baseline (listed in ScanResult.suppressed). */
  suppressed: number;
  /** With a baseline: its entries that no finding matches any more (the problem was fixed). */
  baselineFixed?: number;
}

export interface ScanResult {
  tool: { name: string; version: string };
  root: string;
  keys: KeyRecord[];
  /** Findings that count: every one not accepted by the policy. */
  findings: Finding[];
  /** Findings accepted by the policy, with why; reported (JSON, SARIF suppressions) but not counted. */
  suppressed: SuppressedFinding[];
  skipped: Skipped[];
  summary: Summary;
  /** With --history: how much history was read, and whether it is complete. */
  history?: HistoryInfo;
}

export interface HistoryInfo {
  /** Distinct blobs reachable from any ref that are not in the current tree, and how many were read. */
  blobs: number;
  scanned: number;
  /** A shallow clone: older history is missing, and `warning` says how to fetch it. */
  shallow: boolean;
  warning?: string;
}
