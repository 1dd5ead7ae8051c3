/**
 * Which lines of an evaluated config are in force for some connection, and which an earlier line already
 * decided. ssh(1) reads Host and Match blocks in order and keeps the first value per option for the
 * destination (readconf.c); sshd(8) keeps the first value outside Match blocks, then applies the matching
 * Match blocks, first value first, over it (servconf.c parse_server_match_config; `sshd -T` shows that a
 * `Match all` line overrides an earlier global one). Options that accumulate (HostKey, IdentityFile, the
 * forwardings) are never shadowed. Tests compare with `sshd -T -C` and `ssh -G`.
 */
import { matchPattern } from './algorithm-lists.js';
import { canonicalKeyword, matchHostList, type ConfigEntry, type ScopeStep } from './effective.js';
import { isGlobalBlock } from './parse-config.js';

export type ConfigKind = 'client' | 'server';

/** Options every occurrence of which adds to a list instead of setting a value (ssh_config(5), sshd_config(5)). */
const ACCUMULATING = new Set([
  'hostkey',
  'hostcertificate',
  'identityfile',
  'certificatefile',
  'localforward',
  'remoteforward',
  'dynamicforward',
  'sendenv',
  'setenv',
  'acceptenv',
  'listenaddress',
  'port',
  'allowusers',
  'denyusers',
  'allowgroups',
  'denygroups',
  'subsystem',
  'globalknownhostsfile',
  'canonicaldomains',
  'permitopen',
  'permitlisten',
  'channeltimeout',
]);

export interface Judged {
  entry: ConfigEntry;
  /** The earlier (or, for sshd, overriding) line that decides this option wherever this line applies. */
  shadowedBy: ConfigEntry | null;
}

/** Every step universal: the line applies to every connection. */
export function isUnconditional(scope: readonly ScopeStep[]): boolean {
  return scope.every((step) => isGlobalBlock(step.block));
}

const sameBlock = (a: ScopeStep, b: ScopeStep): boolean =>
  (a.path === b.path && a.block.line === b.block.line) ||
  (a.block.kind === b.block.kind && a.block.criteria.join(' ').toLowerCase() === b.block.criteria.join(' ').toLowerCase());

/** A Host step that holds for every host `inner` can name: its patterns are plain names `outer` matches. */
function hostCovers(outer: ScopeStep, inner: ScopeStep): boolean {
  if (outer.block.kind !== 'host' || inner.block.kind !== 'host' || inner.block.criteria.length === 0) return false;
  const list = outer.block.criteria.join(',');
  return inner.block.criteria.every((pattern) => !/[*?!]/.test(pattern) && matchHostList(pattern, list));
}

/** Whether every connection `inner` applies to is also one `outer` applies to. */
function covers(outer: readonly ScopeStep[], inner: readonly ScopeStep[]): boolean {
  return outer.every((step) => isGlobalBlock(step.block) || inner.some((other) => sameBlock(step, other) || hostCovers(step, other)));
}

const inMatch = (entry: ConfigEntry): boolean => entry.scope.length > 0;

const signature = (scope: readonly ScopeStep[]): string =>
  scope.map((step) => `${step.block.kind} ${step.block.criteria.join(' ').toLowerCase()}`).join('\0');

// Earlier scopes compared one by one (for a Host pattern that covers a later Host name): a bounded number,
// so thousands of blocks setting one option stay linear. Missing a cover only keeps a finding.
const MAX_COMPARED = 64;

interface Earlier {
  /** The first entry that applies everywhere it can (top level, Host *, Match all). */
  everywhere: ConfigEntry | null;
  /** sshd: the first entry outside any Match block. */
  global: ConfigEntry | null;
  bySignature: Map<string, ConfigEntry>;
  compared: ConfigEntry[];
}

/** Judges each entry of `walkConfig` (order kept). */
export function judgeEntries(entries: readonly ConfigEntry[], kind: ConfigKind): Judged[] {
  const earlier = new Map<string, Earlier>();
  const judged: Judged[] = [];
  for (const entry of entries) {
    const keyword = canonicalKeyword(entry.directive.keyword);
    if (ACCUMULATING.has(keyword)) {
      judged.push({ entry, shadowedBy: null });
      continue;
    }
    let state = earlier.get(keyword);
    if (!state) {
      state = { everywhere: null, global: null, bySignature: new Map(), compared: [] };
      earlier.set(keyword, state);
    }
    const key = signature(entry.scope);
    let shadowedBy: ConfigEntry | null;
    if (kind === 'server' && !inMatch(entry)) {
      shadowedBy = state.global;
      state.global ??= entry;
    } else {
      // sshd's Match pass only sees lines in Match blocks; ssh sees every line in order.
      shadowedBy = state.everywhere;
      // The same blocks, or fewer of them (`Host a` decides before `Host a` + `Match user x`).
      for (let length = entry.scope.length; !shadowedBy && length > 0; length--) {
        shadowedBy = state.bySignature.get(length === entry.scope.length ? key : signature(entry.scope.slice(0, length))) ?? null;
      }
      shadowedBy ??= state.compared.find((previous) => covers(previous.scope, entry.scope)) ?? null;
      if (isUnconditional(entry.scope)) state.everywhere ??= entry;
      if (!state.bySignature.has(key)) {
        state.bySignature.set(key, entry);
        // Only a wildcard Host pattern can cover blocks other than its own.
        const wildcard = entry.scope.some(
          (step) => step.block.kind === 'host' && step.block.criteria.some((pattern) => /[*?]/.test(pattern)),
        );
        if (wildcard && state.compared.length < MAX_COMPARED) state.compared.push(entry);
      }
    }
    judged.push({ entry, shadowedBy });
  }
  if (kind === 'server') {
    // A matching Match block overrides the global value, wherever it stands: `Match all` does so for all.
    const overrides = new Map<string, ConfigEntry>();
    for (const item of judged) {
      const keyword = canonicalKeyword(item.entry.directive.keyword);
      if (!item.shadowedBy && inMatch(item.entry) && isUnconditional(item.entry.scope) && !overrides.has(keyword)) {
        overrides.set(keyword, item.entry);
      }
    }
    for (const item of judged) {
      const keyword = canonicalKeyword(item.entry.directive.keyword);
      if (item.shadowedBy || inMatch(item.entry) || ACCUMULATING.has(keyword)) continue;
      item.shadowedBy = overrides.get(keyword) ?? null;
    }
  }
  return judged;
}

/** The connection `sshd -T -C user=…,host=…,addr=…` evaluates. */
export interface ServerConnection {
  user: string;
  host: string;
  address: string;
  localAddress?: string;
  localPort?: number;
}

function addressMatches(address: string, list: string): boolean {
  let matched = false;
  for (const raw of list.split(',')) {
    const negated = raw.startsWith('!');
    const pattern = negated ? raw.slice(1) : raw;
    const slash = pattern.indexOf('/');
    let hit: boolean;
    if (slash !== -1) {
      const toNumber = (ip: string): number | null => {
        const parts = ip.split('.').map(Number);
        return parts.length === 4 && parts.every((part) => Number.isInteger(part) && part >= 0 && part < 256)
          ? parts.reduce((sum, part) => sum * 256 + part, 0)
          : null;
      };
      const base = toNumber(pattern.slice(0, slash));
      const ip = toNumber(address);
      const bits = Number(pattern.slice(slash + 1));
      const size = 2 ** (32 - bits);
      hit = base !== null && ip !== null && Math.floor(ip / size) === Math.floor(base / size);
    } else hit = matchPattern(address, pattern);
    if (hit) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}

/** servconf.c match_cfg_line(): every criterion must hold; Group and unknown criteria count as not matching. */
export function serverMatchApplies(criteria: readonly string[], connection: ServerConnection): boolean {
  for (let index = 0; index < criteria.length; index++) {
    const criterion = criteria[index]!.toLowerCase();
    if (criterion === 'all') continue;
    const value = criteria[++index] ?? '';
    let result: boolean;
    if (criterion === 'user') result = matchHostList(connection.user, value);
    else if (criterion === 'host') result = matchHostList(connection.host, value);
    else if (criterion === 'address') result = addressMatches(connection.address, value);
    else if (criterion === 'localaddress') result = addressMatches(connection.localAddress ?? '', value);
    else if (criterion === 'localport') result = value.split(',').includes(String(connection.localPort ?? ''));
    else return false;
    if (!result) return false;
  }
  return true;
}

/** What sshd uses for one connection: by option, the entry that decides it (the `sshd -T -C` view). */
export function serverSettingsFor(entries: readonly ConfigEntry[], connection: ServerConnection): Map<string, ConfigEntry> {
  const global = new Map<string, ConfigEntry>();
  const matched = new Map<string, ConfigEntry>();
  for (const entry of entries) {
    const keyword = canonicalKeyword(entry.directive.keyword);
    if (!inMatch(entry)) {
      if (!global.has(keyword)) global.set(keyword, entry);
    } else if (entry.scope.every((step) => step.block.kind === 'match' && serverMatchApplies(step.block.criteria, connection))) {
      if (!matched.has(keyword)) matched.set(keyword, entry);
    }
  }
  for (const [keyword, entry] of matched) global.set(keyword, entry);
  return global;
}
