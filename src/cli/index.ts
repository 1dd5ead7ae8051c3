/** Entry of dist/cli.js: loads only the command it runs (a bundle chunk each), so --version starts fast. */
import { withGuardedIo } from './guarded-io.js';

// The batch GCD's worker threads start from its own chunk, never from this entry (scripts/build.mjs checks),
// so nothing here needs to tell a worker from the main thread (node:worker_threads costs a bare start 3%).

// `ssh-key-audit | head` closes the pipe before the report is written: the reader has all it wanted, so
// EPIPE is not a crash (an unhandled 'error' event would print a stack and exit 1, which reads as findings).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const argv = process.argv.slice(2);
const io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env };

// Subcommands come first; a directory of the same name is still scanned as ./explain or ./merge.
// runCli guards its own output; explain and merge go through the same output guard here.
if (argv[0] === 'explain') {
  const { runExplain } = await import('./explain-command.js');
  process.exitCode = await withGuardedIo({ ...io, stdin: process.stdin }, (guarded) => runExplain(argv.slice(1), guarded));
} else if (argv[0] === 'merge') {
  const { runMerge } = await import('./merge-command.js');
  process.exitCode = await withGuardedIo(io, (guarded) => runMerge(argv.slice(1), guarded));
} else {
  const { runCli } = await import('./main.js');
  process.exitCode = await runCli(argv, io);
}
