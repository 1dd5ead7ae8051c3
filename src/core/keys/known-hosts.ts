/**
 * known_hosts host fields (sshd(8) SSH_KNOWN_HOSTS FILE FORMAT): an optional @cert-authority or @revoked
 * marker, then comma-separated patterns, hashed `|1|salt|hash` entries or `[host]:port`.
 */

export interface KnownHostsPrefix {
  marker?: 'cert-authority' | 'revoked';
}

const HOST_FIELD =
  /^(?:[A-Za-z0-9.\-_*?!:[\]%]+|\|1\|[A-Za-z0-9+/=]+\|[A-Za-z0-9+/=]+)(?:,(?:[A-Za-z0-9.\-_*?!:[\]%]+|\|1\|[A-Za-z0-9+/=]+\|[A-Za-z0-9+/=]+))*$/;

/**
 * Reads the text before a key as a known_hosts prefix. A bare host name is only trusted in a file that is
 * named like known_hosts; elsewhere a hashed entry, a [host]:port or a marker has to show it.
 */
export function parseKnownHostsPrefix(prefix: string, namedKnownHosts: boolean): KnownHostsPrefix | null {
  const fields = prefix.trim().split(/[ \t]+/);
  let marker: KnownHostsPrefix['marker'];
  if (fields[0] === '@cert-authority' || fields[0] === '@revoked') {
    marker = fields.shift()!.slice(1) as KnownHostsPrefix['marker'];
  }
  if (fields.length !== 1 || !HOST_FIELD.test(fields[0]!)) return null;
  const host = fields[0]!;
  const evident = marker !== undefined || host.startsWith('|1|') || /^\[[^\]]+\]:\d+/.test(host);
  if (!namedKnownHosts && !evident) return null;
  return marker ? { marker } : {};
}
