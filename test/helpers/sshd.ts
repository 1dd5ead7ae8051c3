/**
 * A real sshd (Debian's openssh-server) for the tests: started as root on 127.0.0.1 at a free high port
 * with throwaway host keys and a config written per test, its stderr log kept (`sshd -D -e`), and stopped
 * by the caller in `after`. The real ssh client runs against it with -vvv. Every wait has a timeout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';

export const SSHD = '/usr/sbin/sshd';

/** Why the sshd tests cannot run here, or null when they can. */
export function sshdSkipReason(): string | null {
  if (!existsSync(SSHD)) return 'sshd is not installed (apt-get install openssh-server; .ci/run installs it)';
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'sshd must run as root to accept logins';
  return null;
}

export const USER = userInfo().username;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface Sshd {
  port: number;
  /** What sshd has written to stderr so far. */
  log(): string;
  /** Waits (at most timeoutMs) until the log matches `pattern`; returns the log either way. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}

export interface SshdOptions {
  /** Private host key files. */
  hostKeys: string[];
  /** Extra sshd_config lines. */
  config?: string[];
  authorizedKeys: string;
}

/** Starts sshd in `dir`; resolves once it listens (5 s at most). Call stop() in after/finally. */
export async function startSshd(dir: string, name: string, options: SshdOptions): Promise<Sshd> {
  // The privilege separation directory normally comes from the service unit, which never runs here.
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const configPath = join(dir, `${name}.sshd_config`);
  writeFileSync(
    configPath,
    [
      ...options.hostKeys.map((key) => `HostKey ${key}`),
      'PidFile none',
      'UsePAM no',
      // The temp directory is world-writable, which StrictModes would refuse.
      'StrictModes no',
      `AuthorizedKeysFile ${options.authorizedKeys}`,
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      ...(options.config ?? []),
      '',
    ].join('\n'),
  );
  const port = await freePort();
  const child: ChildProcess = spawn(SSHD, ['-D', '-e', '-f', configPath, '-p', String(port), '-o', 'ListenAddress=127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  let exited = false;
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  const exit = new Promise<void>((resolve) =>
    child.on('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const waitFor = async (pattern: RegExp, timeoutMs = 3000): Promise<string> => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(log) && !exited && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return log;
  };
  const stop = async (): Promise<void> => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exit;
    clearTimeout(timer);
  };
  await waitFor(/Server listening on/, 5000);
  if (!/Server listening on 127\.0\.0\.1 port/.test(log)) {
    await stop();
    throw new Error(`sshd did not start: ${log}`);
  }
  return { port, log: () => log, waitFor, stop };
}

export interface SshRun {
  status: number | null;
  stderr: string;
}

/** Runs the real ssh client (`ssh -vvv -F CONFIG ... user@127.0.0.1 true`), 15 s at most. */
export function runSsh(args: string[], options: { config?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<SshRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('ssh', ['-vvv', '-F', options.config ?? '/dev/null', '-o', 'BatchMode=yes', ...args, 'true'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: options.env ?? process.env,
      timeout: options.timeoutMs ?? 15_000,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/** The client options every test uses: its own known_hosts, only the key given, no agent. */
export function clientArgs(port: number, knownHosts: string, key: string | null, extra: string[] = []): string[] {
  return [
    '-o',
    `UserKnownHostsFile=${knownHosts}`,
    '-o',
    'GlobalKnownHostsFile=/dev/null',
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    'IdentityAgent=none',
    ...(key ? ['-i', key] : []),
    ...extra,
    '-p',
    String(port),
    `${USER}@127.0.0.1`,
  ];
}
