/**
 * The history input end to end: dist/index.js in a real git repository built here (a private key committed
 * and then deleted), in a shallow clone of it, and outside any repository.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { ScanResult } from '../../src/core/types.js';
import { runActionAsync, type ActionRun } from '../helpers/action.js';
import { git } from '../helpers/git.js';
import { generateListedKey, writeTree, type ListedKey } from '../helpers/cli.js';
import { suiteDirs } from '../helpers/key-tree.js';

function warnings(run: ActionRun): string[] {
  return run.commands.filter((command) => command.command === 'warning' && !command.properties['title']).map((command) => command.message);
}

describe('the history input', { concurrency: true }, () => {
  const tempDir = suiteDirs();
  let repo: string;
  let shallow: string;
  let leaked: ListedKey;
  let commit: string;

  const run = (workspace: string, inputs: Record<string, string> = {}): { run: Promise<ActionRun>; report: () => ScanResult } => {
    const reports = tempDir('ska-history-reports-');
    const report = join(reports, 'report.json');
    return {
      run: runActionAsync(workspace, { history: 'true', 'report-file': report, 'sarif-file': join(reports, 'report.sarif'), ...inputs }),
      report: () => JSON.parse(readFileSync(report, 'utf8')) as ScanResult,
    };
  };

  before(() => {
    const scratch = tempDir('ska-history-scratch-');
    repo = tempDir('ska-history-repo-');
    git(repo, 'init', '-q', '-b', 'main');
    writeTree(repo, { 'README.md': '# project\n' });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'start');
    leaked = generateListedKey(scratch, 'leaked', 'ed25519');
    writeTree(repo, { 'deploy/id_ed25519': readFileSync(leaked.path) });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'add a deploy key');
    commit = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'rm', '-q', 'deploy/id_ed25519');
    git(repo, 'commit', '-qm', 'remove the deploy key');
    shallow = join(tempDir('ska-history-shallow-'), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
  });

  it('reports a private key committed and then deleted, with its commit, and annotates it without a file', async () => {
    const { run: running, report } = run(repo);
    const result = await running;
    assert.equal(result.status, 1, result.stdout);
    const audit = report();
    assert.deepEqual(
      audit.findings.map((finding) => [finding.rule, finding.path, finding.line, finding.commit, finding.fingerprint]),
      [['private-key', 'deploy/id_ed25519', 1, commit, leaked.fingerprint]],
    );
    assert.equal(audit.history?.shallow, false);
    assert.deepEqual(warnings(result), []);
    // Not in the tree: no file to annotate, the commit in the message and in the summary.
    const annotation = result.commands.find((command) => command.properties['title'] === 'private-key');
    assert.deepEqual(annotation?.properties, { title: 'private-key' });
    assert.match(annotation!.message, new RegExp(`^deploy/id_ed25519@${commit.slice(0, 12)}: `));
    assert.ok(result.summary.includes(`\`deploy/id_ed25519:1\` (history, ${commit.slice(0, 12)})`), result.summary);
  });

  it('without the input, the deleted key is not looked for', async () => {
    const { run: running, report } = run(repo, { history: 'false' });
    const result = await running;
    assert.equal(result.status, 0, result.stdout);
    assert.deepEqual(report().findings, []);
    assert.equal(report().history, undefined);
  });

  it('in a shallow clone: one warning that history is incomplete and how to fetch it', async () => {
    const { run: running, report } = run(shallow);
    const result = await running;
    assert.equal(result.status, 0, result.stdout);
    assert.equal(report().history?.shallow, true);
    const [warning, ...others] = warnings(result);
    assert.match(warning!, /^history: history is incomplete: this is a shallow clone .*fetch-depth: 0/);
    assert.deepEqual(others, []);
  });

  it('outside a git repository: the step fails with one line naming the input', async () => {
    const plain = tempDir('ska-history-plain-');
    mkdirSync(join(plain, 'keys'));
    const { run: running } = run(plain);
    const result = await running;
    assert.equal(result.status, 1);
    const failure = result.commands.find((command) => command.command === 'error');
    assert.match(failure!.message, /^ssh-key-audit: input history needs a git repository: .*fetch-depth: 0\)$/);
  });
});
