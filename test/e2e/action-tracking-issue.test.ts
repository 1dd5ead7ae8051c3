/**
 * tracking-issue end to end: dist/index.js on scheduled runs against the GitHub API stand-in, whose issues
 * live in a small store the routes read and change as GitHub would (list by label and state, paginated;
 * create; edit; comment). Every test uses its own repository name, so they run concurrently on one server.
 */
import assert from 'node:assert/strict';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runActionAsync, type ActionRun, type RunContext } from '../helpers/action.js';
import { generateListedKey, writeTree, type ListedKey } from '../helpers/cli.js';
import { GitHubServer, type RecordedRequest } from '../helpers/github-server.js';
import { suiteDirs } from '../helpers/key-tree.js';
import { generateKey } from '../helpers/openssh.js';

const TOKEN = 'ghs_tracking-token-0123456789';
const MARKER = '<!-- ssh-key-audit-tracking-issue ssh-key-audit -->';
const LABEL = 'ssh-key-audit';
const RULES = 'https://github.com/ssh-key-audit/ssh-key-audit/blob/main/docs/rules.md';

interface StoredIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string | null;
  labels: { name: string }[];
  pull_request?: object;
  /** The author: the token writes as github-actions[bot]; the marker is trusted only in its own issues. */
  user: { login: string; type: string };
  /** Comments posted through the API, not part of what GitHub lists. */
  posted: string[];
}

function warnings(run: ActionRun): string[] {
  return run.commands.filter((command) => command.command === 'warning' && !command.properties['title']).map((command) => command.message);
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' };

function issue(number: number, body: string, state: 'open' | 'closed' = 'open', labels = [LABEL], user = BOT): StoredIssue {
  return { number, title: `issue ${number}`, body, state, labels: labels.map((name) => ({ name })), posted: [], user };
}

describe('tracking-issue: one issue kept up to date by scheduled runs', { concurrency: true }, () => {
  const tempDir = suiteDirs();
  let server: GitHubServer;
  let clean: string;
  let weak: string;
  let worse: string;
  let ed: ListedKey;
  let rsa: ListedKey;
  let runNumber = 1000;

  before(async () => {
    server = await GitHubServer.start();
    const scratch = tempDir('ska-track-scratch-');
    ed = generateListedKey(scratch, 'ed', 'ed25519');
    rsa = generateListedKey(scratch, 'old', 'rsa', ['-b', '1024']);
    clean = tempDir('ska-track-clean-');
    writeTree(clean, { 'keys/id_ed25519.pub': ed.publicLine });
    weak = tempDir('ska-track-weak-');
    writeTree(weak, { 'keys/id_ed25519.pub': ed.publicLine, 'keys/old_rsa.pub': rsa.publicLine });
    worse = tempDir('ska-track-worse-');
    writeTree(worse, { 'keys/id_ed25519.pub': ed.publicLine, 'keys/old_rsa.pub': rsa.publicLine });
    renameSync(generateKey(scratch, 'deploy', 'ed25519'), join(worse, 'deploy_key'));
  });

  after(() => server.close());

  /** A scheduled run as repository acme/NAME; each run has its own run id, as on GitHub. */
  const run = (name: string, workspace: string, inputs: Record<string, string> = {}, context: RunContext = {}): Promise<ActionRun> => {
    const reports = tempDir('ska-track-reports-');
    return runActionAsync(
      workspace,
      {
        'tracking-issue': 'true',
        'sarif-file': join(reports, 'report.sarif'),
        'report-file': join(reports, 'report.json'),
        ...inputs,
      },
      {
        apiUrl: server.url,
        repository: `acme/${name}`,
        sha: 'e'.repeat(40),
        token: TOKEN,
        eventName: 'schedule',
        event: { schedule: '23 4 * * 1', repository: { full_name: `acme/${name}` } },
        env: { GITHUB_SERVER_URL: 'https://github.test', GITHUB_RUN_ID: String(++runNumber) },
        ...context,
      },
    );
  };

  /** The issues of acme/NAME, listed two per page and filtered by label and state as GitHub does. */
  const issueStore = (name: string, issues: StoredIssue[]): StoredIssue[] => {
    const base = `/repos/acme/${name}/issues`;
    const routeIssue = (stored: StoredIssue): void => {
      server.route('PATCH', `${base}/${stored.number}`, (request) => {
        const change = request.body as Partial<StoredIssue>;
        for (const key of ['title', 'body', 'state', 'state_reason'] as const) {
          if (key in change) Object.assign(stored, { [key]: change[key] });
        }
        return { body: stored };
      });
      server.route('POST', `${base}/${stored.number}/comments`, (request) => {
        stored.posted.push((request.body as { body: string }).body);
        return { status: 201, body: { id: 500 + stored.posted.length } };
      });
    };
    server.route('GET', base, (request) => {
      const labels = request.query.get('labels')?.split(',') ?? [];
      const state = request.query.get('state') ?? 'open';
      const listed = issues.filter(
        (stored) =>
          (state === 'all' || stored.state === state) && labels.every((label) => stored.labels.some((item) => item.name === label)),
      );
      return server.page(request, listed, 2);
    });
    server.route('POST', base, (request) => {
      const { title, body, labels = [] } = request.body as { title: string; body: string; labels?: string[] };
      const created = issue(Math.max(0, ...issues.map((stored) => stored.number)) + 1, body, 'open', labels);
      created.title = title;
      issues.push(created);
      routeIssue(created);
      return { status: 201, body: { ...created, html_url: `https://github.test/acme/${name}/issues/${created.number}` } };
    });
    issues.forEach(routeIssue);
    return issues;
  };

  const requests = (name: string): RecordedRequest[] => server.requestsUnder(`/repos/acme/${name}/`);
  const writes = (name: string): string[] =>
    requests(name)
      .filter((request) => request.method !== 'GET')
      .map((request) => `${request.method} ${request.path}`);

  it('opens one labelled issue when there are findings and none exists, and leaves it alone on a run with the same result', async () => {
    const issues = issueStore('fresh', [
      // Labelled, but not ours: no marker, another category's marker, a pull request.
      issue(1, 'Rotate the deploy keys, please.'),
      issue(2, '<!-- ssh-key-audit-tracking-issue nightly -->\nother category'),
      { ...issue(3, `${MARKER}\na pull request quoting the marker`), pull_request: { url: 'x' } },
    ]);
    const first = await run('fresh', weak);
    assert.equal(first.status, 1, first.stdout);
    assert.deepEqual(writes('fresh'), ['POST /repos/acme/fresh/issues']);
    const list = requests('fresh').filter((request) => request.method === 'GET');
    assert.deepEqual(
      list.map((request) => [request.query.get('labels'), request.query.get('state'), request.query.get('page') ?? '1']),
      [
        [LABEL, 'all', '1'],
        [LABEL, 'all', '2'],
      ],
    );
    const created = requests('fresh').find((request) => request.method === 'POST')!.body as { title: string; labels: string[] };
    assert.equal(created.title, 'ssh-key-audit: SSH keys and findings');
    assert.deepEqual(created.labels, [LABEL]);
    const body = issues[3]!.body;
    assert.equal(issues[3]!.state, 'open');
    assert.equal(
      body.split('\n').slice(0, 5).join('\n'),
      [MARKER, '### ssh-key-audit: 1 error, 0 warnings, 0 notices', '', '2 keys in 2 files: 1 error, 0 warnings, 0 notices.', ''].join(
        '\n',
      ),
    );
    assert.ok(body.includes(`| error | [weak-rsa-key](${RULES}#weak-rsa-key) | \`keys/old_rsa.pub:1\` |`), body);
    assert.ok(body.includes('#### Keys (2)\n\n| Type | Bits | Keys |\n| --- | ---: | ---: |\n'), body);
    assert.ok(body.includes(`| \`keys/id_ed25519.pub:1\` | ssh-ed25519 | 256 | \`${ed.fingerprint}\` |`), body);
    assert.ok(body.includes(`| \`keys/old_rsa.pub:1\` | ssh-rsa | 1024 | \`${rsa.fingerprint}\` |`), body);
    assert.match(
      body,
      /\n\n<sub>Last changed by \[this workflow run\]\(https:\/\/github\.test\/acme\/fresh\/actions\/runs\/\d+\)\.<\/sub>\n$/,
    );
    assert.deepEqual(warnings(first), []);

    // Another run (another run id, so another link) with the same result: read, and nothing written.
    const second = await run('fresh', weak);
    assert.equal(second.status, 1);
    assert.deepEqual(writes('fresh'), ['POST /repos/acme/fresh/issues']);
    assert.equal(issues.length, 4);
    assert.match(second.stdout, /tracking-issue: #4 is up to date\./);
  });

  it('updates the open issue in place when the result changes, title and state untouched', async () => {
    const issues = issueStore('changed', [issue(7, `${MARKER}\n### ssh-key-audit: 1 error\n\nold text`)]);
    issues[0]!.title = 'SSH keys (renamed by a person)';
    const result = await run('changed', worse);
    assert.equal(result.status, 1);
    assert.deepEqual(writes('changed'), ['PATCH /repos/acme/changed/issues/7']);
    const patch = requests('changed').find((request) => request.method === 'PATCH')!.body as Record<string, unknown>;
    assert.deepEqual(Object.keys(patch), ['body']);
    assert.equal(issues[0]!.title, 'SSH keys (renamed by a person)');
    assert.ok(issues[0]!.body.startsWith(`${MARKER}\n### ssh-key-audit: 2 errors, 0 warnings, 0 notices\n`), issues[0]!.body);
    assert.ok(issues[0]!.body.includes('| error | [private-key]('));
    assert.deepEqual(warnings(result), []);
  });

  it('reopens the closed issue when findings come back, rather than opening another', async () => {
    const issues = issueStore('back', [issue(3, `${MARKER}\n### ssh-key-audit: all clear`, 'closed')]);
    const result = await run('back', weak);
    assert.equal(result.status, 1);
    assert.deepEqual(writes('back'), ['PATCH /repos/acme/back/issues/3']);
    const patch = requests('back').find((request) => request.method === 'PATCH')!.body as Record<string, unknown>;
    assert.equal(patch['state'], 'open');
    assert.equal(patch['state_reason'], 'reopened');
    assert.equal(issues[0]!.state, 'open');
    assert.ok(issues[0]!.body.startsWith(`${MARKER}\n### ssh-key-audit: 1 error,`));
  });

  it('closes the issue with a comment once the audit is clean; a clean run without an open issue writes nothing', async () => {
    const issues = issueStore('fixed', [issue(5, `${MARKER}\n### ssh-key-audit: 1 error`)]);
    issueStore('neverbad', []);
    issueStore('stillfixed', [issue(9, `${MARKER}\n### ssh-key-audit: all clear`, 'closed')]);
    const [fixed, neverbad, stillfixed] = await Promise.all([run('fixed', clean), run('neverbad', clean), run('stillfixed', clean)]);
    assert.equal(fixed.status, 0, fixed.stdout);
    assert.deepEqual(writes('fixed'), ['POST /repos/acme/fixed/issues/5/comments', 'PATCH /repos/acme/fixed/issues/5']);
    assert.equal(issues[0]!.posted.length, 1);
    assert.match(
      issues[0]!.posted[0]!,
      /^All clear: 1 key in 1 file: 0 errors, 0 warnings, 0 notices\. Closing this issue; ssh-key-audit reopens it when a finding comes back\.\n\n\[Workflow run\]\(https:\/\/github\.test\/acme\/fixed\/actions\/runs\/\d+\)$/,
    );
    assert.equal(issues[0]!.state, 'closed');
    assert.equal(issues[0]!.state_reason, 'completed');
    assert.ok(issues[0]!.body.startsWith(`${MARKER}\n### ssh-key-audit: all clear\n\nNo findings: 1 key in 1 file`), issues[0]!.body);
    assert.equal(neverbad.status, 0);
    assert.deepEqual(writes('neverbad'), []);
    assert.equal(stillfixed.status, 0);
    assert.deepEqual(writes('stillfixed'), []);
  });

  it('a refused write (403): one warning naming the permission, and the findings decide the outcome', async () => {
    issueStore('readonly', []);
    server.route('POST', '/repos/acme/readonly/issues', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const result = await run('readonly', weak);
    assert.equal(result.status, 1);
    assert.deepEqual(warnings(result), [
      'tracking-issue: cannot create the tracking issue (HTTP 403: Resource not accessible by integration): the job needs "permissions: issues: write". The findings are in the job summary, the SARIF and the JSON report.',
    ]);
    assert.equal(result.outputs.get('errors'), '1');
    const clean403 = await run('readonly', clean, { 'fail-on': 'never' });
    assert.equal(clean403.status, 0);
  });

  it('an outage while listing: the one outage warning, no write, the result stands', async () => {
    server.route('GET', '/repos/acme/down/issues', { status: 502, body: { message: 'Bad Gateway' } });
    const result = await run('down', weak);
    assert.equal(result.status, 1);
    // The call and plugin-retry's two retries of a 5xx, then no other call.
    assert.equal(requests('down').length, 3);
    assert.deepEqual(warnings(result), [
      'GitHub API unavailable (HTTP 502: Bad Gateway) while listing the tracking issue: skipping every further GitHub call of this step. The scan itself is complete: its findings are in this log, the job summary, the SARIF and the JSON report.',
    ]);
  });

  it('an issue with the marker that someone else opened is not ours: a new one is opened', async () => {
    const issues = issueStore('spoofed', [issue(3, `${MARKER}\nfake`, 'open', [LABEL], { login: 'mallory', type: 'User' })]);
    await run('spoofed', weak);
    assert.deepEqual(writes('spoofed'), ['POST /repos/acme/spoofed/issues']);
    assert.equal(issues[0]!.body, `${MARKER}\nfake`);
  });

  it('keeps the oldest of two open copies and closes the other as a duplicate', async () => {
    const issues = issueStore('race', [issue(12, `${MARKER}\nold`), issue(11, `${MARKER}\nolder`)]);
    await run('race', weak);
    assert.deepEqual(writes('race'), ['PATCH /repos/acme/race/issues/11', 'PATCH /repos/acme/race/issues/12']);
    assert.deepEqual(
      issues.map((stored) => [stored.number, stored.state, stored.state_reason ?? null]),
      [
        [12, 'closed', 'duplicate'],
        [11, 'open', null],
      ],
    );
  });

  it('warns when GitHub drops the label (no push access), since the next run could not find the issue', async () => {
    issueStore('nolabel', []);
    server.route('POST', '/repos/acme/nolabel/issues', { status: 201, body: { number: 1, labels: [] } });
    const result = await run('nolabel', weak, { 'tracking-issue-label': 'audit: ssh' });
    assert.equal(requests('nolabel')[0]!.query.get('labels'), 'audit: ssh');
    assert.deepEqual(warnings(result), [
      'tracking-issue: GitHub opened #1 without the label audit: ssh, so the next run cannot find it and would open another. Add the label to #1 by hand, or give the token push access.',
    ]);
  });

  it('a category has its own issue; a pull request run and a run without a token leave issues alone', async () => {
    const issues = issueStore('nightly', [issue(1, `${MARKER}\nthe default category's issue`)]);
    const nightly = await run('nightly', weak, { category: 'nightly' });
    assert.equal(nightly.status, 1);
    assert.deepEqual(writes('nightly'), ['POST /repos/acme/nightly/issues']);
    assert.ok(issues[1]!.body.startsWith('<!-- ssh-key-audit-tracking-issue nightly -->\n'));
    const created = requests('nightly').find((request) => request.method === 'POST')!.body as { title: string };
    assert.equal(created.title, 'ssh-key-audit (nightly): SSH keys and findings');

    issueStore('pull', []);
    server.route('GET', '/repos/acme/pull/pulls/7/files', { body: [] });
    const pull = await run(
      'pull',
      weak,
      {},
      {
        eventName: 'pull_request',
        event: {
          pull_request: {
            number: 7,
            changed_files: 0,
            head: { sha: 'f'.repeat(40), repo: { full_name: 'acme/pull' } },
            base: { repo: { full_name: 'acme/pull' } },
          },
        },
      },
    );
    assert.deepEqual(
      requests('pull').map((request) => `${request.method} ${request.path}`),
      ['GET /repos/acme/pull/pulls/7/files'],
    );
    assert.match(pull.stdout, /tracking-issue: a pull_request run does not update the tracking issue/);
    assert.deepEqual(warnings(pull), []);

    const tokenless = await run('tokenless', weak, {}, { token: '' });
    assert.deepEqual(warnings(tokenless), [
      'no github-token is set, so tracking-issue cannot use the GitHub API and is skipped; every finding of the scan is reported.',
    ]);
    assert.deepEqual(requests('tokenless'), []);
  });

  it('a label with a comma, or a flag that is not true or false, fails the step with one line', async () => {
    const [label, flag] = await Promise.all([
      run('badlabel', weak, { 'tracking-issue-label': 'ssh, keys' }),
      run('badflag', weak, { 'tracking-issue': 'weekly' }),
    ]);
    const errors = (result: ActionRun): string[] =>
      result.commands.filter((command) => command.command === 'error').map((command) => command.message);
    assert.equal(label.status, 1);
    assert.deepEqual(errors(label), ['ssh-key-audit: input tracking-issue-label must be one label name without a comma, got "ssh, keys"']);
    assert.deepEqual(errors(flag), ['ssh-key-audit: input tracking-issue must be true or false, got "weekly"']);
    assert.deepEqual([...requests('badlabel'), ...requests('badflag')], []);
  });
});
