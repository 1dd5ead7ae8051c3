/**
 * The tail of an OpenSSH certificate (PROTOCOL.certkeys): serial, type, key id, principals, validity,
 * options, extensions, the CA key and its signature, which is verified here with node:crypto because
 * sshpk's isSignedByKey() only compares the CA key and never checks the signature.
 */
import { RSA_MAX_BITS } from '../limits.js';
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { KeyFormatError } from '../errors.js';
import { WireReader } from './wire.js';
import { ECDSA_CURVES } from './key-types.js';
import { parsePlainBlob } from './plain-key.js';
import type { ParsedCertificate, PublicKeyInfo, PublicParams } from './public-key-info.js';

const FOREVER = 0xffffffffffffffffn;

function namesIn(packed: Buffer): string[] {
  const reader = new WireReader(packed);
  const names: string[] = [];
  while (reader.remaining > 0) {
    names.push(reader.text());
    reader.string(); // option data: may hold commands or addresses, not needed for the audit
  }
  return names;
}

function principalsIn(packed: Buffer): string[] {
  const reader = new WireReader(packed);
  const names: string[] = [];
  while (reader.remaining > 0) names.push(reader.string().toString('utf8'));
  return names;
}

function toIso(seconds: bigint): string | null {
  if (seconds === 0n || seconds === FOREVER) return null;
  // Dates past year 275760 cannot be represented; treat them as forever.
  if (seconds > 8_640_000_000_000n) return null;
  return new Date(Number(seconds) * 1000).toISOString();
}

export function decodeCertificateTail(reader: WireReader, blob: Buffer): ParsedCertificate {
  const serial = reader.uint64();
  const kind = reader.uint32();
  if (kind !== 1 && kind !== 2) throw new KeyFormatError(`certificate type ${kind} is neither user (1) nor host (2)`);
  const keyId = reader.string().toString('utf8');
  const principals = principalsIn(reader.string());
  const validAfterSeconds = reader.uint64();
  const validBeforeSeconds = reader.uint64();
  const criticalOptions = namesIn(reader.string());
  const extensions = namesIn(reader.string());
  reader.string(); // reserved
  const caBlob = reader.string();
  const signedEnd = reader.position;
  const signature = reader.string();
  reader.end();

  const ca = parsePlainBlob(caBlob, 'certificate is signed by another certificate');
  const sigReader = new WireReader(signature);
  const signatureAlgorithm = sigReader.text();
  const signatureBytes = sigReader.string();
  const signatureValid = verifySignature(ca, signatureAlgorithm, signatureBytes, blob.subarray(0, signedEnd));

  return {
    certType: kind === 1 ? 'user' : 'host',
    keyId,
    serial: serial.toString(),
    principals,
    validAfter: toIso(validAfterSeconds),
    validBefore: toIso(validBeforeSeconds),
    validAfterSeconds,
    validBeforeSeconds,
    criticalOptions,
    extensions,
    ca,
    signatureAlgorithm,
    signatureValid,
  };
}

const RSA_HASHES: Record<string, string> = { 'ssh-rsa': 'sha1', 'rsa-sha2-256': 'sha256', 'rsa-sha2-512': 'sha512' };

const b64url = (bytes: Buffer): string => bytes.toString('base64url');

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function der(tag: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), derLength(body.length), body]);
}

function derInteger(magnitude: Buffer): Buffer {
  const padded = magnitude.length === 0 || magnitude[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), magnitude]) : magnitude;
  return der(0x02, padded);
}

/** DSA has no JWK form, so its SubjectPublicKeyInfo (RFC 3279 section 2.3.2) is written by hand. */
function dsaPublicKey(params: PublicParams): KeyObject {
  const dsaOid = Buffer.from('06072a8648ce380401', 'hex');
  const domain = der(0x30, Buffer.concat([derInteger(params.p!), derInteger(params.q!), derInteger(params.g!)]));
  const algorithm = der(0x30, Buffer.concat([dsaOid, domain]));
  const subjectKey = der(0x03, Buffer.concat([Buffer.from([0]), derInteger(params.y!)]));
  return createPublicKey({ key: der(0x30, Buffer.concat([algorithm, subjectKey])), format: 'der', type: 'spki' });
}

/** r and s as mpints inside the signature blob (RFC 5656 section 3.1.2) -> fixed-width r||s. */
function ecdsaP1363(signature: Buffer, width: number): Buffer {
  const reader = new WireReader(signature);
  const parts = [reader.mpint(), reader.mpint()];
  reader.end();
  return Buffer.concat(
    parts.map((part) => {
      if (part.length > width) throw new KeyFormatError('ECDSA signature component is too long');
      return Buffer.concat([Buffer.alloc(width - part.length), part]);
    }),
  );
}

function verifySignature(ca: PublicKeyInfo, algorithm: string, signature: Buffer, signed: Buffer): boolean | null {
  const params = ca.params;
  try {
    switch (params.family) {
      case 'rsa': {
        // OpenSSH and OpenSSL refuse such a CA; verifying with it would cost the square of its size.
        if ((ca.bits ?? 0) > RSA_MAX_BITS) return false;
        const hash = RSA_HASHES[algorithm];
        if (!hash) return false;
        const key = createPublicKey({ key: { kty: 'RSA', n: b64url(params.n!), e: b64url(params.e!) }, format: 'jwk' });
        return verify(hash, signed, key, signature);
      }
      case 'ed25519': {
        if (algorithm !== 'ssh-ed25519') return false;
        const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: b64url(params.point!) }, format: 'jwk' });
        return verify(null, signed, key, signature);
      }
      case 'ecdsa': {
        if (algorithm !== ca.plainType) return false;
        const curve = ECDSA_CURVES[params.curve!]!;
        const width = (params.point!.length - 1) / 2;
        const x = b64url(params.point!.subarray(1, 1 + width));
        const y = b64url(params.point!.subarray(1 + width));
        const key = createPublicKey({ key: { kty: 'EC', crv: curve.jwkCurve, x, y }, format: 'jwk' });
        return verify(curve.hash, signed, { key, dsaEncoding: 'ieee-p1363' }, ecdsaP1363(signature, width));
      }
      case 'dsa': {
        // RFC 4253 section 6.6: ssh-dss signatures are r||s, 20 bytes each, over SHA-1.
        if (algorithm !== 'ssh-dss' || signature.length !== 40) return false;
        return verify('sha1', signed, { key: dsaPublicKey(params), dsaEncoding: 'ieee-p1363' }, signature);
      }
      default:
        // Security-key CAs sign over a FIDO assertion (flags, counter, application hash), not the blob itself.
        return null;
    }
  } catch {
    return false;
  }
}
