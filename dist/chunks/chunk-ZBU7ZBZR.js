#!/usr/bin/env node
import {
  defaultOptions,
  parseCount,
  parseFailOn,
  quoteValue
} from "./chunk-AFWYQFC3.js";
import {
  UsageError
} from "./chunk-ILGW4I5N.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var FORMATS = ["text", "json", "sarif", "markdown", "codequality"];
async function resolveCliOptions(request) {
  if (request.optionRequest === null) return;
  const { resolveOptions } = await import("./settings-ZEIRVLFD.js");
  request.options = await resolveOptions(request.optionRequest);
}
var USAGE = `Usage: ssh-key-audit [PATH...] [options]

Finds every SSH key under PATH (default: .), fingerprints it as ssh-keygen -l does, and reports
committed private keys, DSA keys, weak or legacy RSA keys, damaged keys and certificate problems.

Options:
  --format text|json|sarif|markdown|codequality
                                     report format (default: text); codequality is GitLab's Code Quality report
  --output FILE                      write the report to FILE instead of standard output
  --fail-on error|warning|notice|never
                                     exit 1 when a finding is at or above this severity (default: error)
  --min-rsa-bits N                   RSA keys below N bits are weak-rsa-key errors (default: 2048)
  --include GLOB                     scan only files matching GLOB (repeatable)
  --exclude GLOB                     skip files matching GLOB (repeatable); .git and node_modules always are
  --max-file-size BYTES              skip larger files, listing them as skipped (default: 5242880)
  --blocklist FILE                   also report the keys listed in FILE (SHA256: fingerprints or public
                                     key lines, one per line, with an optional label) as compromised-key
  --config FILE                      read the policy from FILE (default: .ssh-key-audit.yml in the first
                                     PATH if it is a directory, else in the current directory)
  --print-config                     print the effective policy as YAML (JSON with --format json), exit 0
  --baseline FILE                    accept the findings recorded in FILE; fail only on new ones
  --write-baseline FILE              record the current findings in FILE as accepted, exit 0
  --history                          also scan every file version in the git history (all refs), so a
                                     key committed and later deleted is still found
  --diff-base REF                    report only findings on lines added since the merge base of REF and
                                     HEAD (a finding about a whole file: when the file gained any line);
                                     for merge/pull requests in any CI and for pre-push hooks
  --staged                           scan what is staged in git's index (the files the next commit adds or
                                     changes, as staged), not the working files; for pre-commit hooks
  -h, --help                         show this help
  -v, --version                      show the version

Flags override the policy file, which overrides the defaults. Suppressed findings (policy allow
entries, "ssh-key-audit: ignore RULE -- reason" comments, the baseline) are reported but never fail a run.

Exit status: 0 nothing at or above --fail-on, 1 something is, 2 usage error, 3 internal error.

Other commands:
  ssh-key-audit explain [FILE...]    explain an SSH failure from client output or server logs
                                     (ssh-key-audit explain --help)
  ssh-key-audit merge REPORT.json... combine the JSON reports of several repositories into one
                                     (ssh-key-audit merge --help)
Rules and fixes: docs/rules.md`;
function quotedIn(message, open, close) {
  const start = message.indexOf(open);
  if (start === -1) return null;
  const end = message.indexOf(close, start + open.length);
  return end > start + open.length ? message.slice(start + open.length, end) : null;
}
function describeParseError(error, argv, command = "ssh-key-audit") {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = quotedIn(message, "Unknown option '", "'");
  if (unknown) return `unknown option ${unknown}; run ${command} --help for the list of options`;
  const ambiguous = quotedIn(message, "Option '", "' argument is ambiguous");
  if (ambiguous) {
    const flag = ambiguous;
    const value = argv.find((arg, index) => index > 0 && argv[index - 1] === flag && arg.startsWith("-")) ?? "";
    const spelling = flag.startsWith("--") ? `; write ${flag}=<value> if that is the value` : "";
    return `option ${flag} needs a value, but ${quoteValue(value)} looks like an option${spelling}`;
  }
  const missing = quotedIn(message, "Option '", "' argument missing")?.replace(/ <value>$/, "");
  if (missing) return `option ${missing.replace(/^-\w, /, "")} needs a value`;
  return message.split("\n")[0];
}
function parseCommandLine(argv, options, command = "ssh-key-audit") {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(describeParseError(error, argv, command));
  }
}
function exitCodeFor(error, stderr, command = "ssh-key-audit") {
  if (error instanceof UsageError) {
    stderr.write(`${command}: ${error.message}
`);
    return 2;
  }
  stderr.write(
    `${command}: internal error, please report it: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`
  );
  return 3;
}
function parseCli(argv, cwd) {
  const { values, positionals } = parseCommandLine(argv, {
    format: { type: "string" },
    output: { type: "string", short: "o" },
    "fail-on": { type: "string" },
    "min-rsa-bits": { type: "string" },
    include: { type: "string", multiple: true },
    exclude: { type: "string", multiple: true },
    "max-file-size": { type: "string" },
    blocklist: { type: "string", multiple: true },
    config: { type: "string" },
    "print-config": { type: "boolean" },
    baseline: { type: "string" },
    "write-baseline": { type: "string" },
    history: { type: "boolean" },
    "diff-base": { type: "string" },
    staged: { type: "boolean" },
    help: { type: "boolean", short: "h" },
    version: { type: "boolean", short: "v" }
  });
  const request = {
    command: "scan",
    options: defaultOptions(cwd),
    format: "text",
    output: null,
    writeBaseline: null,
    history: values.history === true,
    diffBase: null,
    staged: values.staged === true,
    optionRequest: null
  };
  if (values.help) return { ...request, command: "help" };
  if (values.version) return { ...request, command: "version" };
  if (values.format !== void 0) {
    if (!FORMATS.includes(values.format)) {
      throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got ${quoteValue(values.format)}`);
    }
    request.format = values.format;
  }
  if (values.output !== void 0) {
    if (values.output === "") throw new UsageError("--output needs a file name");
    request.output = values.output;
  }
  if (values["print-config"] && values["write-baseline"] !== void 0) {
    throw new UsageError("--print-config and --write-baseline do different things: give one of them");
  }
  if (values["print-config"]) {
    if (request.format !== "text" && request.format !== "json") {
      throw new UsageError(`--print-config prints YAML, or JSON with --format json; --format ${request.format} is not for it`);
    }
    request.command = "print-config";
  }
  if (values["write-baseline"] !== void 0) {
    if (values["write-baseline"] === "") throw new UsageError("--write-baseline needs a file name");
    if (values.output !== void 0 || values.format !== void 0) {
      throw new UsageError("--write-baseline writes the baseline and no report: drop --format and --output, or run twice");
    }
    request.command = "write-baseline";
    request.writeBaseline = values["write-baseline"];
  }
  if (values["diff-base"] !== void 0) {
    if (values["diff-base"].trim() === "") throw new UsageError("--diff-base needs a git ref (a branch, tag or commit)");
    request.diffBase = values["diff-base"];
  }
  if (request.history && (request.diffBase !== null || request.staged)) {
    throw new UsageError(
      `--history scans all of history; ${request.staged ? "--staged" : "--diff-base"} scans one change: give one of them`
    );
  }
  if (request.command === "write-baseline" && (request.diffBase !== null || request.staged)) {
    throw new UsageError("--write-baseline records the findings of the whole tree: drop --diff-base and --staged");
  }
  const overrides = {};
  if (values["fail-on"] !== void 0) overrides.failOn = parseFailOn("--fail-on", values["fail-on"]);
  if (values["min-rsa-bits"] !== void 0) overrides.minRsaBits = parseCount("--min-rsa-bits", values["min-rsa-bits"], 512, 16384);
  if (values["max-file-size"] !== void 0) {
    overrides.maxFileSize = parseCount("--max-file-size", values["max-file-size"], 1, Number.MAX_SAFE_INTEGER);
  }
  if (values.blocklist !== void 0) overrides.blocklists = values.blocklist;
  if (values.include !== void 0) overrides.include = values.include;
  if (values.exclude !== void 0) overrides.exclude = values.exclude;
  if (values.baseline !== void 0) {
    if (values.baseline === "") throw new UsageError("--baseline needs a file name");
    overrides.baseline = values.baseline;
  }
  if (values.config === "") throw new UsageError("--config needs a file name");
  request.optionRequest = { root: cwd, paths: positionals, config: values.config ?? null, overrides };
  return request;
}

export {
  resolveCliOptions,
  USAGE,
  parseCommandLine,
  exitCodeFor,
  parseCli
};
