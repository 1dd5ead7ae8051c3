/** Entry of dist/cli.js: loads only the command it runs (a bundle chunk each), so --version starts fast. */
import { isMainThread } from 'node:worker_threads';

// The batch GCD of a large scan runs this same bundle in worker threads: there, only its worker code runs.
if (isMainThread) {
  // `ssh-key-audit | head` closes the pipe before the report is written: the reader has all it wanted, so
  // EPIPE is not a crash (an unhandled 'error' event would print a stack and exit 1, which reads as findings).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });

  const argv = process.argv.slice(2);
  const io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env };

  // Subcommands come first; a directory of the same name is still scanned as ./explain or ./merge.
  if (argv[0] === 'explain') {
    const { runExplain } = await import('./explain-command.js');
    process.exitCode = await runExplain(argv.slice(1), { ...io, stdin: process.stdin });
  } else if (argv[0] === 'merge') {
    const { runMerge } = await import('./merge-command.js');
    process.exitCode = await runMerge(argv.slice(1), io);
  } else {
    const { runCli } = await import('./main.js');
    process.exitCode = await runCli(argv, io);
  }
}
