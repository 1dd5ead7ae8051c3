#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  withGuardedIo
} from "./chunks/chunk-KUTEK7ND.js";
import "./chunks/chunk-GUMW3ZH5.js";
import "./chunks/chunk-AAXGI36X.js";

// src/cli/index.ts
import { isMainThread } from "node:worker_threads";
if (isMainThread) {
  process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
  const argv = process.argv.slice(2);
  const io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env };
  if (argv[0] === "explain") {
    const { runExplain } = await import("./chunks/explain-command-CFDFGPHT.js");
    process.exitCode = await withGuardedIo({ ...io, stdin: process.stdin }, (guarded) => runExplain(argv.slice(1), guarded));
  } else if (argv[0] === "merge") {
    const { runMerge } = await import("./chunks/merge-command-FN6RWPTW.js");
    process.exitCode = await withGuardedIo(io, (guarded) => runMerge(argv.slice(1), guarded));
  } else {
    const { runCli } = await import("./chunks/main-TDZ6LLU5.js");
    process.exitCode = await runCli(argv, io);
  }
}
