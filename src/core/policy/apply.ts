/**
 * Applies the policy to a finished scan, once, after every module has added its findings: allowed key
 * types, rule severities (or off), then the suppressions (inline comment, allow entry, baseline, in that
 * order of precedence). Suppressed findings are kept apart with the reason, never dropped.
 */
import { dirname, resolve } from 'node:path';
import { Minimatch } from 'minimatch';
import { reportPath } from '../discover.js';
import { plainTypeOf, isKnownKeyType } from '../keys/key-types.js';
import type { AllowEntry, ScanOptions } from '../options.js';
import { makeFinding } from '../finding.js';
import type { RuleId } from '../rules.js';
import type { Finding, KeyRecord, SuppressedFinding, Suppression } from '../types.js';
import { findingIdentity, type Baseline } from './baseline.js';
import type { InlineDirective } from './inline.js';
import { trimTrailing } from '../text-scan.js';

export interface PolicyInput {
  keys: readonly KeyRecord[];
  findings: readonly Finding[];
  /** Inline directives by file path (as findings name it). */
  directives: ReadonlyMap<string, readonly InlineDirective[]>;
}

export interface PolicyOutcome {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** With a baseline: how many of its entries match no finding any more. */
  baselineFixed?: number;
}

type PolicyOptions = Pick<ScanOptions, 'root' | 'now' | 'allowedKeyTypes' | 'rules' | 'allow' | 'policyFile'>;

/** As --exclude: a pattern without a slash matches at any depth, and a directory covers what is below it. */
function pathMatcher(pattern: string): (path: string) => boolean {
  const trimmed = trimTrailing(pattern.replace(/^(\.\/)+/, ''), '/');
  const anchored = trimmed.includes('/') ? trimmed : `**/${trimmed}`;
  const patterns = (anchored.endsWith('/**') ? [anchored] : [anchored, `${anchored}/**`]).map((item) => new Minimatch(item, { dot: true }));
  return (path) => patterns.some((matcher) => matcher.match(path));
}

function finding(rule: RuleId, path: string, line: number, message: string, fingerprint: string | null): Finding {
  return makeFinding(rule, { path, line, fingerprint }, message);
}

export function disallowedKeyTypes(keys: readonly KeyRecord[], allowed: readonly string[] | null, policyFile: string | null): Finding[] {
  if (allowed === null) return [];
  const where = policyFile ?? 'the policy';
  return keys
    .filter((key) => key.marker !== 'revoked' && isKnownKeyType(key.type) && !allowed.includes(plainTypeOf(key.type)))
    .map((key) =>
      finding(
        'disallowed-key-type',
        key.path,
        key.line,
        `This ${plainTypeOf(key.type)} key is not one of the key types ${where} allows (${allowed.join(', ')}).`,
        key.fingerprint,
      ),
    );
}

/** The UTC calendar day of `now`, comparable with YYYY-MM-DD strings. */
function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function applyPolicy(input: PolicyInput, options: PolicyOptions, baseline: Baseline | null): PolicyOutcome {
  const all = [...input.findings, ...disallowedKeyTypes(input.keys, options.allowedKeyTypes, options.policyFile)];
  const meta: Finding[] = [];
  const policyFile = options.policyFile ?? 'the policy';
  const policyBase = options.policyFile ? dirname(resolve(options.root, options.policyFile)) : options.root;

  const day = today(options.now);
  const active: { entry: AllowEntry; matches: ((path: string) => boolean) | null }[] = [];
  for (const entry of options.allow) {
    if (entry.expires !== undefined && entry.expires < day) {
      const what = [entry.rule, entry.fingerprint, entry.path].filter(Boolean).join(' ');
      meta.push(
        finding(
          'expired-suppression',
          policyFile,
          entry.line,
          `This allow entry (${what}) expired on ${entry.expires}, so the findings it accepted are reported again. Its reason was: ${entry.reason}`,
          entry.fingerprint ?? null,
        ),
      );
    } else {
      active.push({ entry, matches: entry.path === undefined ? null : pathMatcher(entry.path) });
    }
  }
  const allowFor = (item: Finding): AllowEntry | undefined => {
    const path = reportPath(policyBase, resolve(options.root, item.path));
    return active.find(
      ({ entry, matches }) =>
        (entry.fingerprint === undefined || entry.fingerprint === item.fingerprint) &&
        (entry.rule === undefined || entry.rule === item.rule) &&
        (matches === null || matches(path)),
    )?.entry;
  };

  const unreasoned = new Map<string, { path: string; line: number; rules: Set<string>; lines: Set<number> }>();
  const directiveFor = (item: Finding): InlineDirective | undefined => {
    const directives = input.directives.get(item.path);
    if (!directives) return undefined;
    // The finding's own line first (a trailing comment), then the line above.
    const covering = [item.line, item.line - 1]
      .map((line) => directives.find((directive) => directive.line === line && directive.rules.includes(item.rule)))
      .filter((directive) => directive !== undefined);
    for (const directive of covering.filter((candidate) => candidate.reason === null)) {
      const id = `${item.path}\0${directive.line}`;
      const entry = unreasoned.get(id) ?? { path: item.path, line: directive.line, rules: new Set(), lines: new Set() };
      entry.rules.add(item.rule);
      entry.lines.add(item.line);
      unreasoned.set(id, entry);
    }
    return covering.find((directive) => directive.reason !== null);
  };

  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const seen = new Set<string>();
  /** Severity, then the first suppression that applies; the policy's own findings take only the baseline. */
  const settle = (original: Finding, own: boolean): void => {
    const identity = baseline ? findingIdentity(original, baseline.base, options.root) : '';
    // A rule turned off does not make its baseline entries "fixed".
    if (baseline) seen.add(identity);
    const setting = options.rules[original.rule];
    if (setting === 'off') return;
    const item = setting === undefined ? original : { ...original, severity: setting };
    let suppression: Suppression | undefined;
    const directive = own ? undefined : directiveFor(item);
    const allow = own || directive ? undefined : allowFor(item);
    if (directive) {
      suppression = { kind: 'inline', reason: directive.reason!, source: `${item.path}:${directive.line}` };
    } else if (allow) {
      suppression = { kind: 'policy', reason: allow.reason, source: `${policyFile}:${allow.line}` };
      if (allow.expires !== undefined) suppression.expires = allow.expires;
    } else if (baseline?.identities.has(identity)) {
      suppression = { kind: 'baseline', reason: 'accepted in the baseline', source: baseline.file };
    }
    if (suppression) suppressed.push({ ...item, suppression });
    else findings.push(item);
  };
  for (const item of all) settle(item, false);

  for (const entry of unreasoned.values()) {
    const rules = [...entry.rules].join(', ');
    const lines = `line${entry.lines.size > 1 ? 's' : ''} ${[...entry.lines].join(', ')}`;
    meta.push(
      finding(
        'suppression-without-reason',
        entry.path,
        entry.line,
        `This ssh-key-audit: ignore comment gives no reason, so the ${rules} finding on ${lines} is still reported; write why it is accepted after " -- ".`,
        null,
      ),
    );
  }
  // Not suppressible by comments or allow entries, which they are about; a baseline may accept them.
  for (const item of meta) settle(item, true);

  const outcome: PolicyOutcome = { findings, suppressed };
  if (baseline) outcome.baselineFixed = [...baseline.identities].filter((identity) => !seen.has(identity)).length;
  return outcome;
}
