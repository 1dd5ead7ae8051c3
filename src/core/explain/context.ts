/**
 * What `--key FILE` and `--config FILE` add to a log: the key's type, size and fingerprint as the scanner
 * reads them (inventoryBytes), what is wrong with a file ssh could not load, and what an ssh_config decides
 * for the host in the log (effectiveSettings), including lines that re-enable weak algorithms for every host.
 * Pure: the caller reads the files.
 */
import { knownAlgorithms, weaknessOf, ALGORITHM_OPTIONS, type AlgorithmKind } from '../data/algorithms.js';
import { addedBy, assembleList } from '../ssh-config/algorithm-lists.js';
import { effectiveSettings, matchHostList, type ConfigSource, type EffectiveSetting } from '../ssh-config/effective.js';
import { isGlobalBlock, parseConfig } from '../ssh-config/parse-config.js';
import { inventoryBytes } from '../inventory.js';

export interface KeyFileInput {
  path: string;
  bytes: Buffer;
}

export interface ConfigInput {
  path: string;
  source: ConfigSource;
}

export interface ExplainContext {
  keys?: KeyFileInput[];
  config?: ConfigInput;
  /** The Host name as typed, when the log shows only the address or the HostName. */
  host?: string;
  now?: Date;
}

export interface KeyFacts {
  path: string;
  /** SSH wire name (ssh-rsa, ssh-ed25519, ...), null when the file holds no key the scanner can read. */
  type: string | null;
  bits: number | null;
  fingerprint: string | null;
  isPrivate: boolean;
  format: string | null;
  encrypted: boolean | null;
  /** What would stop ssh from loading it, in words. */
  problems: string[];
}

export function keyFacts(input: KeyFileInput, now: Date): KeyFacts {
  const inventory = inventoryBytes(input.bytes, { path: input.path, minRsaBits: 2048, now });
  const record = inventory.keys.find((key) => key.source === 'private-key') ?? inventory.keys[0];
  const problems: string[] = [];
  const text = input.bytes.toString('latin1');
  if (!record) problems.push('it holds no SSH key the scanner recognises');
  else {
    if (record.source !== 'private-key') problems.push('it is a public key, not a private key');
    if (record.type === 'unknown' || (record.source === 'private-key' && record.fingerprint === null && !record.encrypted)) {
      problems.push('its key block does not decode (truncated or damaged)');
    }
    if (record.format?.startsWith('putty')) problems.push(`it is a PuTTY key (${record.format}), which OpenSSH cannot read`);
    if (record.format === 'ssh.com') problems.push('it is an SSH.com key, which OpenSSH cannot read as an IdentityFile');
  }
  if (text.includes('\r\n')) problems.push('it has Windows (CRLF) line endings');
  if (record?.source === 'private-key' && input.bytes.length > 0 && input.bytes[input.bytes.length - 1] !== 0x0a) {
    problems.push('it does not end with a newline');
  }
  return {
    path: input.path,
    type: record && record.type !== 'unknown' ? record.type : null,
    bits: record?.bits ?? null,
    fingerprint: record?.fingerprint ?? null,
    isPrivate: record?.source === 'private-key',
    format: record?.format ?? null,
    encrypted: record?.encrypted ?? null,
    problems,
  };
}

/** One line of an ssh_config, for quoting. */
export interface ConfigLine {
  path: string;
  line: number;
  keyword: string;
  value: string;
}

export interface ConfigFacts {
  path: string;
  host: string;
  /** What the config decides for this host (first value wins), by lower-case keyword. */
  settings: Map<string, EffectiveSetting>;
  /** Lines at the top level, under `Host *` or `Match all` that enable a weak algorithm for every host. */
  globalWeakening: (ConfigLine & { algorithms: string[] })[];
  /** A `Host` line that matches this host, where a scoped workaround belongs. */
  hostBlock: ConfigLine | null;
}

const MAX_INCLUDE_DEPTH = 16;

export function configFacts(config: ConfigInput, host: string): ConfigFacts {
  const globalWeakening: ConfigFacts['globalWeakening'] = [];
  let hostBlock: ConfigLine | null = null;
  const visit = (path: string, depth: number): void => {
    const text = config.source.read(path);
    if (text === null || depth > MAX_INCLUDE_DEPTH) return;
    for (const directive of parseConfig(text).directives) {
      const value = directive.args.join(' ');
      if (directive.keyword === 'include') {
        for (const pattern of directive.args) for (const file of config.source.include(path, pattern)) visit(file, depth + 1);
        continue;
      }
      if (directive.keyword === 'host') {
        const patterns = directive.args.join(',');
        if (!hostBlock && !isGlobalBlock(directive.block) && matchHostList(host, patterns)) {
          hostBlock = { path, line: directive.line, keyword: directive.written, value };
        }
        continue;
      }
      const kind: AlgorithmKind | undefined = ALGORITHM_OPTIONS[directive.keyword];
      if (!kind || !isGlobalBlock(directive.block)) continue;
      const weak = addedBy(directive.args[0] ?? '', knownAlgorithms(kind)).filter((name) => weaknessOf(kind, name) !== null);
      if (weak.length > 0) globalWeakening.push({ path, line: directive.line, keyword: directive.written, value, algorithms: weak });
    }
  };
  visit(config.path, 0);
  return { path: config.path, host, settings: effectiveSettings(config.path, host, config.source), globalWeakening, hostBlock };
}

/**
 * The Host alias of `config` whose HostName is `address` (`Host nas` + `HostName 192.0.2.10` for
 * 192.0.2.10), as ssh -G evaluates it, or null. Only plain patterns count: a wildcard is not a name to type.
 */
export function aliasFor(config: ConfigInput, address: string): string | null {
  const candidates: string[] = [];
  const visit = (path: string, depth: number): void => {
    const text = config.source.read(path);
    if (text === null || depth > MAX_INCLUDE_DEPTH) return;
    for (const directive of parseConfig(text).directives) {
      if (directive.keyword === 'include') {
        for (const pattern of directive.args) for (const file of config.source.include(path, pattern)) visit(file, depth + 1);
      } else if (directive.keyword === 'host') {
        for (const pattern of directive.args) if (!/[*?!]/.test(pattern) && pattern !== address) candidates.push(pattern);
      }
    }
  };
  visit(config.path, 0);
  const wanted = address.toLowerCase();
  return (
    candidates.find((candidate) => {
      const hostname = effectiveSettings(config.path, candidate, config.source).get('hostname')?.args[0];
      return hostname !== undefined && hostname.toLowerCase() === wanted;
    }) ?? null
  );
}

/** The list ssh would use for `option` under this config, given the defaults it starts from. */
export function configuredList(
  facts: ConfigFacts,
  option: string,
  defaults: readonly string[],
): { list: string[]; setting: EffectiveSetting } | null {
  const setting = facts.settings.get(option);
  if (!setting) return null;
  const kind = ALGORITHM_OPTIONS[option] ?? 'signature';
  return { list: assembleList(setting.args[0] ?? '', defaults, knownAlgorithms(kind)), setting };
}
