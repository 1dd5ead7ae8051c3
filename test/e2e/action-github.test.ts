/**
 * dist/index.js against a GitHub REST API stand-in on 127.0.0.1 (test/helpers/github-server.ts), reached
 * through GITHUB_API_URL by the Action's own Octokit: pull request files with pagination, check runs in
 * batches, the marked pull request comment, deploy keys, error statuses, rate limits and outages. Every
 * test uses its own repository name, so the tests run concurrently against one server.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ScanResult } from '../../src/core/types.js';
import { runActionAsync, type ActionRun, type RunContext } from '../helpers/action.js';
import { GitHubServer } from '../helpers/github-server.js';
import { suiteDirs } from '../helpers/key-tree.js';
import { generateKey } from '../helpers/openssh.js';

const HEAD_SHA = 'a'.repeat(40);
const MERGE_SHA = 'b'.repeat(40);
const TOKEN = 'ghs_test-token-0123456789';
const MARKER = '<!-- ssh-key-audit-comment ssh-key-audit -->';
// GITHUB_TOKEN writes as this bot; GET /user is refused to it (the loopback server answers 404).
const BOT = { login: 'github-actions[bot]', type: 'Bot' };
const PERSON = { login: 'mallory', type: 'User' };

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function publicLine(privatePath: string): string {
  return readFileSync(`${privatePath}.pub`, 'utf8').trim();
}

/** Workflow-command annotations (core.setFailed and plain warnings have no title). */
function annotations(run: ActionRun) {
  return run.commands
    .filter((command) => command.properties['title'])
    .map((command) => ({
      level: command.command,
      file: command.properties['file'],
      line: command.properties['line'],
      title: command.properties['title'],
    }));
}

function warnings(run: ActionRun): string[] {
  return run.commands.filter((command) => command.command === 'warning' && !command.properties['title']).map((command) => command.message);
}

function notices(run: ActionRun): string[] {
  return run.commands.filter((command) => command.command === 'notice' && !command.properties['title']).map((command) => command.message);
}

function pullRequestEvent(repository: string, options: { fork?: boolean; changedFiles?: number } = {}) {
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      changed_files: options.changedFiles ?? 5,
      head: { sha: HEAD_SHA, repo: { full_name: options.fork ? 'someone/fork' : repository } },
      base: { sha: 'c'.repeat(40), repo: { full_name: repository } },
    },
    repository: { full_name: repository },
  };
}

describe('the Action and the GitHub API', { concurrency: true }, () => {
  const tempDir = suiteDirs();
  let server: GitHubServer;
  let tree: string;
  let crowd: string;
  let reports: string;
  let weakLine: string;
  let rsaLine: string;

  /** A run against the server as repository `owner/name`, with reports in their own files. */
  const run = (name: string, inputs: Record<string, string> = {}, context: RunContext & { workspace?: string } = {}): Promise<ActionRun> =>
    runActionAsync(
      context.workspace ?? tree,
      {
        'sarif-file': join(reports, `${name}.sarif`),
        'report-file': join(reports, `${name}.json`),
        ...inputs,
      },
      {
        apiUrl: server.url,
        repository: `acme/${name}`,
        sha: MERGE_SHA,
        token: TOKEN,
        eventName: 'push',
        event: { ref: 'refs/heads/main', repository: { full_name: `acme/${name}` } },
        ...context,
      },
    );
  const report = (name: string): ScanResult => readJson<ScanResult>(join(reports, `${name}.json`));
  const sarifResults = (name: string): string[] =>
    readJson<{ runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }>(
      join(reports, `${name}.sarif`),
    ).runs[0]!.results.map((result) => `${result.locations[0]!.physicalLocation.artifactLocation.uri}:${result.ruleId}`);
  const located = (result: ScanResult): string[] => result.findings.map((finding) => `${finding.path}:${finding.line}:${finding.rule}`);

  /** The pull request touches three files with findings: one added, one with a line added, one key body replaced. */
  const routePullFiles = (name: string, files: unknown[] = PR_FILES()): void =>
    server.route('GET', `/repos/acme/${name}/pulls/7/files`, (request) => server.page(request, files, 2));
  let PR_FILES: () => unknown[];

  before(async () => {
    server = await GitHubServer.start();
    tree = tempDir('ska-gh-tree-');
    reports = tempDir('ska-gh-reports-');
    const scratch = tempDir('ska-gh-scratch-');
    for (const dir of ['keys', 'config', 'deploy', 'docs']) mkdirSync(join(tree, dir));
    const addedRsa = generateKey(scratch, 'added_rsa', 'rsa', ['-b', '1024']);
    const oldWeak = generateKey(scratch, 'old_weak', 'rsa', ['-b', '1024']);
    const ed = generateKey(scratch, 'ed', 'ed25519');
    const alice = generateKey(scratch, 'alice', 'rsa', ['-b', '2048']);
    const bob = generateKey(scratch, 'bob', 'rsa', ['-b', '2048']);
    writeFileSync(join(tree, 'keys/added_rsa.pub'), `${publicLine(addedRsa)}\n`);
    writeFileSync(join(tree, 'keys/old_weak.pub'), `${publicLine(oldWeak)}\n`);
    writeFileSync(join(tree, 'config/authorized_keys'), [publicLine(ed), publicLine(alice), publicLine(bob), ''].join('\n'));
    const deployKey = generateKey(scratch, 'id_ed25519', 'ed25519');
    renameSync(deployKey, join(tree, 'deploy/id_ed25519'));
    writeFileSync(join(tree, 'docs/readme.md'), 'Keys live in keys/.\n');
    rsaLine = publicLine(alice);
    weakLine = publicLine(addedRsa);
    const [edLine, bobLine] = [publicLine(ed), publicLine(bob)];
    PR_FILES = () => [
      { filename: 'keys/added_rsa.pub', status: 'added', changes: 1, patch: `@@ -0,0 +1 @@\n+${weakLine}` },
      {
        filename: 'config/authorized_keys',
        status: 'modified',
        changes: 1,
        patch: `@@ -1,2 +1,3 @@\n ${edLine}\n ${rsaLine}\n+${bobLine}`,
      },
      // Another key of the same kind in place of the old one: only the body lines change, not BEGIN.
      {
        filename: 'deploy/id_ed25519',
        status: 'modified',
        changes: 4,
        patch: '@@ -2,4 +2,4 @@\n b3BlbnNzaC1rZXktdjEAAAAA\n-old\n-old\n+new\n+new\n AAAA',
      },
      { filename: 'docs/readme.md', status: 'modified', changes: 2, patch: '@@ -1 +1 @@\n-Keys.\n+Keys live in keys/.' },
      { filename: 'old.pub', status: 'removed', changes: 1 },
    ];
    // 120 copies of one RSA key: 120 legacy-rsa-key warnings and 120 duplicate-key notices.
    crowd = tempDir('ska-gh-crowd-');
    writeFileSync(join(crowd, 'authorized_keys'), Array.from({ length: 120 }, (_, index) => `${rsaLine} user${index}`).join('\n') + '\n');
    rmSync(scratch, { recursive: true, force: true });
  });

  after(() => server.close());

  const ALL = [
    'config/authorized_keys:2:legacy-rsa-key',
    'config/authorized_keys:3:legacy-rsa-key',
    'deploy/id_ed25519:1:private-key',
    'keys/added_rsa.pub:1:weak-rsa-key',
    'keys/old_weak.pub:1:weak-rsa-key',
  ];

  it('pr-filter added: lists the pull request files page by page and reports only findings on added lines', async () => {
    routePullFiles('added');
    const result = await run('added', {}, { eventName: 'pull_request', event: pullRequestEvent('acme/added') });
    assert.equal(result.status, 1, result.stdout);
    const requests = server.requestsUnder('/repos/acme/added/');
    assert.deepEqual(
      requests.map(
        (request) => `${request.method} ${request.path} page=${request.query.get('page') ?? '1'} per_page=${request.query.get('per_page')}`,
      ),
      ['GET', 'GET', 'GET'].map((method, index) => `${method} /repos/acme/added/pulls/7/files page=${index + 1} per_page=100`),
    );
    assert.equal(requests[0]!.headers.authorization, `token ${TOKEN}`);
    assert.deepEqual(located(report('added')), [
      'config/authorized_keys:3:legacy-rsa-key',
      'deploy/id_ed25519:1:private-key',
      'keys/added_rsa.pub:1:weak-rsa-key',
    ]);
    // Most urgent first: a committed private key, then the other error, then the warning.
    assert.deepEqual(annotations(result), [
      { level: 'error', file: 'deploy/id_ed25519', line: '1', title: 'private-key' },
      { level: 'error', file: 'keys/added_rsa.pub', line: '1', title: 'weak-rsa-key' },
      { level: 'warning', file: 'config/authorized_keys', line: '3', title: 'legacy-rsa-key' },
    ]);
    assert.equal(result.outputs.get('findings'), '3');
    assert.equal(result.outputs.get('errors'), '2');
    // Code scanning tracks alerts on its own: the SARIF keeps every finding.
    assert.equal(sarifResults('added').length, 5);
    assert.ok(
      result.summary.includes(
        '> Pull request #7: findings on lines this pull request adds. 2 findings elsewhere in the repository are left out here (`pr-filter: added`); the SARIF report has every finding.',
      ),
      result.summary,
    );
    assert.deepEqual(warnings(result), []);
  });

  it('pr-filter file keeps findings anywhere in the changed files; all asks for no files', async () => {
    routePullFiles('file');
    routePullFiles('all');
    const [file, all] = await Promise.all([
      run('file', { 'pr-filter': 'file' }, { eventName: 'pull_request', event: pullRequestEvent('acme/file') }),
      run('all', { 'pr-filter': 'all' }, { eventName: 'pull_request', event: pullRequestEvent('acme/all') }),
    ]);
    assert.deepEqual(
      located(report('file')),
      ALL.filter((finding) => !finding.startsWith('keys/old_weak.pub')),
    );
    assert.equal(file.outputs.get('findings'), '4');
    assert.deepEqual(located(report('all')), ALL);
    assert.deepEqual(server.requestsUnder('/repos/acme/all/'), []);
    assert.equal(all.status, 1);
  });

  it('falls back to every finding when GitHub lists fewer files than the pull request changes', async () => {
    routePullFiles('many', PR_FILES());
    const result = await run('many', {}, { eventName: 'pull_request', event: pullRequestEvent('acme/many', { changedFiles: 3500 }) });
    assert.deepEqual(located(report('many')), ALL);
    assert.deepEqual(warnings(result), [
      'pr-filter: pull request #7 changes 3500 files and GitHub lists only 5 (at most 3000); git in the checkout cannot tell either (the workspace is not a git repository (fatal: not a git repository (or any of the parent directories): .git)), so every finding is reported and counts.',
    ]);
  });

  it('puts more annotations than a step may show into one check run, 50 per request', async () => {
    server.route('POST', '/repos/acme/crowd/check-runs', {
      status: 201,
      body: { id: 42, html_url: 'https://github.test/acme/crowd/runs/42' },
    });
    server.route('PATCH', '/repos/acme/crowd/check-runs/42', { body: { id: 42 } });
    const result = await run('crowd', {}, { workspace: crowd });
    assert.equal(result.status, 0, result.stdout);
    const requests = server.requestsUnder('/repos/acme/crowd/');
    assert.deepEqual(
      requests.map((request) => `${request.method} ${request.path}`),
      ['POST /repos/acme/crowd/check-runs', ...Array(4).fill('PATCH /repos/acme/crowd/check-runs/42')],
    );
    type Body = {
      name?: string;
      head_sha?: string;
      status?: string;
      conclusion?: string;
      output: {
        title: string;
        annotations: { path: string; start_line: number; annotation_level: string; title: string; message: string }[];
      };
    };
    const bodies = requests.map((request) => request.body as Body);
    assert.deepEqual(
      bodies.map((body) => body.output.annotations.length),
      [50, 50, 50, 50, 40],
    );
    assert.equal(bodies[0]!.name, 'ssh-key-audit');
    assert.equal(bodies[0]!.head_sha, MERGE_SHA);
    assert.deepEqual(
      bodies.map((body) => body.status),
      ['in_progress', undefined, undefined, undefined, 'completed'],
    );
    assert.equal(bodies[4]!.conclusion, 'neutral');
    const sent = bodies.flatMap((body) => body.output.annotations);
    assert.equal(new Set(sent.map((annotation) => `${annotation.start_line}:${annotation.title}`)).size, 240);
    assert.deepEqual(
      [...new Set(sent.map((annotation) => `${annotation.path} ${annotation.annotation_level} ${annotation.title}`))].sort(),
      ['authorized_keys notice duplicate-key', 'authorized_keys warning legacy-rsa-key'],
    );
    assert.deepEqual(annotations(result), []);
    assert.deepEqual(notices(result), [
      'GitHub shows at most 10 error, 10 warning and 10 notice annotations per step, so all 240 findings in files are annotated in the check run "ssh-key-audit": https://github.test/acme/crowd/runs/42',
    ]);
  });

  it('on a fork pull request (403), annotates 10 per level and says in a notice what is left out', async () => {
    server.route('POST', '/repos/acme/fork/check-runs', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const result = await run(
      'fork',
      { 'pr-filter': 'all' },
      { workspace: crowd, eventName: 'pull_request', event: pullRequestEvent('acme/fork', { fork: true }) },
    );
    assert.equal(result.status, 0, result.stdout);
    const [create] = server.requestsUnder('/repos/acme/fork/');
    assert.equal((create!.body as { head_sha: string }).head_sha, HEAD_SHA);
    const shown = annotations(result);
    assert.equal(shown.filter((annotation) => annotation.level === 'warning').length, 10);
    // One notice place is the step's own notice about the rest.
    assert.equal(shown.filter((annotation) => annotation.level === 'notice').length, 9);
    assert.deepEqual(notices(result), [
      '221 more findings are not annotated (110 more warnings, 111 more notices): GitHub shows at most 10 error, 10 warning and 10 notice annotations per step, and the check run that would hold them all was refused (HTTP 403: Resource not accessible by integration): a pull request from a fork gets a read-only token, and other runs need "permissions: checks: write". The most urgent are annotated; every finding is in the job summary, the SARIF and the JSON report.',
    ]);
    assert.deepEqual(warnings(result), []);
    assert.equal(result.outputs.get('findings'), '240');
  });

  it('falls back the same way when an update of the check run is refused (422), and completes the check run all the same', async () => {
    server.route('POST', '/repos/acme/invalid/check-runs', { status: 201, body: { id: 7, html_url: 'https://github.test/runs/7' } });
    server.route('PATCH', '/repos/acme/invalid/check-runs/7', { status: 422, body: { message: 'Validation Failed' } });
    const result = await run('invalid', {}, { workspace: crowd });
    assert.equal(result.status, 0);
    const requests = server.requestsUnder('/repos/acme/invalid/');
    assert.deepEqual(
      requests.map((request) => `${request.method} ${(request.body as { status?: string }).status}`),
      ['POST in_progress', 'PATCH undefined', 'PATCH completed'],
    );
    const last = requests[2]!.body as { conclusion: string; output: { summary: string; annotations: unknown[] } };
    assert.equal(last.conclusion, 'neutral');
    assert.deepEqual(last.output.annotations, []);
    assert.match(
      last.output.summary,
      /^\*\*190 of 240 annotations are missing from this check run\*\*: adding them failed \(HTTP 422: Validation Failed\)/,
    );
    // The job summary says which annotations did not make it.
    assert.match(
      result.summary,
      /The check run "ssh-key-audit" \(https:\/\/github\.test\/runs\/7\) holds the first 50 of 240 annotations, most urgent first/,
    );
    assert.match(
      notices(result)[0]!,
      /^221 more findings are not annotated \(110 more warnings, 111 more notices\): .* the check run that would hold them all failed \(HTTP 422: Validation Failed\)\./,
    );
    assert.equal(annotations(result).length, 19);
  });

  /** Issue comments of pull request 7 of `name`, served two per page, editable through the API. */
  const commentStore = (name: string, comments: { id: number; body: string; user?: { login: string; type: string } }[]) => {
    const base = `/repos/acme/${name}/issues`;
    server.route('GET', `${base}/7/comments`, (request) => server.page(request, comments, 2));
    server.route('POST', `${base}/7/comments`, (request) => {
      const created = { id: 100 + comments.length, body: (request.body as { body: string }).body, user: BOT };
      comments.push(created);
      return { status: 201, body: created };
    });
    for (const comment of comments) {
      server.route('PATCH', `${base}/comments/${comment.id}`, (request) => {
        comment.body = (request.body as { body: string }).body;
        return { body: comment };
      });
      server.route('DELETE', `${base}/comments/${comment.id}`, () => {
        comments.splice(comments.indexOf(comment), 1);
        return { status: 204 };
      });
    }
    return comments;
  };
  const writes = (name: string): string[] =>
    server
      .requestsUnder(`/repos/acme/${name}/issues`)
      .filter((request) => request.method !== 'GET')
      .map((request) => `${request.method} ${request.path}`);

  it('pr-comment: updates its own marked comment in place and deletes a duplicate', async () => {
    routePullFiles('comment');
    const comments = commentStore('comment', [
      { id: 1, body: 'Looks good to me', user: PERSON },
      // Anyone can paste the marker: only the token's own comments (a bot's, for GITHUB_TOKEN) are ours.
      { id: 4, body: `${MARKER}\npasted by someone`, user: PERSON },
      { id: 2, body: `${MARKER}\nold findings`, user: BOT },
      { id: 3, body: `${MARKER}\na copy from a race`, user: BOT },
    ]);
    const result = await run('comment', { 'pr-comment': 'true' }, { eventName: 'pull_request', event: pullRequestEvent('acme/comment') });
    assert.equal(result.status, 1);
    assert.deepEqual(writes('comment'), ['PATCH /repos/acme/comment/issues/comments/2', 'DELETE /repos/acme/comment/issues/comments/3']);
    const pages = server.requestsUnder('/repos/acme/comment/issues/7/comments').filter((request) => request.method === 'GET');
    assert.deepEqual(
      pages.map((request) => request.query.get('page') ?? '1'),
      ['1', '2'],
    );
    assert.deepEqual(
      comments.map((comment) => comment.id),
      [1, 4, 2],
    );
    assert.equal(comments[1]!.body, `${MARKER}\npasted by someone`);
    const body = comments[2]!.body;
    const [marker, first] = body.split('\n');
    assert.equal(marker, MARKER);
    assert.match(first!, /^### ❌ .*failed: .*Private key committed.*RSA key below the minimum size/);
    assert.ok(
      body.includes('[`keys/added_rsa.pub:1`](https://github.com/acme/comment/blob/' + MERGE_SHA + '/keys/added_rsa.pub#L1)'),
      body,
    );
    assert.ok(body.indexOf('deploy/id_ed25519:1') < body.indexOf('keys/added_rsa.pub:1'), 'private key first');
    assert.ok(body.indexOf('keys/added_rsa.pub:1') < body.indexOf('config/authorized_keys:3'), 'errors before warnings');
    assert.ok(body.includes('2 findings elsewhere in the repository are not about this pull request.'));
    // The keys the pull request adds, not the repository's inventory: old_weak.pub and the first two lines are not in it.
    const keys = body.slice(body.indexOf('<summary>Keys this pull request adds or changes (3)</summary>'));
    assert.ok(keys.length < body.length, body);
    assert.ok(!keys.includes('old_weak.pub') && !keys.includes('authorized_keys:2`'), keys);
  });

  it('pr-comment: posts one comment when there is none, and runs again without a change', async () => {
    routePullFiles('fresh');
    const comments = commentStore('fresh', []);
    await run('fresh', { 'pr-comment': 'true' }, { eventName: 'pull_request', event: pullRequestEvent('acme/fresh') });
    assert.deepEqual(writes('fresh'), ['POST /repos/acme/fresh/issues/7/comments']);
    assert.equal(comments.length, 1);
    assert.ok(comments[0]!.body.startsWith(MARKER));
    // The same result again: the comment is found by its marker and left as it is.
    server.route('PATCH', `/repos/acme/fresh/issues/comments/${comments[0]!.id}`, { status: 500 });
    const again = await run('fresh', { 'pr-comment': 'true' }, { eventName: 'pull_request', event: pullRequestEvent('acme/fresh') });
    assert.deepEqual(writes('fresh'), ['POST /repos/acme/fresh/issues/7/comments']);
    assert.deepEqual(warnings(again), []);
  });

  it('pr-comment: says "all clear" in its comment once the pull request is clean, and posts nothing on a clean first run', async () => {
    const docsOnly = () => PR_FILES().filter((file) => (file as { filename: string }).filename === 'docs/readme.md');
    routePullFiles('cleaned', docsOnly());
    routePullFiles('clean', docsOnly());
    const comments = commentStore('cleaned', [{ id: 5, body: `${MARKER}\n### ssh-key-audit: 1 error`, user: BOT }]);
    commentStore('clean', []);
    const [cleaned, clean] = await Promise.all([
      run('cleaned', { 'pr-comment': 'true' }, { eventName: 'pull_request', event: pullRequestEvent('acme/cleaned', { changedFiles: 1 }) }),
      run('clean', { 'pr-comment': 'true' }, { eventName: 'pull_request', event: pullRequestEvent('acme/clean', { changedFiles: 1 }) }),
    ]);
    assert.equal(cleaned.status, 0, cleaned.stdout);
    assert.equal(clean.status, 0);
    assert.deepEqual(writes('cleaned'), ['PATCH /repos/acme/cleaned/issues/comments/5']);
    assert.ok(
      comments[0]!.body.startsWith(
        `${MARKER}\n### ✅ ssh-key-audit passed: no findings\n\nNo findings on the lines this pull request adds.`,
      ),
      comments[0]!.body,
    );
    assert.deepEqual(writes('clean'), []);
  });

  it('pr-comment on a fork pull request: one warning that the token is read-only, and the result stands', async () => {
    routePullFiles('forkcomment');
    server.route('GET', '/repos/acme/forkcomment/issues/7/comments', { body: [] });
    server.route('POST', '/repos/acme/forkcomment/issues/7/comments', {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const result = await run(
      'forkcomment',
      { 'pr-comment': 'true' },
      { eventName: 'pull_request', event: pullRequestEvent('acme/forkcomment', { fork: true }) },
    );
    assert.equal(result.status, 1);
    assert.deepEqual(warnings(result), [
      'pr-comment: cannot update the pull request comment (HTTP 403: Resource not accessible by integration): a pull request from a fork gets a read-only GITHUB_TOKEN. The findings are in the job summary.',
    ]);
    assert.equal(result.outputs.get('findings'), '3');
  });

  it('deploy-keys: audits every deploy key (paginated) and flags write keys unused for too long', async () => {
    const day = 24 * 60 * 60 * 1000;
    const ago = (days: number): string => new Date(Date.now() - days * day).toISOString();
    const keys = [
      { id: 11, key: rsaLine.split(' ').slice(0, 2).join(' '), title: 'reader', read_only: true, created_at: ago(1000), last_used: null },
      {
        id: 12,
        key: weakLine.split(' ').slice(0, 2).join(' '),
        title: 'old | deploy',
        read_only: false,
        created_at: '2020-01-01T00:00:00Z',
        last_used: null,
      },
      { id: 13, key: rsaLine.split(' ').slice(0, 2).join(' '), title: 'ci', read_only: false, created_at: ago(400), last_used: ago(200) },
      { id: 14, key: rsaLine.split(' ').slice(0, 2).join(' '), title: 'busy', read_only: false, created_at: ago(400), last_used: ago(10) },
      { id: 15, key: rsaLine.split(' ').slice(0, 2).join(' '), title: 'unknown use', read_only: false, created_at: ago(400) },
    ];
    for (const name of ['deploy', 'deploylong'])
      server.route('GET', `/repos/acme/${name}/keys`, (request) => server.page(request, keys, 2));
    const [result] = await Promise.all([
      run('deploy', { 'deploy-keys': 'true', 'fail-on': 'never' }),
      run('deploylong', { 'deploy-keys': 'true', 'fail-on': 'never', 'stale-deploy-key-days': '365' }),
    ]);
    assert.equal(result.status, 0, result.stdout);
    assert.deepEqual(
      server.requestsUnder('/repos/acme/deploy/').map((request) => `${request.path} page=${request.query.get('page') ?? '1'}`),
      ['/repos/acme/deploy/keys page=1', '/repos/acme/deploy/keys page=2', '/repos/acme/deploy/keys page=3'],
    );
    const audit = report('deploy');
    const deployKeys = audit.keys.filter((key) => key.source === 'deploy-key');
    assert.deepEqual(
      deployKeys.map((key) => `${key.path} ${key.type} ${key.bits} ${key.comment}`),
      [
        'deploy-key:11 ssh-rsa 2048 reader',
        'deploy-key:12 ssh-rsa 1024 old | deploy',
        'deploy-key:13 ssh-rsa 2048 ci',
        'deploy-key:14 ssh-rsa 2048 busy',
        'deploy-key:15 ssh-rsa 2048 unknown use',
      ],
    );
    assert.deepEqual((deployKeys[1] as unknown as { deployKey: object }).deployKey, {
      id: 12,
      title: 'old | deploy',
      readOnly: false,
      createdAt: '2020-01-01T00:00:00Z',
      lastUsed: null,
    });
    const deployFindings = located(audit).filter((finding) => finding.startsWith('deploy-key:') && !finding.endsWith('legacy-rsa-key'));
    assert.deepEqual(deployFindings, [
      'deploy-key:12:1:stale-deploy-key',
      'deploy-key:12:1:weak-rsa-key',
      'deploy-key:13:1:stale-deploy-key',
    ]);
    const stale = audit.findings.filter((finding) => finding.rule === 'stale-deploy-key').map((finding) => finding.message);
    assert.match(
      stale[0]!,
      /^Deploy key "old \| deploy" \(id 12\) can write to the repository and has never been used since it was added on 2020-01-01, \d+ days ago \(more than 90\): delete it/,
    );
    assert.match(
      stale[1]!,
      /^Deploy key "ci" \(id 13\) can write to the repository and was last used on \d{4}-\d\d-\d\d, 200 days ago \(more than 90\)/,
    );
    // Not a file: annotated without one, the location in the message.
    const staleCommand = result.commands.find((command) => command.properties['title'] === 'stale-deploy-key');
    assert.deepEqual(staleCommand?.properties, { title: 'stale-deploy-key' });
    assert.match(staleCommand!.message, /^deploy-key:12: Deploy key "old \| deploy"/);
    assert.ok(result.summary.includes('**warning** [stale-deploy-key]('));
    assert.ok(result.summary.includes('| `deploy-key:12`<br>`ssh-rsa` 1024-bit'), result.summary);
    assert.ok(result.summary.includes('(5 deploy keys)'), result.summary);
    assert.deepEqual(
      located(report('deploylong')).filter((finding) => finding.endsWith('stale-deploy-key')),
      ['deploy-key:12:1:stale-deploy-key'],
    );
  });

  for (const status of [403, 404]) {
    it(`deploy-keys answered ${status}: one warning naming the permission, and the rest of the audit`, async () => {
      const name = `nokeys${status}`;
      server.route('GET', `/repos/acme/${name}/keys`, {
        status,
        body: { message: status === 403 ? 'Resource not accessible by integration' : 'Not Found' },
      });
      const result = await run(name, { 'deploy-keys': 'true' });
      assert.equal(result.status, 1);
      assert.deepEqual(warnings(result), [
        `deploy-keys: cannot list the repository's deploy keys (HTTP ${status}: ${status === 403 ? 'Resource not accessible by integration' : 'Not Found'}). GITHUB_TOKEN cannot read deploy keys; a fine-grained token with the repository permission Administration: read can: pass it as github-token. The rest of the audit is complete.`,
      ]);
      assert.deepEqual(located(report(name)), ALL);
    });
  }

  it('an API outage (500): one warning, no further calls, the outcome decided by the findings', async () => {
    for (const path of ['/repos/acme/outage/keys', '/repos/acme/outage/pulls/7/files', '/repos/acme/outage/issues/7/comments']) {
      server.route('GET', path, { status: 500, body: { message: 'Server Error' } });
    }
    const result = await run(
      'outage',
      { 'deploy-keys': 'true', 'pr-comment': 'true' },
      { eventName: 'pull_request', event: pullRequestEvent('acme/outage') },
    );
    assert.equal(result.status, 1);
    // The first call and its two retries (plugin-retry, after 1 s and 4 s); then nothing more.
    assert.deepEqual(
      server.requestsUnder('/repos/acme/outage/').map((request) => request.path),
      Array(3).fill('/repos/acme/outage/keys'),
    );
    assert.deepEqual(warnings(result), [
      'GitHub API unavailable (HTTP 500: Server Error) while listing deploy keys: skipping every further GitHub call of this step. The scan itself is complete: its findings are in this log, the job summary, the SARIF and the JSON report.',
      'pr-filter: the GitHub API is unavailable (see above); git in the checkout cannot tell either (the workspace is not a git repository (fatal: not a git repository (or any of the parent directories): .git)), so every finding is reported and counts.',
    ]);
    assert.deepEqual(located(report('outage')), ALL);
    assert.equal(result.outputs.get('findings'), '5');
    assert.match(result.summary, /^## ❌ ssh-key-audit failed: 1 × Private key committed, 2 × RSA key below the minimum size\n/);
  });

  it('a rate limit (403, x-ratelimit-remaining 0): one warning with the reset time, no further calls', async () => {
    server.route('GET', '/repos/acme/limited/pulls/7/files', {
      status: 403,
      headers: { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1893456000' },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
    });
    const result = await run(
      'limited',
      { 'pr-comment': 'true', 'fail-on': 'never' },
      { eventName: 'pull_request', event: pullRequestEvent('acme/limited') },
    );
    assert.equal(result.status, 0);
    assert.equal(server.requestsUnder('/repos/acme/limited/').length, 1);
    assert.deepEqual(warnings(result), [
      "GitHub API unavailable (rate limit exceeded (HTTP 403, resets at 2030-01-01T00:00:00.000Z)) while listing the pull request's files: skipping every further GitHub call of this step. pr-filter: git in the checkout cannot tell either (the workspace is not a git repository (fatal: not a git repository (or any of the parent directories): .git)), so every finding is reported and counts. The scan itself is complete: its findings are in this log, the job summary, the SARIF and the JSON report.",
    ]);
    assert.deepEqual(located(report('limited')), ALL);
  });

  it('a secondary rate limit (429) with a retry-after longer than a minute is not waited for: an outage', async () => {
    server.route('GET', '/repos/acme/throttled/pulls/7/files', {
      status: 429,
      headers: { 'retry-after': '3600' },
      body: { message: 'You have exceeded a secondary rate limit.' },
    });
    const result = await run('throttled', {}, { eventName: 'pull_request', event: pullRequestEvent('acme/throttled') });
    assert.match(warnings(result)[0]!, /^GitHub API unavailable \(rate limit exceeded \(HTTP 429, retry after 3600 s\)\) while listing/);
    assert.equal(server.requestsUnder('/repos/acme/throttled/').length, 1);
    assert.equal(warnings(result).length, 1);
    assert.deepEqual(located(report('throttled')), ALL);
  });

  it('a malformed event payload: one warning, no API call, every finding reported', async () => {
    const result = await run('malformed', { 'pr-comment': 'true' }, { eventName: 'pull_request', event: '{"pull_request": {"number": 7,' });
    assert.equal(result.status, 1);
    const [warning, ...others] = warnings(result);
    assert.match(
      warning!,
      /^cannot read the pull_request event \(\S+event\.json is not valid JSON\): every finding is reported, as on push\.$/,
    );
    assert.deepEqual(others, []);
    assert.deepEqual(server.requestsUnder('/repos/acme/malformed/'), []);
    assert.deepEqual(located(report('malformed')), ALL);
    assert.equal(result.outputs.get('findings'), '5');
  });

  it('no token: a warning naming what is skipped, and pr-filter tries git; every finding reported', async () => {
    const result = await run(
      'notoken',
      { 'pr-comment': 'true' },
      { token: '', eventName: 'pull_request', event: pullRequestEvent('acme/notoken') },
    );
    assert.equal(result.status, 1);
    assert.deepEqual(warnings(result), [
      'no github-token is set, so pr-comment cannot use the GitHub API and is skipped; every finding of the scan is reported.',
      'pr-filter: no github-token is set; git in the checkout cannot tell either (the workspace is not a git repository (fatal: not a git repository (or any of the parent directories): .git)), so every finding is reported and counts.',
    ]);
    assert.deepEqual(server.requestsUnder('/repos/acme/notoken/'), []);
    assert.deepEqual(located(report('notoken')), ALL);
  });
});
