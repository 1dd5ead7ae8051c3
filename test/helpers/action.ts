/**
 * Runs dist/index.js as the Actions runner does: every input of action.yml as an INPUT_* variable (name
 * upper-cased, spaces to underscores, dashes kept), GITHUB_WORKSPACE as the working directory, and
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files; with RunContext also the event (GITHUB_EVENT_NAME and an
 * event file), GITHUB_API_URL and the token. Also parses what the runner would read back.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ACTION_BUNDLE = join(REPO_ROOT, 'dist/index.js');

/** The inputs of action.yml with their defaults, as the runner passes them when a workflow sets none. */
export function actionDefaults(): Record<string, string> {
  const lines = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8').split('\n');
  const defaults: Record<string, string> = {};
  let inInputs = false;
  let current: string | null = null;
  for (const line of lines) {
    if (/^\S/.test(line)) inInputs = line.startsWith('inputs:');
    if (!inInputs) continue;
    const name = /^ {2}([a-z][a-z0-9-]*):\s*$/.exec(line);
    if (name) current = name[1]!;
    const value = /^ {4}default:\s*(.*)$/.exec(line);
    if (value && current) {
      const raw = value[1]!.trim();
      defaults[current] = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    }
  }
  return defaults;
}

/** @actions/core getInput: `INPUT_${name.replace(/ /g, '_').toUpperCase()}`; the dash stays. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Parsed from the GITHUB_OUTPUT file. */
  outputs: Map<string, string>;
  /** The GITHUB_OUTPUT file as written. */
  outputText: string;
  /** The GITHUB_STEP_SUMMARY file, '' when the Action did not write it. */
  summary: string;
  commands: WorkflowCommand[];
  /** The JSON and SARIF reports at the paths the outputs name (read before RUNNER_TEMP is removed), null when absent. */
  report: string | null;
  sarif: string | null;
  /** RUNNER_TEMP of the run (removed after it): report paths under it are defaults. */
  runnerTemp: string;
}

/** What the runner knows besides the inputs: the event, the API, the token, the step's env: mapping. */
export interface RunContext {
  /** GITHUB_EVENT_NAME; with `event` written to a file named by GITHUB_EVENT_PATH. */
  eventName?: string;
  /** The event payload, or raw text for a malformed one. */
  event?: unknown;
  /** GITHUB_API_URL. */
  apiUrl?: string;
  /** GITHUB_REPOSITORY, `owner/name`. */
  repository?: string;
  /** GITHUB_SHA. */
  sha?: string;
  /** What `${{ github.token }}` expands to; '' (no token) by default. */
  token?: string;
  /** The step's `env:` (secrets mapped in). */
  env?: Record<string, string>;
  /** GITHUB_SERVER_URL; https://github.com by default, as on github.com. */
  serverUrl?: string;
  /** Make GITHUB_STEP_SUMMARY a file the Action cannot write. */
  unwritableSummary?: boolean;
}

/** Runs the bundle in `workspace` with the defaults of action.yml overridden by `inputs`. */
export function runAction(workspace: string, inputs: Record<string, string> = {}, context: RunContext = {}): ActionRun {
  const files = mkdtempSync(join(tmpdir(), 'ska-runner-'));
  try {
    const setup = prepare(files, workspace, inputs, context);
    const child = spawnSync(process.execPath, [ACTION_BUNDLE], { cwd: workspace, env: setup.env, encoding: 'utf8', timeout: 60_000 });
    if (child.error) throw child.error;
    return collect(setup, child.status, child.stdout, child.stderr);
  } finally {
    rmSync(files, { recursive: true, force: true });
  }
}

/** runAction without blocking the event loop, so that a server in the test process can answer the Action. */
export async function runActionAsync(workspace: string, inputs: Record<string, string> = {}, context: RunContext = {}): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), 'ska-runner-'));
  try {
    const setup = prepare(files, workspace, inputs, context);
    const child = spawn(process.execPath, [ACTION_BUNDLE], { cwd: workspace, env: setup.env, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const status = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolve(code));
    });
    return collect(setup, status, stdout, stderr);
  } finally {
    rmSync(files, { recursive: true, force: true });
  }
}

interface Setup {
  env: NodeJS.ProcessEnv;
  outputFile: string;
  summaryFile: string;
  runnerTemp: string;
}

/** Input defaults that are expressions, as the runner expands them. */
function expand(value: string, context: RunContext): string {
  return value.replace(/\$\{\{\s*github\.token\s*\}\}/g, context.token ?? '');
}

function prepare(files: string, workspace: string, inputs: Record<string, string>, context: RunContext): Setup {
  const outputFile = join(files, 'output');
  const runnerTemp = join(files, 'temp');
  mkdirSync(runnerTemp);
  // A directory where a file should be: unwritable whoever runs the test, root included.
  const summaryFile = join(files, 'step-summary');
  if (context.unwritableSummary) mkdirSync(summaryFile);
  else writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = {};
  // Nothing from a surrounding runner (or node --test) may leak into the Action under test, and requests to
  // the loopback server must not go through a proxy.
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(INPUT_|GITHUB_|RUNNER_|NODE_TEST|NODE_OPTIONS$|https?_proxy$|no_proxy$|all_proxy$)/i.test(key)) env[key] = value;
  }
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...inputs })) env[inputVariable(name)] = expand(value, context);
  env['GITHUB_WORKSPACE'] = workspace;
  env['GITHUB_OUTPUT'] = outputFile;
  env['GITHUB_STEP_SUMMARY'] = summaryFile;
  env['RUNNER_TEMP'] = runnerTemp;
  env['GITHUB_SERVER_URL'] = context.serverUrl ?? 'https://github.com';
  env['NO_COLOR'] = '1';
  if (context.eventName !== undefined) env['GITHUB_EVENT_NAME'] = context.eventName;
  if (context.event !== undefined) {
    const eventFile = join(files, 'event.json');
    writeFileSync(eventFile, typeof context.event === 'string' ? context.event : JSON.stringify(context.event));
    env['GITHUB_EVENT_PATH'] = eventFile;
  }
  if (context.apiUrl !== undefined) env['GITHUB_API_URL'] = context.apiUrl;
  if (context.repository !== undefined) env['GITHUB_REPOSITORY'] = context.repository;
  if (context.sha !== undefined) env['GITHUB_SHA'] = context.sha;
  Object.assign(env, context.env);
  return { env, outputFile, summaryFile, runnerTemp };
}

function collect(setup: Setup, status: number | null, stdout: string, stderr: string): ActionRun {
  const outputText = readFileSync(setup.outputFile, 'utf8');
  const outputs = parseOutputFile(outputText);
  const read = (path: string | undefined): string | null => (path && existsSync(path) ? readFileSync(path, 'utf8') : null);
  return {
    status,
    stdout,
    stderr,
    outputs,
    outputText,
    summary: existsSync(setup.summaryFile) && statSync(setup.summaryFile).isFile() ? readFileSync(setup.summaryFile, 'utf8') : '',
    commands: parseWorkflowCommands(stdout),
    report: read(outputs.get('report')),
    sarif: read(outputs.get('sarif-file')),
    runnerTemp: setup.runnerTemp,
  };
}

/**
 * The GITHUB_OUTPUT file: `name<<DELIMITER`, the value's lines, `DELIMITER` (what core.setOutput writes), or
 * the older `name=value`. Anything else is an error, as it would be for the runner.
 */
export function parseOutputFile(text: string): Map<string, string> {
  const outputs = new Map<string, string>();
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    const simple = /^([^=<]+)=(.*)$/.exec(line);
    let name: string;
    let value: string;
    if (heredoc) {
      name = heredoc[1]!;
      const delimiter = heredoc[2]!;
      const end = lines.indexOf(delimiter, index + 1);
      if (end === -1) throw new Error(`output ${name}: no closing ${delimiter}`);
      value = lines.slice(index + 1, end).join('\n');
      index = end;
    } else if (simple) {
      name = simple[1]!;
      value = simple[2]!;
    } else {
      throw new Error(`unexpected line in GITHUB_OUTPUT: ${JSON.stringify(line)}`);
    }
    if (outputs.has(name)) throw new Error(`output ${name} is set twice`);
    outputs.set(name, value);
  }
  return outputs;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

// The escapes of @actions/core (command.ts): data escapes % CR LF, properties also : and ,.
function unescape(text: string): string {
  return text.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
}

/** `::command key=value,key=value::message` lines of stdout. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of match[2] ? match[2].split(',') : []) {
      const equals = pair.indexOf('=');
      properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1));
    }
    commands.push({ command: match[1]!, properties, message: unescape(match[3]!) });
  }
  return commands;
}
