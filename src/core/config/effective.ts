/**
 * What an ssh_config decides for one destination host, evaluated as ssh(1) does: Host and Match blocks in
 * order, Include at its place (conditional inside a block), the first value obtained for each option wins,
 * and algorithm lists assembled against the defaults. Tests compare it with `ssh -G`.
 * Match supports all, host, originalhost and their negations; exec, user, localuser, localnetwork,
 * tagged, canonical and final depend on the running machine and count as not matching.
 */
import { assembleList, matchPattern } from './algorithm-lists.js';
import { parseConfig, type Directive } from './parse-config.js';

// readconf.c: Include nesting is limited to 16 levels.
const MAX_INCLUDE_DEPTH = 16;

/** Aliases ssh(1) treats as the same option. */
const ALIASES: Record<string, string> = {
  pubkeyacceptedkeytypes: 'pubkeyacceptedalgorithms',
  hostbasedkeytypes: 'hostbasedacceptedalgorithms',
  challengeresponseauthentication: 'kbdinteractiveauthentication',
};

export interface ConfigSource {
  /** Text of a config file, or null when it cannot be read. */
  read(path: string): string | null;
  /** Files an Include argument names, relative to the including file, sorted as glob(3) sorts. */
  include(fromPath: string, pattern: string): string[];
}

export interface EffectiveSetting {
  args: string[];
  path: string;
  line: number;
}

/** OpenSSH's match_pattern_list() for host names: comma-separated, `!` negates and wins. */
export function matchHostList(host: string, list: string): boolean {
  let matched = false;
  for (const raw of list.split(',')) {
    const negated = raw.startsWith('!');
    const pattern = (negated ? raw.slice(1) : raw).toLowerCase();
    if (matchPattern(host.toLowerCase(), pattern)) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
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
  const settings = new Map<string, EffectiveSetting>();
  const visit = (file: string, depth: number): void => {
    const text = source.read(file);
    if (text === null || depth > MAX_INCLUDE_DEPTH) return;
    let active = true;
    for (const directive of parseConfig(text).directives) {
      if (directive.keyword === 'host') {
        active = hostBlockApplies(directive.args, host);
        continue;
      }
      if (directive.keyword === 'match') {
        active = matchBlockApplies(directive.args, host);
        continue;
      }
      if (!active) continue;
      if (directive.keyword === 'include') {
        for (const pattern of directive.args) for (const included of source.include(file, pattern)) visit(included, depth + 1);
        continue;
      }
      record(settings, directive, file);
    }
  };
  visit(path, 0);
  return settings;
}

function record(settings: Map<string, EffectiveSetting>, directive: Directive, path: string): void {
  const keyword = ALIASES[directive.keyword] ?? directive.keyword;
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
