/**
 * Algorithm lists with OpenSSH's modifiers (ssh_config(5), kex_assemble_names() in kex.c): a plain list
 * replaces the default, `+` appends to it, `-` removes patterns from it, `^` puts names in front of it.
 * Every entry is then a pattern expanded against the supported algorithms, in their order, without
 * duplicates; unsupported names drop out.
 */
import { matchWildcard } from '../text-scan.js';

/** OpenSSH's match_pattern(): `*` and `?` wildcards over the whole name. */
export function matchPattern(name: string, pattern: string): boolean {
  if (!pattern.includes('*') && !pattern.includes('?')) return name === pattern;
  // Not a regular expression: `a*a*a*a*b` as `^a.*a.*a.*a.*b$` backtracks exponentially (text-scan.ts).
  return matchWildcard(name, pattern);
}

export interface ListValue {
  modifier: '' | '+' | '-' | '^';
  patterns: string[];
}

export function parseListValue(value: string): ListValue {
  const first = value[0];
  const modifier = first === '+' || first === '-' || first === '^' ? first : '';
  const patterns = value
    .slice(modifier.length)
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return { modifier, patterns };
}

export function expandPatterns(patterns: readonly string[], supported: readonly string[]): string[] {
  const result: string[] = [];
  for (const pattern of patterns) {
    for (const name of supported) if (matchPattern(name, pattern) && !result.includes(name)) result.push(name);
  }
  return result;
}

/** The list a value yields, given the default and the supported algorithms. */
export function assembleList(value: string, defaults: readonly string[], supported: readonly string[]): string[] {
  const { modifier, patterns } = parseListValue(value);
  let assembled: string[];
  if (modifier === '+') assembled = [...defaults, ...patterns];
  else if (modifier === '^') assembled = [...patterns, ...defaults];
  else if (modifier === '-') assembled = defaults.filter((name) => !patterns.some((pattern) => matchPattern(name, pattern)));
  else assembled = patterns;
  return expandPatterns(assembled, supported);
}

/** The algorithms a value adds to whatever was there: none for `-`. */
export function addedBy(value: string, supported: readonly string[]): string[] {
  const { modifier, patterns } = parseListValue(value);
  return modifier === '-' ? [] : expandPatterns(patterns, supported);
}
