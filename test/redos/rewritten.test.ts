/**
 * The patterns recheck found unsafe, rewritten as loops: same answers as before on ordinary input, and
 * linear time on the inputs that made the old patterns cubic, quadratic or exponential.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchPattern } from '../../src/core/ssh-config/algorithm-lists.js';
import { parseDirective } from '../../src/core/policy/inline.js';
import { matchWildcard, trimTrailing } from '../../src/core/text-scan.js';
import { findCommandOptions, optionsOf } from '../../src/core/ssh-config/command-lines.js';
import { configKindByName } from '../../src/core/ssh-config/audit.js';
import { describeParseError } from '../../src/cli/args.js';
import { appendedText, configTarget } from '../../src/core/ssh-config/script-configs.js';
import { commentHeader } from '../../src/core/keys/ssh-com-private.js';
import { trimTrailingDecoration } from '../../src/core/keys/unwrap/decoration.js';
import { repositoryWebUrl } from '../../src/version.js';

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

// The attack strings recheck printed for the patterns these loops replace, repeated more times than it did.
describe('loops for the patterns recheck found polynomial after the merge', () => {
  const fast = (action: () => void): void => {
    const ms = timed(action);
    assert.ok(ms < 500, `${ms.toFixed(0)} ms`);
  };

  it('-o options on a command line', () => {
    assert.deepEqual(optionsOf('ssh -o ConnectTimeout=5 -oCiphers = aes128-ctr host'), [
      ['ConnectTimeout', '5'],
      ['Ciphers', 'aes128-ctr'],
    ]);
    assert.deepEqual(optionsOf(`ssh -o "MACs hmac-sha2-256" -o 'Port' 22 x-oA=b`), [['MACs', 'hmac-sha2-256']]);
    assert.deepEqual(optionsOf('ssh -o Port 22 (-oA=b) -o "A = ;'), [
      ['A', 'b'],
      ['A', '='],
    ]);
    fast(() => optionsOf(`A${'\t-oA\t'.repeat(200_000)}&`));
  });

  it('ssh config paths written by scripts', () => {
    assert.equal(configTarget('"/etc/ssh/sshd_config"'), '/etc/ssh/sshd_config');
    assert.equal(configTarget("~/.ssh/config.d/work'"), '~/.ssh/config.d/work');
    assert.equal(configTarget('/etc/ssh/ssh_config.d/'), null);
    assert.equal(configTarget('x.ssh/config'), null);
    assert.equal(configTarget('/etc/ssh/sshd_config;'), null);
    fast(() => assert.equal(configTarget(`i${'/.ssh/config.d/i'.repeat(100_000)}\t`), null));
  });

  it("sed's a, i and c text", () => {
    assert.equal(appendedText('$a PermitRootLogin no'), 'PermitRootLogin no');
    assert.equal(appendedText('/^#/i\\  Port 22'), 'Port 22');
    assert.equal(appendedText('1c\\'), '\\');
    assert.equal(appendedText('a  '), ' ');
    assert.equal(appendedText('a\nx\n'), null);
    fast(() => assert.equal(appendedText(`a\n${'\t'.repeat(200_000)}\n`), null));
  });

  it('the Comment header of an RFC 4716 block', () => {
    assert.equal(commentHeader(['Subject: x', 'comment: "rsa-key-2026"']), 'rsa-key-2026');
    assert.equal(commentHeader(['Comment:\n  x']), 'x');
    assert.equal(commentHeader(['Comment: a\nb', 'Comment: c']), 'c');
    fast(() => assert.equal(commentHeader([`COMMENT:${'\t'.repeat(200_000)}M\n`]), null));
  });

  it('decoration after a key body line', () => {
    assert.equal(trimTrailingDecoration('AAAAB3Nza" +'), 'AAAAB3Nza');
    assert.equal(trimTrailingDecoration('AAAA+'), 'AAAA+');
    assert.equal(trimTrailingDecoration('AAAA", );'), 'AAAA');
    fast(() => trimTrailingDecoration(`)${'"+'.repeat(200_000)}\x00`));
  });

  it('repository URLs without their trailing slashes', () => {
    assert.equal(repositoryWebUrl('git+https://github.com/o/r.git'), 'https://github.com/o/r');
    assert.equal(repositoryWebUrl('https://github.com/o/r//'), 'https://github.com/o/r');
    fast(() => repositoryWebUrl(`${'/'.repeat(200_000)}\x00/`));
  });

  it('ssh-keygen calls on a line', () => {
    const generations = (text: string) => findCommandOptions(text).keyGenerations.map((item) => [item.type, item.bits]);
    assert.deepEqual(generations('ssh-keygen -t rsa -b 1024 -f k && ssh-keygen -t dsa'), [
      ['rsa', 1024],
      ['dsa', null],
    ]);
    assert.deepEqual(generations('run `ssh-keygen -t dsa`; my-ssh-keygen -t dsa; ssh-keygen-x -t dsa'), []);
    assert.deepEqual(generations('ssh-keygen -t rsa -C ssh-keygen -t dsa'), [['rsa', null]]);
    fast(() => findCommandOptions(`\`${'\n`'.repeat(200_000)} -t`));
  });

  it('config kinds by file name', () => {
    assert.equal(configKindByName('etc/ssh/sshd_config.d/50-cloud-init.conf'), 'server');
    assert.equal(configKindByName('sshd_config.d/x'), 'server');
    assert.equal(configKindByName('etc/ssh/ssh_config.d/a'), 'client');
    assert.equal(configKindByName('home/.ssh/config'), 'client');
    assert.equal(configKindByName('dot_ssh/config.d/work'), 'client');
    assert.equal(configKindByName('ssh/config.d/'), null);
    assert.equal(configKindByName('src/config'), null);
    fast(() => configKindByName(`${'/f'.repeat(100_000)}f${'/f'.repeat(100_000)}`));
  });

  it("node's parseArgs messages", () => {
    assert.match(describeParseError(new Error("Unknown option '--nope'"), []), /^unknown option --nope;/);
    assert.equal(describeParseError(new Error("Option '-o, --output <value>' argument missing"), []), 'option --output needs a value');
    fast(() => describeParseError(new Error(`Option '${'r'.repeat(200_000)}`), []));
    fast(() => describeParseError(new Error(`Option ' ${' p'.repeat(200_000)}`), []));
  });

  it('patterns recheck flags but V8 runs in linear time (REVIEWED in regex-safety.test.ts)', () => {
    const keyText =
      /(?<![A-Za-z0-9@._-])((?:sk-)?(?:ssh|ecdsa-sha2)-[A-Za-z0-9._+-]+(?:@[A-Za-z0-9.-]+)?)[ \t]+(?=AAAA|[A-Za-z0-9+/=\\]{68})((?:[A-Za-z0-9+/]|\\\/|\\u002[BbFf])+(?:=|\\u003[Dd]){0,2})/g;
    const heredoc = /<<-?\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1/;
    fast(() => [...`ssh-+\t2${'k/'.repeat(100_000)}\\`.matchAll(keyText)]);
    fast(() => [...`ssh-+\t2${'k/'.repeat(10)}\\`.repeat(10_000).matchAll(keyText)]);
    fast(() => heredoc.exec('<<'.repeat(100_000)));
  });
});
