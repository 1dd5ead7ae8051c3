/**
 * Decodes an RFC 4253 public key blob or an OpenSSH certificate blob (PROTOCOL.certkeys) into type, bits,
 * fingerprint and the raw public parameters. This is the main path for every public key the scanner sees:
 * sshpk cannot read security-key (sk-*) types, and this reader is exact and fast for the rest.
 */
import { KeyFormatError } from '../errors.js';
import { sha256Fingerprint } from '../fingerprint.js';
import { bitLength, sshString, WireReader } from '../wire.js';
import { ECDSA_CURVES, familyOf, isCertificateType, plainTypeOf, type KeyFamily } from './key-types.js';
import { decodeCertificateTail, type ParsedCertificate } from './certificate.js';

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
  bits: number;
  /** Fingerprint of the plain public key (for a certificate: the certified key, as ssh-keygen prints it). */
  fingerprint: string;
  params: PublicParams;
  /** The plain public key blob (for certificates: rebuilt from the certified key fields). */
  plainBlob: Buffer;
  certificate?: ParsedCertificate;
}

function readKeyFields(reader: WireReader, plainType: string, family: KeyFamily): { bits: number; params: PublicParams } {
  switch (family) {
    case 'rsa': {
      const e = reader.mpint();
      const n = reader.mpint();
      if (n.length === 0 || e.length === 0) throw new KeyFormatError('RSA key has an empty modulus or exponent');
      return { bits: bitLength(n), params: { family, e, n } };
    }
    case 'dsa': {
      const p = reader.mpint();
      const q = reader.mpint();
      const g = reader.mpint();
      const y = reader.mpint();
      if (p.length === 0 || q.length === 0) throw new KeyFormatError('DSA key has an empty parameter');
      return { bits: bitLength(p), params: { family, p, q, g, y } };
    }
    case 'ecdsa':
    case 'sk-ecdsa': {
      const curve = reader.text();
      const expected = plainType.replace(/^(sk-)?ecdsa-sha2-/, '').replace('@openssh.com', '');
      const spec = ECDSA_CURVES[curve];
      if (!spec || curve !== expected) throw new KeyFormatError(`ECDSA curve ${curve} does not match key type ${plainType}`);
      const point = reader.string();
      if (point.length !== spec.pointLength || point[0] !== 0x04) {
        throw new KeyFormatError(`ECDSA ${curve} point has the wrong encoding or length`);
      }
      const params: PublicParams = { family, curve, point };
      if (family === 'sk-ecdsa') params.application = reader.text();
      return { bits: spec.bits, params };
    }
    case 'ed25519':
    case 'sk-ed25519': {
      const point = reader.string();
      if (point.length !== 32) throw new KeyFormatError(`Ed25519 public key is ${point.length} bytes, not 32`);
      const params: PublicParams = { family, point };
      if (family === 'sk-ed25519') params.application = reader.text();
      return { bits: 256, params };
    }
  }
}

/** @throws KeyFormatError when the blob is not a well-formed key of a type OpenSSH knows. */
export function parsePublicBlob(blob: Buffer): PublicKeyInfo {
  const reader = new WireReader(blob);
  const type = reader.text();
  const family = familyOf(type);
  if (!family) throw new KeyFormatError(`unknown key type ${JSON.stringify(type.slice(0, 64))}`);
  const plainType = plainTypeOf(type);

  if (!isCertificateType(type)) {
    const { bits, params } = readKeyFields(reader, plainType, family);
    reader.end();
    return { type, plainType, bits, fingerprint: sha256Fingerprint(blob), params, plainBlob: blob };
  }

  reader.string(); // nonce
  const fieldsStart = reader.position;
  const { bits, params } = readKeyFields(reader, plainType, family);
  // ssh-keygen fingerprints a certificate by its certified key in plain form (sshkey_fingerprint, force_plain).
  const plainBlob = Buffer.concat([sshString(plainType), reader.slice(fieldsStart, reader.position)]);
  const certificate = decodeCertificateTail(reader, blob, parsePublicBlob);
  return { type, plainType, bits, fingerprint: sha256Fingerprint(plainBlob), params, plainBlob, certificate };
}
