/**
 * --history where git cannot give a blob: a corrupt clone (the object file is gone) and a partial clone
 * whose promisor remote is unreachable. Each such blob is a `skipped` entry with its reason, counted in the
 * summary, and the readable history is still scanned.
 */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { sshKeygen, tempDir } from '../helpers/openssh.js';

const work = tempDir('ska-history-unreadable-');

interface Report {
  skipped: { path: string; reason: string }[];
  findings: { rule: string; path: string }[];
  summary: { skipped: number };
}

describe('--history with objects git cannot give', () => {
  let origin: string;
  let lostBlob: string;

  before(() => {
    origin = join(work, 'origin');
    git(work, 'init', '-q', origin);
    sshKeygen(['-q', '-t', 'ed25519', '-N', '', '-f', join(work, 'lost')]);
    sshKeygen(['-q', '-t', 'ed25519', '-N', '', '-f', join(work, 'kept')]);
    writeFileSync(join(origin, 'lost_key'), readFileSync(join(work, 'lost')));
    writeFileSync(join(origin, 'kept_key'), readFileSync(join(work, 'kept')));
    git(origin, 'add', '.');
    git(origin, 'commit', '-qm', 'keys');
    git(origin, 'rm', '-q', 'lost_key', 'kept_key');
    writeFileSync(join(origin, 'README'), 'no keys here\n');
    git(origin, 'add', 'README');
    git(origin, 'commit', '-qm', 'remove keys');
    git(origin, 'config', 'uploadpack.allowFilter', 'true');
    lostBlob = git(origin, 'rev-parse', 'HEAD~1:lost_key');
  });

  it('a corrupt clone: the missing blob is skipped with the reason, the other is scanned', async () => {
    const clone = join(work, 'corrupt');
    // A copy of the repository as committed (loose objects), then one object file removed: git log still
    // walks the trees, the blob is gone.
    cpSync(origin, clone, { recursive: true });
    rmSync(join(clone, '.git', 'objects', lostBlob.slice(0, 2), lostBlob.slice(2)));
    const run = await runCli(['--history', '--format', 'json'], clone);
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as Report;
    const skipped = report.skipped.filter((entry) => entry.path.startsWith('lost_key@'));
    assert.equal(skipped.length, 1, JSON.stringify(report.skipped));
    assert.match(skipped[0]!.reason, /^unreadable: git has no such object/);
    assert.equal(report.summary.skipped, report.skipped.length);
    assert.ok(report.findings.some((finding) => finding.rule === 'private-key' && finding.path === 'kept_key'));
  });

  it('a partial clone whose promisor is gone: every blob not fetched is skipped, fast, without the network', async () => {
    const clone = join(work, 'partial');
    git(work, 'clone', '-q', '--filter=blob:none', `file://${origin}`, clone);
    renameSync(origin, `${origin}-gone`);
    try {
      const run = await runCli(['--history', '--format', 'json'], clone, { timeoutMs: 60_000 });
      assert.equal(run.status, 0, run.stderr);
      const report = JSON.parse(run.stdout) as Report;
      const paths = report.skipped.map((entry) => entry.path.split('@')[0]).sort();
      assert.deepEqual(paths, ['kept_key', 'lost_key']);
      for (const entry of report.skipped) assert.match(entry.reason, /^unreadable: git has no such object/);
      assert.equal(report.summary.skipped, 2);
      assert.ok(run.milliseconds < 30_000);
    } finally {
      renameSync(`${origin}-gone`, origin);
    }
  });
});
