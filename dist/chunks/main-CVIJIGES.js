#!/usr/bin/env node
import {
  withGuardedIo
} from "./chunk-7TY3IADA.js";
import {
  USAGE,
  exitCodeFor,
  parseCli,
  resolveCliOptions
} from "./chunk-ZBU7ZBZR.js";
import {
  guardText
} from "./chunk-42MXORR6.js";
import "./chunk-AFWYQFC3.js";
import {
  VERSION
} from "./chunk-GYNN6ZCP.js";
import "./chunk-GEDZCDBK.js";
import "./chunk-CCRRIRE6.js";
import {
  UsageError,
  writeErrorReason
} from "./chunk-ILGW4I5N.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";

// src/cli/main.ts
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
async function render(result, format, color) {
  switch (format) {
    case "json":
      return (await import("./json-reporter-YZWROHW7.js")).renderJson(result);
    case "sarif":
      return (await import("./sarif-reporter-SOMJWARO.js")).renderSarif(result);
    case "markdown":
      return (await import("./markdown-reporter-TM6DEPZI.js")).renderMarkdown(result);
    case "codequality":
      return (await import("./codequality-reporter-PDUYR7MZ.js")).renderCodeQuality(result);
    case "text":
      return (await import("./text-reporter-ILI7CNOL.js")).renderText(result, { color });
  }
}
function progressReporter(stderr) {
  if (!stderr.isTTY) return void 0;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done === total) stderr.write("\r\x1B[K");
    else if (now - last > 100) {
      last = now;
      stderr.write(`\rssh-key-audit: scanned ${done} of ${total} files`);
    }
  };
}
function writeOutput(flag, file, content) {
  try {
    writeFileSync(file, guardText(content));
  } catch (error) {
    throw new UsageError(`cannot write ${flag} ${file}: ${writeErrorReason(error)}`);
  }
}
async function runCli(argv, io) {
  return withGuardedIo(io, (guarded) => runGuarded(argv, guarded));
}
async function runGuarded(argv, io) {
  try {
    const request = parseCli(argv, io.cwd);
    if (request.command === "help") {
      io.stdout.write(USAGE + "\n");
      return 0;
    }
    if (request.command === "version") {
      io.stdout.write(`ssh-key-audit ${VERSION}
`);
      return 0;
    }
    await resolveCliOptions(request);
    if (request.command === "print-config") {
      const { renderPolicy } = await import("./settings-ZEIRVLFD.js");
      const policy = await renderPolicy(request.options, request.format === "json" ? "json" : "yaml");
      if (request.output === null) io.stdout.write(policy);
      else writeOutput("--output", request.output, policy);
      return 0;
    }
    const onProgress = progressReporter(io.stderr);
    const [{ scan }, { failingFindings }, { plural, summaryLine }] = await Promise.all([
      import("./scan-4ACZOR2F.js"),
      import("./fail-on-36252U5L.js"),
      import("./tally-5YQ4FRYX.js")
    ]);
    const pinned = io.env["SSH_KEY_AUDIT_THREADS"];
    const fileThreads = pinned === "1" ? 1 : pinned === "2" ? 2 : pinned === "worker" ? "worker" : void 0;
    const hooks = { ...onProgress ? { onProgress } : {}, ...fileThreads ? { fileThreads } : {} };
    let result;
    if (request.staged || request.diffBase !== null) {
      const { scanChange } = await import("./change-scan-YFAA43ZX.js");
      const change = await scanChange(request, hooks);
      io.stderr.write(`ssh-key-audit: ${change.note}
`);
      result = change.result;
    } else {
      const history = request.history ? (await import("./history-source-7T4H7PKT.js")).historyForScan(request.options) : void 0;
      result = await scan(request.options, hooks, history ? { history } : {});
    }
    if (result.history?.warning) io.stderr.write(`ssh-key-audit: warning: ${result.history.warning}
`);
    if (request.command === "write-baseline") {
      const accepted = [...result.findings, ...result.suppressed.filter((item) => item.suppression.kind === "baseline")];
      const file = request.writeBaseline;
      const { renderBaseline } = await import("./baseline-XL7SH3U7.js");
      writeOutput("--write-baseline", resolve(io.cwd, file), renderBaseline(accepted, file, io.cwd));
      io.stderr.write(`ssh-key-audit: wrote ${file}, accepting ${plural(accepted.length, "finding")}; ${summaryLine(result.summary)}
`);
      return 0;
    }
    const color = request.output === null && io.stdout.isTTY === true && !io.env["NO_COLOR"];
    const report = await render(result, request.format, color);
    if (request.output === null) {
      io.stdout.write(report);
    } else {
      writeOutput("--output", request.output, report);
      io.stderr.write(`ssh-key-audit: wrote ${request.format} report to ${request.output}; ${summaryLine(result.summary)}
`);
    }
    return failingFindings(result.findings, request.options.failOn).length > 0 ? 1 : 0;
  } catch (error) {
    return exitCodeFor(error, io.stderr);
  }
}
export {
  runCli
};
