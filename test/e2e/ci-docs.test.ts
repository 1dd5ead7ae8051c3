/**
 * The CI and git hook snippets of docs/ci/*.md, run as written against a real repository with an `origin`:
 * only `npx ... ssh-key-audit@0` / the installed `ssh-key-audit` is swapped for the bundle under test, and
 * each CI's variables are set as that CI sets them in a merge or pull request build.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/action.js';
import { CLI, writeTree } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { suiteDirs } from '../helpers/key-tree.js';
import { generateKey } from '../helpers/openssh.js';

function doc(name: string): string {
  return readFileSync(join(REPO_ROOT, 'docs/ci', name), 'utf8');
}

function blocks(text: string, language: string): string[] {
  return [...text.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]!);
}

/** Runs a shell line as a CI runner would, with `ssh-key-audit` on PATH meaning the bundle under test. */
function sh(line: string, cwd: string, bin: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const command = line.replace(/npx --yes ssh-key-audit@0|npx --no -- ssh-key-audit/g, 'ssh-key-audit');
  const run = spawnSync('sh', ['-c', command], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env['PATH']}`, ...env },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

interface Repos {
  dir: string;
  bin: string;
  /** A clone with the branch `feature` checked out; main holds an accepted old key, the branch adds `added`. */
  clone(added: 'private-key' | 'nothing'): { repo: string; base: string };
}

function setUp(dirs: (prefix?: string) => string): Repos {
  const dir = dirs('ska-ci-docs-');
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'ssh-key-audit'), `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`);
  chmodSync(join(bin, 'ssh-key-audit'), 0o755);
  let count = 0;
  return {
    dir,
    bin,
    clone(added) {
      count++;
      const origin = join(dir, `origin-${count}.git`);
      const work = join(dir, `work-${count}`);
      mkdirSync(work);
      git(work, 'init', '-q', '-b', 'main');
      const old = generateKey(dir, `old-${count}`, 'ed25519');
      writeTree(work, { 'legacy/id_ed25519': readFileSync(old), 'README.md': '# app\n' });
      git(work, 'add', '.');
      git(work, 'commit', '-qm', 'main with an old key');
      const base = git(work, 'rev-parse', 'HEAD');
      git(work, 'checkout', '-qb', 'feature');
      if (added === 'private-key') writeTree(work, { 'deploy/id_ed25519': readFileSync(generateKey(dir, `new-${count}`, 'ed25519')) });
      else writeTree(work, { 'src/app.txt': 'hello\n' });
      git(work, 'add', '.');
      git(work, 'commit', '-qm', 'feature work');
      git(dir, 'clone', '-q', '--bare', work, origin);
      const repo = join(dir, `clone-${count}`);
      git(dir, 'clone', '-q', '--branch', 'feature', origin, repo);
      return { repo, base };
    },
  };
}

describe('docs/ci/gitlab.md', () => {
  let repos: Repos;
  const dirs = suiteDirs();
  const jobs = blocks(doc('gitlab.md'), 'yaml').map((text) => parse(text) as Record<string, GitLabJob>);
  interface GitLabJob {
    script: string[];
    before_script?: string[];
    artifacts: { reports: { codequality: string } };
  }
  before(() => (repos = setUp(dirs)));

  it('the template publishes gl-code-quality-report.json as the codequality report and gates with --diff-base', () => {
    const job = jobs[0]!['ssh-key-audit']!;
    assert.equal(job.artifacts.reports.codequality, 'gl-code-quality-report.json');
    assert.ok(job.script.some((line) => line.includes('--diff-base "$CI_MERGE_REQUEST_DIFF_BASE_SHA"')));
    assert.ok(job.before_script?.some((line) => line.includes('npm install --global') && line.includes('ssh-key-audit@')));
  });

  it('in a merge request that adds a key: the full report for the widget, and the gate fails on the new key only', () => {
    const { repo, base } = repos.clone('private-key');
    const [report, gate] = jobs[0]!['ssh-key-audit']!.script;
    const env = { CI_MERGE_REQUEST_DIFF_BASE_SHA: base };
    assert.equal(sh(report!, repo, repos.bin, env).status, 0);
    const issues = JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8')) as { location: { path: string } }[];
    assert.deepEqual(issues.map((issue) => issue.location.path).sort(), ['deploy/id_ed25519', 'legacy/id_ed25519']);
    const run = sh(gate!, repo, repos.bin, env);
    assert.equal(run.status, 1, run.output);
    assert.match(run.output, /deploy\/id_ed25519/);
    assert.doesNotMatch(run.output, /legacy\/id_ed25519/);
  });

  it('in a clean merge request the gate passes; on the default branch (no variable) it scans the whole tree', () => {
    const { repo, base } = repos.clone('nothing');
    const gate = jobs[0]!['ssh-key-audit']!.script[1]!;
    const merge = sh(gate, repo, repos.bin, { CI_MERGE_REQUEST_DIFF_BASE_SHA: base });
    assert.equal(merge.status, 0, merge.output);
    const branch = sh(gate, repo, repos.bin, { CI_MERGE_REQUEST_DIFF_BASE_SHA: '' });
    assert.equal(branch.status, 1, branch.output);
    assert.match(branch.output, /legacy\/id_ed25519/);
  });

  it('the merge-request-only job reports only what the merge request adds', () => {
    const { repo, base } = repos.clone('private-key');
    const job = jobs[1]!['ssh-key-audit-mr']!;
    assert.equal(job.artifacts.reports.codequality, 'gl-code-quality-report.json');
    const run = sh(job.script[0]!, repo, repos.bin, { CI_MERGE_REQUEST_DIFF_BASE_SHA: base });
    assert.equal(run.status, 1, run.output);
    const issues = JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8')) as { location: { path: string } }[];
    assert.deepEqual(
      issues.map((issue) => issue.location.path),
      ['deploy/id_ed25519'],
    );
  });
});

describe('docs/ci/azure-pipelines.md', () => {
  let repos: Repos;
  const dirs = suiteDirs();
  const pipeline = parse(blocks(doc('azure-pipelines.md'), 'yaml')[0]!) as {
    steps: { script?: string; checkout?: string; fetchDepth?: number }[];
  };
  const scripts = pipeline.steps.filter((step) => step.script).map((step) => step.script!);
  before(() => (repos = setUp(dirs)));

  it('checks out with the history --diff-base needs and publishes the SARIF as CodeAnalysisLogs', () => {
    assert.equal(pipeline.steps.find((step) => step.checkout)?.fetchDepth, 0);
    assert.match(doc('azure-pipelines.md'), /ArtifactName: CodeAnalysisLogs/);
  });

  for (const target of ['refs/heads/main', 'main']) {
    it(`a pull request into ${target}: the SARIF is written, the gate fails on the added key only`, () => {
      const { repo } = repos.clone('private-key');
      const staging = join(repos.dir, `staging-${target.length}`);
      const expand = (script: string): string => script.replaceAll('$(Build.ArtifactStagingDirectory)', staging);
      const report = sh(expand(scripts[0]!), repo, repos.bin);
      assert.equal(report.status, 0, report.output);
      assert.ok(existsSync(join(staging, 'CodeAnalysisLogs/ssh-key-audit.sarif')));
      const gate = sh(expand(scripts[1]!), repo, repos.bin, { SYSTEM_PULLREQUEST_TARGETBRANCH: target });
      assert.equal(gate.status, 1, gate.output);
      assert.match(gate.output, /deploy\/id_ed25519/);
      assert.doesNotMatch(gate.output, /legacy\/id_ed25519/);
    });
  }

  it('a clean pull request passes the gate', () => {
    const { repo } = repos.clone('nothing');
    const gate = sh(scripts[1]!, repo, repos.bin, { SYSTEM_PULLREQUEST_TARGETBRANCH: 'refs/heads/main' });
    assert.equal(gate.status, 0, gate.output);
  });
});

describe('docs/ci/jenkins.md', () => {
  let repos: Repos;
  const dirs = suiteDirs();
  const groovy = blocks(doc('jenkins.md'), 'groovy')[0]!;
  before(() => (repos = setUp(dirs)));

  it('records the SARIF with Warnings NG', () => {
    assert.match(groovy, /recordIssues\([\s\S]*sarif\([^)]*pattern: 'ssh-key-audit\.sarif'/);
  });

  it("a pull request build: fetch the target, and the gate fails on the added key only (Groovy's strings run as written)", () => {
    const { repo } = repos.clone('private-key');
    const env = { CHANGE_TARGET: 'main', WORKSPACE: repo };
    const lines = [...groovy.matchAll(/sh (['"])(.*?)\1/g)].map((match) =>
      match[2]!.replaceAll('${env.CHANGE_TARGET}', env.CHANGE_TARGET).replaceAll('${WORKSPACE}', env.WORKSPACE),
    );
    const [report, fetch, gate] = lines;
    assert.equal(sh(report!, repo, repos.bin).status, 0);
    assert.ok(existsSync(join(repo, 'ssh-key-audit.sarif')));
    const fetched = sh(fetch!, repo, repos.bin);
    assert.equal(fetched.status, 0, fetched.output);
    const run = sh(gate!, repo, repos.bin);
    assert.equal(run.status, 1, run.output);
    assert.match(run.output, /deploy\/id_ed25519/);
    assert.doesNotMatch(run.output, /legacy\/id_ed25519/);
  });
});

describe('docs/ci/git-hooks.md', () => {
  let repos: Repos;
  const dirs = suiteDirs();
  const text = doc('git-hooks.md');
  before(() => (repos = setUp(dirs)));

  it("the local pre-commit hook has the same entry as the repository's hook", () => {
    const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string }[];
    const local = blocks(text, 'yaml')
      .map((block) => parse(block) as { repos?: { repo: string; hooks: { id: string; entry?: string; pass_filenames?: boolean }[] }[] })
      .flatMap((config) => config.repos ?? [])
      .find((repo) => repo.repo === 'local')!;
    assert.equal(local.hooks[0]!.entry, hooks.find((hook) => hook.id === 'ssh-key-audit')!.entry);
    assert.equal(local.hooks[0]!.pass_filenames, false);
  });

  it('the core.hooksPath recipe blocks a commit that stages a key and lets a clean one through', () => {
    const { repo } = repos.clone('nothing');
    const recipe = blocks(text, 'sh').find((block) => block.includes('core.hooksPath .githooks'))!;
    // The hook runs `npx --no -- ssh-key-audit`; with the bundle on PATH as ssh-key-audit, the same command.
    assert.equal(sh(recipe.replace('npx --no -- ssh-key-audit', 'ssh-key-audit'), repo, repos.bin).status, 0);
    const commit = (message: string): number | null =>
      spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message], {
        cwd: repo,
        env: { ...process.env, PATH: `${repos.bin}:${process.env['PATH']}` },
      }).status;
    writeTree(repo, { 'keys/id': readFileSync(generateKey(repos.dir, 'hooked', 'ed25519')) });
    git(repo, 'add', 'keys/id');
    assert.equal(commit('a key'), 1);
    git(repo, 'rm', '-q', '--cached', 'keys/id');
    writeTree(repo, { 'notes.txt': 'notes\n' });
    git(repo, 'add', 'notes.txt');
    assert.equal(commit('notes'), 0);
  });
});
