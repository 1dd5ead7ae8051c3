/**
 * Decodes an RFC 4253 public key blob or an OpenSSH certificate blob (PROTOCOL.certkeys) into type, bits,
 * fingerprint and the raw public parameters. This is the main path for every public key the scanner sees:
 * sshpk cannot read security-key (sk-*) types, and this reader is exact and fast for the rest.
 */
import { sha256Fingerprint } from '../fingerprint.js';
import { decodeCertificateTail } from './certificate.js';
import { familyOf, isCertificateType, plainTypeOf } from './key-types.js';
import { readKeyFields, readPlainKey, unknownKeyInfo } from './plain-key.js';
import type { PublicKeyInfo } from './public-key-info.js';
import { sshString, WireReader } from './wire.js';

export type { ParsedCertificate, PublicKeyInfo, PublicParams } from './public-key-info.js';
export { unknownKeyInfo };

/** Whether `blob` starts with the SSH string `type`, as every public key blob starts with its type name. */
export function blobNamesType(blob: Buffer, type: string): boolean {
  return blob.length >= 4 + type.length && blob.readUInt32BE(0) === type.length && blob.toString('latin1', 4, 4 + type.length) === type;
}

/** @throws KeyFormatError when the blob is not a well-formed key of a type OpenSSH knows. */
export function parsePublicBlob(blob: Buffer): PublicKeyInfo {
  const reader = new WireReader(blob);
  const type = reader.text();
  const family = familyOf(type);
  // Plain keys, and certificates of unknown types (not taken apart: see unknownKeyInfo).
  if (!family || !isCertificateType(type)) return readPlainKey(blob, reader, type, family);
  const plainType = plainTypeOf(type);

  reader.string(); // nonce
  const fieldsStart = reader.position;
  const { bits, params } = readKeyFields(reader, plainType, family);
  // ssh-keygen fingerprints a certificate by its certified key in plain form (sshkey_fingerprint, force_plain).
  const plainBlob = Buffer.concat([sshString(plainType), reader.slice(fieldsStart, reader.position)]);
  const certificate = decodeCertificateTail(reader, blob);
  return { type, plainType, bits, fingerprint: sha256Fingerprint(plainBlob), params, plainBlob, certificate };
}
