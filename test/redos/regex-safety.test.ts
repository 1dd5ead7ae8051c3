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

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

// src/core/explain/ is being rewritten on another branch (issue 15), with its own line patterns: excluded
// here until that lands. The lead removes this exclusion when merging.
const EXCLUDED = ['core/explain/'];

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

const patterns = files(SRC)
  .filter((path) => !EXCLUDED.some((prefix) => relative(SRC, path).split('\\').join('/').startsWith(prefix)))
  .flatMap(patternsIn);

// Patterns assembled at run time from escaped literal names (checked by reading them): where and why.
const DYNAMIC_ALLOWED = new Map<string, string>([]);

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

  it('recheck finds no pattern vulnerable', { timeout: 600_000 }, async () => {
    const unsafe: string[] = [];
    for (const pattern of patterns.filter((item) => item.flags !== 'dynamic')) {
      const result = await check(pattern.source, pattern.flags, { timeout: 10_000 });
      if (result.status === 'vulnerable')
        unsafe.push(`${pattern.where} /${pattern.source}/${pattern.flags}: ${result.complexity.type} (${result.attack.pattern})`);
      else if (result.status === 'unknown')
        unsafe.push(`${pattern.where} /${pattern.source}/${pattern.flags}: not decided (${result.error.kind})`);
    }
    assert.deepEqual(unsafe, []);
  });
});
