/**
 * The openssh-key-v1 container (PROTOCOL.key). Its public keys are stored in clear ahead of the
 * (possibly encrypted) private section, so the fingerprint is known without a passphrase and the
 * private section is never read.
 */
import { KeyFormatError } from '../errors.js';
import { WireReader } from './wire.js';
import { parsePublicBlob, type PublicKeyInfo } from './public-blob.js';

const MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

export interface OpenSshPrivateHeader {
  cipher: string;
  kdf: string;
  info: PublicKeyInfo;
}

export function readOpenSshPrivate(data: Buffer): OpenSshPrivateHeader {
  if (data.length < MAGIC.length || !data.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new KeyFormatError('missing the openssh-key-v1 header');
  }
  const reader = new WireReader(data.subarray(MAGIC.length));
  const cipher = reader.text();
  const kdf = reader.text();
  reader.string(); // kdf options: salt and rounds
  const count = reader.uint32();
  if (count < 1) throw new KeyFormatError('the container holds no key');
  const info = parsePublicBlob(reader.string());
  return { cipher, kdf, info };
}
