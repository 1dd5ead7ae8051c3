/**
 * Reads `.ssh-key-audit.yml`: YAML (the `yaml` package, for line numbers) validated against the policy
 * schema (ajv). Every problem is a UsageError naming the file, the line and what is wrong.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { UsageError } from '../errors.js';
import { MAX_POLICY_ALIASES, MAX_POLICY_BYTES } from '../limits.js';
import { quoteValue, isQuotable } from '../quoted-value.js';
import { readBoundedText } from './bounded-file.js';
import type { AllowEntry, RuleSetting } from '../options.js';
import type { FailOn } from '../types.js';
import { policySchema } from './schema.js';

/** The settings a policy file holds, each absent unless the file sets it. */
export interface PolicySettings {
  failOn?: FailOn;
  minRsaBits?: number;
  allowedKeyTypes?: string[];
  rules?: Record<string, RuleSetting>;
  include?: string[];
  exclude?: string[];
  maxFileSize?: number;
  /** As written: relative to the policy file's directory. */
  blocklists?: string[];
  staleDeployKeyDays?: number;
  allow?: AllowEntry[];
}

interface RawAllow {
  fingerprint?: string;
  rule?: string;
  path?: string;
  reason: string;
  expires?: string;
}

interface RawPolicy {
  'fail-on'?: FailOn;
  'min-rsa-bits'?: number;
  'allowed-key-types'?: string[];
  rules?: Record<string, RuleSetting>;
  include?: string[];
  exclude?: string[];
  'max-file-size'?: number;
  blocklists?: string[];
  'stale-deploy-key-days'?: number;
  allow?: RawAllow[];
}

let compiled: ReturnType<Ajv['compile']> | undefined;

function validator(): ReturnType<Ajv['compile']> {
  // allErrors: one problem is reported, but the most telling one (pickError), not whichever ajv met first.
  // strictRequired off: anyOf names fingerprint and path as alternatives, which the properties above define.
  // verbose: errors carry their parent schema, whose properties name the keys an unknown key could have been.
  compiled ??= new Ajv({ allErrors: true, strict: true, strictRequired: false, verbose: true }).compile(policySchema());
  return compiled;
}

/** `/allow/0/reason` -> ['allow', 0, 'reason'] (RFC 6901 unescaping). */
function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** allow[0].reason, rules.private-key: how a person would point at the place (keys as written, if quotable). */
function describePath(segments: readonly (string | number)[]): string {
  const name = (segment: string): string => (isQuotable(segment) ? segment : '(a key not shown)');
  return segments
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? name(segment) : `.${name(segment)}`))
    .join('');
}

/** Never the content of a long or key-like string (quoted-value.ts): the message goes to the workflow log. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return quoteValue(value);
  return JSON.stringify(value);
}

const TYPE_NAMES: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  array: 'a list',
  object: 'a mapping',
  boolean: 'true or false',
};

function nodeAt(document: Document, segments: readonly (string | number)[]): Node | null {
  const node = segments.length === 0 ? document.contents : document.getIn(segments, true);
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : null;
}

/** The key node `name` inside the mapping at `segments`, for errors about a key rather than its value. */
function keyNodeAt(document: Document, segments: readonly (string | number)[], name: string): Node | null {
  const parent = nodeAt(document, segments);
  if (!isMap(parent)) return null;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === name);
  return pair && isScalar(pair.key) ? pair.key : null;
}

function explain(error: ErrorObject, value: unknown): string {
  const segments = pointerSegments(error.instancePath);
  const last = segments.at(-1);
  const parent = segments.at(-2);
  const params = error.params as Record<string, unknown>;
  if (last === 'expires' && (error.keyword === 'pattern' || error.keyword === 'type')) {
    return `must be a date written YYYY-MM-DD, got ${describeValue(value)}`;
  }
  if (last === 'fingerprint' && (error.keyword === 'pattern' || error.keyword === 'type')) {
    return `must be a fingerprint as ssh-keygen -l prints it (SHA256: and 43 base64 characters), got ${describeValue(value)}`;
  }
  if (segments.length === 0 && error.keyword === 'type') return `the policy must be a mapping of settings, got ${describeValue(value)}`;
  if (last === 'reason' && (error.keyword === 'pattern' || error.keyword === 'type')) return 'must say why the finding is accepted';
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = quoteValue(String(params['additionalProperty']));
      if (segments.length === 1 && last === 'rules') return `unknown rule ${name} (docs/rules.md lists them)`;
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return `unknown key ${name}; expected one of ${allowed.join(', ')}`;
    }
    case 'required':
      return `missing ${quoteValue(String(params['missingProperty']))}${params['missingProperty'] === 'reason' ? ': say why the finding is accepted' : ''}`;
    case 'anyOf':
      return 'needs "fingerprint" or "path" to say which findings it accepts';
    case 'type':
      return `must be ${TYPE_NAMES[String(params['type'])] ?? String(params['type'])}, got ${describeValue(value)}`;
    case 'enum': {
      if (last === 'rule') return `${describeValue(value)} is not a rule id (docs/rules.md lists them)`;
      if (parent === 'allowed-key-types')
        return `${describeValue(value)} is not a key type; expected one of ${(params['allowedValues'] as string[]).join(', ')}`;
      return `must be one of ${(params['allowedValues'] as unknown[]).join(', ')}, got ${describeValue(value)}`;
    }
    case 'minimum':
      return `must be at least ${String(params['limit'])}, got ${describeValue(value)}`;
    case 'maximum':
      return `must be at most ${String(params['limit'])}, got ${describeValue(value)}`;
    case 'minItems':
      return 'must list at least one entry';
    case 'minLength':
      return 'must not be empty';
    case 'uniqueItems':
      return `lists ${describeValue((value as unknown[])[Number(params['j'])])} twice`;
    default:
      return error.message ?? `fails the ${error.keyword} check`;
  }
}

/**
 * An unknown key first: a misspelt `reason` also makes `reason` missing, and the typo is what to fix. The
 * branches of anyOf never: the anyOf error itself says what is wrong. Otherwise the first ajv reports.
 */
function pickError(errors: readonly ErrorObject[]): ErrorObject {
  const candidates = errors.filter((item) => !item.schemaPath.includes('/anyOf/'));
  return candidates.find((item) => item.keyword === 'additionalProperties') ?? candidates[0] ?? errors[0]!;
}

/** The first alias (`*name`) of the document, for the line of an alias bomb. */
function firstAlias(document: Document): Node | null {
  let found: Node | null = null;
  visit(document, {
    Alias(_, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

function valueAt(data: unknown, segments: readonly (string | number)[]): unknown {
  let value = data;
  for (const segment of segments) value = (value as Record<string | number, unknown> | null | undefined)?.[segment];
  return value;
}

/** A real calendar date: the schema only checks the shape, and 2025-02-30 has that shape. */
function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * Parses and validates the policy file at `absolute`; `shown` is how messages name it.
 * Throws UsageError on anything wrong, as `FILE:LINE: what`.
 */
export function loadPolicyFile(absolute: string, shown: string): PolicySettings {
  const text = readBoundedText(absolute, MAX_POLICY_BYTES, `the policy file ${shown}`);
  return parsePolicy(text, shown);
}

export function parsePolicy(text: string, shown: string): PolicySettings {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const lineOf = (node: Node | null): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const parseError = document.errors[0];
  if (parseError) {
    const line = parseError.linePos?.[0].line ?? 1;
    // prettyErrors appends " at line N, column M:" and a snippet; the location goes in front instead.
    const what = parseError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new UsageError(`${shown}:${line}: not valid YAML: ${what}`);
  }
  // An empty file (or one of comments only) is an empty policy. The alias limit refuses a billion-laughs
  // document (aliases of aliases expanding to gigabytes) before it is expanded.
  let data: unknown;
  try {
    data = (document.toJS({ maxAliasCount: MAX_POLICY_ALIASES }) as unknown) ?? {};
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    throw new UsageError(
      `${shown}:${lineOf(firstAlias(document))}: too many YAML aliases (more than ${MAX_POLICY_ALIASES} expansions); write the settings out`,
    );
  }
  const validate = validator();
  if (!validate(data)) {
    const error = pickError(validate.errors!);
    const segments = pointerSegments(error.instancePath);
    const value = valueAt(data, segments);
    let node = nodeAt(document, segments);
    if (error.keyword === 'additionalProperties') {
      node = keyNodeAt(document, segments, String((error.params as { additionalProperty: string }).additionalProperty)) ?? node;
    }
    const where = describePath(segments);
    throw new UsageError(`${shown}:${lineOf(node)}: ${where === '' ? '' : `${where}: `}${explain(error, value)}`);
  }
  const raw = data as RawPolicy;
  const settings: PolicySettings = {};
  if (raw['fail-on'] !== undefined) settings.failOn = raw['fail-on'];
  if (raw['min-rsa-bits'] !== undefined) settings.minRsaBits = raw['min-rsa-bits'];
  if (raw['allowed-key-types'] !== undefined) settings.allowedKeyTypes = raw['allowed-key-types'];
  if (raw.rules !== undefined) settings.rules = raw.rules;
  if (raw.include !== undefined) settings.include = raw.include;
  if (raw.exclude !== undefined) settings.exclude = raw.exclude;
  if (raw['max-file-size'] !== undefined) settings.maxFileSize = raw['max-file-size'];
  if (raw.blocklists !== undefined) settings.blocklists = raw.blocklists;
  if (raw['stale-deploy-key-days'] !== undefined) settings.staleDeployKeyDays = raw['stale-deploy-key-days'];
  if (raw.allow !== undefined) {
    settings.allow = raw.allow.map((entry, index) => {
      const line = lineOf(nodeAt(document, ['allow', index]));
      if (entry.expires !== undefined && !isCalendarDate(entry.expires)) {
        throw new UsageError(
          `${shown}:${lineOf(nodeAt(document, ['allow', index, 'expires']))}: allow[${index}].expires is not a calendar date: ${quoteValue(entry.expires)}`,
        );
      }
      const allow: AllowEntry = { reason: entry.reason.trim(), line };
      if (entry.fingerprint !== undefined) allow.fingerprint = entry.fingerprint;
      if (entry.rule !== undefined) allow.rule = entry.rule;
      if (entry.path !== undefined) allow.path = entry.path;
      if (entry.expires !== undefined) allow.expires = entry.expires;
      return allow;
    });
  }
  return settings;
}
