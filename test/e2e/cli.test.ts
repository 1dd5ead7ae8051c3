/**
 * dist/cli.js end to end: real argv, a temporary tree as the working directory, keys made by ssh-keygen
 * during the run, and ssh-keygen -l as the oracle for every fingerprint and size.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Finding, ScanResult } from '../../src/core/types.js';
import { CLI, generateListedKey, PACKAGE_VERSION, runCli, scanJson, sorted, writeTree, type ListedKey } from '../helpers/cli.js';
import { generateKey, keygenKind, keygenList, signKey, tempDir } from '../helpers/openssh.js';
import { requirementMissing } from '../helpers/requirements.js';

const work = tempDir('ska-e2e-cli-');
const FINGERPRINT = /^SHA256:[A-Za-z0-9+/]{43}$/;
// The JSON report as README.md documents it.
const TOP_LEVEL = ['tool', 'root', 'keys', 'findings', 'suppressed', 'skipped', 'summary'];
const KEY_FIELDS = ['path', 'line', 'source', 'type', 'bits', 'fingerprint', 'comment'];
const KEY_OPTIONAL_FIELDS = ['format', 'encrypted', 'options', 'marker', 'certificate', 'rsaModulus', 'commit'];
const FINDING_FIELDS = ['rule', 'severity', 'path', 'line', 'message', 'fingerprint'];
const SUMMARY_FIELDS = ['files', 'keys', 'errors', 'warnings', 'notices', 'skipped', 'suppressed'];
const SOURCES = ['public-key', 'authorized-keys', 'known-hosts', 'private-key', 'certificate', 'embedded', 'secret', 'deploy-key'];
const RULE_IDS = [
  'private-key',
  'dsa-key',
  'weak-rsa-key',
  'legacy-rsa-key',
  'invalid-key',
  'duplicate-key',
  'cert-sha1-signature',
  'cert-expired',
  'cert-no-expiry',
];
// eslint-disable-next-line no-control-regex -- looking for terminal escapes is the point
const ANSI = /\x1b\[/;

interface Keys {
  ed: ListedKey[];
  ecdsa: ListedKey;
  rsa1024: ListedKey;
  rsa3072: ListedKey;
  /** null where this OpenSSH no longer generates DSA keys (10.0 removed them). */
  dsa: ListedKey | null;
  ca: string;
  certSubjects: ListedKey[];
}

let generated: Keys | undefined;
/** Generated once per file, on first use, outside every scanned tree. */
function keys(): Keys {
  if (generated) return generated;
  const dir = join(work, 'keys');
  mkdirSync(dir);
  let dsa: ListedKey | null;
  try {
    dsa = generateListedKey(dir, 'dsa', 'dsa');
  } catch {
    dsa = null;
  }
  generated = {
    ed: Array.from({ length: 8 }, (_, index) => generateListedKey(dir, `ed${index}`, 'ed25519')),
    ecdsa: generateListedKey(dir, 'ecdsa', 'ecdsa', ['-b', '256']),
    rsa1024: generateListedKey(dir, 'rsa1024', 'rsa', ['-b', '1024']),
    rsa3072: generateListedKey(dir, 'rsa3072', 'rsa', ['-b', '3072']),
    dsa,
    // ssh-rsa (SHA-1) certificate signatures need an RSA CA.
    ca: generateKey(dir, 'ca', 'rsa', ['-b', '2048']),
    certSubjects: Array.from({ length: 4 }, (_, index) => generateListedKey(dir, `subject${index}`, 'ed25519')),
  };
  return generated;
}

function tree(name: string, files: Record<string, string | Buffer>): string {
  const root = join(work, name);
  mkdirSync(root);
  writeTree(root, files);
  return root;
}

const summaryText = (summary: ScanResult['summary']): string => {
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const skipped = summary.skipped > 0 ? `, ${summary.skipped} skipped` : '';
  return `${count(summary.keys, 'key')} in ${count(summary.files, 'file')}: ${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}, ${count(summary.notices, 'notice')}${skipped}`;
};

const located = (findings: readonly Finding[]): string[] => sorted(findings.map((finding) => `${finding.path} ${finding.rule}`));

function assertOneLineError(run: { status: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  assert.equal(run.status, 2, `exit status, stderr: ${run.stderr}`);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^ssh-key-audit: [^\n]+\n$/, `one line on stderr, got ${JSON.stringify(run.stderr)}`);
  assert.match(run.stderr, pattern);
}

describe('cli: report formats', () => {
  let root: string;
  let json: ScanResult;
  const expectedSummary = { files: 6, keys: 6, errors: 1, warnings: 1, notices: 2, skipped: 0, suppressed: 0 };

  before(async () => {
    const { ed, ecdsa, rsa3072 } = keys();
    root = tree('formats', {
      'nested/deep/ed.pub': ed[0]!.publicLine,
      'copy/ed.pub': ed[0]!.publicLine,
      '.ssh/authorized_keys': `no-pty,from="10.0.0.1" ${ed[1]!.publicLine}`,
      'rsa.pub': rsa3072.publicLine,
      id_ecdsa: readFileSync(ecdsa.path),
      'id_ecdsa.pub': ecdsa.publicLine,
    });
    json = (await scanJson([], root)).report;
  });

  it('--format json has exactly the documented shape', () => {
    assert.deepEqual(sorted(Object.keys(json)), sorted(TOP_LEVEL));
    assert.deepEqual(json.tool, { name: 'ssh-key-audit', version: PACKAGE_VERSION });
    assert.equal(realpathSync(json.root), realpathSync(root));
    assert.equal(json.keys.length, 6);
    for (const key of json.keys) {
      const extra = Object.keys(key).filter((field) => !KEY_FIELDS.includes(field));
      for (const field of KEY_FIELDS) assert.ok(field in key, `key at ${key.path} lacks ${field}`);
      assert.deepEqual(
        extra.filter((field) => !KEY_OPTIONAL_FIELDS.includes(field)),
        [],
        `undocumented fields on ${key.path}`,
      );
      assert.ok(Number.isInteger(key.line) && key.line >= 1);
      assert.ok(SOURCES.includes(key.source), key.source);
      assert.equal(typeof key.type, 'string');
      assert.ok(key.bits === null || Number.isInteger(key.bits));
      assert.ok(key.fingerprint === null || FINGERPRINT.test(key.fingerprint), String(key.fingerprint));
      assert.ok(key.comment === null || typeof key.comment === 'string');
    }
    assert.equal(json.findings.length, 4);
    for (const finding of json.findings) {
      assert.deepEqual(sorted(Object.keys(finding)), sorted(FINDING_FIELDS));
      assert.ok(RULE_IDS.includes(finding.rule), finding.rule);
      assert.ok(['error', 'warning', 'notice'].includes(finding.severity));
      assert.ok(Number.isInteger(finding.line) && finding.line >= 1);
      assert.ok(finding.message.length > 0);
    }
    assert.deepEqual(json.skipped, []);
    assert.deepEqual(sorted(Object.keys(json.summary)), sorted(SUMMARY_FIELDS));
    assert.deepEqual(json.summary, expectedSummary);
    assert.equal(json.summary.errors, json.findings.filter((finding) => finding.severity === 'error').length);
    assert.equal(json.summary.warnings, json.findings.filter((finding) => finding.severity === 'warning').length);
    assert.equal(json.summary.notices, json.findings.filter((finding) => finding.severity === 'notice').length);
  });

  it('every key has the bits, fingerprint, type and comment that ssh-keygen -l gives for its file', () => {
    const paths = sorted(new Set(json.keys.map((key) => key.path)));
    assert.deepEqual(paths, ['.ssh/authorized_keys', 'copy/ed.pub', 'id_ecdsa', 'id_ecdsa.pub', 'nested/deep/ed.pub', 'rsa.pub']);
    for (const path of paths) {
      const records = json.keys.filter((key) => key.path === path);
      const listing = keygenList(join(root, path));
      assert.deepEqual(
        records.map((key) => [key.bits, key.fingerprint, keygenKind(key.type)]),
        listing.map((entry) => [entry.bits, entry.fingerprint, entry.kind]),
        path,
      );
      // A private key's comment sits in its private section; the .pub comment is what -l prints.
      if (records[0]!.source !== 'private-key') {
        assert.deepEqual(
          records.map((key) => key.comment),
          listing.map((entry) => entry.comment),
        );
      }
    }
    assert.equal(json.keys.find((key) => key.path === '.ssh/authorized_keys')!.source, 'authorized-keys');
  });

  it('paths are relative to the working directory, with forward slashes, however PATH is spelled', async () => {
    const cases: [string[], string, string[]][] = [
      [[join(root, 'nested')], root, ['nested/deep/ed.pub']],
      [['./nested/'], root, ['nested/deep/ed.pub']],
      [['deep'], join(root, 'nested'), ['deep/ed.pub']],
      [['../../copy'], join(root, 'nested', 'deep'), ['../../copy/ed.pub']],
    ];
    for (const [args, cwd, expected] of cases) {
      const { report } = await scanJson(args, cwd);
      assert.deepEqual(
        report.keys.map((key) => key.path),
        expected,
        args.join(' '),
      );
      assert.deepEqual(
        report.findings.map((finding) => finding.path),
        [],
      );
    }
    for (const path of [...json.keys, ...json.findings].map((item) => item.path)) {
      assert.doesNotMatch(path, /\\|^\.\/|^\//);
    }
  });

  it('--format text lists the findings, has no ANSI escapes when stdout is not a TTY, and ends with the summary line', async () => {
    for (const args of [[], ['--format', 'text']]) {
      const run = await runCli(args, root);
      assert.equal(run.status, 1);
      assert.equal(run.stderr, '');
      assert.doesNotMatch(run.stdout, ANSI);
      const lines = run.stdout.trimEnd().split('\n');
      assert.equal(lines.at(-1), summaryText(expectedSummary));
      assert.equal(lines.at(-1), '6 keys in 6 files: 1 error, 1 warning, 2 notices');
      for (const finding of json.findings) {
        assert.ok(lines.includes(finding.path), `a heading for ${finding.path}`);
        assert.ok(
          lines.some((line) => line.includes(` ${finding.rule} `) && line.includes(finding.severity)),
          finding.rule,
        );
        assert.ok(lines.some((line) => line.trim() === finding.fingerprint));
      }
    }
    const clean = tree('formats-clean', { 'id.pub': keys().ed[2]!.publicLine });
    const run = await runCli([], clean);
    assert.equal(run.status, 0);
    assert.equal(run.stdout.trimEnd().split('\n').at(-1), 'No problems found: 1 key in 1 file: 0 errors, 0 warnings, 0 notices');
  });

  it('--format text is coloured on a terminal, and NO_COLOR turns the colours off', async (t) => {
    // script(1) gives the CLI a pseudo-terminal, so this checks that the TTY test above is meaningful.
    if (spawnSync('script', ['--version']).error) return requirementMissing(t, 'script(1) is not installed');
    const quote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;
    const onTerminal = (env: NodeJS.ProcessEnv): string => {
      const result = spawnSync('script', ['-qec', `${quote(process.execPath)} ${quote(CLI)}`, '/dev/null'], {
        cwd: root,
        env,
        encoding: 'utf8',
        timeout: 30_000,
      });
      assert.equal(result.status, 1, result.stderr);
      return result.stdout;
    };
    const withoutNoColor = { ...process.env };
    delete withoutNoColor['NO_COLOR'];
    assert.match(onTerminal(withoutNoColor), /\x1b\[31merror/); // eslint-disable-line no-control-regex
    assert.doesNotMatch(onTerminal({ ...withoutNoColor, NO_COLOR: '1' }), /\x1b\[(1|2|31|33|36)m/); // eslint-disable-line no-control-regex
  });

  it('--format markdown has the counts table, one row per finding and the summary line', async () => {
    const run = await runCli(['--format', 'markdown'], root);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    assert.doesNotMatch(run.stdout, ANSI);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines[0], '## ssh-key-audit');
    assert.ok(lines.includes('| Errors | Warnings | Notices | Keys | Files | Skipped |'));
    assert.ok(lines.includes('| 1 | 1 | 2 | 6 | 6 | 0 |'));
    for (const finding of json.findings) {
      const row = lines.filter((line) => line.startsWith(`| ${finding.severity} | [${finding.rule}](`));
      assert.ok(
        row.some((line) => line.includes(`\`${finding.path}:${finding.line}\``)),
        `${finding.rule} at ${finding.path}`,
      );
    }
    assert.equal(lines.at(-1), `${summaryText(expectedSummary)}.`);
  });

  it('--format sarif is JSON with version 2.1.0 and one result per finding', async () => {
    const run = await runCli(['--format', 'sarif'], root);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    const sarif = JSON.parse(run.stdout) as {
      version: string;
      runs: { tool: { driver: { name: string; version: string } }; results: { ruleId: string; locations: unknown[] }[] }[];
    };
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs.length, 1);
    assert.deepEqual(sarif.runs[0]!.tool.driver.name, 'ssh-key-audit');
    assert.deepEqual(sarif.runs[0]!.tool.driver.version, PACKAGE_VERSION);
    assert.deepEqual(
      sarif.runs[0]!.results.map((result) => result.ruleId),
      json.findings.map((finding) => finding.rule),
    );
  });

  it('--output FILE writes the report to the file, byte for byte what stdout would have had, and stdout stays empty', async () => {
    mkdirSync(join(work, 'reports'));
    for (const format of ['json', 'sarif', 'markdown', 'text']) {
      const direct = await runCli(['--format', format], root);
      const file = `../reports/report.${format}`;
      const written = await runCli(['--format', format, '--output', file], root);
      assert.equal(written.status, direct.status);
      assert.equal(written.stdout, '');
      assert.match(written.stderr, /^ssh-key-audit: [^\n]*report\.\w+[^\n]*\n$/);
      assert.match(written.stderr, new RegExp(`report\\.${format}`));
      assert.equal(readFileSync(join(work, 'reports', `report.${format}`), 'utf8'), direct.stdout, format);
    }
  });
});

describe('cli: exit codes', { concurrency: true }, () => {
  let clean: string;
  let rsaOnly: string;
  let withPrivate: string;

  before(() => {
    const { ed, rsa3072 } = keys();
    clean = tree('exit-clean', { 'id_ed25519.pub': ed[3]!.publicLine });
    rsaOnly = tree('exit-rsa', { 'id_rsa.pub': rsa3072.publicLine });
    withPrivate = tree('exit-private', { id_ed25519: readFileSync(ed[4]!.path), 'id_ed25519.pub': ed[4]!.publicLine });
  });

  it('0 for a tree with only an Ed25519 public key', async () => {
    const run = await runCli([], clean);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^No problems found: 1 key in 1 file/m);
  });

  it('--fail-on decides whether the legacy-rsa-key warning of an RSA 3072 key fails the run', async () => {
    const { report } = await scanJson([], rsaOnly);
    assert.deepEqual(
      report.findings.map((finding) => [finding.rule, finding.severity]),
      [['legacy-rsa-key', 'warning']],
    );
    const cases: [string[], number][] = [
      [[], 0],
      [['--fail-on', 'error'], 0],
      [['--fail-on', 'warning'], 1],
      [['--fail-on', 'notice'], 1],
      [['--fail-on', 'never'], 0],
    ];
    for (const [args, status] of cases) {
      const run = await runCli(args, rsaOnly);
      assert.equal(run.status, status, `${args.join(' ') || 'default'}: ${run.stderr}`);
      assert.equal(run.stderr, '');
    }
  });

  it('1 for a committed private key (0 with --fail-on never)', async () => {
    const run = await runCli([], withPrivate);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, / error +private-key /);
    assert.equal((await runCli(['--fail-on', 'never'], withPrivate)).status, 0);
  });

  it('a reader that closes the pipe early (| head) is no crash: the exit status still follows --fail-on', async () => {
    for (const [args, status] of [
      [[], 1],
      [['--fail-on', 'never'], 0],
    ] as const) {
      const run = await runCli(['--format', 'sarif', ...args], withPrivate, { closeStdout: true });
      assert.equal(run.status, status, run.stderr);
      assert.equal(run.stderr, '');
    }
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['an unknown flag', ['--bogus'], /unknown option --bogus/],
    ['an unknown --format', ['--format', 'xml'], /--format must be one of text, json, sarif, markdown, codequality, got "xml"/],
    ['an unknown --format given with =', ['--format=xml'], /--format .*"xml"/],
    ['a --min-rsa-bits that is not a number', ['--min-rsa-bits', 'abc'], /--min-rsa-bits must be a whole number, got "abc"/],
    ['a --min-rsa-bits out of range', ['--min-rsa-bits', '100'], /--min-rsa-bits must be between 512 and 16384, got 100/],
    ['an unknown --fail-on', ['--fail-on', 'sometimes'], /--fail-on must be one of error, warning, notice, never, got "sometimes"/],
    ['a negative --max-file-size', ['--max-file-size', '-1'], /--max-file-size .*"-1"/],
    ['a negative --max-file-size given with =', ['--max-file-size=-1'], /--max-file-size must be a whole number, got "-1"/],
    ['a zero --max-file-size', ['--max-file-size', '0'], /--max-file-size must be between 1 and/],
    ['a missing path', ['does-not-exist/'], /path not found: does-not-exist\//],
    ['a missing path among good ones', ['.', 'does-not-exist'], /path not found: does-not-exist$/m],
    ['--format as the last argument', ['--format'], /option --format needs a value/],
    ['--output as the last argument', ['--output'], /option --output needs a value/],
    ['an empty --output', ['--output', ''], /--output needs a file name/],
    [
      'an --output in a missing directory',
      ['--output', 'no/such/dir/report.txt'],
      /cannot write --output no\/such\/dir\/report\.txt: its directory does not exist/,
    ],
  ];
  for (const [what, args, pattern] of usageErrors) {
    it(`2 with one line on stderr naming the problem for ${what}: ${JSON.stringify(args)}`, async () => {
      assertOneLineError(await runCli(args, clean), pattern);
    });
  }

  it('--help and -h exit 0 and print the usage', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await runCli([flag], clean);
      assert.equal(run.status, 0);
      assert.equal(run.stderr, '');
      assert.match(run.stdout, /^Usage: ssh-key-audit \[PATH\.\.\.\]/);
      for (const option of [
        '--format',
        '--output',
        '--fail-on',
        '--min-rsa-bits',
        '--include',
        '--exclude',
        '--max-file-size',
        '--version',
      ]) {
        assert.ok(run.stdout.includes(option), option);
      }
    }
  });

  it('--version and -v print the package.json version', async () => {
    for (const flag of ['--version', '-v']) {
      const run = await runCli([flag], clean);
      assert.equal(run.status, 0);
      assert.equal(run.stderr, '');
      assert.equal(run.stdout, `ssh-key-audit ${PACKAGE_VERSION}\n`);
    }
  });
});

describe('cli: rules end to end', () => {
  let root: string;
  let json: ScanResult;
  let hasDsa = false;
  const certificates = ['certs/sha1-cert.pub', 'certs/expired-cert.pub', 'certs/forever-cert.pub', 'certs/good-cert.pub'];

  before(async () => {
    const { ed, ecdsa, rsa1024, rsa3072, dsa, ca, certSubjects } = keys();
    const [sha1, expired, forever, good] = certSubjects.map((subject) => `${subject.path}.pub`);
    const edBase64 = ed[6]!.publicLine.split(' ')[1]!;
    const ecdsaBase64 = ecdsa.publicLine.split(' ')[1]!;
    hasDsa = dsa !== null;
    root = tree('rules', {
      id_ed25519: readFileSync(ed[5]!.path),
      'rsa1024.pub': rsa1024.publicLine,
      'rsa3072.pub': rsa3072.publicLine,
      'team-a/deploy.pub': ed[7]!.publicLine,
      'team-b/deploy.pub': ed[7]!.publicLine,
      'mislabelled.pub': `ssh-rsa ${edBase64} mislabelled\n`,
      'truncated.pub': `ecdsa-sha2-nistp256 ${ecdsaBase64.slice(0, 100)} truncated\n`,
      'certs/sha1-cert.pub': readFileSync(signKey(ca, sha1!, 'sha1', ['-t', 'ssh-rsa', '-n', 'deploy', '-V', '+52w'])),
      'certs/expired-cert.pub': readFileSync(
        signKey(ca, expired!, 'expired', ['-t', 'rsa-sha2-512', '-n', 'deploy', '-V', '20200101:20200201']),
      ),
      'certs/forever-cert.pub': readFileSync(signKey(ca, forever!, 'forever', ['-t', 'rsa-sha2-512', '-n', 'deploy'])),
      'certs/good-cert.pub': readFileSync(signKey(ca, good!, 'good', ['-t', 'rsa-sha2-512', '-n', 'deploy', '-V', '-1d:+52w'])),
      ...(dsa ? { 'dsa.pub': dsa.publicLine } : {}),
    });
    json = (await scanJson([], root)).report;
  });

  it('reports exactly one expected rule per file, and nothing for a good certificate', () => {
    assert.deepEqual(
      located(json.findings),
      sorted([
        'id_ed25519 private-key',
        'rsa1024.pub weak-rsa-key',
        'rsa3072.pub legacy-rsa-key',
        'team-a/deploy.pub duplicate-key',
        'team-b/deploy.pub duplicate-key',
        'mislabelled.pub invalid-key',
        'truncated.pub invalid-key',
        'certs/sha1-cert.pub cert-sha1-signature',
        'certs/expired-cert.pub cert-expired',
        'certs/forever-cert.pub cert-no-expiry',
        ...(hasDsa ? ['dsa.pub dsa-key'] : []),
      ]),
    );
  });

  it('private-key for a committed OpenSSH private key, with the fingerprint ssh-keygen -l gives', () => {
    const finding = json.findings.find((item) => item.rule === 'private-key')!;
    assert.equal(finding.severity, 'error');
    assert.equal(finding.line, 1);
    assert.equal(finding.fingerprint, keys().ed[5]!.fingerprint);
    assert.equal(finding.fingerprint, keygenList(join(root, 'id_ed25519'))[0]!.fingerprint);
  });

  it('dsa-key for an ssh-dss key', (t) => {
    if (!hasDsa) return requirementMissing(t, 'this ssh-keygen cannot generate DSA keys');
    const finding = json.findings.find((item) => item.path === 'dsa.pub')!;
    assert.equal(finding.rule, 'dsa-key');
    assert.equal(finding.severity, 'error');
    assert.equal(finding.fingerprint, keys().dsa!.fingerprint);
  });

  it('weak-rsa-key for RSA 1024, naming the size and the minimum', () => {
    const finding = json.findings.find((item) => item.path === 'rsa1024.pub')!;
    assert.equal(finding.rule, 'weak-rsa-key');
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /1024-bit .*2048-bit minimum/);
  });

  it('legacy-rsa-key for RSA 3072, which --min-rsa-bits 4096 turns into weak-rsa-key', async () => {
    const finding = json.findings.find((item) => item.path === 'rsa3072.pub')!;
    assert.equal(finding.rule, 'legacy-rsa-key');
    assert.equal(finding.severity, 'warning');
    const { run, report } = await scanJson(['--min-rsa-bits', '4096'], root);
    assert.equal(run.status, 1);
    const raised = report.findings.filter((item) => item.path === 'rsa3072.pub');
    assert.deepEqual(
      raised.map((item) => [item.rule, item.severity, item.fingerprint]),
      [['weak-rsa-key', 'error', keys().rsa3072.fingerprint]],
    );
    assert.match(raised[0]!.message, /3072-bit .*4096-bit minimum/);
  });

  it('duplicate-key at both copies of one public key, each naming the other location', () => {
    const [a, b] = json.findings.filter((item) => item.rule === 'duplicate-key');
    assert.equal(a!.path, 'team-a/deploy.pub');
    assert.equal(b!.path, 'team-b/deploy.pub');
    assert.match(a!.message, /team-b\/deploy\.pub:1/);
    assert.match(b!.message, /team-a\/deploy\.pub:1/);
    assert.equal(a!.fingerprint, keys().ed[7]!.fingerprint);
    assert.equal(b!.fingerprint, keys().ed[7]!.fingerprint);
  });

  it('invalid-key for a mislabelled and a truncated public key, which are not inventoried as keys', () => {
    const mislabelled = json.findings.find((item) => item.path === 'mislabelled.pub')!;
    assert.equal(mislabelled.rule, 'invalid-key');
    assert.match(mislabelled.message, /ssh-rsa.*ssh-ed25519/);
    const truncated = json.findings.find((item) => item.path === 'truncated.pub')!;
    assert.equal(truncated.rule, 'invalid-key');
    assert.match(truncated.message, /truncated/);
    assert.deepEqual(
      json.keys.filter((key) => key.path === 'mislabelled.pub' || key.path === 'truncated.pub'),
      [],
    );
  });

  it('certificate rules: ssh-rsa (SHA-1) signature, expired, never expires; fingerprint and bits are the certified key as ssh-keygen -l prints them', () => {
    for (const path of certificates) {
      const [listing] = keygenList(join(root, path));
      const key = json.keys.find((item) => item.path === path)!;
      assert.equal(key.source, 'certificate');
      assert.equal(key.type, 'ssh-ed25519-cert-v01@openssh.com');
      assert.equal(key.fingerprint, listing!.fingerprint);
      assert.equal(key.bits, listing!.bits);
      for (const finding of json.findings.filter((item) => item.path === path)) assert.equal(finding.fingerprint, listing!.fingerprint);
    }
    const rule = (path: string): string[] => json.findings.filter((item) => item.path === path).map((item) => item.rule);
    assert.deepEqual(rule('certs/sha1-cert.pub'), ['cert-sha1-signature']);
    assert.deepEqual(rule('certs/expired-cert.pub'), ['cert-expired']);
    assert.deepEqual(rule('certs/forever-cert.pub'), ['cert-no-expiry']);
    assert.deepEqual(rule('certs/good-cert.pub'), []);
  });

  it('every finding about a key carries its fingerprint, as ssh-keygen -l prints it for that file', () => {
    for (const finding of json.findings) {
      // Text that does not decode has no key to fingerprint.
      if (finding.rule === 'invalid-key') continue;
      assert.ok(finding.fingerprint, `${finding.rule} at ${finding.path}`);
      const key = json.keys.find((item) => item.path === finding.path && item.line === finding.line);
      assert.equal(finding.fingerprint, key?.fingerprint, `${finding.rule} at ${finding.path}`);
      assert.ok(
        keygenList(join(root, finding.path)).some((entry) => entry.fingerprint === finding.fingerprint),
        `${finding.rule} at ${finding.path}`,
      );
    }
  });
});

describe('cli: discovery', () => {
  let root: string;
  const fingerprints = new Map<string, string>();
  const scanned = [
    '.ssh/authorized_keys',
    'docs/key.pub',
    'src/config.yaml',
    'src/deploy.pub',
    'vendor/key.pub',
    'vendor/lib/deep/key.pub',
  ];

  before(() => {
    const { ed, ecdsa } = keys();
    const files: Record<string, string | Buffer> = {
      '.ssh/authorized_keys': `command="/usr/bin/backup",no-pty ${ed[0]!.publicLine}`,
      'docs/key.pub': ed[1]!.publicLine,
      'src/config.yaml': `deploy:\n  authorized_key: "${ed[2]!.publicLine.trim()}"\n`,
      'src/deploy.pub': ed[3]!.publicLine,
      'vendor/key.pub': ed[4]!.publicLine,
      'vendor/lib/deep/key.pub': ed[5]!.publicLine,
      // Never scanned: a private key in .git would be an error, and the .pub copies would be duplicates.
      '.git/id_ed25519': readFileSync(ed[6]!.path),
      '.git/hooks/key.pub': ed[1]!.publicLine,
      'node_modules/pkg/id_ecdsa': readFileSync(ecdsa.path),
      'node_modules/pkg/key.pub': ed[3]!.publicLine,
      'packages/app/node_modules/dep/key.pub': ed[3]!.publicLine,
    };
    root = tree('discovery', files);
    for (const [index, path] of scanned.entries()) fingerprints.set(path, ed[index]!.fingerprint);
  });

  const paths = (report: ScanResult): string[] => report.keys.map((key) => key.path);

  it('scans dot-files such as .ssh/authorized_keys, and never .git/ or node_modules/', async () => {
    const { run, report } = await scanJson([], root);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(paths(report), scanned);
    assert.deepEqual(
      report.keys.map((key) => key.fingerprint),
      scanned.map((path) => fingerprints.get(path)),
    );
    assert.equal(report.keys[0]!.source, 'authorized-keys');
    assert.deepEqual(report.findings, []);
    assert.deepEqual(report.skipped, []);
    assert.equal(report.summary.files, scanned.length);
  });

  it("--include '**/*.pub' limits the scan to matching files, still without .git/ or node_modules/", async () => {
    const { report } = await scanJson(['--include', '**/*.pub'], root);
    assert.deepEqual(paths(report), ['docs/key.pub', 'src/deploy.pub', 'vendor/key.pub', 'vendor/lib/deep/key.pub']);
    assert.equal(report.summary.files, 4);
    const both = await scanJson(['--include', '**/*.pub', '--include', '**/*.yaml'], root);
    assert.deepEqual(paths(both.report), [
      'docs/key.pub',
      'src/config.yaml',
      'src/deploy.pub',
      'vendor/key.pub',
      'vendor/lib/deep/key.pub',
    ]);
  });

  it('--exclude with a directory name skips everything below it', async () => {
    for (const pattern of ['vendor', 'vendor/', 'vendor/**', './vendor']) {
      const { report } = await scanJson(['--exclude', pattern], root);
      assert.deepEqual(paths(report), ['.ssh/authorized_keys', 'docs/key.pub', 'src/config.yaml', 'src/deploy.pub'], pattern);
      assert.deepEqual(report.skipped, [], pattern);
    }
    const { report } = await scanJson(['--exclude', 'vendor', '--exclude', '**/*.yaml'], root);
    assert.deepEqual(paths(report), ['.ssh/authorized_keys', 'docs/key.pub', 'src/deploy.pub']);
  });

  it('--exclude without a slash matches at any depth, as in .gitignore; with a slash it is anchored', async () => {
    const deep = await scanJson(['--exclude', 'deep'], root);
    assert.deepEqual(
      paths(deep.report),
      scanned.filter((path) => path !== 'vendor/lib/deep/key.pub'),
    );
    const anchored = await scanJson(['--exclude', 'lib/deep'], root);
    assert.deepEqual(paths(anchored.report), scanned, 'lib/deep is not at the top of the tree');
  });

  it('scans several PATH arguments, each file once even when they overlap', async () => {
    const { report } = await scanJson(['src', 'docs'], root);
    assert.deepEqual(paths(report), ['docs/key.pub', 'src/config.yaml', 'src/deploy.pub']);
    const overlapping = await scanJson(['.', 'src', 'src/deploy.pub', 'vendor/lib'], root);
    assert.deepEqual(paths(overlapping.report), scanned);
    assert.deepEqual(overlapping.report.findings, [], 'no duplicate-key from scanning one file twice');
    assert.equal(overlapping.report.summary.files, scanned.length);
  });

  it('scans a single file given as PATH', async () => {
    const { run, report } = await scanJson(['src/deploy.pub'], root);
    assert.equal(run.status, 0);
    assert.deepEqual(paths(report), ['src/deploy.pub']);
    assert.equal(report.keys[0]!.fingerprint, fingerprints.get('src/deploy.pub'));
    assert.equal(report.summary.files, 1);
    const embedded = await scanJson([join(root, 'src', 'config.yaml')], root);
    assert.deepEqual(paths(embedded.report), ['src/config.yaml']);
    assert.equal(embedded.report.keys[0]!.fingerprint, fingerprints.get('src/config.yaml'));
  });
});

describe('--blocklist', () => {
  it('reports keys listed by fingerprint or by public key line, and names a bad line', async () => {
    const dir = tempDir();
    const a = generateKey(dir, 'a', 'ed25519');
    const b = generateKey(dir, 'b', 'ed25519');
    const [listedA] = keygenList(`${a}.pub`);
    writeTree(dir, {
      'lists/revoked.txt': `# leavers\n${listedA!.fingerprint} alice (left 2026-10)\n${readFileSync(`${b}.pub`, 'utf8').trim()}\n`,
      'lists/bad.txt': 'SHA256:short\n',
    });
    const result = await runCli(['a.pub', 'b.pub', '--format', 'json', '--blocklist', 'lists/revoked.txt'], dir);
    assert.equal(result.status, 1);
    const compromised = (JSON.parse(result.stdout) as ScanResult).findings.filter((finding) => finding.rule === 'compromised-key');
    assert.deepEqual(
      compromised.map((finding) => finding.path),
      ['a.pub', 'b.pub'],
    );
    assert.match(compromised[0]!.message, /alice \(left 2026-10\)/);
    assert.equal(compromised[0]!.fingerprint, listedA!.fingerprint);
    assert.match(compromised[1]!.message, /lists\/revoked\.txt:3/);

    const bad = await runCli(['a.pub', '--blocklist', 'lists/bad.txt'], dir);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /blocklist lists\/bad\.txt:1: expected a SHA256: fingerprint/);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
  });
});
