/**
 * The reasoning toolkit every failure family (failures/*.ts) shares: the Builder that collects explanations,
 * what the algorithm database and the timelines say about an algorithm or a peer, where a scoped workaround
 * goes and in which words, and the notes that --key and --config add. Facts come from algorithms.ts,
 * openssh-timeline.ts and ssh-software.ts; the failures themselves from the catalogue.
 */
import { knownAlgorithms, weaknessOf, type AlgorithmKind } from '../data/algorithms.js';
import {
  ALGORITHM_HISTORY,
  describeChange,
  includesChange,
  OPENSSH_CLIENT_DEFAULTS,
  type ChangeId,
  type OpensshVersion,
} from '../data/openssh-timeline.js';
import { hasFeature, SSH_SOFTWARE, softwareFact, type SshFeature, type SshSoftware } from '../data/ssh-software.js';
import type { FailureId, FailureStage } from './catalogue.js';
import { configuredList, type ConfigFacts, type KeyFacts } from './context.js';
import type { Explanation, Fix, ListKind, LoggedKey, LogEvent, LogRef, SoftwareVersion, Transcript } from './types.js';

/** The Host block a scoped workaround goes into: from --config, or the one the client log says applied. */
export interface WorkaroundBlock {
  /** The patterns as the Host line writes them ("nas nas.example.org"). */
  patterns: string;
  path: string;
  line: number;
}

export interface Resolved {
  keys: KeyFacts[];
  config: ConfigFacts | null;
  /** The name for `Host` lines: --host, the alias the log or --config gives, else the address. */
  host: string;
  /** The existing block for that host, when there is one. */
  block: WorkaroundBlock | null;
}

export const LIST: Record<ListKind, { kind: AlgorithmKind; option: string; keyword: string; label: string }> = {
  kex: { kind: 'kex', option: 'kexalgorithms', keyword: 'KexAlgorithms', label: 'key exchange' },
  hostkey: { kind: 'signature', option: 'hostkeyalgorithms', keyword: 'HostKeyAlgorithms', label: 'host key algorithm' },
  cipher: { kind: 'cipher', option: 'ciphers', keyword: 'Ciphers', label: 'cipher' },
  mac: { kind: 'mac', option: 'macs', keyword: 'MACs', label: 'MAC' },
};

export function list(names: readonly string[], limit = 6): string {
  if (names.length === 0) return '(nothing)';
  const shown = names.slice(0, limit).join(', ');
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}

export function software(version: SoftwareVersion | null, fallback: string): string {
  return version ? `${fallback} (${version.text})` : fallback;
}

export function atLeast(version: SoftwareVersion | null, change: ChangeId): boolean | null {
  return version?.openssh ? includesChange(version.openssh as OpensshVersion, change) : null;
}

/** Whether the software of a version line has `feature` (OpenSSH from the timeline, others from ssh-software.ts). */
export function supports(version: SoftwareVersion | null, feature: SshFeature): boolean | null {
  return version ? hasFeature(version.text, feature) : null;
}

/** The ssh-software.ts entry of a version line, when it names software other than OpenSSH. */
export function otherSoftware(version: SoftwareVersion | null): SshSoftware | null {
  return version?.other ? (SSH_SOFTWARE.find((entry) => entry.id === version.other!.id) ?? null) : null;
}

/** "Dropbear 2020.79 (2020-06-15; source: ...)" for the first release of `software` with `feature`. */
export function firstRelease(entry: SshSoftware, feature: SshFeature): string | null {
  const fact = softwareFact(entry, feature) ?? (feature === 'server-sig-algs' ? softwareFact(entry, 'rsa-sha2') : undefined);
  return fact ? `${entry.name} ${fact.version} (${fact.released}; source: ${fact.source})` : null;
}

const FEATURE_WORDS: Record<SshFeature, string> = {
  'rsa-sha2': 'rsa-sha2 signatures',
  'server-sig-algs': 'server-sig-algs',
  ed25519: 'Ed25519',
  ecdsa: 'ECDSA',
  'strict-kex': 'strict key exchange',
  'sha1-signatures-off': 'SHA-1 signatures off',
};

/** "Dropbear 2020.79 (2020-06-15) brings Ed25519 and rsa-sha2 signatures (sources: ...)", one clause per release. */
export function releasesBringing(entry: SshSoftware, features: readonly SshFeature[]): string | null {
  const byVersion = new Map<string, { released: string; features: string[]; sources: string[] }>();
  for (const feature of features) {
    const fact = softwareFact(entry, feature);
    if (!fact) continue;
    const group = byVersion.get(fact.version) ?? { released: fact.released, features: [], sources: [] };
    group.features.push(FEATURE_WORDS[feature]);
    group.sources.push(fact.source);
    byVersion.set(fact.version, group);
  }
  if (byVersion.size === 0) return null;
  return [...byVersion]
    .map(
      ([version, group]) =>
        `${entry.name} ${version} (${group.released}) brings ${group.features.join(' and ')} (source${group.sources.length > 1 ? 's' : ''}: ${group.sources.join('; ')})`,
    )
    .join('; ');
}

/** Why one algorithm is not offered by current OpenSSH: its weakness, and when it was disabled or removed. */
export function algorithmFact(kind: AlgorithmKind, name: string): string {
  const weakness = weaknessOf(kind, name);
  const history = ALGORITHM_HISTORY[name];
  const parts: string[] = [];
  if (weakness) parts.push(weakness.reason);
  // The database's reason may already name the release; the timeline adds the date when it does not.
  if (!weakness?.reason.includes('OpenSSH')) {
    if (history?.disabled) parts.push(`disabled by default since ${describeChange(history.disabled)}`);
    if (history?.removed) parts.push(`removed in ${describeChange(history.removed)}`);
  }
  if (parts.length === 0)
    parts.push(knownAlgorithms(kind).includes(name) ? 'not in the default list of current OpenSSH' : 'not an algorithm OpenSSH implements');
  return `${name}: ${parts.join('; ')}`;
}

/**
 * The lines of a scoped workaround. With an existing block for the host, its own Host line heads them, so
 * the option goes where `ssh NAME` reads it; a new `Host ADDRESS` block would not apply to `ssh nas`.
 */
export function hostLines(resolved: Resolved, lines: string[]): string[] {
  return [`Host ${resolved.block?.patterns ?? resolved.host}`, ...lines.map((line) => `    ${line}`)];
}

export function workaroundPlace(resolved: Resolved): string {
  const block = resolved.block;
  if (block)
    return `in the existing "Host ${block.patterns}" block of your ssh_config (${block.path}:${block.line}): add the indented line there`;
  return 'in ~/.ssh/config, before any "Host *" block';
}

export class Builder {
  readonly explanations = new Map<FailureId, Explanation>();

  constructor(
    readonly transcript: Transcript,
    readonly resolved: Resolved,
    private readonly entry: (id: FailureId) => { title: string; stage: FailureStage },
  ) {}

  stageOf(id: FailureId): FailureStage {
    return this.entry(id).stage;
  }

  add(id: FailureId, happened: string, why: string[], fixes: Fix[], evidence: LogRef[], notes: string[] = []): Explanation {
    const existing = this.explanations.get(id);
    if (existing) {
      existing.evidence.push(...evidence);
      return existing;
    }
    const explanation: Explanation = { id, title: this.entry(id).title, happened, why, fixes, notes, evidence: [...evidence] };
    this.explanations.set(id, explanation);
    return explanation;
  }

  get client(): SoftwareVersion | null {
    return this.transcript.clientVersion;
  }

  get server(): SoftwareVersion | null {
    return this.transcript.serverVersion;
  }

  events<K extends LogEvent['kind']>(kind: K): Extract<LogEvent, { kind: K }>[] {
    return this.transcript.events.filter((event): event is Extract<LogEvent, { kind: K }> => event.kind === kind);
  }
}

export function defaultsFor(kind: ListKind): readonly string[] {
  return OPENSSH_CLIENT_DEFAULTS[LIST[kind].option as keyof typeof OPENSSH_CLIENT_DEFAULTS];
}

export function workaroundImpossible(client: SoftwareVersion | null, algorithm: string): string | null {
  if (!algorithm.startsWith('ssh-dss') || !client?.openssh) return null;
  const version = client.openssh as OpensshVersion;
  if (includesChange(version, 'dsa-removed'))
    return `No client-side workaround: DSA was removed in ${describeChange('dsa-removed')}, and this client is ${client.text}.`;
  if (includesChange(version, 'dsa-not-built')) {
    return `No client-side workaround with this build: DSA is not compiled in by default since ${describeChange('dsa-not-built')}, and this client is ${client.text}.`;
  }
  return null;
}

export function configNotesFor(builder: Builder, option: string, list: ListKind | 'pubkey'): string[] {
  const config = builder.resolved.config;
  if (!config) return [];
  const notes: string[] = [];
  const defaults = list === 'pubkey' ? OPENSSH_CLIENT_DEFAULTS.pubkeyacceptedalgorithms : defaultsFor(list);
  const configured = configuredList(config, option, defaults);
  if (configured) {
    const { setting } = configured;
    const keyword = list === 'pubkey' ? 'PubkeyAcceptedAlgorithms' : LIST[list].keyword;
    notes.push(
      `${setting.path}:${setting.line} sets ${keyword} ${setting.args.join(' ')} for ${config.host}, so the client offers: ${list_(configured.list)}.`,
    );
  }
  for (const line of config.globalWeakening) {
    if (
      line.keyword.toLowerCase() !== option &&
      !(option === 'pubkeyacceptedalgorithms' && line.keyword.toLowerCase() === 'pubkeyacceptedkeytypes')
    )
      continue;
    notes.push(
      `${line.path}:${line.line} (${line.keyword} ${line.value}) enables ${line.algorithms.join(', ')} for every host, not just ${config.host}: move it under "Host ${config.host}".`,
    );
  }
  return notes;
}

function list_(names: readonly string[]): string {
  return list(names, 8);
}

export function keyNotes(builder: Builder, authentication: ReadonlySet<FailureId>): void {
  if (builder.resolved.keys.length === 0) return;
  const logged = builder.transcript.events.flatMap((event) => ('key' in event && event.key ? [event.key] : []));
  const notes: string[] = [];
  for (const key of builder.resolved.keys) {
    const seen = key.fingerprint ? logged.find((entry) => entry.fingerprint === key.fingerprint) : undefined;
    let note = `${key.path}: ${describeKey(key)}`;
    if (seen) note += `; the log shows it at ${seen.ref.input}:${seen.ref.line}`;
    else if (key.fingerprint && logged.some((entry) => entry.fingerprint)) note += '; the log does not show this key being offered';
    if (key.type === 'ssh-rsa' && builder.explanations.has('no-mutual-signature-algorithm'))
      note += '. It is RSA, the key type this failure affects; an Ed25519 key does not have it';
    if (
      key.type === 'ssh-rsa' &&
      builder.explanations.has('server-rejects-signature-algorithm') &&
      builder.events('server-rejected-algorithm').some((event) => event.algorithm.startsWith('rsa-sha2'))
    )
      note += '. It is RSA: the server accepts it only with ssh-rsa (SHA-1) signatures';
    if (key.type === 'ssh-dss') note += `. DSA keys stopped working by default in ${describeChange('dsa-disabled')}`;
    notes.push(note + '.');
  }
  for (const explanation of builder.explanations.values()) {
    if (authentication.has(explanation.id)) {
      for (const note of notes)
        if (!explanation.notes.some((existing) => existing.startsWith(note.split(':')[0]!))) explanation.notes.push(note);
    }
  }
}

export function describeKey(key: KeyFacts): string {
  if (!key.type) return key.problems.join('; ') || 'not a key';
  const parts = [`${key.isPrivate ? 'private' : 'public'} ${key.type}`];
  if (key.bits) parts.push(`${key.bits} bits`);
  if (key.fingerprint) parts.push(key.fingerprint);
  return parts.join(', ') + (key.problems.length > 0 ? ` (${key.problems.join('; ')})` : '');
}

export function describeLogged(key: LoggedKey): string {
  return [key.name, key.kind, key.fingerprint].filter(Boolean).join(' ');
}

export function keyFor(builder: Builder, name: string): KeyFacts | undefined {
  const keys = builder.resolved.keys;
  const base = (path: string): string => path.split(/[\\/]/).pop()!;
  return (
    keys.find((key) => key.path === name) ?? keys.find((key) => base(key.path) === base(name)) ?? (keys.length === 1 ? keys[0] : undefined)
  );
}

/**
 * A new Ed25519 key, or ECDSA when the server is known to predate Ed25519 (OpenSSH before 6.5, Dropbear
 * before 2020.79, RouterOS before 7.9) but has ECDSA.
 */
export function newKeyFix(builder: Builder, server: SoftwareVersion | null): Fix {
  const user = builder.transcript.user;
  const target = `${user ? `${user}@` : ''}${builder.resolved.host}`;
  if (server && supports(server, 'ed25519') === false && supports(server, 'ecdsa') !== false) {
    const other = otherSoftware(server);
    const since = other ? firstRelease(other, 'ed25519') : describeChange('ed25519-added');
    return {
      kind: 'new-key',
      text: `Make an ECDSA key (the server, ${server.text}, predates Ed25519, which came with ${since}) and install its public half:`,
      lines: ['ssh-keygen -t ecdsa -b 256 -f ~/.ssh/id_ecdsa', `ssh-copy-id -i ~/.ssh/id_ecdsa.pub ${target}`],
    };
  }
  return {
    kind: 'new-key',
    text: 'Make an Ed25519 key and install its public half where the old key was authorised (or add it to the forge account):',
    lines: ['ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519', `ssh-copy-id -i ~/.ssh/id_ed25519.pub ${target}`],
  };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function shellQuote(text: string): string {
  return /^[\w@%+=:,./~-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
