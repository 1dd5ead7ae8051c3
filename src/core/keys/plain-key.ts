/**
 * Reads the key fields of a plain (non-certificate) public key blob, RFC 4253 section 6.6 and the OpenSSH
 * PROTOCOL files for sk-* and ML-DSA keys. The blob reader uses it for a key and for a certificate's certified
 * key, the certificate reader for the CA key.
 */
import { KeyFormatError } from '../errors.js';
import { sha256Fingerprint } from '../fingerprint.js';
import { ECDSA_CURVES, familyOf, isCertificateType, plainTypeOf, type KeyFamily } from './key-types.js';
import type { PublicKeyInfo, PublicParams } from './public-key-info.js';
import { bitLength, WireReader } from './wire.js';

export function readKeyFields(reader: WireReader, plainType: string, family: KeyFamily): { bits: number; params: PublicParams } {
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
    case 'mldsa44-ed25519': {
      // One string: the ML-DSA-44 public key (1312 bytes, FIPS 204) then the Ed25519 one (32 bytes); ssh-keygen
      // prints the size as 256 (sshkey_mldsa44_ed25519_impl keybits).
      const point = reader.string();
      if (point.length !== MLDSA44_ED25519_PUBLIC) {
        throw new KeyFormatError(`ML-DSA-44/Ed25519 public key is ${point.length} bytes, not ${MLDSA44_ED25519_PUBLIC}`);
      }
      return { bits: 256, params: { family, point } };
    }
    case 'unknown':
      throw new KeyFormatError(`no key fields known for ${plainType}`);
  }
}

const MLDSA44_ED25519_PUBLIC = 1312 + 32;

// What a key type name looks like (RFC 4250 section 4.6.1: printable US-ASCII, no spaces, at most 64 characters).
const KEY_TYPE_NAME = /^[A-Za-z0-9][A-Za-z0-9@._+-]{2,63}$/;

/**
 * A key of a type not in key-types.ts, named by the string its blob starts with: inventoried with the SHA256
 * of the whole blob, which is what ssh-keygen -l fingerprints for any type. Certificates of unknown types are
 * not taken apart (their nonce comes first), so they are fingerprinted as a whole too.
 */
export function unknownKeyInfo(type: string, blob: Buffer): PublicKeyInfo {
  return { type, plainType: type, bits: null, fingerprint: sha256Fingerprint(blob), params: { family: 'unknown' }, plainBlob: blob };
}

/**
 * A plain public key blob: a known type decoded, an unknown but well-named type inventoried by its SHA256.
 * @throws KeyFormatError when the blob is malformed, or is a certificate (with `certificateMessage`).
 */
export function parsePlainBlob(blob: Buffer, certificateMessage = 'a certificate where a plain key belongs'): PublicKeyInfo {
  const reader = new WireReader(blob);
  const type = reader.text();
  return readPlainKey(blob, reader, type, familyOf(type), certificateMessage);
}

/**
 * parsePlainBlob() once `reader` has read the blob's `type` (and familyOf() it): the blob reader has done
 * both when it finds a plain key, so every key line is not read twice.
 */
export function readPlainKey(
  blob: Buffer,
  reader: WireReader,
  type: string,
  family: KeyFamily | undefined,
  certificateMessage = 'a certificate where a plain key belongs',
): PublicKeyInfo {
  if (!family) {
    if (KEY_TYPE_NAME.test(type)) return unknownKeyInfo(type, blob);
    throw new KeyFormatError(`unknown key type ${JSON.stringify(type.slice(0, 64))}`);
  }
  if (isCertificateType(type)) throw new KeyFormatError(certificateMessage);
  const plainType = plainTypeOf(type);
  const { bits, params } = readKeyFields(reader, plainType, family);
  reader.end();
  return { type, plainType, bits, fingerprint: sha256Fingerprint(blob), params, plainBlob: blob };
}
