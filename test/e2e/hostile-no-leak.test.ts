/**
 * Hostile input through the bundles (dist/cli.js, dist/index.js): a comment that runs on into a private key,
 * a policy, baseline or blocklist that is a private key or holds one, and a name the output guard has to
 * stop. No output format, no error and no Action log line holds any 16 characters of a key body.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { runAction } from '../helpers/action.js';
import { runCli, writeTree } from '../helpers/cli.js';
import { sshKeygen, tempDir } from '../helpers/openssh.js';

const WINDOW = 16;
const work = tempDir('ska-hostile-leak-');

/** Every 16-character slice of the base64 bodies of `pems`. */
function windowsOf(pems: readonly string[]): Set<string> {
  const windows = new Set<string>();
  for (const pem of pems) {
    const body = pem
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('-----') && !line.includes(':'))
      .join('');
    for (let start = 0; start + WINDOW <= body.length; start++) windows.add(body.slice(start, start + WINDOW));
  }
  return windows;
}

function leaks(output: string, windows: Set<string>): string[] {
  const found: string[] = [];
  for (let start = 0; start + WINDOW <= output.length; start++) {
    const slice = output.slice(start, start + WINDOW);
    if (windows.has(slice)) found.push(slice);
  }
  return found;
}

describe('hostile input never leaks key material', () => {
  let root: string;
  let pems: string[];
  let windows: Set<string>;
  let keyFile: string;

  before(() => {
    const keys = join(work, 'keys');
    sshKeygen(['-q', '-t', 'ed25519', '-N', '', '-C', 'user@host', '-f', `${keys}-ed`]);
    sshKeygen(['-q', '-t', 'rsa', '-b', '2048', '-m', 'PEM', '-N', '', '-C', 'ops@host', '-f', `${keys}-rsa`]);
    const ed = readFileSync(`${keys}-ed`, 'utf8');
    const rsa = readFileSync(`${keys}-rsa`, 'utf8');
    pems = [ed, rsa];
    windows = windowsOf(pems);
    keyFile = `${keys}-ed`;
    const pub = readFileSync(`${keys}-ed.pub`, 'utf8').trim();
    const escaped = (pem: string): string => pem.replace(/\n/g, '\\n');
    root = join(work, 'root');
    writeTree(root, {
      // A .pub line whose comment runs on into \n-escaped PEM: the issue's example.
      'id_ed25519.pub': `${pub}\\n${escaped(rsa)}\n`,
      // The same as one JSON value.
      'bundle.json': `${JSON.stringify({ key: `${pub}\n${rsa}` })}\n`,
      authorized_keys: `${pub} ${escaped(ed)}\n`,
    });
  });

  it('the files hold key material, and the scan reports the keys with cut comments', async () => {
    for (const name of ['id_ed25519.pub', 'bundle.json', 'authorized_keys']) {
      assert.ok(leaks(readFileSync(join(root, name), 'utf8'), windows).length > 0, name);
    }
    const run = await runCli(['--format', 'json'], root);
    const report = JSON.parse(run.stdout) as { keys: { path: string; comment: string | null }[] };
    const comments = report.keys.filter((key) => key.path !== 'bundle.json').map((key) => key.comment);
    assert.ok(comments.includes('user@host'), JSON.stringify(comments));
    for (const comment of comments) assert.ok(comment === null || comment.length <= 201, comment ?? '');
  });

  for (const format of ['json', 'sarif', 'text', 'markdown']) {
    it(`--format ${format}: no key material on stdout or stderr`, async () => {
      const run = await runCli(['--format', format], root);
      assert.equal(run.status, 1, run.stderr);
      assert.deepEqual(leaks(run.stdout, windows), []);
      assert.deepEqual(leaks(run.stderr, windows), []);
    });
  }

  it('--config, --baseline and --blocklist naming a private key: exit 2 with the file, never its content', async () => {
    for (const [flag, expected] of [
      ['--config', /keys-ed:1: /],
      ['--baseline', /the baseline .*keys-ed is not JSON \(line 1\)/],
      ['--blocklist', /blocklist .*keys-ed:1: expected a SHA256: fingerprint/],
    ] as const) {
      const run = await runCli([flag, keyFile], root);
      assert.equal(run.status, 2, `${flag}: ${run.stderr}`);
      assert.match(run.stderr, expected);
      assert.deepEqual(leaks(run.stderr + run.stdout, windows), [], flag);
      assert.ok(!run.stderr.includes('BEGIN'), run.stderr);
    }
  });

  it('a private key pasted as a policy value: exit 2 with the line and what was expected', async () => {
    const policy = join(work, 'pasted.yml');
    const indented = pems[1]!.trimEnd().replace(/^/gm, '    ');
    writeFileSync(
      policy,
      `fail-on: error\nmin-rsa-bits: |\n${indented}\nallow:\n  - fingerprint: "${pems[0]!.split('\n')[1]}"\n    reason: x\n`,
    );
    const run = await runCli(['--config', policy], root);
    assert.equal(run.status, 2, run.stderr);
    assert.match(
      run.stderr,
      /pasted\.yml:\d+: (min-rsa-bits: must be a whole number|allow\[0\]\.fingerprint: must be a fingerprint).*not shown/,
    );
    assert.deepEqual(leaks(run.stderr, windows), []);
  });

  it('the output guard stops what no reader produced: a file named like a key block', async () => {
    const named = join(work, 'named');
    writeTree(named, { '-----BEGIN RSA PRIVATE KEY-----': readFileSync(`${keyFile}.pub`, 'utf8') });
    const run = await runCli(['--format', 'json'], named);
    assert.ok(!run.stdout.includes('BEGIN RSA PRIVATE KEY'), run.stdout);
    JSON.parse(run.stdout);
    assert.match(run.stderr, /withheld \d+ pieces? of private key material/);
  });

  it('the Action: summary, annotations, report files and log hold no key material', () => {
    const reports = join(work, 'action-reports');
    const run = runAction(root, { 'sarif-file': join(reports, 'r.sarif'), 'report-file': join(reports, 'r.json') });
    assert.equal(run.status, 1, run.stdout);
    assert.ok(run.summary.length > 0);
    assert.ok(run.commands.some((command) => command.command === 'error'));
    for (const [where, output] of Object.entries({
      stdout: run.stdout,
      stderr: run.stderr,
      summary: run.summary,
      sarif: readFileSync(join(reports, 'r.sarif'), 'utf8'),
      json: readFileSync(join(reports, 'r.json'), 'utf8'),
    })) {
      assert.deepEqual(leaks(output, windows), [], where);
    }
  });

  it('the Action with a config input naming a private key fails with the file, never its content', () => {
    const run = runAction(root, { config: keyFile });
    assert.equal(run.status, 1);
    const failure = run.commands.find((command) => command.command === 'error');
    assert.match(failure?.message ?? '', /keys-ed:1: /);
    assert.deepEqual(leaks(run.stdout + run.stderr, windows), []);
  });
});
