import { createHash } from 'node:crypto';
import { trimTrailing } from './text-scan.js';

/** The SHA256 fingerprint exactly as `ssh-keygen -l -E sha256` prints it: base64 without padding. */
export function sha256Fingerprint(blob: Buffer): string {
  return 'SHA256:' + trimTrailing(createHash('sha256').update(blob).digest('base64'), '=');
}
