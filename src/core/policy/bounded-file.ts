/**
 * Reading the files that configure a scan (policy, baseline, blocklists) with a size limit: a hostile or
 * mistaken file (a multi-gigabyte blob, a device) is a usage error naming the file, never a crash.
 * Messages never quote the content.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { UsageError } from '../errors.js';

function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`;
}

/** The UTF-8 text of `absolute`, at most `limit` bytes; `what` names the file in messages ("the baseline x.json"). */
export function readBoundedText(absolute: string, limit: number, what: string): string {
  let fd: number;
  try {
    fd = openSync(absolute, 'r');
  } catch (error) {
    throw new UsageError(`cannot read ${what} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new UsageError(`cannot read ${what}: it is not a regular file`);
    if (stats.size > limit) throw new UsageError(`${what} is ${stats.size} bytes, over the ${formatLimit(limit)} limit for such a file`);
    // Read at most one byte past the limit: a file that grows while it is read is still bounded.
    const buffer = Buffer.alloc(Math.min(stats.size, limit) + 1);
    let filled = 0;
    for (let read = -1; read !== 0 && filled < buffer.length; filled += read)
      read = readSync(fd, buffer, filled, buffer.length - filled, null);
    if (filled > limit) throw new UsageError(`${what} is over the ${formatLimit(limit)} limit for such a file`);
    return buffer.subarray(0, filled).toString('utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${what} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    closeSync(fd);
  }
}

/** The 1-based line holding character `position` of `text`. */
function lineOfPosition(text: string, position: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < position; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/**
 * Where V8's JSON.parse error points: `at position N`, the end for `Unexpected end`, else the place of the
 * text V8 quotes (`Unexpected token 'x', "...snippet"... is not valid JSON`). Only used for the line number.
 */
function errorPosition(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  if (message.includes('end of JSON input')) return text.length;
  const quoted = message.indexOf('"');
  const closing = message.lastIndexOf('"');
  if (quoted === -1 || closing <= quoted + 1) return 0;
  const found = text.indexOf(message.slice(quoted + 1, closing));
  return found === -1 ? 0 : found;
}

/**
 * JSON.parse with an error that names the line and never the content: V8's messages quote the text
 * around the error ("Unexpected token ..., "-----BEGIN"... is not valid JSON"), which may be a key.
 */
export function parseJsonFile(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const line = lineOfPosition(text, errorPosition(text, error.message));
    throw new UsageError(`${what} is not JSON (line ${line})`);
  }
}
