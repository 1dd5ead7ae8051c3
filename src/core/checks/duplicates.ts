/** duplicate-key: one public key at several locations, each location naming the others. */
import { makeFinding } from '../finding.js';
import type { Finding, KeyRecord } from '../types.js';

const NAMED_LOCATIONS = 3;

export function findDuplicates(keys: readonly KeyRecord[]): Finding[] {
  const byFingerprint = new Map<string, KeyRecord[]>();
  for (const key of keys) {
    // A private key's own .pub and the certificates issued for a key are not copies of it, and @revoked
    // entries list keys on purpose.
    if (!key.fingerprint || key.source === 'private-key' || key.source === 'certificate' || key.marker === 'revoked') continue;
    const group = byFingerprint.get(key.fingerprint);
    if (group) group.push(key);
    else byFingerprint.set(key.fingerprint, [key]);
  }
  const findings: Finding[] = [];
  for (const [fingerprint, group] of byFingerprint) {
    // One host key listed under several names in one known_hosts file is how `ssh-keygen -H` writes it.
    const files = new Set(group.map((key) => key.path));
    if (group.length < 2 || (files.size === 1 && group.every((key) => key.source === 'known-hosts'))) continue;
    const locations = group.map((key) => `${key.path}:${key.line}`);
    group.forEach((key, index) => {
      // Only the first few other locations are named, so a key repeated thousands of times stays linear.
      const others: string[] = [];
      for (let other = 0; other < locations.length && others.length < NAMED_LOCATIONS; other++) {
        if (other !== index) others.push(locations[other]!);
      }
      const rest = group.length - 1 - others.length;
      const more = rest > 0 ? ` and ${rest} more` : '';
      findings.push(
        makeFinding(
          'duplicate-key',
          { path: key.path, line: key.line, fingerprint },
          `This key is also at ${others.join(', ')}${more}; give each machine or user its own key so one can be revoked without the others.`,
        ),
      );
    });
  }
  return findings;
}
