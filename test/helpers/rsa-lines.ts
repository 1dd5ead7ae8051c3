/** OpenSSH public key lines for RSA moduli built in a test (weak, shared or structured ones ssh-keygen will not make). */
import { sshString } from '../../src/core/keys/wire.js';

/** An SSH mpint (RFC 4251 section 5) for a non-negative value. */
export function mpint(value: bigint): Buffer {
  const hex = value.toString(16);
  const bytes = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
  return sshString(bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

/** `ssh-rsa BASE64 COMMENT` without a newline. */
export function rsaPublicLine(n: bigint, e = 65537n, comment = 'test'): string {
  return `ssh-rsa ${Buffer.concat([sshString('ssh-rsa'), mpint(e), mpint(n)]).toString('base64')} ${comment}`;
}
