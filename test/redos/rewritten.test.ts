/**
 * The patterns recheck found unsafe, rewritten as loops: same answers as before on ordinary input, and
 * linear time on the inputs that made the old patterns cubic, quadratic or exponential.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchPattern } from '../../src/core/ssh-config/algorithm-lists.js';
import { parseDirective } from '../../src/core/policy/inline.js';
import { matchWildcard, trimTrailing } from '../../src/core/text-scan.js';

function timed(action: () => void): number {
  const started = performance.now();
  action();
  return performance.now() - started;
}

describe('inline suppression directives', () => {
  const cases: [string, { rules: string[]; reason: string | null } | null][] = [
    ['# ssh-key-audit: ignore private-key -- test fixture', { rules: ['private-key'], reason: 'test fixture' }],
    ['// ssh-key-audit: ignore a, b-c -- why */', { rules: ['a', 'b-c'], reason: 'why' }],
    ['/* ssh-key-audit: ignore a -- why */', { rules: ['a'], reason: 'why' }],
    ['   * ssh-key-audit: ignore x', { rules: ['x'], reason: null }],
    ['<!-- ssh-key-audit: ignore x -- r -->', { rules: ['x'], reason: 'r' }],
    ['-- ssh-key-audit: ignore x -- sql comment', { rules: ['x'], reason: 'sql comment' }],
    ['key = 1 ; ssh-key-audit:   ignore   a ,b ,  c   --   reason here   ', { rules: ['a', 'b', 'c'], reason: 'reason here' }],
    ['# ssh-key-audit: ignore x --', { rules: ['x'], reason: null }],
    ['# ssh-key-audit: ignore x -- ', { rules: ['x'], reason: null }],
    ['foo ssh-key-audit: ignore x -- r', null],
    ['x * ssh-key-audit: ignore x -- r', null],
    ['# ssh-key-audit: ignore Bad -- r', null],
    ['# ssh-key-audit: ignorex -- r', null],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const found = parseDirective(text, 7);
      assert.deepEqual(found, expected === null ? null : { line: 7, ...expected });
    });
  }

  it('runs of blanks and many markers on one line take linear time', () => {
    for (const text of [
      `# ssh-key-audit: ignore a${' '.repeat(200_000)}x`,
      `# ssh-key-audit: ignore a ${' '.repeat(200_000)}--${' '.repeat(200_000)}`,
      `# ssh-key-audit:${' '.repeat(200_000)}`,
      '#ssh-key-audit:'.repeat(100_000),
      `# ssh-key-audit: ignore ${'a ,'.repeat(100_000)}`,
    ]) {
      const ms = timed(() => parseDirective(text, 1));
      assert.ok(ms < 1000, `${ms.toFixed(0)} ms`);
    }
  });
});

describe('wildcards and trims', () => {
  it('matchWildcard agrees with ssh_config(5) patterns', () => {
    const cases: [string, string, boolean][] = [
      ['aes128-cbc', '*-cbc', true],
      ['aes128-cbc', 'aes*', true],
      ['aes128-cbc', 'aes???-cbc', true],
      ['aes128-cbc', 'aes??-cbc', false],
      ['aes128-cbc', '*', true],
      ['', '*', true],
      ['', '', true],
      ['a', '', false],
      ['hmac-sha1-etm@openssh.com', 'hmac-sha1*', true],
      ['hmac-sha1-etm@openssh.com', '*sha1*etm*', true],
      ['hmac-sha2-256', '*sha1*', false],
      ['abcabcabd', '*abd', true],
      ['ab', '*a*b*c*', false],
    ];
    for (const [name, pattern, expected] of cases) {
      assert.equal(matchWildcard(name, pattern), expected, `${name} ~ ${pattern}`);
      assert.equal(matchPattern(name, pattern), expected, `${name} ~ ${pattern}`);
    }
  });

  it('a pattern of many stars against a long name stays fast (the regular expression was exponential)', () => {
    const ms = timed(() => assert.equal(matchPattern('a'.repeat(5000), `${'a*'.repeat(2000)}b`), false));
    assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
  });

  it('trimTrailing removes only the final run', () => {
    assert.equal(trimTrailing('vendor///', '/'), 'vendor');
    assert.equal(trimTrailing('a/b', '/'), 'a/b');
    assert.equal(trimTrailing('==', '='), '');
    const ms = timed(() => trimTrailing(`${'/'.repeat(1 << 20)}x/`, '/'));
    assert.ok(ms < 500, `${ms.toFixed(0)} ms`);
  });
});
