/**
 * The decoded shape of a public key and of an OpenSSH certificate, shared by the blob reader
 * (public-blob.ts), the plain key reader (plain-key.ts), the certificate reader (certificate.ts) and the
 * checks. Types only, so no reader depends on another for them.
 */
import type { CertificateInfo } from '../types.js';
import type { KeyFamily } from './key-types.js';

export interface PublicParams {
  family: KeyFamily;
  /** RSA */
  e?: Buffer;
  n?: Buffer;
  /** DSA */
  p?: Buffer;
  q?: Buffer;
  g?: Buffer;
  y?: Buffer;
  /** ECDSA curve name (nistp256...) and uncompressed point; Ed25519 public key in `point` as well. */
  curve?: string;
  point?: Buffer;
  /** FIDO application string of sk-* keys (usually "ssh:"). */
  application?: string;
}

export interface PublicKeyInfo {
  type: string;
  plainType: string;
  /** null for a type this scanner does not know (family `unknown`). */
  bits: number | null;
  /** Fingerprint of the plain public key (for a certificate: the certified key, as ssh-keygen prints it). */
  fingerprint: string;
  params: PublicParams;
  /** The plain public key blob (for certificates: rebuilt from the certified key fields). */
  plainBlob: Buffer;
  certificate?: ParsedCertificate;
}

/** A certificate as decoded from its blob: the CA key in full, validity in seconds since the epoch. */
export interface ParsedCertificate extends Omit<CertificateInfo, 'ca'> {
  ca: PublicKeyInfo;
  validAfterSeconds: bigint;
  validBeforeSeconds: bigint;
}
