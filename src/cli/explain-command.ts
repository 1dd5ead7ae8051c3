/**
 * `ssh-key-audit explain [FILE...]`: reads SSH client output, server logs or a pasted error (standard input
 * when no FILE is named, or `-`), explains each failure it recognises, and exits 0 when it explained
 * something, 1 when it recognised nothing, 2 on a usage error, 3 on a bug.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { globSync } from 'glob';
import type { ConfigSource } from '../core/ssh-config/effective.js';
import { UsageError } from '../core/errors.js';
import { explain, type KeyFileInput, type LogInput } from '../core/explain/index.js';
import { renderExplainJson } from '../reporters/explain-json.js';
import { renderExplainText } from '../reporters/explain-text.js';
import { VERSION } from '../version.js';
import { exitCodeFor, parseCommandLine } from './args.js';

export interface ExplainIo {
  cwd: string;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Read when no FILE is named; the CLI passes process.stdin. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

export const EXPLAIN_USAGE = `Usage: ssh-key-audit explain [FILE...] [options]

Explains why an SSH connection failed: reads client output (ssh, sftp, scp or git, best with -v),
server logs (journalctl -u ssh, /var/log/auth.log, /var/log/secure) or a pasted error, together,
from the FILEs or from standard input (when no FILE is named, or FILE is -), and prints for each
failure it recognises what happened, why (with the OpenSSH release that changed the default) and
the fixes in order of preference.

Options:
  --format text|json   output format (default: text)
  --key FILE           the key you used: its type, size and fingerprint are tied to the log (repeatable)
  --config FILE        your ssh_config: what it decides for the host in the log
  --host NAME          the Host name you typed, when the log shows only an address or HostName
  -h, --help           show this help

Exit status: 0 something was explained, 1 nothing was recognised, 2 usage error, 3 internal error.
What it recognises: docs/troubleshooting.md`;

const FORMATS = ['text', 'json'] as const;

interface ExplainRequest {
  files: string[];
  format: (typeof FORMATS)[number];
  keys: string[];
  config: string | null;
  host: string | null;
  help: boolean;
}

function parseExplainArgs(argv: readonly string[]): ExplainRequest {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      format: { type: 'string' },
      key: { type: 'string', multiple: true },
      config: { type: 'string' },
      host: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    'ssh-key-audit explain',
  );
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
  }
  for (const [name, value] of [
    ['--config', values.config],
    ['--host', values.host],
  ] as const) {
    if (value === '') throw new UsageError(`${name} needs a value`);
  }
  if (values.key?.some((key) => key === '')) throw new UsageError('--key needs a file name');
  return {
    files: positionals,
    format: format as ExplainRequest['format'],
    keys: values.key ?? [],
    config: values.config ?? null,
    host: values.host ?? null,
    help: values.help === true,
  };
}

/**
 * The most explain reads from one input, in bytes. A failure and its context fit in far less; a larger
 * input is a whole system log, which is refused with a word on what to give instead rather than read into
 * memory (and past V8's string limit).
 */
export const MAX_LOG_BYTES = 64 * 1024 * 1024;

function tooLarge(what: string): UsageError {
  return new UsageError(`${what} is larger than ${MAX_LOG_BYTES / 1024 / 1024} MiB; give explain the part of the log around the failure`);
}

function readInput(path: string, cwd: string, what: string): Buffer {
  try {
    if (statSync(resolve(cwd, path)).size > MAX_LOG_BYTES) throw tooLarge(`${what} ${path}`);
    return readFileSync(resolve(cwd, path));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_LOG_BYTES) throw tooLarge('standard input');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const fileSource: ConfigSource = {
  read: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  },
  // ssh_config(5): relative Include paths are taken from ~/.ssh for a user config; next to the named file
  // is the closest a config outside ~/.ssh can get.
  include: (from, pattern) =>
    globSync((isAbsolute(pattern) ? pattern : resolve(dirname(from), pattern)).replace(/\\/g, '/'), { nodir: true }).sort(),
};

export async function runExplain(argv: readonly string[], io: ExplainIo): Promise<number> {
  try {
    const request = parseExplainArgs(argv);
    if (request.help) {
      io.stdout.write(EXPLAIN_USAGE + '\n');
      return 0;
    }
    const inputs: LogInput[] = [];
    const names = request.files.length > 0 ? request.files : ['-'];
    for (const name of names) {
      if (name === '-') {
        if (!io.stdin) throw new UsageError('no FILE named and no standard input to read');
        if (io.stdin.isTTY) io.stderr.write('ssh-key-audit explain: paste the log, then press Ctrl-D (Ctrl-Z Enter on Windows)\n');
        inputs.push({ name: '-', text: await readStream(io.stdin) });
      } else {
        inputs.push({ name, text: readInput(name, io.cwd, 'log').toString('utf8') });
      }
    }
    const keys: KeyFileInput[] = request.keys.map((path) => ({ path, bytes: readInput(path, io.cwd, '--key') }));
    const config = request.config === null ? undefined : { path: resolve(io.cwd, request.config), source: fileSource };
    if (config && fileSource.read(config.path) === null) throw new UsageError(`cannot read --config ${request.config}`);
    const result = explain(inputs, { keys, ...(config ? { config } : {}), ...(request.host ? { host: request.host } : {}) });
    const color = request.format === 'text' && io.stdout.isTTY === true && !io.env['NO_COLOR'];
    io.stdout.write(
      request.format === 'json'
        ? renderExplainJson(result, { name: 'ssh-key-audit', version: VERSION })
        : renderExplainText(result, { color }),
    );
    return result.explanations.length > 0 ? 0 : 1;
  } catch (error) {
    return exitCodeFor(error, io.stderr, 'ssh-key-audit explain');
  }
}
