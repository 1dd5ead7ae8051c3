/**
 * The release shape: the release workflow's shell steps run as written (tag check, moving the major tag
 * on a real origin), what it must do (build, dist check, provenance, draft), and every link to the project
 * derived from the one `repository` setting in package.json.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/action.js';
import { CLI, PACKAGE_VERSION, writeTree } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { tempDir } from '../helpers/openssh.js';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
}

interface Workflow {
  on: { push: { tags: string[] } };
  jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
}

const workflow = parse(readFileSync(join(REPO_ROOT, '.github/workflows/release.yml'), 'utf8')) as Workflow;
const steps = workflow.jobs['release']!.steps;
const step = (name: string): Step => {
  const found = steps.find((item) => item.name === name);
  assert.ok(found, `release.yml has a step "${name}"`);
  return found;
};
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  repository: { url: string };
  homepage: string;
  bugs: { url: string };
};

function bash(script: string, cwd: string, env: Record<string, string>): { status: number | null; output: string } {
  const run = spawnSync('bash', ['-e', '-c', script], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('the release workflow', () => {
  it('runs on version tags, with the permissions for provenance and for moving the tag', () => {
    assert.ok(workflow.on.push.tags.includes('v[0-9]+.[0-9]+.[0-9]+'));
    assert.deepEqual(workflow.jobs['release']!.permissions, { contents: 'write', 'id-token': 'write' });
  });

  it('builds, checks dist/ is current, tests, publishes with provenance and drafts the notes, in that order', () => {
    const runs = steps.map((item) => item.run ?? item.uses ?? '');
    const index = (pattern: RegExp): number => runs.findIndex((run) => pattern.test(run));
    const order = [
      /^npm ci/,
      /^npm run build$/,
      /git status --porcelain -- dist/,
      /^npm test$/,
      /npm publish --provenance/,
      /git push --force origin/,
      /gh release create .*--draft/,
    ];
    const positions = order.map(index);
    assert.ok(
      positions.every((position) => position !== -1),
      `missing: ${order.filter((_, at) => positions[at] === -1).join(', ')}`,
    );
    assert.deepEqual(
      [...positions].sort((a, b) => a - b),
      positions,
    );
  });

  it('refuses a tag that is not the version in package.json', () => {
    const check = step('The tag is the version in package.json').run!;
    assert.equal(bash(check, REPO_ROOT, { GITHUB_REF_NAME: `v${PACKAGE_VERSION}` }).status, 0);
    const wrong = bash(check, REPO_ROOT, { GITHUB_REF_NAME: 'v9.9.9' });
    assert.equal(wrong.status, 1);
    assert.match(wrong.output, /does not match package\.json version/);
  });

  it('moves the major tag to the released commit on the origin, and leaves prereleases alone', () => {
    const dir = tempDir();
    const origin = join(dir, 'origin.git');
    const work = join(dir, 'work');
    mkdirSync(work);
    git(dir, 'init', '-q', '--bare', origin);
    git(work, 'init', '-q', '-b', 'main');
    git(work, 'remote', 'add', 'origin', origin);
    writeTree(work, { a: '1\n' });
    git(work, 'add', '.');
    git(work, 'commit', '-qm', 'one');
    git(work, 'tag', 'v0');
    writeTree(work, { a: '2\n' });
    git(work, 'commit', '-qam', 'two');
    git(work, 'push', '-q', 'origin', 'main', 'v0');
    const sha = git(work, 'rev-parse', 'HEAD');
    const move = step('Move the major tag');
    assert.equal(move.if, "${{ !contains(github.ref_name, '-') }}");
    const run = bash(move.run!, work, { TAG: 'v0.2.0', GITHUB_SHA: sha });
    assert.equal(run.status, 0, run.output);
    assert.equal(git(origin, 'rev-parse', 'refs/tags/v0'), sha);
  });
});

describe('links derive from package.json', () => {
  const web = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
  const slug = new URL(web).pathname.slice(1);

  it('repository, homepage and bugs name the same repository', () => {
    assert.match(web, /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    assert.ok(manifest.homepage.startsWith(web));
    assert.ok(manifest.bugs.url.startsWith(web));
  });

  it("the SARIF report's informationUri and helpUri are the package's repository", () => {
    const run = spawnSync(process.execPath, [CLI, '--format', 'sarif', 'README.md'], { cwd: REPO_ROOT, encoding: 'utf8' });
    const sarif = JSON.parse(run.stdout) as { runs: { tool: { driver: { informationUri: string; rules: { helpUri: string }[] } } }[] };
    const driver = sarif.runs[0]!.tool.driver;
    assert.equal(driver.informationUri, web);
    for (const rule of driver.rules) assert.ok(rule.helpUri.startsWith(`${web}/blob/main/docs/rules.md#`), rule.helpUri);
  });

  it('every link and `uses:` to the project in the docs and workflows names that repository', () => {
    const files = [
      'README.md',
      'action.yml',
      '.pre-commit-hooks.yaml',
      ...readdirSync(join(REPO_ROOT, 'docs/ci')).map((name) => `docs/ci/${name}`),
      ...readdirSync(join(REPO_ROOT, 'docs/workflows')).map((name) => `docs/workflows/${name}`),
      ...readdirSync(join(REPO_ROOT, '.github/workflows')).map((name) => `.github/workflows/${name}`),
      'schema/ssh-key-audit.schema.json',
    ];
    let seen = 0;
    for (const file of files) {
      const text = readFileSync(join(REPO_ROOT, file), 'utf8');
      const pattern = /(?:github\.com\/|githubusercontent\.com\/|uses:\s+)([\w.-]+\/ssh-key-audit)\b/g;
      for (const match of text.matchAll(pattern)) {
        seen++;
        assert.equal(match[1], slug, `${file}: ${match[0]}`);
      }
    }
    assert.ok(seen > 5, `${seen} links checked`);
  });
});
