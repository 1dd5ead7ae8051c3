/**
 * Every regular expression in src/ is checked by recheck (a ReDoS checker: automaton analysis plus fuzzing),
 * so a new pattern with nested or adjacent quantifiers over the same characters fails here instead of
 * making a crafted file cost the square (or the cube) of its length. Literals and `new RegExp('...')` /
 * `RegExp('...')` with a literal pattern are found with the TypeScript parser, not a regular expression.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { check } from 'recheck';
import ts from 'typescript';
import { BUILT_PATTERNS } from '../../src/core/explain/parse-log.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

function files(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return files(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function patternsIn(path: string): Pattern[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: Pattern[] = [];
  const where = (node: ts.Node): string => `${relative(SRC, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const end = literal.lastIndexOf('/');
      found.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && (ts.isStringLiteral(pattern) || ts.isNoSubstitutionTemplateLiteral(pattern))) {
        found.push({ where: where(node), source: pattern.text, flags: flags && ts.isStringLiteral(flags) ? flags.text : '' });
      } else {
        // A pattern built at run time cannot be checked here: it must be built from escaped literals only.
        found.push({ where: where(node), source: '', flags: 'dynamic' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const patterns = files(SRC).flatMap(patternsIn);

// Patterns assembled at run time from literal pieces: where, and why. Each is exported and checked below as built.
const DYNAMIC_ALLOWED = new Map<string, string>([
  ['core/explain/parse-log.ts:33', 'the sshd syslog prefix, one timestamp pattern shared by two prefixes (BUILT_PATTERNS)'],
  ['core/explain/parse-log.ts:34', 'the other syslog prefix (BUILT_PATTERNS)'],
]);
const BUILT = BUILT_PATTERNS.map((pattern, index) => ({
  where: `core/explain/parse-log.ts BUILT_PATTERNS[${index}]`,
  source: pattern.source,
  flags: pattern.flags,
}));

// Patterns recheck's fuzz checker (it models backtracking; V8's irregexp skips start positions a literal
// prefix rules out) calls polynomial, measured linear on its own attack strings repeated 100,000 times in
// test/redos/rewritten.test.ts. Keyed by source, so a changed pattern is checked again.
const REVIEWED = new Map<string, string>([
  [
    String.raw`(?<![A-Za-z0-9@._-])((?:sk-)?(?:ssh|ecdsa-sha2)-[A-Za-z0-9._+-]+(?:@[A-Za-z0-9.-]+)?)[ \t]+(?=AAAA|[A-Za-z0-9+/=\\]{68})((?:[A-Za-z0-9+/]|\\\/|\\u002[BbFf])+(?:=|\\u003[Dd]){0,2})`,
    'openssh-line.ts KEY_TEXT: one start per key type name; 320 KB of its attack string in milliseconds',
  ],
  [
    String.raw`<<-?\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1`,
    'script-configs.ts HEREDOC: the back-reference keeps it from the automaton checker; linear in V8',
  ],
]);

describe('every regular expression in src/ is safe from ReDoS', () => {
  it('finds the patterns to check', () => {
    assert.ok(patterns.length > 50, `${patterns.length} patterns`);
  });

  it('no pattern is built at run time unless listed with its reason', () => {
    const dynamic = patterns.filter((pattern) => pattern.flags === 'dynamic' && !DYNAMIC_ALLOWED.has(pattern.where));
    assert.deepEqual(
      dynamic.map((pattern) => pattern.where),
      [],
    );
  });

  it('every reviewed pattern is still in src/ (a stale entry would excuse nothing, or the wrong thing)', () => {
    const sources = new Set(patterns.map((pattern) => pattern.source));
    assert.deepEqual(
      [...REVIEWED.keys()].filter((source) => !sources.has(source)),
      [],
    );
  });

  it('recheck finds no pattern vulnerable', { timeout: 600_000 }, async () => {
    // The automaton checker decides exactly for patterns without back-references or lookaround (ours) and is
    // fast; where its automaton outgrows the budget (or a loaded machine slows it), the fuzz checker searches
    // for an attack string instead, so "not decided" is never the answer on a busy CI runner. The fuzz checker
    // judges by the steps of its matcher only: with its default wall-clock limits (1 s per attack, 250 ms per
    // incubation) a loaded machine turned linear patterns into "polynomial" (seen on `-----END [A-Z0-9 ]+-----`).
    const fuzz = { checker: 'fuzz', timeout: 60_000, attackTimeout: null, incubationTimeout: null, randomSeed: 1 } as const;
    const verdict = async (pattern: Pattern) => {
      const exact = await check(pattern.source, pattern.flags, { checker: 'automaton', timeout: 20_000 });
      return exact.status === 'unknown' ? check(pattern.source, pattern.flags, fuzz) : exact;
    };
    const checked = [...patterns.filter((item) => item.flags !== 'dynamic' && !REVIEWED.has(item.source)), ...BUILT];
    const results = await Promise.all(checked.map(async (pattern) => ({ pattern, result: await verdict(pattern) })));
    const unsafe = results
      .filter(({ result }) => result.status !== 'safe')
      .map(({ pattern, result }) => {
        const detail =
          result.status === 'vulnerable'
            ? `${result.complexity.type} (${result.attack.pattern})`
            : result.status === 'unknown'
              ? `not decided (${result.error.kind})`
              : '';
        return `${pattern.where} /${pattern.source}/${pattern.flags}: ${detail}`;
      });
    assert.deepEqual(unsafe, []);
  });
});
