import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { ScanResult } from '../../src/core/types.js';
import { runCli, writeTree } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { generateKey, keygenList, tempDir } from '../helpers/openssh.js';

describe('--history', () => {
  const dir = tempDir();
  const repo = join(dir, 'repo');
  let deleted: { fingerprint: string; commit: string };
  let branchOnly: { fingerprint: string; commit: string };
  let result: ScanResult;
  let stderr: string;

  before(async () => {
    execFileSync('mkdir', ['-p', repo]);
    git(repo, 'init', '-q', '-b', 'main');
    writeTree(repo, { 'README.md': '# project\n' });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'start');
    // A private key committed, then deleted: still in every clone.
    const key = generateKey(dir, 'leaked', 'ed25519');
    writeTree(repo, { 'deploy/id_ed25519': readFileSync(key) });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'add deploy key');
    deleted = { fingerprint: keygenList(`${key}.pub`)[0]!.fingerprint, commit: git(repo, 'rev-parse', 'HEAD') };
    git(repo, 'rm', '-q', 'deploy/id_ed25519');
    git(repo, 'commit', '-qm', 'remove deploy key');
    // A DSA key that only a branch holds.
    const dsa = generateKey(dir, 'branch', 'dsa');
    git(repo, 'checkout', '-qb', 'feature');
    writeTree(repo, { 'keys/old.pub': readFileSync(`${dsa}.pub`) });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'old key on a branch');
    branchOnly = { fingerprint: keygenList(`${dsa}.pub`)[0]!.fingerprint, commit: git(repo, 'rev-parse', 'HEAD') };
    git(repo, 'checkout', '-q', 'main');
    // A large blob in history is listed as skipped, not silently dropped.
    writeTree(repo, { 'big.txt': 'x'.repeat(5000) });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'big');
    git(repo, 'rm', '-q', 'big.txt');
    git(repo, 'commit', '-qm', 'no big');
    // The current tree's own files are scanned once, as files.
    const current = generateKey(dir, 'current', 'ed25519');
    writeTree(repo, { 'keys/current.pub': readFileSync(`${current}.pub`) });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'current key');
    const run = await runCli(['.', '--history', '--format', 'json', '--max-file-size', '4096'], repo);
    assert.equal(run.status, 1, run.stderr);
    result = JSON.parse(run.stdout) as ScanResult;
    stderr = run.stderr;
  });

  it('finds a private key that was committed and later deleted, naming the commit and path', () => {
    const finding = result.findings.find((item) => item.rule === 'private-key');
    assert.ok(finding);
    assert.equal(finding.path, 'deploy/id_ed25519');
    assert.equal(finding.commit, deleted.commit);
    assert.equal(finding.fingerprint, deleted.fingerprint);
  });

  it('finds a key that only another branch holds', () => {
    const finding = result.findings.find((item) => item.rule === 'dsa-key');
    assert.ok(finding);
    assert.equal(finding.path, 'keys/old.pub');
    assert.equal(finding.commit, branchOnly.commit);
    assert.equal(finding.fingerprint, branchOnly.fingerprint);
  });

  it('scans each blob once and the current tree as files', () => {
    const current = result.keys.filter((key) => key.path === 'keys/current.pub');
    assert.equal(current.length, 1);
    assert.equal(current[0]!.commit, undefined);
    assert.equal(result.findings.filter((item) => item.rule === 'duplicate-key').length, 0);
    assert.ok(result.history);
    assert.equal(result.history.shallow, false);
  });

  it('lists a blob over --max-file-size as skipped', () => {
    const big = result.skipped.find((item) => item.path.startsWith('big.txt@'));
    assert.ok(big, JSON.stringify(result.skipped));
    assert.match(big.reason, /max-file-size/);
    assert.equal(result.summary.skipped, result.skipped.length);
    assert.equal(stderr.includes('warning'), false);
  });

  it('says clearly that a shallow clone has incomplete history', async () => {
    const shallow = join(dir, 'shallow');
    rmSync(shallow, { recursive: true, force: true });
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    const run = await runCli(['.', '--history', '--format', 'json'], shallow);
    const report = JSON.parse(run.stdout) as ScanResult;
    assert.equal(report.history!.shallow, true);
    assert.match(run.stderr, /history is incomplete: this is a shallow clone.*fetch-depth: 0/);
  });

  it('is a usage error outside a git repository', async () => {
    const plain = tempDir();
    writeFileSync(join(plain, 'a.txt'), 'nothing\n');
    const run = await runCli(['.', '--history'], plain);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--history needs a git repository/);
  });
});
