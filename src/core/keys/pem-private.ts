/**
 * PEM private keys: PKCS#1 (RSA/DSA/EC PRIVATE KEY) and PKCS#8 (PRIVATE KEY). sshpk decodes them to the
 * SSH public blob; node:crypto is the fallback for PKCS#8 forms sshpk does not know. Encrypted PEM keeps
 * its public half encrypted too, so such a key has no fingerprint without the passphrase.
 * Library error texts are never passed on: they are replaced by our own, which quote no key material.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import sshpk from 'sshpk';
import { KeyFormatError } from '../errors.js';
import { sshString } from './wire.js';
import { parsePublicBlob, type PublicKeyInfo } from './public-blob.js';

const JWK_CURVES: Record<string, string> = { 'P-256': 'nistp256', 'P-384': 'nistp384', 'P-521': 'nistp521' };

function mpint(base64url: string): Buffer {
  const bytes = Buffer.from(base64url, 'base64url');
  return sshString(bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

function blobViaNodeCrypto(pem: string): Buffer {
  const jwk = createPublicKey(createPrivateKey(pem)).export({ format: 'jwk' });
  if (jwk.kty === 'RSA') return Buffer.concat([sshString('ssh-rsa'), mpint(jwk.e!), mpint(jwk.n!)]);
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') {
    return Buffer.concat([sshString('ssh-ed25519'), sshString(Buffer.from(jwk.x!, 'base64url'))]);
  }
  const curve = jwk.kty === 'EC' ? JWK_CURVES[jwk.crv!] : undefined;
  if (curve) {
    const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x!, 'base64url'), Buffer.from(jwk.y!, 'base64url')]);
    return Buffer.concat([sshString(`ecdsa-sha2-${curve}`), sshString(curve), sshString(point)]);
  }
  throw new KeyFormatError(`the key uses ${jwk.kty} ${jwk.crv ?? ''}, which SSH does not support`.trimEnd());
}

/** Public half of an unencrypted PEM private key, from its normalised PEM text. */
export function readPemPrivate(pem: string): PublicKeyInfo {
  let blob: Buffer;
  try {
    blob = sshpk.parsePrivateKey(pem, 'pem').toPublic().toBuffer('rfc4253');
  } catch {
    try {
      blob = blobViaNodeCrypto(pem);
    } catch (error) {
      if (error instanceof KeyFormatError) throw error;
      throw new KeyFormatError('the PEM body does not decode as a private key');
    }
  }
  return parsePublicBlob(blob);
}
