/**
 * What every line matcher of `explain` shares: the matcher shape (a pattern tested against one log line with
 * its prefixes removed, and what to record when it matches), the per-input state the two stateful readers
 * keep, and the small parsers of list and key descriptions that OpenSSH prints.
 */
import type { LoggedKey, LogEvent, LogRef, Side, Transcript } from './types.js';

/** Per input: what the lines before said that a later line needs. */
export interface ReaderState {
  /** Whose KEXINIT proposal the `KEX algorithms:` lines that follow belong to (OpenSSH 8.4+ prints a header). */
  proposalOwner: Side | null;
  /** The key last offered or tried, for `no mutual signature algorithm`, which does not name it. */
  lastKey: LoggedKey | null;
  /** The host-key-changed event whose banner lines are still being read. */
  changed: Extract<LogEvent, { kind: 'host-key-changed' }> | null;
}

export interface LineContext {
  transcript: Transcript;
  state: ReaderState;
  /** The side this line belongs to. */
  side: Side;
  ref: LogRef;
  push(event: LogEvent): void;
}

export interface LineMatcher {
  /** Tested against the line body: syslog prefix, `debugN: `, ` [preauth]` and `remote: ` removed. */
  pattern: RegExp;
  /** Only lines of this side (a line's side comes from what only one side prints, else the line before). */
  onlyOn?: Side;
  /** Records what the line says; returning false lets the next matcher try the line. */
  read(match: RegExpExecArray, line: LineContext): boolean | void;
}

/** Pseudo-algorithms that ride in the KEX list to signal features, never negotiated as such. */
export function isSignalName(name: string): boolean {
  return /^(?:ext-info-[cs]|kex-strict-[cs](?:-v00@openssh\.com)?)$/.test(name);
}

export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '' && !isSignalName(name));
}

// ssh-keygen's key kinds as sshkey_type() prints them in "Offering public key: NAME KIND SHA256:...".
const KEY_KINDS = /^(?:RSA|DSA|ECDSA|ED25519|ECDSA-SK|ED25519-SK|XMSS)(?:-CERT)?$/;
const KEY_FLAGS = /^(?:explicit|agent|token)$/;

/** `NAME KIND SHA256:FP [explicit] [agent]` (OpenSSH 8+) or `KIND SHA256:FP NAME` (7.x), or just NAME. */
export function parseKeyDescription(text: string, ref: LogRef): LoggedKey {
  const tokens = text.trim().split(/\s+/);
  const fpIndex = tokens.findIndex((token) => /^(?:SHA256|MD5):/.test(token));
  if (fpIndex > 0 && KEY_KINDS.test(tokens[fpIndex - 1]!)) {
    const before = tokens.slice(0, fpIndex - 1);
    const after = tokens.slice(fpIndex + 1).filter((token) => !KEY_FLAGS.test(token));
    const name = (before.length > 0 ? before : after).join(' ');
    return { name, kind: tokens[fpIndex - 1]!, fingerprint: tokens[fpIndex]!, ref };
  }
  const name = tokens.filter((token) => !KEY_FLAGS.test(token)).join(' ');
  return { name, kind: null, fingerprint: null, ref };
}
