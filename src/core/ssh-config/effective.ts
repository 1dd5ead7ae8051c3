/**
 * What an ssh_config decides for one destination host, evaluated as ssh(1) does: Host and Match blocks in
 * order, Include at its place (conditional inside a block), the first value obtained for each option wins,
 * and algorithm lists assembled against the defaults. Tests compare it with `ssh -G`.
 * Match supports all, host, originalhost and their negations; exec, user, localuser, localnetwork,
 * tagged, canonical and final depend on the running machine and count as not matching.
 */
import { assembleList, matchPattern } from './algorithm-lists.js';
import { parseConfig, type ConfigBlock, type Directive } from './parse-config.js';

// readconf.c: Include nesting is limited to 16 levels.
const MAX_INCLUDE_DEPTH = 16;

/** Aliases ssh(1) treats as the same option. */
const ALIASES: Record<string, string> = {
  pubkeyacceptedkeytypes: 'pubkeyacceptedalgorithms',
  hostbasedkeytypes: 'hostbasedacceptedalgorithms',
  challengeresponseauthentication: 'kbdinteractiveauthentication',
  hostbasedacceptedkeytypes: 'hostbasedacceptedalgorithms',
};

export interface ConfigSource {
  /** Text of a config file, or null when it cannot be read. */
  read(path: string): string | null;
  /**
   * Files an Include argument names, sorted as glob(3) sorts. `rootPath` is the file the evaluation
   * started from: OpenSSH resolves relative Include paths against ~/.ssh or /etc/ssh, which is where
   * that file stands, not where an included file stands.
   */
  include(fromPath: string, pattern: string, rootPath?: string): string[];
  /** The parsed directives of a file, when the source keeps them (a file read many times is parsed once). */
  directives?(path: string): Directive[] | null;
}

/** A Host or Match block that a line sits in, in its own file or in a file that includes it. */
export interface ScopeStep {
  block: ConfigBlock;
  /** The file the Host or Match line is in. */
  path: string;
}

/** One directive in the order OpenSSH reads it, with every block it is conditional on (outermost first). */
export interface ConfigEntry {
  directive: Directive;
  path: string;
  scope: ScopeStep[];
  /** Include nesting: 0 for the file the evaluation started from. */
  depth: number;
}

export interface WalkOptions {
  /**
   * Whether a Host or Match block applies: blocks that do not are skipped, Includes in them too (what
   * ssh does for one destination). Omitted: every block is walked and recorded in the scope (the audit,
   * which judges every destination at once).
   */
  applies?: (block: ConfigBlock) => boolean;
  /** Called for each Include argument with the files it resolved to. */
  onInclude?: (entry: ConfigEntry, pattern: string, files: readonly string[]) => void;
}

/**
 * The directives of a config and everything it includes, in OpenSSH's reading order: each Include at its
 * place, its files in glob order, a file inside a block inheriting that block (readconf.c passes the
 * block's state into the included file, so its own Host lines narrow it further). Include nesting stops
 * at OpenSSH's 16 levels.
 */
export function walkConfig(path: string, source: ConfigSource, options: WalkOptions = {}): ConfigEntry[] {
  const entries: ConfigEntry[] = [];
  // A file read once per enclosing block: the same file under another Host block means something else,
  // but reading it twice under the same one adds nothing. This cuts cycles and keeps 3,000 drop-ins
  // that each `Include *` linear.
  const seen = new Map<string, Set<string>>();
  const seenIn = (key: string): Set<string> => {
    const files = seen.get(key) ?? new Set<string>();
    seen.set(key, files);
    return files;
  };
  const visit = (file: string, inherited: ScopeStep[], inheritedKey: string, depth: number): void => {
    let directives = source.directives?.(file);
    if (directives === undefined) {
      const text = source.read(file);
      directives = text === null ? null : parseConfig(text).directives;
    }
    if (!directives) return;
    let scope = inherited;
    let key = inheritedKey;
    let active = true;
    for (const directive of directives) {
      if (directive.keyword === 'host' || directive.keyword === 'match') {
        active = options.applies ? options.applies(directive.block) : true;
        scope = [...inherited, { block: directive.block, path: file }];
        key = `${inheritedKey} ${file}:${directive.line}`;
        continue;
      }
      if (!active) continue;
      const entry: ConfigEntry = { directive, path: file, scope, depth };
      if (directive.keyword === 'include') {
        const files = seenIn(key);
        for (const pattern of directive.args) {
          const included = source.include(file, pattern, path);
          options.onInclude?.(entry, pattern, included);
          if (depth >= MAX_INCLUDE_DEPTH) continue;
          for (const next of included) {
            if (files.has(next)) continue;
            files.add(next);
            visit(next, scope, key, depth + 1);
          }
        }
        continue;
      }
      entries.push(entry);
    }
  };
  seenIn('').add(path);
  visit(path, [], '', 0);
  return entries;
}

/** The keyword OpenSSH stores a directive under (old names share the new name's slot). */
export function canonicalKeyword(keyword: string): string {
  return ALIASES[keyword] ?? keyword;
}

export interface EffectiveSetting {
  args: string[];
  path: string;
  line: number;
}

/**
 * OpenSSH's match_pattern_list(): comma-separated patterns, `!` negates and wins. `foldCase` compares in lower
 * case, as for host names; user names (servconf.c match_usergroup_pattern_list) compare as written.
 */
export function matchPatternList(name: string, list: string, foldCase: boolean): boolean {
  const subject = foldCase ? name.toLowerCase() : name;
  let matched = false;
  for (const raw of list.split(',')) {
    const negated = raw.startsWith('!');
    const pattern = negated ? raw.slice(1) : raw;
    if (matchPattern(subject, foldCase ? pattern.toLowerCase() : pattern)) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}

/** match_pattern_list() for host names. */
export function matchHostList(host: string, list: string): boolean {
  return matchPatternList(host, list, true);
}

function hostBlockApplies(patterns: readonly string[], host: string): boolean {
  return matchHostList(host, patterns.join(','));
}

function matchBlockApplies(criteria: readonly string[], host: string): boolean {
  for (let index = 0; index < criteria.length; index++) {
    let criterion = criteria[index]!.toLowerCase();
    const negated = criterion.startsWith('!');
    if (negated) criterion = criterion.slice(1);
    let result: boolean;
    if (criterion === 'all') result = true;
    else if (criterion === 'host' || criterion === 'originalhost') result = matchHostList(host, criteria[++index] ?? '');
    else return false;
    if (result === negated) return false;
  }
  return true;
}

export function effectiveSettings(path: string, host: string, source: ConfigSource): Map<string, EffectiveSetting> {
  const applies = (block: ConfigBlock): boolean =>
    block.kind === 'host' ? hostBlockApplies(block.criteria, host) : matchBlockApplies(block.criteria, host);
  const settings = new Map<string, EffectiveSetting>();
  for (const entry of walkConfig(path, source, { applies })) record(settings, entry.directive, entry.path);
  return settings;
}

function record(settings: Map<string, EffectiveSetting>, directive: Directive, path: string): void {
  const keyword = canonicalKeyword(directive.keyword);
  if (!settings.has(keyword)) settings.set(keyword, { args: directive.args, path, line: directive.line });
}

/** The algorithm list ssh(1) would use for `option`, given its defaults and supported algorithms. */
export function effectiveAlgorithms(
  settings: ReadonlyMap<string, EffectiveSetting>,
  option: string,
  defaults: readonly string[],
  supported: readonly string[],
): string[] {
  const setting = settings.get(option.toLowerCase());
  return setting ? assembleList(setting.args[0] ?? '', defaults, supported) : [...defaults];
}
