#!/usr/bin/env node
import {
  withGuardedIo
} from "./chunks/chunk-7TY3IADA.js";
import "./chunks/chunk-42MXORR6.js";
import "./chunks/chunk-AAXGI36X.js";

// src/cli/index.ts
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
});
var argv = process.argv.slice(2);
var io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env };
if (argv[0] === "explain") {
  const { runExplain } = await import("./chunks/explain-command-EZGOZVWB.js");
  process.exitCode = await withGuardedIo({ ...io, stdin: process.stdin }, (guarded) => runExplain(argv.slice(1), guarded));
} else if (argv[0] === "merge") {
  const { runMerge } = await import("./chunks/merge-command-4HWLW4SO.js");
  process.exitCode = await withGuardedIo(io, (guarded) => runMerge(argv.slice(1), guarded));
} else {
  const { runCli } = await import("./chunks/main-CVIJIGES.js");
  process.exitCode = await runCli(argv, io);
}
