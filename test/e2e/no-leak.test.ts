/**
 * No report, message or log holds private key material: dist/cli.js scans a tree of private keys in every
 * container (plain and inside JSON and YAML), in every format, to stdout and to --output, and no output
 * holds a line of a key body, any 16 characters of it, or the passphrase.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { runCli, scanJson, sorted, writeTree } from '../helpers/cli.js';
import { sshKeygen, tempDir } from '../helpers/openssh.js';

const PASSPHRASE = 'hunter2-passphrase';
const WINDOW = 16;
const FORMATS = ['text', 'json', 'sarif', 'markdown', 'codequality'];

const work = tempDir('ska-e2e-leak-');

/** The lines between each BEGIN and END line of TEXT (headers such as DEK-Info included). */
function blockBodies(text: string): string[][] {
  const bodies: string[][] = [];
  let current: string[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (/-----BEGIN [A-Z0-9 ]+-----/.test(line)) current = [];
    else if (/-----END [A-Z0-9 ]+-----/.test(line) && current) {
      bodies.push(current);
      current = null;
    } else if (current) current.push(line.trim());
  }
  return bodies;
}

interface Secrets {
  lines: Set<string>;
  windows: Set<string>;
}

function secretsOf(texts: readonly string[]): Secrets {
  const secrets: Secrets = { lines: new Set(), windows: new Set() };
  for (const body of texts.flatMap(blockBodies)) {
    for (const line of body) if (line.length >= WINDOW) secrets.lines.add(line);
    // The base64 alone (no Proc-Type or DEK-Info header), as one string: a leak may cross a line break.
    const joined = body.filter((line) => !line.includes(':')).join('');
    for (let start = 0; start + WINDOW <= joined.length; start++) secrets.windows.add(joined.slice(start, start + WINDOW));
  }
  return secrets;
}

/** What of SECRETS appears in OUTPUT: lines, 16-character slices of a body, the passphrase. */
function leaks(output: string, secrets: Secrets): string[] {
  const found: string[] = [];
  for (const line of secrets.lines) if (output.includes(line)) found.push(`line ${line}`);
  for (let start = 0; start + WINDOW <= output.length; start++) {
    const slice = output.slice(start, start + WINDOW);
    if (secrets.windows.has(slice)) found.push(`slice ${slice}`);
  }
  if (output.includes(PASSPHRASE)) found.push('the passphrase');
  return found;
}

describe('no output ever holds private key material', () => {
  let root: string;
  let secrets: Secrets;
  const privateFiles = [
    'openssh-plain',
    'openssh-encrypted',
    'pem-rsa',
    'pem-rsa-encrypted',
    'pkcs8',
    'pkcs8-encrypted',
    'truncated-openssh',
    'truncated-pem',
    'garbage-block',
  ];

  before(() => {
    const keys = join(work, 'keys');
    mkdirSync(keys);
    const make = (name: string, args: string[]): string => {
      sshKeygen(['-q', '-C', `${name}@test`, '-f', join(keys, name), ...args]);
      return join(keys, name);
    };
    make('openssh-plain', ['-t', 'ed25519', '-N', '']);
    make('openssh-encrypted', ['-t', 'ed25519', '-N', PASSPHRASE]);
    make('pem-rsa', ['-t', 'rsa', '-b', '2048', '-m', 'PEM', '-N', '']);
    copyFileSync(join(keys, 'pem-rsa'), join(keys, 'pem-rsa-encrypted'));
    sshKeygen(['-q', '-p', '-m', 'PEM', '-P', '', '-N', PASSPHRASE, '-f', join(keys, 'pem-rsa-encrypted')]);
    make('pkcs8', ['-t', 'ecdsa', '-b', '384', '-m', 'PKCS8', '-N', '']);
    execFileSync('openssl', [
      'pkcs8',
      '-topk8',
      '-v2',
      'aes-256-cbc',
      '-in',
      join(keys, 'pkcs8'),
      '-out',
      join(keys, 'pkcs8-encrypted'),
      '-passout',
      `pass:${PASSPHRASE}`,
    ]);
    const read = (name: string): string => readFileSync(join(keys, name), 'utf8');
    // Damaged keys: the readers fail part-way through real key material, where an error could quote it.
    const truncate = (text: string): string => {
      const lines = text.trimEnd().split('\n');
      return [...lines.slice(0, Math.ceil(lines.length / 2)), lines.at(-1)!].join('\n') + '\n';
    };
    const garbage = Buffer.from(Array.from({ length: 150 }, (_, index) => (index * 73 + 41) % 256)).toString('base64');
    const files: Record<string, string> = {
      'openssh-plain': read('openssh-plain'),
      'openssh-encrypted': read('openssh-encrypted'),
      'pem-rsa': read('pem-rsa'),
      'pem-rsa-encrypted': read('pem-rsa-encrypted'),
      pkcs8: read('pkcs8'),
      'pkcs8-encrypted': read('pkcs8-encrypted'),
      'truncated-openssh': truncate(read('openssh-plain')),
      'truncated-pem': truncate(read('pem-rsa')),
      'garbage-block': `-----BEGIN OPENSSH PRIVATE KEY-----\n${garbage.match(/.{1,70}/g)!.join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`,
    };
    // The same keys as configuration values, next to their passphrase, the way they get committed.
    files['config.json'] = JSON.stringify(
      { deploy: { key: files['openssh-encrypted'], passphrase: PASSPHRASE }, tls: { key: files['pkcs8'] } },
      null,
      2,
    );
    const indent = (text: string): string => text.trimEnd().replace(/^/gm, '    ');
    files['values.yaml'] = [
      'deploy:',
      `  passphrase: ${PASSPHRASE}`,
      '  key: |',
      indent(files['pem-rsa-encrypted']!),
      'tls:',
      '  key: |',
      indent(files['pkcs8-encrypted']!),
      '',
    ].join('\n');
    // The same material through the wrappings the scanner undoes (base64 values, string concatenation, mail
    // quotes): the decoded text is read, and damaged blocks fail there, where an error could quote it.
    const b64 = (text: string): string => Buffer.from(text).toString('base64');
    const secretValues = [b64(files['openssh-plain']!), b64(files['truncated-pem']!)];
    files['wrapped/secret.yaml'] = `kind: Secret\ndata:\n  id: ${secretValues[0]}\n  old: ${secretValues[1]}\n`;
    files['wrapped/keys_test.go'] = `var k = "" +\n${files['truncated-openssh']!.trimEnd()
      .split('\n')
      .map((line) => `\t"${line}\\n" +`)
      .join('\n')}\n\t""\n`;
    files['wrapped/reply.eml'] = `Someone wrote:\n${files['garbage-block']!.replace(/^/gm, '> ')}`;
    root = join(work, 'root');
    writeTree(root, files);
    // A base64 value is key material as it stands, too: its windows count as a leak.
    secrets = secretsOf([...Object.values(files), ...secretValues.map((value) => `-----BEGIN X-----\n${value}\n-----END X-----`)]);
    mkdirSync(join(work, 'reports'));
  });

  it('the check itself finds key material where there is some', () => {
    assert.ok(secrets.lines.size > 50);
    assert.ok(secrets.windows.size > 3000);
    for (const name of privateFiles) {
      const text = readFileSync(join(root, name), 'utf8');
      assert.ok(leaks(text, secrets).length > 0, name);
      // One line of the body, re-wrapped: still caught by the 16-character slices.
      const body = blockBodies(text)[0]!.filter((line) => !line.includes(':'));
      assert.ok(leaks(`x${body[1]!.slice(3, 20)}x`, secrets).length > 0, name);
    }
    assert.deepEqual(leaks('SHA256:abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG private-key', secrets), []);
  });

  it('the scan finds every private key, so there was something to leak', async () => {
    const { run, report } = await scanJson([], root);
    assert.equal(run.status, 1);
    const privateKeys = report.findings.filter((finding) => finding.rule === 'private-key').map((finding) => finding.path);
    assert.deepEqual(
      privateKeys,
      sorted([
        ...privateFiles,
        'config.json',
        'config.json',
        'values.yaml',
        'values.yaml',
        'wrapped/keys_test.go',
        'wrapped/reply.eml',
        'wrapped/secret.yaml',
        'wrapped/secret.yaml',
      ]),
    );
  });

  for (const format of FORMATS) {
    it(`--format ${format}: nothing on stdout or stderr, nor in the --output file`, async () => {
      const direct = await runCli(['--format', format], root);
      assert.equal(direct.status, 1, direct.stderr);
      assert.ok(direct.stdout.length > 0);
      const file = join(work, 'reports', `report.${format}`);
      const written = await runCli(['--format', format, '--output', file], root);
      assert.equal(written.status, 1, written.stderr);
      const outputs: Record<string, string> = {
        stdout: direct.stdout,
        stderr: direct.stderr,
        'stdout with --output': written.stdout,
        'stderr with --output': written.stderr,
        '--output file': readFileSync(file, 'utf8'),
      };
      for (const [where, output] of Object.entries(outputs)) assert.deepEqual(leaks(output, secrets), [], `${format} ${where}`);
    });
  }
});
