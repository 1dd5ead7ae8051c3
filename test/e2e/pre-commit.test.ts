/**
 * The pre-commit entry of .pre-commit-hooks.yaml, installed as a real git hook that runs the bundle, driven
 * by real `git commit`s: what is staged decides, not what is in the working tree.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { ScanResult } from '../../src/core/types.js';
import { CLI, runCli, writeTree } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { generateKey, keygenList, tempDir } from '../helpers/openssh.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  pass_filenames?: boolean;
  stages?: string[];
}

const HOOKS = parse(readFileSync(fileURLToPath(new URL('../../.pre-commit-hooks.yaml', import.meta.url)), 'utf8')) as Hook[];

/** The hook's entry with the installed `ssh-key-audit` bin replaced by the bundle it runs. */
function entryArgs(id: string): string[] {
  const hook = HOOKS.find((item) => item.id === id);
  assert.ok(hook, `no hook ${id} in .pre-commit-hooks.yaml`);
  const [bin, ...args] = hook.entry.split(/\s+/);
  assert.equal(bin, 'ssh-key-audit');
  return args;
}

/** Installs ARGS as the repository's pre-commit hook, as pre-commit or husky would run it. */
function installHook(repo: string, args: readonly string[]): void {
  const quoted = [process.execPath, CLI, ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  writeFileSync(join(repo, '.git/hooks/pre-commit'), `#!/bin/sh\nexec ${quoted}\n`);
  chmodSync(join(repo, '.git/hooks/pre-commit'), 0o755);
}

interface Commit {
  status: number | null;
  output: string;
  committed: boolean;
}

function commit(repo: string, message: string): Commit {
  const before = git(repo, 'rev-parse', '--verify', '--quiet', 'HEAD');
  const run = spawnSync('git', ['commit', '-m', message], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
  const after = git(repo, 'rev-parse', '--verify', '--quiet', 'HEAD');
  return { status: run.status, output: run.stdout + run.stderr, committed: before !== after };
}

/** The base64 body of a private key file: none of it may appear in any output. */
function secretBody(privatePath: string): string[] {
  return readFileSync(privatePath, 'utf8')
    .split('\n')
    .filter((line) => line.length > 20 && !line.startsWith('-----'));
}

function newRepo(dir: string): string {
  const repo = join(dir, `repo-${Math.random().toString(36).slice(2)}`);
  mkdirSync(repo);
  git(repo, 'init', '-q', '-b', 'main');
  writeTree(repo, { 'README.md': '# project\n' });
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'start');
  return repo;
}

describe('pre-commit hook (--staged)', () => {
  const dir = tempDir();
  const hookArgs = entryArgs('ssh-key-audit');

  it('is a node hook that takes no file names', () => {
    const hook = HOOKS.find((item) => item.id === 'ssh-key-audit')!;
    assert.equal(hook.language, 'node');
    assert.equal(hook.pass_filenames, false);
    assert.ok(hook.stages?.includes('pre-commit'));
    assert.ok(hookArgs.includes('--staged'));
  });

  it('blocks a commit that stages a private key (exit 1), naming the file and never printing the key', () => {
    const repo = newRepo(dir);
    installHook(repo, hookArgs);
    const key = generateKey(dir, 'staged-key', 'ed25519');
    writeTree(repo, { 'deploy/id_ed25519': readFileSync(key) });
    git(repo, 'add', 'deploy/id_ed25519');
    const run = commit(repo, 'add a key');
    assert.equal(run.committed, false);
    assert.equal(run.status, 1);
    assert.match(run.output, /deploy\/id_ed25519/);
    assert.match(run.output, /private-key/);
    assert.ok(run.output.includes(keygenList(`${key}.pub`)[0]!.fingerprint));
    for (const line of secretBody(key)) assert.equal(run.output.includes(line), false, 'key material in the hook output');
  });

  it('still blocks the key when it was deleted from the working tree after staging', () => {
    const repo = newRepo(dir);
    installHook(repo, hookArgs);
    const key = generateKey(dir, 'deleted-key', 'ecdsa');
    writeTree(repo, { id_ecdsa: readFileSync(key) });
    git(repo, 'add', 'id_ecdsa');
    rmSync(join(repo, 'id_ecdsa'));
    const run = commit(repo, 'key gone from the tree, not from the index');
    assert.equal(run.committed, false);
    assert.equal(run.status, 1);
    assert.match(run.output, /id_ecdsa/);
  });

  it('ignores a key that is not staged, and lets the clean commit through', () => {
    const repo = newRepo(dir);
    installHook(repo, hookArgs);
    const key = generateKey(dir, 'unstaged-key', 'ed25519');
    // An untracked key, and a tracked file whose unstaged edit adds a key: neither is in this commit.
    writeTree(repo, { 'scratch/id_ed25519': readFileSync(key), 'notes.txt': 'notes\n' });
    git(repo, 'add', 'notes.txt');
    git(repo, 'commit', '-qm', 'notes', '--no-verify');
    writeTree(repo, { 'notes.txt': `notes\n${readFileSync(key, 'utf8')}`, 'src/app.txt': 'hello\n' });
    git(repo, 'add', 'src/app.txt');
    const run = commit(repo, 'clean change');
    assert.equal(run.status, 0, run.output);
    assert.equal(run.committed, true);
  });

  it('passes a clean commit and blocks nothing when nothing about SSH is staged', () => {
    const repo = newRepo(dir);
    installHook(repo, hookArgs);
    const key = generateKey(dir, 'public-only', 'ed25519');
    writeTree(repo, { 'keys/ok.pub': readFileSync(`${key}.pub`), 'docs/a.md': 'text\n' });
    git(repo, 'add', '.');
    const run = commit(repo, 'an ed25519 public key is fine');
    assert.equal(run.status, 0, run.output);
    assert.equal(run.committed, true);
  });

  it('judges a staged sshd drop-in with the configs already in the index, as a full scan and sshd do', async () => {
    const repo = newRepo(dir);
    writeTree(repo, {
      // PermitRootLogin yes was committed before: not this commit's business.
      'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\nPermitRootLogin yes\n',
      'etc/ssh/sshd_config.d/00-hardening.conf': 'PermitEmptyPasswords no\n',
    });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'hardening', '--no-verify');
    // A later drop-in cannot undo the earlier one: first value wins (sshd -T says no).
    writeTree(repo, { 'etc/ssh/sshd_config.d/50-vendor.conf': 'PermitEmptyPasswords yes\n' });
    git(repo, 'add', '.');
    const staged = await runCli(['--staged', '--format', 'json'], repo);
    assert.equal(staged.status, 0, staged.stderr);
    const full = await runCli(['--format', 'json', '--fail-on', 'never'], repo);
    const rows = (run: { stdout: string }, path: string) =>
      (JSON.parse(run.stdout) as ScanResult).findings.filter((item) => item.path === path).map((item) => [item.rule, item.line]);
    const dropIn = 'etc/ssh/sshd_config.d/50-vendor.conf';
    assert.deepEqual(rows(staged, dropIn), [['shadowed-setting', 1]]);
    assert.deepEqual(rows(staged, dropIn), rows(full, dropIn));
    // The unchanged main config is read for its Include, not reported.
    assert.deepEqual(rows(staged, 'etc/ssh/sshd_config'), []);
    assert.notDeepEqual(rows(full, 'etc/ssh/sshd_config'), []);
  });

  it('reports the staged content, not the working file, in the JSON report', async () => {
    const repo = newRepo(dir);
    const key = generateKey(dir, 'json-key', 'ed25519');
    writeTree(repo, { 'a/id': readFileSync(key) });
    git(repo, 'add', 'a/id');
    writeFileSync(join(repo, 'a/id'), 'replaced in the working tree\n');
    const run = await runCli(['--staged', '--format', 'json'], repo);
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as ScanResult;
    assert.deepEqual(
      report.findings.map((item) => [item.rule, item.path, item.line, item.fingerprint]),
      [['private-key', 'a/id', 1, keygenList(`${key}.pub`)[0]!.fingerprint]],
    );
    assert.equal(report.root, repo);
    // From a subdirectory, paths are relative to it, as a tree scan's are.
    const sub = await runCli(['--staged', '--format', 'json'], join(repo, 'a'));
    assert.deepEqual(
      (JSON.parse(sub.stdout) as ScanResult).findings.map((item) => item.path),
      ['id'],
    );
  });

  it('honours the policy file and inline comments, as a tree scan does', async () => {
    const repo = newRepo(dir);
    const key = generateKey(dir, 'accepted-key', 'ed25519');
    writeTree(repo, {
      '.ssh-key-audit.yml': 'allow:\n  - path: fixtures/**\n    reason: test fixture\n',
      'fixtures/id': readFileSync(key),
    });
    git(repo, 'add', '.');
    rmSync(join(repo, 'fixtures'), { recursive: true });
    const run = await runCli(['--staged', '--format', 'json'], repo);
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as ScanResult;
    assert.deepEqual(report.findings, []);
    assert.deepEqual(
      report.suppressed.map((item) => [item.rule, item.path]),
      [['private-key', 'fixtures/id']],
    );
  });

  it('works before the first commit and outside a repository says so (exit 2)', async () => {
    const repo = join(dir, 'fresh');
    mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    const key = generateKey(dir, 'first-key', 'ed25519');
    writeTree(repo, { id: readFileSync(key) });
    git(repo, 'add', 'id');
    assert.equal((await runCli(['--staged'], repo)).status, 1);
    const outside = join(dir, 'not-a-repo');
    mkdirSync(outside);
    const run = await runCli(['--staged'], outside);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--staged needs a git repository/);
  });
});

describe('--diff-base on a branch', () => {
  const dir = tempDir();

  /** main holds an old RSA private key; the branch adds lines around and after it. */
  function branchRepo(): { repo: string; oldKey: string } {
    const repo = newRepo(dir);
    const oldKey = generateKey(dir, `old-${Math.random().toString(36).slice(2)}`, 'ed25519');
    writeTree(repo, { 'legacy/id_ed25519': readFileSync(oldKey), 'config/ssh_config': 'Host *\n  User git\n' });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'legacy key on main');
    git(repo, 'checkout', '-qb', 'feature');
    return { repo, oldKey };
  }

  it('pre-commit with --diff-base: staged key blocked, deleted-after-staging blocked, unstaged ignored, clean passes', () => {
    const { repo } = branchRepo();
    installHook(repo, [...entryArgs('ssh-key-audit'), '--diff-base', 'main']);
    // Clean: the key main already has is not this branch's doing.
    writeTree(repo, { 'src/a.txt': 'a\n' });
    git(repo, 'add', '.');
    const clean = commit(repo, 'clean');
    assert.equal(clean.status, 0, clean.output);
    assert.equal(clean.committed, true);
    // Staged key: blocked.
    const key = generateKey(dir, 'branch-key', 'ed25519');
    writeTree(repo, { 'new/id': readFileSync(key) });
    git(repo, 'add', 'new/id');
    const staged = commit(repo, 'staged key');
    assert.equal(staged.status, 1, staged.output);
    assert.equal(staged.committed, false);
    assert.match(staged.output, /new\/id/);
    assert.doesNotMatch(staged.output, /legacy\/id_ed25519/);
    // Deleted from the working tree after staging: still blocked.
    rmSync(join(repo, 'new/id'));
    const deleted = commit(repo, 'deleted after staging');
    assert.equal(deleted.status, 1, deleted.output);
    assert.equal(deleted.committed, false);
    // Unstaged: unstage it, leave a copy in the working tree, commit something else.
    git(repo, 'rm', '-q', '--cached', 'new/id');
    writeTree(repo, { 'new/id': readFileSync(key), 'src/b.txt': 'b\n' });
    git(repo, 'add', 'src/b.txt');
    const unstaged = commit(repo, 'unstaged key');
    assert.equal(unstaged.status, 0, unstaged.output);
    assert.equal(unstaged.committed, true);
  });

  it('the CLI on a branch reports what the branch added since the merge base, not what main had', async () => {
    const { repo } = branchRepo();
    const key = generateKey(dir, 'added-key', 'ed25519');
    const weak = generateKey(dir, 'weak-rsa', 'rsa', ['-b', '1024']);
    // A config line added to a file that main already had, a new private key, and a weak public key appended.
    writeTree(repo, {
      'config/ssh_config': 'Host *\n  User git\n  StrictHostKeyChecking no\n',
      'added/id': readFileSync(key),
      'keys/authorized_keys': readFileSync(`${weak}.pub`),
    });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'branch work');
    // main moves on with a key of its own: not the branch's either.
    git(repo, 'checkout', '-q', 'main');
    const later = generateKey(dir, 'main-later', 'ed25519');
    writeTree(repo, { 'main-only/id': readFileSync(later) });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'main moves on');
    git(repo, 'checkout', '-q', 'feature');

    const full = await runCli(['--format', 'json'], repo);
    const all = (JSON.parse(full.stdout) as ScanResult).findings.map((item) => item.path);
    assert.ok(all.includes('legacy/id_ed25519'), 'the tree scan sees the key main had');

    const run = await runCli(['--format', 'json', '--diff-base', 'main'], repo);
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as ScanResult;
    const found = report.findings.map((item) => `${item.path}:${item.line}:${item.rule}`);
    assert.ok(found.includes('added/id:1:private-key'), found.join(', '));
    assert.ok(found.includes('keys/authorized_keys:1:weak-rsa-key'), found.join(', '));
    assert.ok(
      found.some((item) => item.startsWith('config/ssh_config:3:')),
      `the added StrictHostKeyChecking line is reported: ${found.join(', ')}`,
    );
    assert.equal(
      found.some((item) => item.startsWith('legacy/') || item.startsWith('main-only/')),
      false,
    );
    assert.equal(
      found.some((item) => item.startsWith('config/ssh_config:1:') || item.startsWith('config/ssh_config:2:')),
      false,
    );
    assert.equal(report.summary.errors, report.findings.filter((item) => item.severity === 'error').length);
    assert.match(run.stderr, /--diff-base main: reporting what 3 files gained/);
  });

  it('answers a ref that does not exist, a directory outside git, or --history with it, with a usage error (exit 2)', async () => {
    const { repo } = branchRepo();
    const missing = await runCli(['--diff-base', 'origin/nope'], repo);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /--diff-base origin\/nope: no such commit/);
    // A remote-tracking name is fetched from its remote by branch name.
    git(repo, 'remote', 'add', 'origin', repo);
    const tracking = await runCli(['--diff-base', 'origin/nope'], repo);
    assert.equal(tracking.status, 2);
    assert.match(tracking.stderr, /e\.g\. git fetch origin nope\)/);
    const outside = join(dir, `outside-${Math.random().toString(36).slice(2)}`);
    mkdirSync(outside);
    const notRepo = await runCli(['--diff-base', 'main'], outside);
    assert.equal(notRepo.status, 2);
    assert.match(notRepo.stderr, /--diff-base needs a git repository/);
    const both = await runCli(['--diff-base', 'main', '--history'], repo);
    assert.equal(both.status, 2);
    assert.match(both.stderr, /give one of them/);
  });
});
