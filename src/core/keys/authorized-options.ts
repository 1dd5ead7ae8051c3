/**
 * authorized_keys options (sshd(8) AUTHORIZED_KEYS FILE FORMAT): a comma-separated list before the key,
 * where values are double-quoted and may contain commas and backslash-escaped quotes.
 */

const FLAG_OPTIONS = new Set([
  'agent-forwarding',
  'cert-authority',
  'no-agent-forwarding',
  'no-port-forwarding',
  'no-pty',
  'no-touch-required',
  'no-user-rc',
  'no-x11-forwarding',
  'port-forwarding',
  'pty',
  'restrict',
  'user-rc',
  'verify-required',
  'x11-forwarding',
]);

const VALUE_OPTIONS = new Set(['command', 'environment', 'expiry-time', 'from', 'permitlisten', 'permitopen', 'principals', 'tunnel']);

/** Option names in order, or null when the text is not an authorized_keys option list. */
export function parseAuthorizedOptions(text: string): string[] | null {
  const names: string[] = [];
  let index = 0;
  while (index < text.length) {
    const nameMatch = /^[A-Za-z0-9-]+/.exec(text.slice(index));
    if (!nameMatch) return null;
    const name = nameMatch[0].toLowerCase();
    index += nameMatch[0].length;
    if (text[index] === '=') {
      if (!VALUE_OPTIONS.has(name) || text[index + 1] !== '"') return null;
      index += 2;
      while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
      if (index >= text.length) return null;
      index++;
    } else if (!FLAG_OPTIONS.has(name)) {
      return null;
    }
    names.push(name);
    if (index === text.length) break;
    if (text[index] !== ',') return null;
    index++;
  }
  return names.length > 0 ? names : null;
}
