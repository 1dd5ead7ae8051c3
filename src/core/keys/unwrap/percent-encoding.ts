/**
 * Keys in URL-encoded values (a form field, a query string, a `data:` URL): when the whole value is
 * percent-encoded, `-----BEGIN%20OPENSSH%20PRIVATE%20KEY-----%0A...` or `ssh-ed25519%20AAAA...`, the value is
 * decoded and read as a file of its own, reported at its line with the layer `percent`.
 */
import type { EncodedLayer } from './encoded-layers.js';

// What a key looks like once encoded: the armour's space, or the space between a type name and its blob
// (`%20`, or `+` in form encoding).
const MARKERS = ['BEGIN%20', '%20AAAA', 'BEGIN+', '+AAAA'];
// RFC 3986 unreserved and sub-delimiter characters plus `%`: the characters a percent-encoded value is made of.
const TOKEN_CHAR = /[A-Za-z0-9%._~+\-/=*!'()]/;
// The shortest key line, percent-encoded, is longer than this; shorter tokens hold no key.
const MIN_TOKEN = 80;

/** The cheap test on a file's text, run only where the scan already looks for keys. */
export function mayHoldPercentEncodedKey(text: string): boolean {
  return MARKERS.some((marker) => text.includes(marker));
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
  const found: EncodedLayer[] = [];
  const seen = new Set<number>();
  for (const marker of MARKERS) {
    for (let hit = text.indexOf(marker); hit !== -1; hit = text.indexOf(marker, hit + marker.length)) {
      let start = hit;
      while (start > 0 && TOKEN_CHAR.test(text[start - 1]!)) start--;
      if (seen.has(start)) continue;
      seen.add(start);
      let end = hit;
      while (end < text.length && TOKEN_CHAR.test(text[end]!)) end++;
      // Without a single escape the token is plain text (a base64 body line with `+AAAA` in it), read as such.
      if (end - start < MIN_TOKEN || !text.slice(start, end).includes('%')) continue;
      const decoded = decode(text.slice(start, end));
      if (decoded === null) continue;
      let line = 1;
      for (let next = text.indexOf('\n'); next !== -1 && next < start; next = text.indexOf('\n', next + 1)) line++;
      found.push({ line, bytes: Buffer.from(decoded, 'latin1'), layers: ['percent'] });
    }
  }
  return found;
}
