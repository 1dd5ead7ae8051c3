#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);

// src/cli/index.ts
import { isMainThread } from "node:worker_threads";
if (isMainThread) {
  process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
  const argv = process.argv.slice(2);
  const io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env };
  if (argv[0] === "explain") {
    const { runExplain } = await import("./chunks/explain-command-6JNYXMMB.js");
    process.exitCode = await runExplain(argv.slice(1), { ...io, stdin: process.stdin });
  } else if (argv[0] === "merge") {
    const { runMerge } = await import("./chunks/merge-command-OHR4FH5F.js");
    process.exitCode = await runMerge(argv.slice(1), io);
  } else {
    const { runCli } = await import("./chunks/main-3RDKGYQV.js");
    process.exitCode = await runCli(argv, io);
  }
}
