/**
 * The CLI's streams behind the output guard (core/redact.ts): every string any command writes to stdout
 * or stderr passes guardText(), and a run that withheld anything says so once on stderr at its end.
 */
import { guardText, withheldTotal, withheldWarning } from '../core/redact.js';

type Stream = NodeJS.WritableStream & { isTTY?: boolean };

/** `stream` with every string written through the guard; isTTY and every other property are the stream's own. */
export function guardedStream<T extends Stream>(stream: T): T {
  return new Proxy(stream, {
    get(target, property, receiver) {
      if (property === 'write') {
        return (chunk: unknown, ...rest: unknown[]) =>
          (target.write as (...args: unknown[]) => boolean).call(target, typeof chunk === 'string' ? guardText(chunk) : chunk, ...rest);
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Runs `command` with `io`'s stdout and stderr guarded; warns on stderr when anything was withheld. */
export async function withGuardedIo<T extends { stdout: Stream; stderr: Stream }>(
  io: T,
  command: (guarded: T) => Promise<number>,
): Promise<number> {
  const before = withheldTotal();
  try {
    return await command({ ...io, stdout: guardedStream(io.stdout), stderr: guardedStream(io.stderr) });
  } finally {
    const withheld = withheldTotal() - before;
    if (withheld > 0) io.stderr.write(`ssh-key-audit: warning: ${withheldWarning(withheld)}\n`);
  }
}
