/**
 * dist/index.js as the runner runs it, in a real git repository, against a GitHub API stand-in that
 * has a bad day: unreachable, 5xx that clear, secondary rate limits, slow answers, an HTML page with
 * status 200. The outcome is decided by the findings alone: when the pull request's files cannot be read,
 * the added lines come from git in the checkout (also a shallow one). Cut lists keep the most urgent
 * findings, reports go to RUNNER_TEMP and the checkout stays clean.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ScanResult } from '../../src/core/types.js';
import { runActionAsync, type ActionRun, type RunContext } from '../helpers/action.js';
import { git } from '../helpers/git.js';
import { GitHubServer } from '../helpers/github-server.js';
import { suiteDirs } from '../helpers/key-tree.js';
import { generateKey } from '../helpers/openssh.js';

const TOKEN = 'ghs_faults-token-0123456789';
const HEAD_SHA = 'e'.repeat(40);

function warnings(run: ActionRun): string[] {
  return run.commands.filter((command) => command.command === 'warning' && !command.properties['title']).map((command) => command.message);
}

function annotations(run: ActionRun): string[] {
  return run.commands
    .filter((command) => command.properties['title'])
    .map((command) => `${command.command} ${command.properties['file'] ?? '-'} ${command.properties['title']}`);
}

function located(run: ActionRun): string[] {
  return (JSON.parse(run.report!) as ScanResult).findings.map((finding) => `${finding.path}:${finding.line}:${finding.rule}`);
}

function pullRequestEvent(repository: string, baseSha: string) {
  return {
    action: 'synchronize',
    number: 9,
    pull_request: {
      number: 9,
      changed_files: 1,
      head: { sha: HEAD_SHA, repo: { full_name: repository } },
      base: { sha: baseSha, repo: { full_name: repository } },
    },
    repository: { full_name: repository },
  };
}

describe('the Action on a bad GitHub day', { concurrency: true }, () => {
  const tempDir = suiteDirs();
  let server: GitHubServer;
  /** Old errors on main (a weak RSA key, a committed private key); the pull request adds one clean file. */
  let merged: string;
  let baseSha: string;
  let mergeSha: string;
  /** A depth-1 clone of the merge commit, as actions/checkout makes by default. */
  let shallow: string;
  /** 111 copies of one key under aaa/ (duplicate-key notices) and a committed private key under zzz/. */
  let crowd: string;
  let deadUrl: string;

  const run = (workspace: string, name: string, inputs: Record<string, string> = {}, context: RunContext = {}): Promise<ActionRun> =>
    runActionAsync(workspace, inputs, {
      apiUrl: server.url,
      repository: `acme/${name}`,
      sha: mergeSha,
      token: TOKEN,
      eventName: 'pull_request',
      event: pullRequestEvent(`acme/${name}`, baseSha),
      ...context,
    });

  before(async () => {
    server = await GitHubServer.start();
    const closed = await GitHubServer.start();
    deadUrl = closed.url;
    await closed.close();
    const scratch = tempDir('ska-faults-keys-');
    const origin = tempDir('ska-faults-origin-');
    git(origin, 'init', '-q', '-b', 'main');
    mkdirSync(join(origin, 'keys'));
    const weak = generateKey(scratch, 'weak', 'rsa', ['-b', '1024']);
    writeFileSync(join(origin, 'keys/weak.pub'), readFileSync(`${weak}.pub`));
    renameSync(generateKey(scratch, 'id_ed25519', 'ed25519'), join(origin, 'keys/id_ed25519'));
    git(origin, 'add', '.');
    git(origin, 'commit', '-q', '-m', 'old keys');
    baseSha = git(origin, 'rev-parse', 'HEAD');
    git(origin, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(origin, 'NOTES.md'), 'Nothing secret here.\n');
    git(origin, 'add', 'NOTES.md');
    git(origin, 'commit', '-q', '-m', 'notes');
    git(origin, 'checkout', '-q', 'main');
    // GitHub's test merge commit: first parent the base, second the head; actions/checkout checks it out.
    git(origin, 'checkout', '-q', '-b', 'pull/9/merge');
    git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature');
    mergeSha = git(origin, 'rev-parse', 'HEAD');
    merged = tempDir('ska-faults-merged-');
    git(merged, 'clone', '-q', '--branch', 'pull/9/merge', origin, '.');
    shallow = tempDir('ska-faults-shallow-');
    git(shallow, 'clone', '-q', '--depth=1', '--branch', 'pull/9/merge', `file://${origin}`, '.');
    assert.equal(git(shallow, 'rev-parse', '--is-shallow-repository'), 'true');

    crowd = tempDir('ska-faults-crowd-');
    git(crowd, 'init', '-q', '-b', 'main');
    mkdirSync(join(crowd, 'aaa'));
    mkdirSync(join(crowd, 'zzz'));
    const ed = readFileSync(`${generateKey(scratch, 'ed', 'ed25519')}.pub`, 'utf8')
      .trim()
      .split(' ')
      .slice(0, 2)
      .join(' ');
    writeFileSync(join(crowd, 'aaa/authorized_keys'), Array.from({ length: 111 }, (_, index) => `${ed} user${index}`).join('\n') + '\n');
    renameSync(generateKey(scratch, 'leak', 'ed25519'), join(crowd, 'zzz/id_ed25519'));
    git(crowd, 'add', '.');
    git(crowd, 'commit', '-q', '-m', 'crowd');
  });

  after(() => server.close());

  const assertClean = (workspace: string): void => assert.equal(git(workspace, 'status', '--porcelain', '--untracked-files=all'), '');

  it('API unreachable on a pull request that adds only a clean file, in a repository with old errors: exit 0, one warning', async () => {
    const result = await run(merged, 'unreachable', {}, { apiUrl: deadUrl });
    assert.equal(result.status, 0, result.stdout);
    const all = warnings(result);
    assert.equal(all.length, 1, all.join('\n'));
    assert.match(
      all[0]!,
      /^GitHub API unavailable \(no response: .*\) while listing the pull request's files: skipping every further GitHub call of this step\. pr-filter: the lines the pull request adds come from git in the checkout \(git diff HEAD\^1 HEAD\)\./,
    );
    assert.deepEqual(located(result), []);
    assert.equal(result.outputs.get('findings'), '0');
    assert.match(result.summary, /^## ✅ ssh-key-audit passed: no findings\n/);
    assert.ok(result.summary.includes('the changes come from git diff HEAD^1 HEAD in the checkout'), result.summary);
    // Reports default to RUNNER_TEMP, so the workspace stays as checkout left it.
    assert.ok(result.outputs.get('report')!.startsWith(result.runnerTemp), result.outputs.get('report'));
    assert.ok(result.outputs.get('sarif-file')!.startsWith(result.runnerTemp));
    assert.equal((JSON.parse(result.sarif!) as { runs: { results: unknown[] }[] }).runs[0]!.results.length, 2);
    assertClean(merged);
  });

  it('without a token the summary says the API was not asked, not that it failed', async () => {
    const result = await run(merged, 'tokenless', {}, { token: '' });
    assert.equal(result.status, 0, result.stdout);
    assert.deepEqual(server.requestsUnder('/repos/acme/tokenless/'), []);
    assert.ok(
      result.summary.includes(
        'the changes come from git diff HEAD^1 HEAD in the checkout: no github-token is set, so the GitHub API was not asked)',
      ),
      result.summary,
    );
    assert.ok(!result.summary.includes('could not list'), result.summary);
    assertClean(merged);
  });

  it('in a shallow clone the base commit is fetched first; a 502 that persists is retried twice, then git decides', async () => {
    server.route('GET', '/repos/acme/shallow/pulls/9/files', { status: 502, body: { message: 'Bad Gateway' } });
    const result = await run(shallow, 'shallow');
    assert.equal(result.status, 0, result.stdout);
    assert.equal(server.requestsUnder('/repos/acme/shallow/').length, 3);
    const all = warnings(result);
    assert.equal(all.length, 1, all.join('\n'));
    assert.ok(
      all[0]!.includes(
        `pr-filter: the lines the pull request adds come from git in the checkout (git fetch --depth=1 origin ${baseSha.slice(0, 12)}, git diff ${baseSha.slice(0, 12)} HEAD)`,
      ),
      all[0],
    );
    assert.deepEqual(located(result), []);
    assertClean(shallow);
  });

  it('a merge at HEAD that is not GITHUB_SHA is not trusted as the base: the base commit and the merge base decide', async () => {
    const result = await run(merged, 'othermerge', {}, { apiUrl: deadUrl, sha: 'a'.repeat(40) });
    assert.equal(result.status, 0, result.stdout);
    const all = warnings(result);
    assert.equal(all.length, 1, all.join('\n'));
    assert.ok(all[0]!.includes(`come from git in the checkout (git diff ${baseSha.slice(0, 12)}...HEAD)`), all[0]);
    assert.deepEqual(located(result), []);
    assertClean(merged);
  });

  it('when neither the API nor git can tell, every finding counts and the summary says why the step failed', async () => {
    const result = await run(crowd, 'neither', {}, { apiUrl: deadUrl, event: pullRequestEvent('acme/neither', 'f'.repeat(40)) });
    assert.equal(result.status, 1);
    const [first, , , , filter] = result.summary.split('\n');
    assert.match(first!, /^## ❌ ssh-key-audit failed: 1 × Private key committed/);
    assert.match(
      filter!,
      /^> \*\*The pull request filter could not be applied\*\* \(.*git fetch --depth=1 origin f{40} failed.*\), so every finding in the repository is reported and counts/,
    );
    assertClean(crowd);
  });

  it('a 5xx that clears, a secondary rate limit with a short retry-after and a slow answer cost nothing', async () => {
    const files = [{ filename: 'NOTES.md', status: 'added', changes: 1, patch: '@@ -0,0 +1 @@\n+Nothing secret here.' }];
    server.sequence('GET', '/repos/acme/flaky/pulls/9/files', [{ status: 502, raw: '<html>Bad Gateway</html>' }, { body: files }]);
    server.sequence('GET', '/repos/acme/throttled/pulls/9/files', [
      { status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit.' } },
      { body: files },
    ]);
    server.route('GET', '/repos/acme/slow/pulls/9/files', { delay: 2000, body: files });
    const started = Date.now();
    const results = await Promise.all(['flaky', 'throttled', 'slow'].map((name) => run(merged, name)));
    for (const [index, result] of results.entries()) {
      assert.equal(result.status, 0, `${index}: ${result.stdout}`);
      assert.deepEqual(warnings(result), []);
      assert.deepEqual(located(result), []);
    }
    assert.equal(server.requestsUnder('/repos/acme/flaky/').length, 2);
    assert.equal(server.requestsUnder('/repos/acme/throttled/').length, 2);
    assert.ok(Date.now() - started < 40_000);
    assertClean(merged);
  });

  it('an HTML page with status 200 is not a check run: one warning, and the most urgent findings annotated', async () => {
    server.route('POST', '/repos/acme/html/check-runs', { status: 200, raw: '<!DOCTYPE html><title>Sign in</title>' });
    const result = await run(crowd, 'html', { 'pr-filter': 'all' }, { eventName: 'push', event: { ref: 'refs/heads/main' } });
    assert.equal(result.status, 1);
    assert.deepEqual(warnings(result), [
      "GitHub API unavailable (not GitHub's answer (HTTP 200 with text/html; charset=utf-8 instead of JSON)) while creating the check run: skipping every further GitHub call of this step. The scan itself is complete: its findings are in this log, the job summary, the SARIF and the JSON report.",
    ]);
    assert.ok(!result.stdout.includes('undefined'), result.stdout);
    // The committed private key under zzz/ keeps its place ahead of 111 notices under aaa/.
    const shown = annotations(result);
    assert.equal(shown[0], 'error zzz/id_ed25519 private-key');
    assert.equal(shown.filter((line) => line.startsWith('notice')).length, 9);
    assertClean(crowd);
  });

  it('a cut summary lists errors first, one row per place with links, notices folded, and counts the rest by severity', async () => {
    const result = await run(crowd, 'cut', { 'pr-filter': 'all' }, { token: '', eventName: 'push', event: { ref: 'refs/heads/main' } });
    assert.equal(result.status, 1);
    const summary = result.summary;
    const lines = summary.split('\n');
    assert.match(lines[0]!, /^## ❌ ssh-key-audit failed: 1 × Private key committed$/);
    const errors = summary.indexOf('### Errors and warnings');
    const details = summary.indexOf('<details>\n<summary>Notices (');
    assert.ok(errors > 0 && details > errors, summary.slice(0, 400));
    const privateRow = lines.find((line) => line.includes('zzz/id_ed25519:1'))!;
    assert.ok(
      privateRow.startsWith(
        `| [\`zzz/id_ed25519:1\`](https://github.com/acme/cut/blob/${mergeSha}/zzz/id_ed25519#L1)<br>\`ssh-ed25519\` 256-bit<br>`,
      ),
      privateRow,
    );
    assert.ok(summary.indexOf(privateRow) < details);
    const notices = summary.slice(details, summary.indexOf('</details>', details));
    const rows = notices.split('\n').filter((line) => line.startsWith('| [`aaa/'));
    assert.equal(rows.length, 100);
    assert.match(notices, /…and \d+ more notices: every finding is in the JSON report and the SARIF\./);
    assert.ok(summary.includes('<summary>Key inventory: '), summary.slice(-600));
    assertClean(crowd);
  });

  it('an unwritable job summary is a warning; pull_request_target warns that it scans the base', async () => {
    const result = await run(
      merged,
      'target',
      { 'pr-filter': 'all', 'fail-on': 'never' },
      { eventName: 'pull_request_target', unwritableSummary: true },
    );
    assert.equal(result.status, 0, result.stdout);
    const all = warnings(result);
    assert.equal(all.length, 2, all.join('\n'));
    assert.match(all[0]!, /^pull_request_target runs check out the base branch unless the workflow checks out the pull request head/);
    assert.match(all[1]!, /^summary: cannot write the job summary \(EISDIR\)/);
    assert.ok(!result.stdout.includes('internal error'));
  });

  it("keeps the SARIF within code scanning's 25,000 results, most severe first, and says what it dropped", async () => {
    const big = tempDir('ska-faults-big-');
    const scratch = tempDir('ska-faults-big-keys-');
    git(big, 'init', '-q', '-b', 'main');
    const line = readFileSync(`${generateKey(scratch, 'many', 'ed25519')}.pub`, 'utf8')
      .trim()
      .split(' ')
      .slice(0, 2)
      .join(' ');
    writeFileSync(join(big, 'authorized_keys'), Array.from({ length: 25_100 }, (_, index) => `${line} u${index}`).join('\n') + '\n');
    renameSync(generateKey(scratch, 'leak', 'ed25519'), join(big, 'zz_id_ed25519'));
    git(big, 'add', '.');
    git(big, 'commit', '-q', '-m', 'many');
    const result = await run(big, 'big', { annotations: 'false', 'pr-filter': 'all' }, { token: '', eventName: 'push', event: {} });
    assert.equal(result.status, 1);
    const results = (JSON.parse(result.sarif!) as { runs: { results: { ruleId: string }[] }[] }).runs[0]!.results;
    assert.equal(results.length, 25_000);
    assert.ok(results.some((item) => item.ruleId === 'private-key'));
    const dropped =
      "kept the 25000 most severe of 25101 results and dropped 101 notices, to stay within code scanning's limits (25000 results per run, 10 MB gzip per upload); the JSON report has every finding.";
    assert.deepEqual(warnings(result), [`sarif-file: ${dropped}`]);
    assert.ok(result.summary.includes(`> The SARIF report is cut to code scanning's limits: ${dropped}`), result.summary.slice(0, 600));
    assert.equal((JSON.parse(result.report!) as ScanResult).findings.length, 25_101);
    assertClean(big);
  });

  it('check-name names the check run that holds the annotations', async () => {
    server.route('POST', '/repos/acme/named/check-runs', { status: 201, body: { id: 5, html_url: 'https://github.test/runs/5' } });
    server.route('PATCH', '/repos/acme/named/check-runs/5', { body: { id: 5 } });
    const result = await run(crowd, 'named', { 'check-name': 'keys (nightly)' }, { eventName: 'push', event: { ref: 'refs/heads/main' } });
    assert.equal(result.status, 1);
    const [create] = server.requestsUnder('/repos/acme/named/');
    assert.equal((create!.body as { name: string }).name, 'keys (nightly)');
  });
});
