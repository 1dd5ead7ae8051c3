/**
 * Every regular expression in src/core/explain/ against the recheck ReDoS checker (its automaton and fuzz
 * checkers), and the reader on hostile logs against a time bound: explain reads whatever it is given,
 * pasted logs included, so no line may cost more than linear time.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { check } from 'recheck';
import ts from 'typescript';
import { explain } from '../../src/core/explain/index.js';
import { BUILT_PATTERNS, MAX_LINE_LENGTH } from '../../src/core/explain/parse-log.js';

const EXPLAIN_DIR = fileURLToPath(new URL('../../src/core/explain/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Every regular expression literal in a file, as the TypeScript scanner tokenises it: `/source/flags`. */
function regexLiterals(path: string): { source: string; flags: string; where: string }[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: { source: string; flags: string; where: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const end = literal.lastIndexOf('/');
      const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), where: `${path.slice(EXPLAIN_DIR.length)}:${line}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('regular expressions in src/core/explain/', () => {
  const literals = sourceFiles(EXPLAIN_DIR).flatMap(regexLiterals);
  const patterns = [
    ...literals,
    ...BUILT_PATTERNS.map((pattern, index) => ({
      source: pattern.source,
      flags: pattern.flags,
      where: `parse-log.ts BUILT_PATTERNS[${index}]`,
    })),
  ];

  it('finds the patterns it is meant to check', () => {
    // The line matchers alone are over forty; an empty list would make the next test pass vacuously.
    assert.ok(patterns.length > 40, `only ${patterns.length} patterns found`);
  });

  it('has none that recheck calls vulnerable', { timeout: 300_000 }, async () => {
    // The automaton checker decides exactly for patterns without back-references or lookaround (ours); on the
    // few whose automaton grows past its budget, the fuzz checker searches for an attack string instead.
    const verdict = async (pattern: { source: string; flags: string }) => {
      const exact = await check(pattern.source, pattern.flags, { checker: 'automaton', timeout: 2_000 });
      return exact.status === 'unknown' ? check(pattern.source, pattern.flags, { checker: 'fuzz', timeout: 30_000 }) : exact;
    };
    const results = await Promise.all(patterns.map(async (pattern) => ({ pattern, result: await verdict(pattern) })));
    const unsafe = results
      .filter(({ result }) => result.status !== 'safe')
      .map(({ pattern, result }) => {
        const detail = result.status === 'vulnerable' ? result.complexity.summary : result.status === 'unknown' ? result.error.kind : '';
        return `${pattern.where} /${pattern.source}/${pattern.flags}: ${result.status} ${detail}`;
      });
    assert.deepEqual(unsafe, []);
  });
});

describe('explain on hostile logs', () => {
  const timed = (text: string): { ms: number; ids: string[] } => {
    const start = performance.now();
    const ids = explain([{ name: 'hostile.log', text }]).explanations.map((entry) => entry.id);
    return { ms: performance.now() - start, ids };
  };

  it('reads a 180 KB Permission denied line in well under a second (the reader before took 4.8 s at 40 KB, quadratic)', () => {
    for (const line of [
      `git@github.com: Permission denied${' '.repeat(180_000)}(publickey).`,
      `${'a'.repeat(180_000)}: Permission denied (publickey).`,
    ]) {
      const { ms } = timed(line);
      assert.ok(ms < 1000, `${ms.toFixed(0)} ms`);
    }
  });

  it('reads lines of spaces, of colons and of "Skipping key" runs in linear time', () => {
    for (const line of [
      `x${' '.repeat(200_000)}x`,
      `${'a: '.repeat(70_000)}`,
      `Skipping key ${'a: '.repeat(60_000)}`,
      `Load key "${'"'.repeat(100_000)}: x`,
      `Unable to negotiate with ${'h '.repeat(90_000)}`,
      `debug1: ${'/x line 1: Applying options for '.repeat(5_000)}`,
      `${'Mar 14 10:00:01 '.repeat(10_000)}`,
    ]) {
      const { ms } = timed(line);
      assert.ok(ms < 1000, `${ms.toFixed(0)} ms for a line starting ${JSON.stringify(line.slice(0, 30))}`);
    }
  });

  it('reads a 20 MB log of long lines in linear time and still finds the failure at its end', () => {
    const noise = `${'b'.repeat(20_000)}\n`.repeat(1_000);
    const { ms, ids } = timed(
      `${noise}Unable to negotiate with 192.0.2.1 port 22: no matching host key type found. Their offer: ssh-rsa\n`,
    );
    assert.deepEqual(ids, ['no-matching-host-key-type']);
    assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
  });

  it('cuts lines at MAX_LINE_LENGTH before matching, and quotes no more than that', () => {
    const offer = Array.from({ length: 2_000 }, (_, index) => `algo-${index}@example.com`).join(',');
    const result = explain([
      { name: 'long.log', text: `Unable to negotiate with 192.0.2.1 port 22: no matching cipher found. Their offer: ${offer}` },
    ]);
    const explanation = result.explanations[0]!;
    assert.equal(explanation.id, 'no-matching-cipher');
    assert.ok(explanation.evidence[0]!.text.length <= MAX_LINE_LENGTH);
  });
});
