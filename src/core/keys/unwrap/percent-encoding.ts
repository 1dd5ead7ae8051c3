/**
 * Keys in URL-encoded values (a form field, a query string, a `data:` URL): when the whole value is
 * percent-encoded, `-----BEGIN%20OPENSSH%20PRIVATE%20KEY-----%0A...` or `ssh-ed25519%20AAAA...`, the value is
 * decoded and read as a file of its own, reported at its line with the layer `percent`.
 */
import { LineCounter } from '../occurrence.js';
import type { EncodedLayer } from './encoded-layers.js';

// What a key looks like once encoded: the armour's space, or the space between a type name and its blob
// (`%20`, or `+` in form encoding).
const MARKERS = ['BEGIN%20', '%20AAAA', 'BEGIN+', '+AAAA'];
// RFC 3986 unreserved and sub-delimiter characters plus `%`: the characters a percent-encoded value is made of.
const TOKEN_CHARS = new Uint8Array(128);
for (const char of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%._~+-/=*!'()") TOKEN_CHARS[char.charCodeAt(0)] = 1;
const isTokenChar = (code: number): boolean => code < 128 && TOKEN_CHARS[code] === 1;
// The shortest key line, percent-encoded, is longer than this; shorter tokens hold no key.
const MIN_TOKEN = 80;
// A percent-encoded key file is a few KiB; longer tokens are not decoded.
const MAX_TOKEN = 1 << 18;

// MARKERS as one search: a file of tens of megabytes is walked once, not once per marker.
const ANY_MARKER = /BEGIN%20|%20AAAA|BEGIN\+|\+AAAA/;

/** The cheap test on a file's text, run only where the scan already looks for keys. */
export function mayHoldPercentEncodedKey(text: string): boolean {
  return ANY_MARKER.test(text);
}

function decode(token: string): string | null {
  // In form encoding (application/x-www-form-urlencoded) `+` is a space and a real `+` is `%2B`.
  const form = /%2B/i.test(token) || /BEGIN\+/.test(token);
  try {
    return decodeURIComponent(form ? token.replace(/\+/g, ' ') : token);
  } catch {
    return null;
  }
}

export function findPercentEncodedLayers(text: string): EncodedLayer[] {
  // Token start -> end; each marker's search resumes after the token it hit, so a long token is walked once.
  const tokens = new Map<number, number>();
  for (const marker of MARKERS) {
    let floor = 0;
    for (let hit = text.indexOf(marker); hit !== -1; hit = text.indexOf(marker, floor)) {
      let start = hit;
      while (start > floor && isTokenChar(text.charCodeAt(start - 1))) start--;
      let end = hit;
      while (end < text.length && isTokenChar(text.charCodeAt(end))) end++;
      floor = Math.max(end, hit + marker.length);
      tokens.set(start, end);
    }
  }
  const lines = new LineCounter(text);
  const found: EncodedLayer[] = [];
  for (const [start, end] of [...tokens].sort((a, b) => a[0] - b[0])) {
    const token = text.slice(start, end);
    // Without a single escape the token is plain text (a base64 body line with `+AAAA` in it), read as such.
    if (token.length < MIN_TOKEN || token.length > MAX_TOKEN || !token.includes('%')) continue;
    const decoded = decode(token);
    if (decoded !== null) found.push({ line: lines.lineAt(start), bytes: Buffer.from(decoded, 'latin1'), layers: ['percent'] });
  }
  return found;
}
