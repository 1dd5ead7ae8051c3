/** End-to-end helpers: run the bundled CLI (dist/cli.js) as a user would, and build file trees to scan. */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScanResult } from '../../src/core/types.js';
import { generateKey, keygenList } from './openssh.js';

/** The bundle under test; `npm test` rebuilds it first (pretest), so it is never stale there. */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export const PACKAGE_VERSION: string = (
  JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string }
).version;

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  milliseconds: number;
}

export interface CliOptions {
  /** Extra environment variables (NO_COLOR is removed unless given here). */
  env?: NodeJS.ProcessEnv;
  /** A hung CLI fails the test instead of the whole suite. */
  timeoutMs?: number;
  /** Close our end of stdout at once, as `| head` does once it has read enough. */
  closeStdout?: boolean;
  /**
   * Run as user and group `nobody` (65534) when the tests run as root (CI does), through util-linux
   * setpriv(1), which .ci/run requires: root reads any file, so permission cases need an ordinary user.
   * Everything the CLI reads must then be readable by others.
   */
  unprivileged?: boolean;
}

/** uid/gid of `nobody` on Debian and most Linux distributions. */
export const NOBODY = 65534;

let publicCli: string | undefined;

/**
 * A copy of the bundle that `nobody` can read, since a checkout under /root is not: dist/cli.js and the
 * chunks it loads (dist/chunks/), files 0644 in directories 0755.
 */
function cliForNobody(): string {
  if (!publicCli) {
    const dir = mkdtempSync(join(tmpdir(), 'ska-cli-'));
    cpSync(dirname(CLI), dir, { recursive: true });
    const open = (path: string): void => {
      chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
      if (statSync(path).isDirectory()) for (const name of readdirSync(path)) open(join(path, name));
    };
    open(dir);
    publicCli = join(dir, 'cli.js');
  }
  return publicCli;
}

/** Spawns `node dist/cli.js ARGS` in `cwd` with pipes for stdin, stdout and stderr, so none of them is a TTY. */
export function runCli(args: readonly string[], cwd: string, options: CliOptions = {}): Promise<CliRun> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does it first)`);
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (!options.env || !('NO_COLOR' in options.env)) delete env['NO_COLOR'];
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const asNobody = options.unprivileged === true && process.getuid?.() === 0;
    const command = asNobody ? 'setpriv' : process.execPath;
    const prefix = asNobody ? [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath] : [];
    const child = spawn(command, [...prefix, asNobody ? cliForNobody() : CLI, ...args], {
      cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 30_000,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    if (options.closeStdout) child.stdout.destroy();
    else child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      resolve({
        status,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        milliseconds: Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
    child.stdin.end();
  });
}

/** Runs `--format json` plus ARGS and parses the report; a usage error (2), a bug (3) or a signal throws. */
export async function scanJson(
  args: readonly string[],
  cwd: string,
  options: CliOptions = {},
): Promise<{ run: CliRun; report: ScanResult }> {
  const run = await runCli(['--format', 'json', ...args], cwd, options);
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`ssh-key-audit ${args.join(' ')} exited with ${run.status ?? run.signal}: ${run.stderr}`);
  }
  return { run, report: JSON.parse(run.stdout) as ScanResult };
}

/** Writes FILES (relative path -> content) under ROOT, creating directories as needed. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
}

/** A generated key with what `ssh-keygen -l` says about it, for tests that copy it into several trees. */
export interface ListedKey {
  /** The private key file (outside every scanned tree unless a test copies it in). */
  path: string;
  /** The whole `.pub` file: one line, ending in a newline. */
  publicLine: string;
  bits: number;
  fingerprint: string;
}

export function generateListedKey(dir: string, name: string, type: string, extra: string[] = []): ListedKey {
  const path = generateKey(dir, name, type, extra);
  const [listing] = keygenList(`${path}.pub`);
  return { path, publicLine: readFileSync(`${path}.pub`, 'utf8'), bits: listing!.bits, fingerprint: listing!.fingerprint };
}

/** Sorted, for order-insensitive comparisons of paths, rules and the like. */
export function sorted<T>(values: Iterable<T>): T[] {
  return [...values].sort();
}
