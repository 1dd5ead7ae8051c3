import assert from 'node:assert/strict';
import { generatePrimeSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { MergedReport } from '../../src/core/merge.js';
import { runCli, writeTree } from '../helpers/cli.js';
import { rsaPublicLine } from '../helpers/rsa-lines.js';
import { generateKey, keygenList, tempDir } from '../helpers/openssh.js';
import { assertValid, githubRulesConfig, validate } from '../helpers/sarif-validator.js';

describe('ssh-key-audit merge', () => {
  const dir = tempDir();
  let merged: MergedReport;
  let shared: string;

  before(async () => {
    const key = generateKey(dir, 'shared', 'ed25519');
    shared = keygenList(`${key}.pub`)[0]!.fingerprint;
    const prime = () => generatePrimeSync(1024, { bigint: true }) as bigint;
    const p = prime();
    writeTree(dir, {
      'alpha/deploy/id.pub': readFileSync(`${key}.pub`),
      'alpha/keys/rsa.pub': `${rsaPublicLine(p * prime(), 65537n, 'alpha-rsa')}\n`,
      'beta/.ssh/authorized_keys': readFileSync(`${key}.pub`),
      'beta/infra/main.tf': `key = "${rsaPublicLine(p * prime(), 65537n, 'beta-rsa')}"\n`,
      'gamma/README.md': '# nothing here\n',
    });
    for (const repository of ['alpha', 'beta', 'gamma']) {
      const run = await runCli(
        ['.', '--format', 'json', '--output', join(dir, `${repository}.json`), '--fail-on', 'never'],
        join(dir, repository),
      );
      assert.equal(run.status, 0, run.stderr);
    }
    const run = await runCli(['merge', 'alpha.json', 'beta.json', 'gamma.json'], dir);
    assert.equal(run.status, 0, run.stderr);
    merged = JSON.parse(run.stdout) as MergedReport;
  });

  it('names every repository that holds the same key', () => {
    const key = merged.sharedKeys.find((entry) => entry.fingerprint === shared);
    assert.ok(key, JSON.stringify(merged.sharedKeys));
    assert.deepEqual(
      key.locations.map((location) => `${location.repository}:${location.path}:${location.line}`),
      ['alpha:deploy/id.pub:1', 'beta:.ssh/authorized_keys:1'],
    );
  });

  it('finds a prime shared between two repositories, which neither scan saw on its own', () => {
    const factorable = merged.findings.filter((finding) => finding.rule === 'factorable-key');
    assert.deepEqual(
      factorable.map((finding) => `${finding.repository}:${finding.path}`),
      ['alpha:keys/rsa.pub', 'beta:infra/main.tf'],
    );
    assert.match(factorable[0]!.message, /beta:infra\/main\.tf:1/);
    assert.match(factorable[1]!.message, /alpha:keys\/rsa\.pub:1/);
  });

  it('totals per repository and per severity', () => {
    assert.deepEqual(
      merged.repositories.map((repo) => [repo.repository, repo.keys]),
      [
        ['alpha', 2],
        ['beta', 2],
        ['gamma', 0],
      ],
    );
    assert.equal(merged.totals.repositories, 3);
    assert.equal(merged.totals.error, merged.findings.filter((finding) => finding.severity === 'error').length);
    assert.equal(merged.totals.error, 2);
  });

  it('writes Markdown with the repository table and the shared keys', async () => {
    const run = await runCli(['merge', 'alpha.json', 'beta.json', 'gamma.json', '--format', 'markdown'], dir);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /\| alpha \| 2 \| 1 \|/);
    assert.match(run.stdout, /### Keys in more than one repository/);
    assert.ok(run.stdout.includes(shared));
  });

  it('writes SARIF that GitHub code scanning accepts', async () => {
    const out = join(dir, 'merged.sarif');
    const run = await runCli(['merge', 'alpha.json', 'beta.json', 'gamma.json', '--format', 'sarif', '--output', out], dir);
    assert.equal(run.status, 0, run.stderr);
    const sarif = JSON.parse(readFileSync(out, 'utf8')) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    assert.ok(sarif.runs[0]!.results.some((result) => result.locations[0]!.physicalLocation.artifactLocation.uri === 'beta/infra/main.tf'));
    assertValid(validate(out, githubRulesConfig(dir)));
  });

  it('refuses what is not a report, with one line', async () => {
    writeFileSync(join(dir, 'other.json'), '{"hello": 1}\n');
    const run = await runCli(['merge', 'alpha.json', 'other.json'], dir);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'ssh-key-audit: other.json is not an ssh-key-audit JSON report (make it with --format json)\n');
    const missing = await runCli(['merge', 'nope.json'], dir);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read nope\.json/);
    const twice = await runCli(['merge', 'alpha.json', 'alpha.json'], dir);
    assert.equal(twice.status, 2);
    assert.match(twice.stderr, /both named alpha/);
  });
});
