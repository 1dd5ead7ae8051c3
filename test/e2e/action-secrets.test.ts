/**
 * secret-env end to end: SSH keys held in environment variables (as a workflow maps secrets into env:) are
 * masked before anything else is printed, audited as `secret:NAME`, and not one slice of a value reaches the
 * log, the job summary, the SARIF, the JSON report or the pull request comment.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ScanResult } from '../../src/core/types.js';
import { runAction, runActionAsync, type ActionRun } from '../helpers/action.js';
import { GitHubServer } from '../helpers/github-server.js';
import { suiteDirs } from '../helpers/key-tree.js';
import { generateKey, sshKeygen } from '../helpers/openssh.js';

const WINDOW = 16;
const HEAD_SHA = 'd'.repeat(40);

/** What no output may hold: every long line of a value, every 16-character slice of its base64, and its free text. */
function secretPieces(values: readonly string[], freeText: readonly string[]): string[] {
  const pieces = new Set<string>(freeText);
  for (const value of values) {
    const lines = value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => !/^-----(BEGIN|END) /.test(line));
    for (const line of lines) if (line.length >= WINDOW) pieces.add(line);
    const base64 = lines
      .flatMap((line) => line.split(/\s+/))
      .filter((word) => /^[A-Za-z0-9+/=]{40,}$/.test(word))
      .join('');
    for (let start = 0; start + WINDOW <= base64.length; start++) pieces.add(base64.slice(start, start + WINDOW));
  }
  return [...pieces];
}

function leaks(output: string, pieces: readonly string[]): string[] {
  return pieces.filter((piece) => output.includes(piece));
}

describe('secret-env: keys from secrets', () => {
  const tempDir = suiteDirs();
  let server: GitHubServer;
  let workspace: string;
  let reports: string;
  let values: Record<string, string>;
  let run: ActionRun;
  let report: ScanResult;
  const posted: string[] = [];

  before(async () => {
    server = await GitHubServer.start();
    workspace = tempDir('ska-secret-ws-');
    reports = tempDir('ska-secret-reports-');
    const scratch = tempDir('ska-secret-scratch-');
    const fine = generateKey(scratch, 'fine', 'ed25519');
    writeFileSync(join(workspace, 'id_fine.pub'), readFileSync(`${fine}.pub`));
    const deploy = join(scratch, 'deploy');
    sshKeygen(['-q', '-t', 'ed25519', '-N', '', '-C', 'ci-deploy-secret-comment', '-f', deploy]);
    const weak = join(scratch, 'weak');
    sshKeygen(['-q', '-t', 'rsa', '-b', '1024', '-N', '', '-C', 'weak-secret-comment@example', '-f', weak]);
    const ca = generateKey(scratch, 'ca', 'ed25519');
    const host = generateKey(scratch, 'host', 'ed25519');
    sshKeygen(['-q', '-s', ca, '-I', 'secret-cert-id-123', '-n', 'secret-principal', `${host}.pub`]);
    values = {
      DEPLOY_KEY: readFileSync(deploy, 'utf8'),
      WEAK_PUB: readFileSync(`${weak}.pub`, 'utf8'),
      HOST_CERT: readFileSync(`${host}-cert.pub`, 'utf8'),
    };
    server.route('GET', '/repos/acme/secrets/pulls/7/files', { body: [] });
    server.route('GET', '/repos/acme/secrets/issues/7/comments', { body: [] });
    server.route('POST', '/repos/acme/secrets/issues/7/comments', (request) => {
      posted.push((request.body as { body: string }).body);
      return { status: 201, body: { id: 1 } };
    });
    run = await runActionAsync(
      workspace,
      {
        'secret-env': 'DEPLOY_KEY\nWEAK_PUB, HOST_CERT\nEMPTY_ONE',
        'pr-comment': 'true',
        'sarif-file': join(reports, 'secrets.sarif'),
        'report-file': join(reports, 'secrets.json'),
      },
      {
        apiUrl: server.url,
        repository: 'acme/secrets',
        token: 'ghs_secret-test',
        eventName: 'pull_request',
        event: {
          pull_request: {
            number: 7,
            changed_files: 0,
            head: { sha: HEAD_SHA, repo: { full_name: 'acme/secrets' } },
            base: { repo: { full_name: 'acme/secrets' } },
          },
        },
        env: { ...values, EMPTY_ONE: '' },
      },
    );
    report = JSON.parse(readFileSync(join(reports, 'secrets.json'), 'utf8')) as ScanResult;
  });

  after(() => server.close());

  it('masks every value and each of its lines before printing anything else', () => {
    const lines = run.stdout.split('\n');
    const firstOther = lines.findIndex((line) => !line.startsWith('::add-mask::'));
    const masks = run.commands.filter((command) => command.command === 'add-mask').map((command) => command.message);
    assert.equal(masks.length, firstOther, 'an add-mask command came after other output');
    for (const value of Object.values(values)) {
      assert.ok(masks.includes(value), 'a whole value is not masked');
      for (const line of value.split('\n').map((text) => text.trim()))
        if (line.length >= 8) assert.ok(masks.includes(line), `line not masked: ${line.slice(0, 12)}`);
    }
  });

  it('audits each secret as secret:NAME, with source secret, and no private-key finding for a key kept where it belongs', () => {
    assert.equal(run.status, 1, run.stdout);
    const keys = report.keys.filter((key) => key.path.startsWith('secret:'));
    assert.deepEqual(
      keys.map((key) => `${key.path} ${key.source} ${key.type} ${key.bits} ${key.comment}`),
      [
        'secret:DEPLOY_KEY secret ssh-ed25519 256 null',
        'secret:HOST_CERT secret ssh-ed25519-cert-v01@openssh.com 256 null',
        'secret:WEAK_PUB secret ssh-rsa 1024 null',
      ],
    );
    assert.equal(keys[1]!.certificate?.keyId, '[redacted]');
    assert.deepEqual(keys[1]!.certificate?.principals, []);
    assert.deepEqual(
      report.findings.map((finding) => `${finding.path}:${finding.rule}`),
      ['secret:HOST_CERT:cert-no-expiry', 'secret:WEAK_PUB:weak-rsa-key'],
    );
    assert.match(report.findings[0]!.message, /^This user certificate "\[redacted\]" never expires/);
    assert.equal(run.outputs.get('errors'), '1');
    const annotation = run.commands.find((command) => command.properties['title'] === 'weak-rsa-key');
    assert.deepEqual(annotation?.properties, { title: 'weak-rsa-key' });
    assert.match(annotation!.message, /^secret:WEAK_PUB: This 1024-bit RSA key is below the 2048-bit minimum/);
    assert.ok(run.summary.includes('3 keys from secrets'), run.summary);
    assert.equal(posted.length, 1);
    assert.ok(posted[0]!.includes('`secret:WEAK_PUB`'));
  });

  it('warns once about a named secret that is empty', () => {
    const warnings = run.commands
      .filter((command) => command.command === 'warning' && !command.properties['title'])
      .map((command) => command.message);
    assert.deepEqual(warnings, [
      "secret-env: EMPTY_ONE is empty or not set, so it was not audited. Map the secret into this step's env: (env: EMPTY_ONE: ${{ secrets.EMPTY_ONE }}); workflows triggered by a pull request from a fork get no secrets.",
    ]);
  });

  it('never lets a slice of a value into the log, the summary, the SARIF, the JSON report or the comment', () => {
    const pieces = secretPieces(Object.values(values), [
      'ci-deploy-secret-comment',
      'weak-secret-comment@example',
      'secret-cert-id-123',
      'secret-principal',
    ]);
    assert.ok(pieces.length > 300);
    // The check finds material where there is some.
    assert.ok(leaks(`x${values['DEPLOY_KEY']!.split('\n')[2]!.slice(5, 30)}x`, pieces).length > 0);
    assert.ok(leaks(values['WEAK_PUB']!.slice(30, 50), pieces).length > 0);
    const log = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    const outputs: Record<string, string> = {
      log: log,
      stderr: run.stderr,
      summary: run.summary,
      sarif: readFileSync(join(reports, 'secrets.sarif'), 'utf8'),
      json: readFileSync(join(reports, 'secrets.json'), 'utf8'),
      'pull request comment': posted.join('\n'),
      'every request to the API': JSON.stringify(server.requests.map((request) => request.body)),
    };
    for (const [where, text] of Object.entries(outputs)) assert.deepEqual(leaks(text, pieces), [], where);
  });

  it('names each key of a secret that holds several by its place: secret:NAME[1], secret:NAME[2]', () => {
    const scratch = tempDir('ska-secrets-multi-');
    const ed = readFileSync(`${generateKey(scratch, 'ed', 'ed25519')}.pub`, 'utf8').trim();
    const list = `${ed}\n${values['WEAK_PUB']!.trim()}\n`;
    const multi = runAction(scratch, { 'secret-env': 'AUTHORIZED', 'fail-on': 'never' }, { env: { AUTHORIZED: list } });
    assert.equal(multi.status, 0, multi.stdout);
    const result = JSON.parse(multi.report!) as ScanResult;
    assert.deepEqual(
      result.keys.filter((key) => key.source === 'secret').map((key) => `${key.path} ${key.type} ${key.bits}`),
      ['secret:AUTHORIZED[1] ssh-ed25519 256', 'secret:AUTHORIZED[2] ssh-rsa 1024'],
    );
    assert.deepEqual(
      result.findings.filter((finding) => finding.rule === 'weak-rsa-key').map((finding) => finding.path),
      ['secret:AUTHORIZED[2]'],
    );
    assert.ok(multi.summary.includes('| `secret:AUTHORIZED[2]`<br>`ssh-rsa` 1024-bit'), multi.summary);
  });
});
