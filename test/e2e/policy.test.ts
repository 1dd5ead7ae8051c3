/**
 * dist/cli.js and dist/index.js with a policy file, inline comments and a baseline: exit codes, the one-line
 * usage errors, --print-config, --write-baseline and --baseline, and the Action's config and baseline inputs.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'yaml';
import type { ScanResult } from '../../src/core/types.js';
import { runAction } from '../helpers/action.js';
import { generateListedKey, runCli, writeTree, type ListedKey } from '../helpers/cli.js';
import { tempDir } from '../helpers/openssh.js';

const work = tempDir('ska-e2e-policy-');
let rsa: ListedKey;
let weak: ListedKey;
let treeCount = 0;

before(() => {
  rsa = generateListedKey(work, 'rsa', 'rsa', ['-b', '2048']);
  weak = generateListedKey(work, 'weak', 'rsa', ['-b', '1024']);
});

function tree(files: Record<string, string>): string {
  const root = join(work, `tree-${++treeCount}`);
  writeTree(root, files);
  return root;
}

function assertUsageError(run: { status: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  assert.equal(run.status, 2, run.stderr);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^ssh-key-audit: [^\n]+\n$/, 'one line');
  assert.match(run.stderr, pattern);
}

describe('cli: the policy file', () => {
  it('refuses a bad file with exit 2, naming the file, the line and the problem', async () => {
    const root = tree({ '.ssh-key-audit.yml': 'min-rsa-bits: 3072\nallow:\n  - path: keys\n    reson: typo\n' });
    assertUsageError(await runCli(['.'], root), /^ssh-key-audit: \.ssh-key-audit\.yml:4: allow\[0\]: unknown key "reson"/);
    assertUsageError(await runCli(['--print-config'], root), /\.ssh-key-audit\.yml:4:/);
  });

  it('refuses a --config that does not exist, and a broken one given by --config', async () => {
    const root = tree({ 'strict.yml': 'rules:\n  weak-rsa-key: fatal\n' });
    assertUsageError(await runCli(['--config', 'nope.yml'], root), /policy file not found: nope\.yml/);
    assertUsageError(
      await runCli(['--config', 'strict.yml'], root),
      /strict\.yml:2: rules\.weak-rsa-key: must be one of off, notice, warning, error/,
    );
  });

  it('exits 0 when every error is accepted, and 1 when one is not', async () => {
    const root = tree({
      'keys/weak.pub': weak.publicLine,
      'other/weak.pub': weak.publicLine,
      '.ssh-key-audit.yml': `rules:\n  duplicate-key: off\nallow:\n  - rule: weak-rsa-key\n    path: keys\n    reason: replaced in the next release\n`,
    });
    const accepted = await runCli(['keys'], root);
    // `keys` is the scan root: the policy file sits above it and is not read unless named.
    assert.equal(accepted.status, 1, accepted.stdout);
    const named = await runCli(['keys', '--config', '.ssh-key-audit.yml'], root);
    assert.equal(named.status, 0, named.stdout);
    assert.match(named.stdout, /No problems found: 1 key in 1 file: 0 errors, 0 warnings, 0 notices, 1 suppressed\n/);
    const all = await runCli(['.', '--format', 'json'], root);
    assert.equal(all.status, 1, 'other/weak.pub is not accepted');
    const report = JSON.parse(all.stdout) as ScanResult;
    assert.deepEqual(
      report.findings.map((item) => `${item.path} ${item.rule}`),
      ['other/weak.pub weak-rsa-key'],
    );
    assert.deepEqual(
      report.suppressed.map((item) => ({ path: item.path, rule: item.rule, suppression: item.suppression })),
      [
        {
          path: 'keys/weak.pub',
          rule: 'weak-rsa-key',
          suppression: { kind: 'policy', reason: 'replaced in the next release', source: '.ssh-key-audit.yml:4' },
        },
      ],
    );
    assert.equal(report.summary.errors, 1);
    assert.equal(report.summary.suppressed, 1);
  });

  it('lets a flag override the file, which overrides the default', async () => {
    const root = tree({ 'rsa.pub': rsa.publicLine, '.ssh-key-audit.yml': 'min-rsa-bits: 3072\n' });
    const byFile = JSON.parse((await runCli(['--format', 'json'], root)).stdout) as ScanResult;
    assert.deepEqual(
      byFile.findings.map((item) => item.rule),
      ['weak-rsa-key'],
      'a 2048-bit key is weak under the file',
    );
    const byFlag = await runCli(['--format', 'json', '--min-rsa-bits', '2048'], root);
    assert.equal(byFlag.status, 0);
    assert.deepEqual(
      (JSON.parse(byFlag.stdout) as ScanResult).findings.map((item) => item.rule),
      ['legacy-rsa-key'],
    );
  });

  it('fails on an expired allow entry again, with a notice at the entry', async () => {
    const root = tree({
      'weak.pub': weak.publicLine,
      '.ssh-key-audit.yml': `allow:\n  - fingerprint: ${weak.fingerprint}\n    reason: lab key\n    expires: 2020-01-31\n  - fingerprint: ${rsa.fingerprint}\n    reason: not yet\n    expires: 2999-12-31\n`,
    });
    const run = await runCli(['--format', 'json'], root);
    assert.equal(run.status, 1);
    const report = JSON.parse(run.stdout) as ScanResult;
    assert.deepEqual(
      report.findings.map((item) => `${item.path}:${item.line} ${item.severity} ${item.rule}`),
      ['.ssh-key-audit.yml:2 notice expired-suppression', 'weak.pub:1 error weak-rsa-key'],
    );
  });
});

describe('cli: --print-config', () => {
  const root = (): string =>
    tree({
      '.ssh-key-audit.yml': 'min-rsa-bits: 3072\nrules:\n  cert-no-expiry: off\nallow:\n  - path: test/fixtures\n    reason: fixtures\n',
    });

  it('prints the effective policy as YAML, flags included, and exits 0 without scanning', async () => {
    const run = await runCli(['--print-config', '--fail-on', 'warning', '--exclude', 'vendor'], root());
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    const policy = parse(run.stdout) as Record<string, unknown>;
    assert.equal(policy['min-rsa-bits'], 3072);
    assert.equal(policy['fail-on'], 'warning');
    assert.deepEqual(policy['exclude'], ['vendor']);
    assert.equal((policy['rules'] as Record<string, string>)['cert-no-expiry'], 'off');
    assert.equal((policy['rules'] as Record<string, string>)['private-key'], 'error');
    assert.deepEqual(policy['allow'], [{ path: 'test/fixtures', reason: 'fixtures' }]);
  });

  it('prints JSON with --format json, and refuses other formats', async () => {
    const dir = root();
    const run = await runCli(['--print-config', '--format', 'json'], dir);
    assert.equal(run.status, 0);
    assert.equal((JSON.parse(run.stdout) as Record<string, unknown>)['min-rsa-bits'], 3072);
    assertUsageError(await runCli(['--print-config', '--format', 'sarif'], dir), /--print-config prints YAML, or JSON with --format json/);
  });

  it('prints the defaults where there is no policy file', async () => {
    const run = await runCli(['--print-config'], tree({ 'a.txt': '' }));
    assert.equal(run.status, 0);
    const policy = parse(run.stdout) as Record<string, unknown>;
    assert.equal(policy['min-rsa-bits'], 2048);
    assert.equal(policy['fail-on'], 'error');
    assert.deepEqual(policy['allow'], []);
  });
});

describe('cli: baseline', () => {
  it('writes the current findings and exits 0, then fails only on new ones, however the old ones moved', async () => {
    const root = tree({ 'keys/weak.pub': weak.publicLine, 'config/authorized_keys': `${rsa.publicLine}` });
    const written = await runCli(['--write-baseline', 'ssh-key-audit-baseline.json'], root);
    assert.equal(written.status, 0, written.stderr);
    assert.equal(written.stdout, '');
    assert.match(written.stderr, /^ssh-key-audit: wrote ssh-key-audit-baseline\.json, accepting 2 findings; /);
    const baseline = JSON.parse(readFileSync(join(root, 'ssh-key-audit-baseline.json'), 'utf8')) as { findings: object[] };
    assert.deepEqual(baseline.findings, [
      { rule: 'legacy-rsa-key', fingerprint: rsa.fingerprint },
      { rule: 'weak-rsa-key', fingerprint: weak.fingerprint },
    ]);

    const unchanged = await runCli(['--baseline', 'ssh-key-audit-baseline.json'], root);
    assert.equal(unchanged.status, 0, unchanged.stdout);
    assert.match(unchanged.stdout, /0 errors, 0 warnings, 0 notices, 2 suppressed\n/);

    // Lines inserted above both findings: still the same findings.
    writeTree(root, {
      'keys/weak.pub': `# kept for the lab switch\n\n${weak.publicLine}`,
      'config/authorized_keys': `# deploy\n${rsa.publicLine}`,
    });
    const moved = await runCli(['--baseline', 'ssh-key-audit-baseline.json', '--format', 'json'], root);
    assert.equal(moved.status, 0, moved.stdout);
    const report = JSON.parse(moved.stdout) as ScanResult;
    assert.deepEqual(report.findings, []);
    assert.deepEqual(
      report.suppressed.map((item) => `${item.path}:${item.line} ${item.rule} ${item.suppression.kind}`),
      ['config/authorized_keys:2 legacy-rsa-key baseline', 'keys/weak.pub:3 weak-rsa-key baseline'],
    );
    assert.equal(report.summary.baselineFixed, 0);

    // A new weak key fails; the fixed one is counted.
    const newer = generateListedKey(work, 'newer-weak', 'rsa', ['-b', '1024']);
    writeTree(root, { 'keys/weak.pub': newer.publicLine });
    const fresh = await runCli(['--baseline', 'ssh-key-audit-baseline.json'], root);
    assert.equal(fresh.status, 1);
    assert.match(fresh.stdout, /1 error, 0 warnings, 0 notices, 1 suppressed; 1 baseline entry fixed\n/);
    assert.match(fresh.stdout, /1 baseline entry matches no finding any more/);
  });

  it('refuses a missing baseline, and --write-baseline with a report format', async () => {
    const root = tree({ 'a.txt': '' });
    assertUsageError(await runCli(['--baseline', 'nope.json'], root), /baseline not found: nope\.json/);
    assertUsageError(
      await runCli(['--write-baseline', 'b.json', '--format', 'json'], root),
      /--write-baseline writes the baseline and no report/,
    );
    assert.equal(existsSync(join(root, 'b.json')), false);
  });
});

describe('action: config and baseline inputs', () => {
  it('applies the policy file named by config, and accepts what the baseline input records', () => {
    const workspace = tree({
      'keys/weak.pub': weak.publicLine,
      'rsa.pub': rsa.publicLine,
      'policy/strict.yml': 'rules:\n  legacy-rsa-key: error\n',
    });
    writeFileSync(
      join(workspace, 'baseline.json'),
      JSON.stringify({
        tool: 'ssh-key-audit',
        version: 1,
        findings: [weak, rsa].map((key) => ({ rule: key === weak ? 'weak-rsa-key' : 'legacy-rsa-key', fingerprint: key.fingerprint })),
      }),
    );
    // Reports outside the workspace, so the second run does not scan the first one's.
    const reports = tempDir('ska-e2e-policy-reports-');
    const report = join(reports, 'report.json');
    const files = { 'report-file': report, 'sarif-file': join(reports, 'report.sarif') };
    const failing = runAction(workspace, { config: 'policy/strict.yml', ...files });
    assert.notEqual(failing.status, 0, failing.stdout);
    const before = JSON.parse(readFileSync(report, 'utf8')) as ScanResult;
    assert.deepEqual(
      before.findings.map((item) => `${item.path} ${item.severity} ${item.rule}`),
      ['keys/weak.pub error weak-rsa-key', 'rsa.pub error legacy-rsa-key'],
      'legacy-rsa-key is an error under the policy file',
    );

    const passing = runAction(workspace, { config: 'policy/strict.yml', baseline: 'baseline.json', ...files });
    assert.equal(passing.status, 0, passing.stdout);
    const after = JSON.parse(readFileSync(report, 'utf8')) as ScanResult;
    assert.deepEqual(after.findings, []);
    assert.deepEqual(
      after.suppressed.map((item) => `${item.path} ${item.rule} ${item.suppression.kind} ${item.suppression.source}`),
      ['keys/weak.pub weak-rsa-key baseline baseline.json', 'rsa.pub legacy-rsa-key baseline baseline.json'],
    );
    assert.equal(after.summary.suppressed, 2);
  });
});
