/**
 * The policy file: YAML validated against the shipped schema, errors with file and line, and the precedence
 * of flags and inputs over the file over the defaults.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { UsageError } from '../../src/core/errors.js';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_MIN_RSA_BITS } from '../../src/core/options.js';
import { parsePolicy } from '../../src/core/policy/policy-file.js';
import { policySchema } from '../../src/core/policy/schema.js';
import { renderPolicy, resolveOptions } from '../../src/core/policy/settings.js';
import { RULES } from '../../src/core/rules.js';
import { REPO_ROOT } from '../helpers/action.js';
import { tempDir } from '../helpers/openssh.js';

const FINGERPRINT = 'SHA256:' + 'A'.repeat(43);

function usageError(text: string): string {
  try {
    parsePolicy(text, 'policy.yml');
  } catch (error) {
    assert.ok(error instanceof UsageError, `a UsageError, got ${String(error)}`);
    return error.message;
  }
  assert.fail(`no error for:\n${text}`);
}

describe('policy file: every problem names the file, the line and what is wrong', () => {
  const cases: [string, string, RegExp][] = [
    [
      'an unknown top-level key',
      'min-rsa-bits: 3072\ncolour: blue\n',
      /^policy\.yml:2: unknown key "colour"; expected one of fail-on, min-rsa-bits/,
    ],
    [
      'an unknown key in an allow entry',
      `allow:\n  - path: a\n    reason: r\n    expire: 2030-01-01\n`,
      /^policy\.yml:4: allow\[0\]: unknown key "expire"; expected one of/,
    ],
    ['an unknown rule', 'rules:\n  private-key: warning\n  privat-key: off\n', /^policy\.yml:3: rules: unknown rule "privat-key"/],
    [
      'a bad severity',
      'rules:\n  private-key: maybe\n',
      /^policy\.yml:2: rules\.private-key: must be one of off, notice, warning, error, got "maybe"/,
    ],
    ['a number out of range', '\n\nmin-rsa-bits: 100\n', /^policy\.yml:3: min-rsa-bits: must be at least 512, got 100/],
    ['a string for a number', 'max-file-size: big\n', /^policy\.yml:1: max-file-size: must be a whole number, got "big"/],
    ['a string for a list', 'exclude: vendor\n', /^policy\.yml:1: exclude: must be a list, got "vendor"/],
    [
      'an unknown key type',
      'allowed-key-types:\n  - ssh-ed25519\n  - rsa\n',
      /^policy\.yml:3: allowed-key-types\[1\]: "rsa" is not a key type/,
    ],
    ['an allow entry without a reason', 'allow:\n  - path: keys\n  - path: other\n', /^policy\.yml:2: allow\[0\]: missing "reason"/],
    ['an empty reason', `allow:\n  - fingerprint: ${FINGERPRINT}\n    reason: "  "\n`, /^policy\.yml:3: allow\[0\]\.reason: must say why/],
    [
      'an allow entry that matches nothing',
      'allow:\n  - rule: private-key\n    reason: r\n',
      /^policy\.yml:2: allow\[0\]: needs "fingerprint" or "path"/,
    ],
    [
      'a bad fingerprint',
      'allow:\n  - fingerprint: MD5:aa:bb\n    reason: r\n',
      /^policy\.yml:2: allow\[0\]\.fingerprint: must be a fingerprint as ssh-keygen -l prints it/,
    ],
    [
      'an unknown rule in an allow entry',
      'allow:\n  - path: a\n    rule: nope\n    reason: r\n',
      /^policy\.yml:3: allow\[0\]\.rule: "nope" is not a rule id/,
    ],
    [
      'a date in another format',
      'allow:\n  - path: a\n    reason: r\n    expires: 31/12/2030\n',
      /^policy\.yml:4: allow\[0\]\.expires: must be a date written YYYY-MM-DD/,
    ],
    [
      'a date that does not exist',
      'allow:\n  - path: a\n    reason: r\n    expires: 2030-02-30\n',
      /^policy\.yml:4: allow\[0\]\.expires is not a calendar date/,
    ],
    ['a list instead of a mapping', '- a\n- b\n', /^policy\.yml:1: the policy must be a mapping of settings, got a list/],
    ['broken YAML', 'rules:\n  private-key: off\n bad indent: 1\n', /^policy\.yml:3: not valid YAML: /],
    ['a duplicate key', 'min-rsa-bits: 2048\nmin-rsa-bits: 3072\n', /^policy\.yml:2: not valid YAML: Map keys must be unique/],
  ];
  for (const [name, text, expected] of cases) {
    it(`reports ${name}`, () => {
      const message = usageError(text);
      assert.match(message, expected);
      assert.doesNotMatch(message, /\n/, 'one line');
    });
  }

  it('reads every setting, with allow entries and their lines', () => {
    const settings = parsePolicy(
      [
        'fail-on: warning',
        'min-rsa-bits: 3072',
        'allowed-key-types: [ssh-ed25519, sk-ssh-ed25519@openssh.com]',
        'rules:',
        '  legacy-rsa-key: off',
        '  duplicate-key: error',
        'include: ["**/*.pub"]',
        'exclude: [vendor]',
        'max-file-size: 1000',
        'blocklists: [lists/bad.txt]',
        'stale-deploy-key-days: 30',
        'allow:',
        `  - fingerprint: ${FINGERPRINT}`,
        '    reason: " shared lab key "',
        '  - rule: private-key',
        '    path: test/fixtures/**',
        '    reason: test fixtures',
        '    expires: 2030-12-31',
        '',
      ].join('\n'),
      'policy.yml',
    );
    assert.deepEqual(settings, {
      failOn: 'warning',
      minRsaBits: 3072,
      allowedKeyTypes: ['ssh-ed25519', 'sk-ssh-ed25519@openssh.com'],
      rules: { 'legacy-rsa-key': 'off', 'duplicate-key': 'error' },
      include: ['**/*.pub'],
      exclude: ['vendor'],
      maxFileSize: 1000,
      blocklists: ['lists/bad.txt'],
      staleDeployKeyDays: 30,
      allow: [
        { fingerprint: FINGERPRINT, reason: 'shared lab key', line: 13 },
        { rule: 'private-key', path: 'test/fixtures/**', reason: 'test fixtures', expires: '2030-12-31', line: 15 },
      ],
    });
  });

  it('takes an empty file, or one of comments only, as an empty policy', () => {
    assert.deepEqual(parsePolicy('', 'policy.yml'), {});
    assert.deepEqual(parsePolicy('# nothing yet\n', 'policy.yml'), {});
  });

  it('reads `off` as the word, not as YAML 1.1 false', () => {
    assert.deepEqual(parsePolicy('rules:\n  cert-no-expiry: off\n', 'policy.yml').rules, { 'cert-no-expiry': 'off' });
  });
});

describe('the shipped JSON Schema', () => {
  const shipped = JSON.parse(readFileSync(join(REPO_ROOT, 'schema/ssh-key-audit.schema.json'), 'utf8')) as Record<string, unknown>;

  it('is the schema the loader validates with (npm run docs writes it)', () => {
    assert.deepEqual(shipped, policySchema());
  });

  it('names every rule of the catalogue, so editors complete them', () => {
    const rules = (shipped['properties'] as Record<string, { properties: Record<string, unknown> }>)['rules']!;
    assert.deepEqual(
      Object.keys(rules.properties),
      RULES.map((rule) => rule.id),
    );
  });

  it("accepts the repository's own policy file and the README's example", () => {
    const validate = new Ajv({ strict: true, strictRequired: false }).compile(shipped);
    const own = parse(readFileSync(join(REPO_ROOT, '.ssh-key-audit.yml'), 'utf8')) as unknown;
    assert.ok(validate(own), JSON.stringify(validate.errors));
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const example = /```yaml\n(# yaml-language-server[^`]*?)```/.exec(readme);
    assert.ok(example, 'the README shows a policy file');
    assert.ok(validate(parse(example[1]!)), JSON.stringify(validate.errors));
  });
});

describe('effective options: flags and inputs over the policy file over the defaults', () => {
  const root = tempDir('ska-policy-resolve-');
  writeFileSync(join(root, '.ssh-key-audit.yml'), 'min-rsa-bits: 3072\nfail-on: warning\nexclude: [vendor]\nblocklists: [lists/bad.txt]\n');

  it('uses the defaults where neither sets a value', async () => {
    const options = await resolveOptions({ root, paths: ['.'] });
    assert.equal(options.maxFileSize, DEFAULT_MAX_FILE_SIZE);
    assert.deepEqual(options.include, []);
    assert.deepEqual(options.rules, {});
    assert.equal(options.allowedKeyTypes, null);
  });

  it('takes the file over the defaults', async () => {
    const options = await resolveOptions({ root, paths: ['.'] });
    assert.equal(options.policyFile, '.ssh-key-audit.yml');
    assert.equal(options.minRsaBits, 3072);
    assert.equal(options.failOn, 'warning');
    assert.deepEqual(options.exclude, ['vendor']);
    assert.deepEqual(options.blocklists, ['lists/bad.txt']);
  });

  it('takes a flag or input over the file; a list given replaces the list of the file', async () => {
    const options = await resolveOptions({ root, paths: ['.'], overrides: { minRsaBits: 4096, exclude: ['build'] } });
    assert.equal(options.minRsaBits, 4096);
    assert.deepEqual(options.exclude, ['build']);
    assert.equal(options.failOn, 'warning', 'what the flags do not set still comes from the file');
  });

  it('looks in the first path when it is a directory, and in the root when it is a file', async () => {
    const sub = join(root, 'sub');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, '.ssh-key-audit.yml'), 'min-rsa-bits: 4096\nblocklists: [bad.txt]\n');
    writeFileSync(join(sub, 'key.pub'), '');
    const inSub = await resolveOptions({ root, paths: ['sub'] });
    assert.equal(inSub.policyFile, 'sub/.ssh-key-audit.yml');
    assert.equal(inSub.minRsaBits, 4096);
    assert.deepEqual(inSub.blocklists, ['sub/bad.txt'], 'blocklists are relative to the policy file');
    assert.equal((await resolveOptions({ root, paths: ['sub/key.pub'] })).minRsaBits, 3072);
  });

  it('reads --config instead, and refuses one that does not exist', async () => {
    writeFileSync(join(root, 'strict.yml'), 'min-rsa-bits: 8192\n');
    assert.equal((await resolveOptions({ root, config: 'strict.yml' })).minRsaBits, 8192);
    await assert.rejects(resolveOptions({ root, config: 'missing.yml' }), {
      name: 'UsageError',
      message: 'policy file not found: missing.yml',
    });
  });

  it('works without any policy file', async () => {
    const bare = tempDir('ska-policy-bare-');
    const options = await resolveOptions({ root: bare });
    assert.equal(options.policyFile, null);
    assert.equal(options.minRsaBits, DEFAULT_MIN_RSA_BITS);
  });

  it('prints the effective policy as a policy file that reads back the same', async () => {
    const options = await resolveOptions({ root, paths: ['.'], overrides: { minRsaBits: 4096 } });
    const yaml = await renderPolicy(options, 'yaml');
    assert.match(yaml, /^# yaml-language-server: \$schema=/);
    assert.match(yaml, /defaults < \.ssh-key-audit\.yml < command-line flags or inputs/);
    const again = parsePolicy(yaml, 'printed.yml');
    assert.equal(again.minRsaBits, 4096);
    assert.equal(again.failOn, 'warning');
    assert.equal(again.rules?.['legacy-rsa-key'], 'warning', 'every rule with its effective severity');
    assert.deepEqual(JSON.parse(await renderPolicy(options, 'json')), parse(yaml));
  });
});
