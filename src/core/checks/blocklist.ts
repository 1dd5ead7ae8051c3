/**
 * The compromised-key blocklist: the built-in table (generated from shared/blocklist-sources) plus the
 * user's own files. A user file has one entry per line: a `SHA256:` fingerprint or an OpenSSH public
 * key line, optionally followed by a label; `#` starts a comment.
 */
import { resolve } from 'node:path';
import { COMPROMISED_KEYS } from '../data/compromised-keys.js';
import { UsageError } from '../errors.js';
import { decodePublicKey } from '../keys/openssh-line.js';
import { isKnownKeyType } from '../keys/key-types.js';
import { MAX_BLOCKLIST_BYTES } from '../limits.js';
import { readBoundedText } from '../policy/bounded-file.js';

export type Blocklist = ReadonlyMap<string, { label: string; source: string }>;

export const BUILT_IN_BLOCKLIST: Blocklist = new Map(
  COMPROMISED_KEYS.map(([fingerprint, label, source]) => [fingerprint, { label, source }]),
);

/** `files` are relative to `root`; messages name them as given. */
export function loadBlocklists(files: readonly string[], root: string): Blocklist {
  if (files.length === 0) return BUILT_IN_BLOCKLIST;
  const merged = new Map(BUILT_IN_BLOCKLIST);
  for (const file of files) {
    const text = readBoundedText(resolve(root, file), MAX_BLOCKLIST_BYTES, `blocklist ${file}`);
    text.split(/\r?\n/).forEach((raw, index) => {
      const hash = raw.indexOf('#');
      const line = (hash === -1 ? raw : raw.slice(0, hash)).trim();
      if (line === '') return;
      const [first, second, ...rest] = line.split(/\s+/);
      const where = `${file}:${index + 1}`;
      let fingerprint: string;
      let label: string;
      if (/^SHA256:[A-Za-z0-9+/]{43}$/.test(first!)) {
        fingerprint = first!;
        label = [second, ...rest].filter(Boolean).join(' ');
      } else if (isKnownKeyType(first!) && second) {
        const decoded = decodePublicKey(first!, second);
        if (!decoded.info) throw new UsageError(`blocklist ${where}: ${decoded.problem}`);
        fingerprint = decoded.info.fingerprint;
        label = rest.join(' ');
      } else {
        throw new UsageError(`blocklist ${where}: expected a SHA256: fingerprint or an OpenSSH public key line`);
      }
      merged.set(fingerprint, { label: label || 'blocklisted key', source: where });
    });
  }
  return merged;
}
