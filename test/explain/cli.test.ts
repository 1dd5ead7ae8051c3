/** `ssh-key-audit explain` end to end: the bundled CLI with real argv, files and standard input. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLI, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/openssh.js';

// Quoted from argoproj/argo-helm issue 1359 (OpenSSH 8.9 against Azure DevOps).
const NEGOTIATION = 'Unable to negotiate with 40.74.28.9 port 22: no matching host key type found. Their offer: ssh-rsa\n';

function withStdin(args: string[], input: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'], timeout: 30_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('ssh-key-audit explain', () => {
  const dir = tempDir();

  it('reads standard input and exits 0 when it explained something', async () => {
    const run = await withStdin(['explain'], NEGOTIATION);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /No common host key type/);
    assert.match(run.stdout, /HostKeyAlgorithms \+ssh-rsa/);
  });

  it('reads files, --host and --format json', async () => {
    const log = join(dir, 'client.log');
    writeFileSync(log, NEGOTIATION);
    const run = await runCli(['explain', log, '--host', 'ssh.dev.azure.com', '--format', 'json'], dir);
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as {
      tool: { name: string };
      explanations: { id: string; fixes: { kind: string; text: string; lines?: string[] }[] }[];
    };
    assert.equal(report.tool.name, 'ssh-key-audit');
    assert.deepEqual(
      report.explanations.map((entry) => entry.id),
      ['no-matching-host-key-type'],
    );
    const workaround = report.explanations[0]!.fixes.at(-1)!;
    assert.equal(workaround.kind, 'workaround');
    // --host names the block: the log shows only the address, which `ssh ssh.dev.azure.com` never matches.
    assert.match(
      workaround.text,
      /^For this host only \(in ~\/\.ssh\/config, before any "Host \*" block\); it re-enables ssh-rsa for ssh\.dev\.azure\.com and nothing else:$/,
    );
    assert.deepEqual(workaround.lines, ['Host ssh.dev.azure.com', '    HostKeyAlgorithms +ssh-rsa']);
  });

  it('exits 1 when it recognises nothing', async () => {
    const run = await withStdin(['explain'], 'all good here\n');
    assert.equal(run.status, 1);
    assert.match(run.stdout, /No SSH failure recognised/);
  });

  it('answers usage errors with one line and exit 2', async () => {
    for (const args of [
      ['explain', '--format', 'sarif'],
      ['explain', 'missing.log'],
      ['explain', '--bogus'],
      ['explain', '--key'],
    ]) {
      const run = await runCli(args, dir);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.match(run.stderr, /^ssh-key-audit explain: /);
    }
  });

  it('refuses a log larger than 64 MiB with exit 2, naming the file and not its content', async () => {
    const huge = join(dir, 'huge.log');
    // Sparse: the size is what is checked, nothing is read.
    writeFileSync(huge, '');
    truncateSync(huge, 64 * 1024 * 1024 + 1);
    const run = await runCli(['explain', huge], dir);
    assert.equal(run.status, 2);
    assert.equal(
      run.stderr,
      `ssh-key-audit explain: log ${huge} is larger than 64 MiB; give explain the part of the log around the failure\n`,
    );
  });

  it('prints its own help', async () => {
    const run = await runCli(['explain', '--help'], dir);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: ssh-key-audit explain/);
  });
});
