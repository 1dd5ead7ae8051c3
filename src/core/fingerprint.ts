import { createHash } from 'node:crypto';

/** The SHA256 fingerprint exactly as `ssh-keygen -l -E sha256` prints it: base64 without padding. */
export function sha256Fingerprint(blob: Buffer): string {
  return 'SHA256:' + createHash('sha256').update(blob).digest('base64').replace(/=+$/, '');
}
