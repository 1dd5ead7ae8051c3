import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { ScanResult } from '../../src/core/types.js';
import { actionDefaults, inputVariable, parseOutputFile, parseWorkflowCommands, runAction, type ActionRun } from '../helpers/action.js';
import { buildKeyTree, leakedSlices, privateBody, suiteDirs, type KeyTree } from '../helpers/key-tree.js';
import { generateKey } from '../helpers/openssh.js';

const OUTPUT_NAMES = ['findings', 'errors', 'warnings', 'notices', 'keys', 'sarif-file', 'report'];

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Everything a run left where a person or a log could read it: its logs, summary and reports. */
function everythingPrinted(run: ActionRun): string {
  const reports = [run.outputs.get('sarif-file'), run.outputs.get('report')].filter((file) => file !== undefined && existsSync(file));
  return [run.stdout, run.stderr, run.summary, ...reports.map((file) => readFileSync(file!, 'utf8'))].join('\n');
}

/** The `::error::` lines core.setFailed writes (annotations carry properties, these do not). */
function failures(run: ActionRun): string[] {
  return run.commands
    .filter((command) => command.command === 'error' && Object.keys(command.properties).length === 0)
    .map((c) => c.message);
}

const RANK: Record<string, number> = { error: 0, warning: 1, notice: 2 };
const URGENT = ['private-key', 'compromised-key', 'factorable-key', 'roca-key'];
const urgentIndex = (rule: string): number => (URGENT.includes(rule) ? URGENT.indexOf(rule) : URGENT.length);
/** The order of every cut list, written out here rather than imported: severity, urgent rules, path, line. */
function urgency(a: { severity: string; rule: string; path: string; line: number }, b: typeof a): number {
  return (
    RANK[a.severity]! - RANK[b.severity]! ||
    urgentIndex(a.rule) - urgentIndex(b.rule) ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.line - b.line ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

describe('test helpers for the runner protocol', () => {
  it('maps input names as @actions/core getInput does', () => {
    assert.equal(inputVariable('fail-on'), 'INPUT_FAIL-ON');
    assert.equal(inputVariable('min-rsa-bits'), 'INPUT_MIN-RSA-BITS');
    assert.equal(inputVariable('my input'), 'INPUT_MY_INPUT');
  });

  it('reads every input default from action.yml', () => {
    assert.deepEqual(actionDefaults(), {
      path: '.',
      include: '',
      exclude: '',
      'fail-on': '',
      'min-rsa-bits': '',
      'max-file-size': '',
      history: 'false',
      blocklist: '',
      config: '',
      baseline: '',
      'sarif-file': '',
      category: 'ssh-key-audit',
      'report-file': '',
      annotations: 'true',
      'check-name': '',
      'pr-filter': 'added',
      'pr-comment': 'false',
      'tracking-issue': 'false',
      'tracking-issue-label': 'ssh-key-audit',
      summary: 'true',
      'secret-env': '',
      'deploy-keys': 'false',
      'stale-deploy-key-days': '',
      'github-token': '${{ github.token }}',
    });
  });

  it('parses heredoc and name=value outputs and rejects anything else', () => {
    const text = 'a<<ghadelimiter_1\nline one\nline two\nghadelimiter_1\nb=2\nc<<ghadelimiter_3\n\nghadelimiter_3\n';
    assert.deepEqual(
      [...parseOutputFile(text)],
      [
        ['a', 'line one\nline two'],
        ['b', '2'],
        ['c', ''],
      ],
    );
    assert.throws(() => parseOutputFile('a<<EOF\nvalue\n'), /no closing EOF/);
    assert.throws(() => parseOutputFile('just text\n'), /unexpected line/);
  });

  it('unescapes workflow command properties and data', () => {
    assert.deepEqual(parseWorkflowCommands('::error title=t%3Ax,file=a%2C b.pub,line=3::50%25 done%0Anext\nplain\n'), [
      { command: 'error', properties: { title: 't:x', file: 'a, b.pub', line: '3' }, message: '50% done\nnext' },
    ]);
  });
});

describe('the Action bundle, run as the Actions runner runs it', () => {
  const tempDir = suiteDirs();
  const printed: string[] = [];
  const extraBodies: string[] = [];
  /** runAction, keeping what the run printed and wrote for the check that no key material leaks. */
  const audit = (workspace: string, inputs: Record<string, string> = {}): ActionRun => {
    const run = runAction(workspace, inputs);
    printed.push(everythingPrinted(run));
    return run;
  };
  let tree: KeyTree;
  let reports: string;
  let failing: ActionRun;
  let report: ScanResult;

  before(() => {
    tree = buildKeyTree(tempDir('ska-workspace-'));
    reports = tempDir('ska-reports-');
    failing = audit(tree.root, {
      'fail-on': 'error',
      'min-rsa-bits': '2048',
      'sarif-file': join(reports, 'audit.sarif'),
      'report-file': join(reports, 'audit.json'),
    });
    report = readJson<ScanResult>(join(reports, 'audit.json'));
  });

  it('fails the step (exit 1) with one ::error:: line when findings reach fail-on', () => {
    assert.equal(failing.status, 1, failing.stderr);
    assert.deepEqual(failures(failing), ['ssh-key-audit: 4 finding(s) at or above fail-on error']);
  });

  it('writes the JSON report with the findings the tree holds', () => {
    assert.deepEqual(report.summary, { ...tree.summary, suppressed: 0 });
    assert.deepEqual(
      report.findings.map(({ rule, severity, path, line }) => ({ rule, severity, path, line })),
      tree.expected,
    );
    assert.equal(report.root, tree.root);
  });

  it('sets every output in the runner heredoc format, matching the JSON report', () => {
    assert.deepEqual([...failing.outputs.keys()].sort(), [...OUTPUT_NAMES].sort());
    for (const name of OUTPUT_NAMES) assert.match(failing.outputText, new RegExp(`^${name}<<ghadelimiter_[0-9a-f-]{36}$`, 'm'));
    assert.equal(failing.outputs.get('findings'), String(report.findings.length));
    assert.equal(failing.outputs.get('findings'), '14');
    assert.equal(failing.outputs.get('errors'), String(report.summary.errors));
    assert.equal(failing.outputs.get('warnings'), String(report.summary.warnings));
    assert.equal(failing.outputs.get('notices'), String(report.summary.notices));
    assert.equal(failing.outputs.get('keys'), String(report.summary.keys));
    assert.equal(failing.outputs.get('sarif-file'), join(reports, 'audit.sarif'));
    assert.equal(failing.outputs.get('report'), join(reports, 'audit.json'));
  });

  it('writes a SARIF file with one result per finding at the sarif-file path', () => {
    const sarif = readJson<{ version: string; runs: { results: { ruleId: string }[] }[] }>(join(reports, 'audit.sarif'));
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs.length, 1);
    assert.deepEqual(
      sarif.runs[0]!.results.map((result) => result.ruleId),
      tree.expected.map((finding) => finding.rule),
    );
  });

  it('annotates every finding on its file and line, titled with the rule', () => {
    const annotations = failing.commands.filter((command) => Object.keys(command.properties).length > 0);
    assert.deepEqual(
      annotations.map((annotation) => ({
        level: annotation.command,
        file: annotation.properties['file'],
        line: annotation.properties['line'],
        title: annotation.properties['title'],
      })),
      // Most urgent first: severity, then the rules that mean the key is usable by others today, then path.
      [...tree.expected].sort(urgency).map((finding) => ({
        level: finding.severity,
        file: finding.path,
        line: String(finding.line),
        title: finding.rule,
      })),
    );
    assert.deepEqual(
      annotations.map((annotation) => annotation.message),
      [...report.findings].sort(urgency).map((finding) => finding.message),
    );
    // The comma in the weak key's file name must reach the runner escaped, or the property list breaks.
    assert.match(failing.stdout, /^::error title=weak-rsa-key,file=keys\/weak%2C old\.pub,line=1::This 1024-bit RSA key/m);
    assert.match(failing.stdout, /^::error title=private-key,file=keys\/id_ed25519,line=1::A private 256-bit ssh-ed25519 key/m);
  });

  it('writes the step summary: the verdict first, errors then warnings one row per place, notices and keys folded', () => {
    const lines = failing.summary.split('\n');
    assert.match(lines[0]!, /^## ❌ ssh-key-audit failed: 2 × Private key committed, /);
    assert.equal(lines[2], '12 keys in 11 files: 4 errors, 7 warnings, 3 notices.');
    const table = lines.indexOf('| Where | Findings |');
    const notices = lines.findIndex((line) => /^<summary>Notices \(\d+\)<\/summary>$/.test(line));
    const inventory = lines.indexOf('<summary>Key inventory: 12 keys</summary>');
    assert.ok(table > 0 && notices > table && inventory > notices, failing.summary);
    assert.equal(lines[notices - 1], '<details>');
    assert.equal(lines[inventory - 1], '<details>');
    // Rows of the first table: every error row before every warning row, the private keys first of all.
    const rows = lines.slice(table + 2, lines.indexOf('', table));
    const worst = rows.map((row) => /\*\*(error|warning|notice)\*\*/.exec(row)![1]);
    assert.deepEqual(
      worst,
      [...worst].sort((a, b) => RANK[a!]! - RANK[b!]!),
    );
    assert.ok(rows[0]!.includes('[private-key]('), rows[0]);
    const keys = lines.indexOf('| Type | Bits | Keys |');
    // 12 keys: 5 Ed25519 (id_ed25519, its .pub, two deploy copies, two certificates' keys) and the RSA and DSA ones.
    assert.ok(keys > 0);
    assert.ok(lines.includes('| ssh-rsa | 2048 | 3 |'), failing.summary);
    assert.ok(lines.includes('| ssh-rsa | 1024 | 1 |'), failing.summary);
    assert.ok(lines.includes('| ssh-dss | 1024 | 1 |'), failing.summary);
    // 14 findings, each named once with its severity, in fewer rows: a key's findings share its row.
    assert.equal(failing.summary.match(/\*\*(error|warning|notice)\*\* \[/g)!.length, 14);
    assert.ok(
      lines.some(
        (line) =>
          line.startsWith('| `keys/id_ed25519:1`<br>`ssh-ed25519` 256-bit<br><sub>`SHA256:') && line.includes('**error** [private-key]('),
      ),
    );
    assert.ok(!failing.summary.includes('…and '));
  });

  it('caps the findings table of the summary and says how many more there are', () => {
    const workspace = tempDir('ska-workspace-');
    const line = readFileSync(join(tree.root, 'keys/rsa3072.pub'), 'utf8').trim();
    writeFileSync(join(workspace, 'authorized_keys'), Array.from({ length: 120 }, () => line).join('\n') + '\n');
    const run = audit(workspace, {
      'fail-on': 'never',
      annotations: 'false',
      'sarif-file': join(reports, 'cap.sarif'),
      'report-file': join(reports, 'cap.json'),
    });
    assert.equal(run.status, 0, run.stdout);
    // 120 lines, each with a legacy-rsa-key warning and a duplicate-key notice in one row; 100 rows listed.
    const rows = run.summary.split('\n').filter((row) => row.startsWith('| `authorized_keys:'));
    assert.equal(rows.length, 100);
    assert.ok(rows.every((row) => row.includes('**warning** [legacy-rsa-key](') && row.includes('**notice** [duplicate-key](')));
    assert.ok(
      run.summary.includes('…and 20 more warnings, 20 more notices: every finding is in the JSON report and the SARIF.'),
      run.summary,
    );
    assert.ok(run.summary.includes('| ssh-rsa | 3072 | 120 |'));
  });

  it('exits 0 with fail-on never and still reports everything', () => {
    const run = audit(tree.root, {
      'fail-on': 'never',
      'sarif-file': join(reports, 'never.sarif'),
      'report-file': join(reports, 'never.json'),
    });
    assert.equal(run.status, 0, run.stdout);
    assert.deepEqual(failures(run), []);
    assert.equal(run.outputs.get('findings'), '14');
    assert.equal(run.commands.filter((command) => command.properties['title']).length, 14);
  });

  it('compares findings with fail-on as a threshold and reads min-rsa-bits', () => {
    const workspace = tempDir('ska-workspace-');
    mkdirSync(join(workspace, 'keys'));
    cpSync(join(tree.root, 'keys/rsa3072.pub'), join(workspace, 'keys/rsa3072.pub'));
    const out = tempDir('ska-reports-');
    const files = { 'sarif-file': join(out, 'r.sarif'), 'report-file': join(out, 'r.json') };

    const warningOnly = audit(workspace, { ...files, 'fail-on': 'error' });
    assert.equal(warningOnly.status, 0, warningOnly.stdout);
    assert.equal(warningOnly.outputs.get('warnings'), '1');
    assert.equal(audit(workspace, { ...files, 'fail-on': 'warning' }).status, 1);
    assert.equal(audit(workspace, { ...files, 'fail-on': 'notice' }).status, 1);

    const stricter = audit(workspace, { ...files, 'fail-on': 'error', 'min-rsa-bits': '4096' });
    assert.equal(stricter.status, 1);
    assert.equal(stricter.outputs.get('errors'), '1');
    assert.match(
      stricter.stdout,
      /^::error title=weak-rsa-key,file=keys\/rsa3072\.pub,line=1::This 3072-bit RSA key is below the 4096-bit minimum/m,
    );
  });

  it('scans only the paths given, comma- or newline-separated', () => {
    const run = audit(tree.root, {
      path: 'deploy,\ncerts/forever-cert.pub',
      'fail-on': 'never',
      'sarif-file': join(reports, 'paths.sarif'),
      'report-file': join(reports, 'paths.json'),
    });
    assert.equal(run.status, 0, run.stdout);
    const paths = readJson<ScanResult>(join(reports, 'paths.json')).findings.map((finding) => `${finding.path}:${finding.rule}`);
    assert.deepEqual(paths, ['certs/forever-cert.pub:cert-no-expiry', 'deploy/a.pub:duplicate-key', 'deploy/b.pub:duplicate-key']);
  });

  it('writes relative report paths under the workspace, creating their directory', () => {
    const workspace = tempDir('ska-workspace-');
    extraBodies.push(privateBody(generateKey(workspace, 'id_ecdsa', 'ecdsa')));
    const run = audit(workspace, { 'sarif-file': 'reports/ssh/audit.sarif', 'report-file': 'reports/audit.json' });
    assert.equal(run.status, 1, run.stdout);
    assert.equal(run.outputs.get('sarif-file'), join(workspace, 'reports/ssh/audit.sarif'));
    assert.equal(run.outputs.get('report'), join(workspace, 'reports/audit.json'));
    assert.ok(existsSync(join(workspace, 'reports/ssh/audit.sarif')));
    assert.equal(readJson<ScanResult>(join(workspace, 'reports/audit.json')).findings[0]!.rule, 'private-key');
  });

  it('fails with one line when a report cannot be written', () => {
    const workspace = tempDir('ska-workspace-');
    writeFileSync(join(workspace, 'README.md'), 'no keys here\n');
    const run = audit(workspace, { 'sarif-file': 'README.md/audit.sarif' });
    assert.equal(run.status, 1);
    const errors = failures(run);
    assert.equal(errors.length, 1, run.stdout);
    assert.match(
      errors[0]!,
      /^ssh-key-audit: cannot write sarif-file \S+\/README\.md\/audit\.sarif: (EEXIST|a part of its path is not a directory)$/,
    );
  });

  it('writes the default report files into RUNNER_TEMP, not the workspace, one pair per category', () => {
    const workspace = tempDir('ska-workspace-');
    writeFileSync(join(workspace, 'README.md'), 'no keys here\n');
    const run = audit(workspace);
    const other = audit(workspace, { category: 'nightly/keys' });
    assert.equal(run.status, 0, run.stdout);
    assert.equal(run.outputs.get('sarif-file'), join(run.runnerTemp, 'ssh-key-audit.sarif'));
    assert.equal(run.outputs.get('report'), join(run.runnerTemp, 'ssh-key-audit.json'));
    assert.equal(other.outputs.get('sarif-file'), join(other.runnerTemp, 'ssh-key-audit-nightly-keys.sarif'));
    assert.ok(run.sarif && run.report && other.sarif, 'the reports exist where the outputs say');
    assert.deepEqual(readdirSync(workspace), ['README.md']);
    assert.equal(run.outputs.get('findings'), '0');
    assert.match(
      run.summary,
      /^## ✅ ssh-key-audit passed: no findings\n\n0 keys in 1 file: 0 errors, 0 warnings, 0 notices\.\n\nNo findings\.\n$/,
    );
  });

  it('leaves out annotations and the summary when they are turned off', () => {
    const run = audit(tree.root, {
      annotations: 'false',
      summary: 'false',
      'sarif-file': join(reports, 'quiet.sarif'),
      'report-file': join(reports, 'quiet.json'),
    });
    assert.equal(run.status, 1);
    assert.deepEqual(
      run.commands.filter((command) => Object.keys(command.properties).length > 0),
      [],
    );
    assert.equal(run.summary, '');
    assert.equal(run.outputs.get('findings'), '14');
  });

  // The accepted values, as the message must name them.
  for (const [name, value, accepted] of [
    ['fail-on', 'sometimes', 'error, warning, notice, never'],
    ['min-rsa-bits', 'abc', 'a whole number'],
    ['min-rsa-bits', '100000', 'between 512 and 16384'],
    ['max-file-size', '-1', 'a whole number'],
    ['annotations', 'maybe', 'true or false'],
    ['pr-filter', 'changed', 'one of added, file, all'],
    ['pr-comment', 'sometimes', 'true or false'],
    ['deploy-keys', 'all', 'true or false'],
    ['stale-deploy-key-days', 'ninety', 'a whole number'],
    ['stale-deploy-key-days', '0', 'between 1 and 36500'],
    ['secret-env', 'DEPLOY-KEY', 'environment variable names (letters, digits and _)'],
    ['category', 'my category', "letters, digits, '.', '_', '/' or '-'"],
  ] as const) {
    it(`fails with one ::error:: line naming the input for ${name}=${value}`, () => {
      const out = tempDir('ska-reports-');
      const run = audit(tree.root, { [name]: value, 'sarif-file': join(out, 'x.sarif'), 'report-file': join(out, 'x.json') });
      assert.equal(run.status, 1);
      const errors = failures(run);
      assert.equal(errors.length, 1, run.stdout);
      assert.ok(errors[0]!.includes(name), errors[0]);
      assert.ok(errors[0]!.includes(value), errors[0]);
      assert.ok(errors[0]!.includes(accepted), errors[0]);
      assert.doesNotMatch(errors[0]!, /internal error|\n|\s+at /);
      assert.equal(run.outputs.size, 0);
      assert.ok(!existsSync(join(out, 'x.sarif')));
      assert.equal(run.summary, '');
    });
  }

  it('never prints, writes or summarises private key material', () => {
    assert.ok(printed.length >= 15, `only ${printed.length} runs recorded`);
    const bodies = [...tree.privateBodies, ...extraBodies];
    assert.equal(bodies.length, 3);
    for (const text of printed) assert.deepEqual(leakedSlices(text, bodies), []);
    // The check itself finds material when it is there.
    assert.ok(leakedSlices(`x${tree.privateBodies[1]!.slice(40, 60)}x`, tree.privateBodies).length > 0);
  });
});
