/**
 * Applying the policy to findings in memory: severities, allowed key types, allow entries and their expiry
 * (with an injected clock), inline directives in several comment syntaxes, and the baseline.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { AllowEntry } from '../../src/core/options.js';
import { applyPolicy, type PolicyInput } from '../../src/core/policy/apply.js';
import { loadBaseline, renderBaseline } from '../../src/core/policy/baseline.js';
import { findDirectives, parseDirective } from '../../src/core/policy/inline.js';
import type { Finding, KeyRecord } from '../../src/core/types.js';
import { tempDir } from '../helpers/openssh.js';

const ROOT = '/repo';
const KEY_A = 'SHA256:' + 'a'.repeat(43);
const KEY_B = 'SHA256:' + 'b'.repeat(43);

function finding(
  rule: Finding['rule'],
  severity: Finding['severity'],
  path: string,
  line: number,
  fingerprint: string | null = null,
): Finding {
  return { rule, severity, path, line, message: `${rule} at line ${line}`, fingerprint };
}

function key(path: string, line: number, type: string, fingerprint: string, marker?: string): KeyRecord {
  return { path, line, source: 'public-key', type, bits: 256, fingerprint, comment: null, ...(marker ? { marker } : {}) };
}

function options(extra: Partial<Parameters<typeof applyPolicy>[1]> = {}): Parameters<typeof applyPolicy>[1] {
  return {
    root: ROOT,
    now: new Date('2026-03-15T12:00:00Z'),
    allowedKeyTypes: null,
    rules: {},
    allow: [],
    policyFile: '.ssh-key-audit.yml',
    ...extra,
  };
}

const input = (findings: Finding[], extra: Partial<PolicyInput> = {}): PolicyInput => ({
  keys: [],
  findings,
  directives: new Map(),
  ...extra,
});
const brief = (items: readonly Finding[]): string[] => items.map((item) => `${item.path}:${item.line} ${item.severity} ${item.rule}`);

describe('policy: rule severities', () => {
  it('changes the severity of any rule and drops the rules turned off', () => {
    const outcome = applyPolicy(
      input([
        finding('legacy-rsa-key', 'warning', 'a.pub', 1),
        finding('duplicate-key', 'notice', 'b.pub', 1),
        finding('cert-no-expiry', 'notice', 'c.pub', 1),
        // A rule id from a newer version (a merged report): the type says it cannot happen, the policy copes anyway.
        finding('some-future-rule' as Finding['rule'], 'warning', 'd.conf', 3),
      ]),
      options({ rules: { 'legacy-rsa-key': 'error', 'cert-no-expiry': 'off', 'some-future-rule': 'notice' } }),
      null,
    );
    assert.deepEqual(brief(outcome.findings), [
      'a.pub:1 error legacy-rsa-key',
      'b.pub:1 notice duplicate-key',
      'd.conf:3 notice some-future-rule',
    ]);
    assert.deepEqual(outcome.suppressed, []);
  });
});

describe('policy: allowed key types', () => {
  const keys = [
    key('a.pub', 1, 'ssh-ed25519', KEY_A),
    key('b.pub', 1, 'ssh-rsa', KEY_B),
    key('c-cert.pub', 1, 'ssh-ed25519-cert-v01@openssh.com', KEY_A),
    key('known_hosts', 2, 'ecdsa-sha2-nistp256', KEY_B, 'revoked'),
  ];

  it('reports every key of another type as disallowed-key-type, judging a certificate by its key', () => {
    const outcome = applyPolicy(input([], { keys }), options({ allowedKeyTypes: ['ssh-ed25519'] }), null);
    assert.deepEqual(brief(outcome.findings), ['b.pub:1 error disallowed-key-type']);
    assert.equal(outcome.findings[0]!.fingerprint, KEY_B);
    assert.match(outcome.findings[0]!.message, /ssh-rsa key is not one of the key types \.ssh-key-audit\.yml allows \(ssh-ed25519\)/);
  });

  it('reports nothing without the setting', () => {
    assert.deepEqual(applyPolicy(input([], { keys }), options(), null).findings, []);
  });
});

describe('policy: allow entries', () => {
  const findings = [
    finding('private-key', 'error', 'test/fixtures/id_rsa', 1, KEY_A),
    finding('legacy-rsa-key', 'warning', 'test/fixtures/id_rsa', 1, KEY_A),
    finding('private-key', 'error', 'deploy/id_rsa', 1, KEY_B),
    finding('legacy-rsa-key', 'warning', 'deploy/id_rsa', 1, KEY_B),
  ];
  const entry = (fields: Partial<AllowEntry>): AllowEntry => ({ reason: 'accepted', line: 7, ...fields });

  it('accepts by fingerprint (any rule), by rule and path glob, or by all three', () => {
    const cases: [AllowEntry, string[]][] = [
      [entry({ fingerprint: KEY_B }), ['deploy/id_rsa:1 error private-key', 'deploy/id_rsa:1 warning legacy-rsa-key']],
      [entry({ rule: 'private-key', path: 'test/fixtures/**' }), ['test/fixtures/id_rsa:1 error private-key']],
      [entry({ path: 'fixtures' }), ['test/fixtures/id_rsa:1 error private-key', 'test/fixtures/id_rsa:1 warning legacy-rsa-key']],
      [entry({ path: 'test/*/id_rsa', rule: 'legacy-rsa-key', fingerprint: KEY_A }), ['test/fixtures/id_rsa:1 warning legacy-rsa-key']],
      [entry({ path: 'deploy/*.pub' }), []],
    ];
    for (const [allow, accepted] of cases) {
      const outcome = applyPolicy(input(findings), options({ allow: [allow] }), null);
      assert.deepEqual(brief(outcome.suppressed), accepted, JSON.stringify(allow));
      assert.equal(outcome.findings.length + outcome.suppressed.length, findings.length);
    }
  });

  it('says why, and where the entry is written', () => {
    const outcome = applyPolicy(
      input(findings),
      options({ allow: [entry({ fingerprint: KEY_A, reason: 'fixture', expires: '2026-12-31' })] }),
      null,
    );
    assert.deepEqual(outcome.suppressed[0]!.suppression, {
      kind: 'policy',
      reason: 'fixture',
      source: '.ssh-key-audit.yml:7',
      expires: '2026-12-31',
    });
  });

  it('matches path globs relative to the directory of the policy file', () => {
    const outcome = applyPolicy(
      input([
        finding('private-key', 'error', 'services/api/keys/id_rsa', 1, KEY_A),
        finding('private-key', 'error', 'keys/id_rsa', 1, KEY_B),
      ]),
      options({ policyFile: 'services/api/.ssh-key-audit.yml', allow: [entry({ path: 'keys/*' })] }),
      null,
    );
    assert.deepEqual(brief(outcome.suppressed), ['services/api/keys/id_rsa:1 error private-key']);
  });
});

describe('policy: expiry, with an injected clock', () => {
  const findings = [finding('private-key', 'error', 'keys/id_rsa', 1, KEY_A)];
  const allow: AllowEntry[] = [{ fingerprint: KEY_A, reason: 'until the migration', expires: '2026-03-15', line: 4 }];

  it('suppresses through the expiry day itself (UTC)', () => {
    for (const now of ['2026-01-01T00:00:00Z', '2026-03-15T00:00:00Z', '2026-03-15T23:59:59Z']) {
      const outcome = applyPolicy(input(findings), options({ allow, now: new Date(now) }), null);
      assert.deepEqual(brief(outcome.suppressed), ['keys/id_rsa:1 error private-key'], now);
      assert.deepEqual(outcome.findings, [], now);
    }
  });

  it('stops suppressing the day after, and reports the entry itself as a notice at its line', () => {
    const outcome = applyPolicy(input(findings), options({ allow, now: new Date('2026-03-16T00:00:00Z') }), null);
    assert.deepEqual(outcome.suppressed, []);
    assert.deepEqual(brief(outcome.findings), ['keys/id_rsa:1 error private-key', '.ssh-key-audit.yml:4 notice expired-suppression']);
    const notice = outcome.findings[1]!;
    assert.match(notice.message, /expired on 2026-03-15/);
    assert.match(notice.message, /until the migration/);
  });

  it('reports an expired entry even when it no longer matches anything', () => {
    const outcome = applyPolicy(input([]), options({ allow, now: new Date('2030-01-01T00:00:00Z') }), null);
    assert.deepEqual(brief(outcome.findings), ['.ssh-key-audit.yml:4 notice expired-suppression']);
  });

  it('lets the rules setting raise or silence the notice', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    assert.equal(
      applyPolicy(input([]), options({ allow, now, rules: { 'expired-suppression': 'error' } }), null).findings[0]!.severity,
      'error',
    );
    assert.deepEqual(applyPolicy(input([]), options({ allow, now, rules: { 'expired-suppression': 'off' } }), null).findings, []);
  });
});

describe('inline directives', () => {
  it('reads the rule list and the reason in every comment syntax', () => {
    const cases: [string, string[], string | null][] = [
      ['# ssh-key-audit: ignore private-key -- test fixture', ['private-key'], 'test fixture'],
      ['    // ssh-key-audit: ignore legacy-rsa-key -- old build server', ['legacy-rsa-key'], 'old build server'],
      ['; ssh-key-audit: ignore weak-rsa-key -- ini file', ['weak-rsa-key'], 'ini file'],
      ['-- ssh-key-audit: ignore dsa-key -- SQL seed data', ['dsa-key'], 'SQL seed data'],
      ['/* ssh-key-audit: ignore private-key, legacy-rsa-key -- C string */', ['private-key', 'legacy-rsa-key'], 'C string'],
      ['<!-- ssh-key-audit: ignore duplicate-key -- docs example -->', ['duplicate-key'], 'docs example'],
      [' * ssh-key-audit: ignore private-key -- inside a block comment', ['private-key'], 'inside a block comment'],
      ['ssh-ed25519 AAAAC3Nza user@host # ssh-key-audit: ignore duplicate-key -- same line', ['duplicate-key'], 'same line'],
      ['# ssh-key-audit: ignore private-key', ['private-key'], null],
      ['# ssh-key-audit: ignore private-key --', ['private-key'], null],
      ['# ssh-key-audit: ignore private-key because tests', ['private-key'], null],
      ['/* ssh-key-audit: ignore private-key */', ['private-key'], null],
    ];
    for (const [line, rules, reason] of cases) assert.deepEqual(parseDirective(line, 3), { line: 3, rules, reason }, line);
  });

  it('is not a directive outside a comment, or without a rule', () => {
    for (const line of [
      'The syntax is `ssh-key-audit: ignore RULE -- reason`.',
      'ssh-key-audit: ignore private-key -- x',
      '# ssh-key-audit: ignore -- no rule',
    ]) {
      assert.equal(parseDirective(line, 1), null, line);
    }
  });

  it('finds the directives of a file with their line numbers, CRLF or not', () => {
    const text = ['first', '# ssh-key-audit: ignore private-key -- a', 'key', 'x // ssh-key-audit: ignore dsa-key', 'end'].join('\r\n');
    assert.deepEqual(findDirectives(Buffer.from(text)), [
      { line: 2, rules: ['private-key'], reason: 'a' },
      { line: 4, rules: ['dsa-key'], reason: null },
    ]);
    assert.deepEqual(findDirectives(Buffer.from('no marker here\n')), []);
  });

  const findings = [
    finding('private-key', 'error', 'keys/a', 2, KEY_A),
    finding('legacy-rsa-key', 'warning', 'keys/a', 2, KEY_A),
    finding('dsa-key', 'error', 'keys/b', 5, KEY_B),
  ];

  it('suppresses a finding of the named rule on its own line or the line below', () => {
    const directives = new Map([
      ['keys/a', [{ line: 1, rules: ['private-key'], reason: 'fixture' }]],
      ['keys/b', [{ line: 5, rules: ['dsa-key'], reason: 'legacy appliance' }]],
    ]);
    const outcome = applyPolicy(input(findings, { directives }), options(), null);
    assert.deepEqual(brief(outcome.findings), ['keys/a:2 warning legacy-rsa-key']);
    assert.deepEqual(
      outcome.suppressed.map((item) => item.suppression),
      [
        { kind: 'inline', reason: 'fixture', source: 'keys/a:1' },
        { kind: 'inline', reason: 'legacy appliance', source: 'keys/b:5' },
      ],
    );
  });

  it('does not reach two lines down, or another rule', () => {
    const directives = new Map([
      ['keys/b', [{ line: 3, rules: ['dsa-key'], reason: 'r' }]],
      ['keys/a', [{ line: 2, rules: ['weak-rsa-key'], reason: 'r' }]],
    ]);
    assert.deepEqual(applyPolicy(input(findings, { directives }), options(), null).suppressed, []);
  });

  it('does not suppress without a reason, and reports the directive once as suppression-without-reason', () => {
    const directives = new Map([['keys/a', [{ line: 1, rules: ['private-key', 'legacy-rsa-key'], reason: null }]]]);
    const outcome = applyPolicy(input(findings, { directives }), options(), null);
    assert.deepEqual(outcome.suppressed, []);
    assert.deepEqual(brief(outcome.findings), [
      'keys/a:2 error private-key',
      'keys/a:2 warning legacy-rsa-key',
      'keys/b:5 error dsa-key',
      'keys/a:1 warning suppression-without-reason',
    ]);
    assert.match(outcome.findings[3]!.message, /private-key, legacy-rsa-key finding on line 2 is still reported/);
  });

  it('takes precedence over an allow entry, which takes precedence over the baseline', () => {
    const directives = new Map([['keys/a', [{ line: 1, rules: ['private-key'], reason: 'inline' }]]]);
    const allow: AllowEntry[] = [{ path: 'keys', reason: 'policy', line: 9 }];
    const outcome = applyPolicy(input(findings, { directives }), options({ allow }), null);
    assert.deepEqual(
      outcome.suppressed.map((item) => `${item.rule} ${item.suppression.kind}`),
      ['private-key inline', 'legacy-rsa-key policy', 'dsa-key policy'],
    );
  });
});

describe('baseline', () => {
  const dir = tempDir('ska-baseline-');
  const root = dir;

  it('records key findings by rule and fingerprint, other findings by rule, path and message without numbers', () => {
    const text = renderBaseline(
      [
        finding('legacy-rsa-key', 'warning', 'keys/a.pub', 3, KEY_A),
        finding('duplicate-key', 'notice', 'keys/b.pub', 1, KEY_A),
        finding('duplicate-key', 'notice', 'keys/c.pub', 1, KEY_A),
        { ...finding('invalid-key', 'warning', 'keys/d.pub', 4), message: 'Line 4 does not decode' },
      ],
      'baseline.json',
      root,
    );
    const written = JSON.parse(text) as { tool: string; version: number; findings: object[] };
    assert.equal(written.tool, 'ssh-key-audit');
    assert.equal(written.version, 1);
    assert.deepEqual(written.findings, [
      { rule: 'duplicate-key', fingerprint: KEY_A },
      { rule: 'invalid-key', path: 'keys/d.pub', message: 'Line 4 does not decode' },
      { rule: 'legacy-rsa-key', fingerprint: KEY_A },
    ]);
    assert.doesNotMatch(text, /"line"/);
  });

  it('suppresses what it records wherever it moved, and counts the entries nothing matches any more', () => {
    writeFileSync(
      join(dir, 'baseline.json'),
      renderBaseline(
        [
          finding('legacy-rsa-key', 'warning', 'keys/a.pub', 3, KEY_A),
          { ...finding('invalid-key', 'warning', 'keys/d.pub', 4), message: 'Line 4 does not decode' },
          finding('dsa-key', 'error', 'keys/old.pub', 1, KEY_B),
        ],
        'baseline.json',
        root,
      ),
    );
    const baseline = loadBaseline('baseline.json', root);
    const outcome = applyPolicy(
      input([
        finding('legacy-rsa-key', 'warning', 'moved/a.pub', 9, KEY_A),
        { ...finding('invalid-key', 'warning', 'keys/d.pub', 5), message: 'Line 5 does not decode' },
        finding('private-key', 'error', 'keys/new', 1, KEY_B),
      ]),
      { ...options(), root },
      baseline,
    );
    assert.deepEqual(brief(outcome.findings), ['keys/new:1 error private-key']);
    assert.deepEqual(brief(outcome.suppressed), ['moved/a.pub:9 warning legacy-rsa-key', 'keys/d.pub:5 warning invalid-key']);
    assert.deepEqual(outcome.suppressed[0]!.suppression, { kind: 'baseline', reason: 'accepted in the baseline', source: 'baseline.json' });
    assert.equal(outcome.baselineFixed, 1, 'the dsa-key entry is fixed');
  });

  it('refuses a file that is not a baseline', () => {
    writeFileSync(join(dir, 'other.json'), '{"findings": []}');
    writeFileSync(join(dir, 'broken.json'), '{');
    assert.throws(() => loadBaseline('other.json', root), {
      name: 'UsageError',
      message: /other\.json is not a baseline written by ssh-key-audit/,
    });
    assert.throws(() => loadBaseline('broken.json', root), { name: 'UsageError', message: /the baseline broken\.json is not JSON/ });
    assert.throws(() => loadBaseline('missing.json', root), { name: 'UsageError', message: /baseline not found: missing\.json/ });
  });
});
