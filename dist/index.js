#!/usr/bin/env node
import {
  error,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-MXTKRPCU.js";
import {
  SEVERITIES,
  countBySeverity,
  moreText,
  mostUrgentFirst,
  renderSummary,
  scopeLine,
  verdictLine
} from "./chunks/chunk-LPRJ27BX.js";
import {
  failingFindings
} from "./chunks/chunk-QJETXEJ7.js";
import {
  scan
} from "./chunks/chunk-O7HJKNQR.js";
import "./chunks/chunk-FGX4P5HX.js";
import "./chunks/chunk-7VOEGBU3.js";
import "./chunks/chunk-DY65V6XI.js";
import {
  plural,
  summaryLine
} from "./chunks/chunk-SJ7L7DRX.js";
import {
  renderJson
} from "./chunks/chunk-5BO6A6SG.js";
import {
  renderSarif
} from "./chunks/chunk-DUJESFJ6.js";
import "./chunks/chunk-OCWKS3J7.js";
import "./chunks/chunk-GJMOZF3S.js";
import "./chunks/chunk-NHF4DM4E.js";
import {
  guardText,
  withheldTotal,
  withheldWarning
} from "./chunks/chunk-GUMW3ZH5.js";
import "./chunks/chunk-FCOY3ISQ.js";
import "./chunks/chunk-ZAUYDAMR.js";
import {
  resolveOptions
} from "./chunks/chunk-2P326IKS.js";
import "./chunks/chunk-BUAPM6LN.js";
import "./chunks/chunk-QTPL3ROI.js";
import "./chunks/chunk-6NXJ3YHE.js";
import {
  parseCount,
  parseFailOn,
  quoteValue
} from "./chunks/chunk-2KJKCZQU.js";
import "./chunks/chunk-GYNN6ZCP.js";
import "./chunks/chunk-7TDXAWLA.js";
import "./chunks/chunk-CCRRIRE6.js";
import {
  UsageError,
  writeErrorReason
} from "./chunks/chunk-ILGW4I5N.js";
import {
  trimTrailing
} from "./chunks/chunk-25ZG4RWI.js";
import "./chunks/chunk-AAXGI36X.js";

// src/action/index.ts
import { isMainThread } from "node:worker_threads";

// src/action/main.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

// src/reporters/sarif-limits.ts
import { gzipSync } from "node:zlib";
var MAX_RESULTS = 25e3;
var MAX_GZIP_BYTES = 10 * 1024 * 1024;
function withCounts(result, keep) {
  const findings = mostUrgentFirst(result.findings).slice(0, keep);
  const suppressed = mostUrgentFirst(result.suppressed).slice(0, Math.max(0, keep - findings.length));
  return { ...result, findings, suppressed };
}
function renderSarifWithinLimits(result, options = {}, limits = { results: MAX_RESULTS, gzipBytes: MAX_GZIP_BYTES }) {
  const total = result.findings.length + result.suppressed.length;
  let keep = Math.min(total, limits.results);
  let fitted = keep === total ? result : withCounts(result, keep);
  let text2 = renderSarif(fitted, options);
  while (keep > 0 && gzipSync(text2).length > limits.gzipBytes) {
    keep = Math.floor(keep * limits.gzipBytes * 0.9 / gzipSync(text2).length);
    fitted = withCounts(result, keep);
    text2 = renderSarif(fitted, options);
  }
  if (keep === total) return { text: text2, dropped: null };
  const left = countBySeverity(mostUrgentFirst(result.findings).slice(fitted.findings.length));
  const parts = SEVERITIES.filter((severity) => left[severity] > 0).map((severity) => plural(left[severity], severity));
  const suppressedLeft = result.suppressed.length - fitted.suppressed.length;
  if (suppressedLeft > 0) parts.push(plural(suppressedLeft, "suppressed finding"));
  const size = limits.gzipBytes >= 1024 * 1024 ? `${limits.gzipBytes / 1024 / 1024} MB` : `${limits.gzipBytes} bytes`;
  return {
    text: text2,
    dropped: `kept the ${keep} most severe of ${total} results and dropped ${parts.join(", ")}, to stay within code scanning's limits (${limits.results} results per run, ${size} gzip per upload); the JSON report has every finding.`
  };
}

// src/reporters/annotation-reporter.ts
var ANNOTATIONS_PER_LEVEL = 10;
function annotationSpecs(findings, isFile) {
  return mostUrgentFirst(findings).map((finding) => {
    const inFile = isFile(finding.path);
    return {
      severity: finding.severity,
      path: inFile ? finding.path : null,
      line: finding.line,
      title: finding.rule,
      message: inFile ? finding.message : `${finding.path}: ${finding.message}`
    };
  });
}
function selectPerLevel(specs, perLevel = ANNOTATIONS_PER_LEVEL) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const spec of specs) counts[spec.severity]++;
  const overflow = counts.error > perLevel || counts.warning > perLevel || counts.notice > perLevel;
  const room = { error: perLevel, warning: perLevel, notice: overflow ? perLevel - 1 : perLevel };
  const shown = [];
  const left = [];
  for (const spec of specs) (room[spec.severity]-- > 0 ? shown : left).push(spec);
  return { shown, hidden: left.length, hiddenBySeverity: countBySeverity(left) };
}

// src/action/check-run.ts
var ANNOTATIONS_PER_REQUEST = 50;
var LEVELS = { error: "failure", warning: "warning", notice: "notice" };
var MAX_SUMMARY = 65535;
function checkAnnotation(spec) {
  return {
    path: spec.path,
    start_line: spec.line,
    end_line: spec.line,
    annotation_level: LEVELS[spec.severity],
    title: spec.title,
    message: spec.message
  };
}
function runUrl(data) {
  return typeof data.html_url === "string" ? data.html_url : `check run ${String(data.id)}`;
}
async function publishCheckRun(api, content) {
  const batches = [];
  for (let start = 0; start < content.annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    batches.push(content.annotations.slice(start, start + ANNOTATIONS_PER_REQUEST).map(checkAnnotation));
  }
  if (batches.length === 0) batches.push([]);
  const output = (annotations, summary2 = content.summary) => ({
    title: content.title,
    summary: summary2.slice(0, MAX_SUMMARY),
    annotations
  });
  const done = () => ({ status: "completed", conclusion: content.conclusion, completed_at: (/* @__PURE__ */ new Date()).toISOString() });
  const created = await api.attempt(
    "creating the check run",
    (octokit) => octokit.rest.checks.create({
      ...api.repository,
      name: content.name,
      head_sha: content.headSha,
      ...batches.length === 1 ? done() : { status: "in_progress" },
      output: output(batches[0])
    })
  );
  if (!created.ok) return { ok: false, url: null, sent: 0, failure: created.failure };
  const id = created.value.data.id;
  if (typeof id !== "number") {
    return { ok: false, url: null, sent: 0, failure: { status: null, detail: "GitHub answered without a check run id", outage: false } };
  }
  const url = runUrl(created.value.data);
  let sent = batches[0].length;
  for (let index = 1; index < batches.length; index++) {
    const last = index === batches.length - 1;
    const updated = await api.attempt(
      "adding annotations to the check run",
      (octokit) => octokit.rest.checks.update({ ...api.repository, check_run_id: id, ...last ? done() : {}, output: output(batches[index]) })
    );
    if (!updated.ok) {
      const missing = content.annotations.length - sent;
      const note = `**${missing} of ${content.annotations.length} annotations are missing from this check run**: adding them failed (${updated.failure.detail}). Every finding is in the job summary, the SARIF and the JSON report.`;
      await api.attempt(
        "completing the check run",
        (octokit) => octokit.rest.checks.update({
          ...api.repository,
          check_run_id: id,
          ...done(),
          output: output([], `${note}

${content.summary}`)
        }),
        { always: true }
      );
      return { ok: false, url, sent, failure: updated.failure };
    }
    sent += batches[index].length;
  }
  return { ok: true, url, requests: batches.length };
}

// src/action/annotations.ts
function command(spec) {
  const properties = { title: spec.title };
  if (spec.path !== null) {
    properties.file = spec.path;
    properties.startLine = spec.line;
  }
  if (spec.severity === "error") error(spec.message, properties);
  else if (spec.severity === "warning") warning(spec.message, properties);
  else notice(spec.message, properties);
}
var LIMIT = `GitHub shows at most ${ANNOTATIONS_PER_LEVEL} error, ${ANNOTATIONS_PER_LEVEL} warning and ${ANNOTATIONS_PER_LEVEL} notice annotations per step`;
async function annotate(findings, context) {
  const specs = annotationSpecs(findings, context.isFile);
  if (selectPerLevel(specs).hidden === 0) {
    specs.forEach(command);
    return null;
  }
  let why;
  let note = null;
  const inFiles = specs.filter((spec) => spec.path !== null);
  if (context.api && context.sha) {
    const published = await publishCheckRun(context.api, {
      name: context.checkName,
      headSha: context.sha,
      title: context.checkTitle,
      summary: context.checkSummary,
      conclusion: context.conclusion,
      annotations: inFiles
    });
    if (published.ok) {
      const elsewhere = selectPerLevel(specs.filter((spec) => spec.path === null));
      elsewhere.shown.forEach(command);
      notice(
        `${LIMIT}, so all ${inFiles.length} findings in files are annotated in the check run "${context.checkName}": ${published.url}`
      );
      return null;
    }
    const { failure } = published;
    if (published.url !== null) {
      note = `The check run "${context.checkName}" (${published.url}) holds the first ${published.sent} of ${inFiles.length} annotations, most urgent first: adding the rest failed (${failure.detail}).`;
    }
    why = failure.outage ? "the GitHub API is unavailable" : failure.status === 403 ? `the check run that would hold them all was refused (${failure.detail}): a pull request from a fork gets a read-only token, and other runs need "permissions: checks: write"` : `the check run that would hold them all failed (${failure.detail})`;
  } else {
    why = context.apiMissing ?? "the commit is unknown";
  }
  const selection = selectPerLevel(specs);
  selection.shown.forEach(command);
  notice(
    `${selection.hidden} more findings are not annotated (${moreText(selection.hiddenBySeverity)}): ${LIMIT}, and ${why}. The most urgent are annotated; every finding is in the job summary, the SARIF and the JSON report.`
  );
  return note;
}

// src/action/guarded-log.ts
var log = {
  info: (message) => info(guardText(message)),
  warning: (message) => warning(guardText(message)),
  setFailed: (message) => setFailed(guardText(message))
};

// src/action/event.ts
import { readFileSync } from "node:fs";
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function repositoryFrom(value) {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? "");
  return match ? { owner: match[1], repo: match[2] } : null;
}
function field(object, ...path) {
  let current = object;
  for (const key of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current;
}
function readPullRequest(eventPath) {
  if (!eventPath) return "GITHUB_EVENT_PATH is not set";
  let payload;
  try {
    payload = JSON.parse(readFileSync(eventPath, "utf8"));
  } catch (error2) {
    const code = error2.code;
    return code ? `cannot read ${eventPath} (${code})` : `${eventPath} is not valid JSON`;
  }
  const number = field(payload, "pull_request", "number");
  const headSha = field(payload, "pull_request", "head", "sha");
  if (typeof number !== "number" || !Number.isInteger(number) || number < 1) return `${eventPath} has no pull_request.number`;
  if (typeof headSha !== "string" || !/^[0-9a-f]{40,64}$/.test(headSha)) return `${eventPath} has no pull_request.head.sha`;
  const head = field(payload, "pull_request", "head", "repo", "full_name");
  const base = field(payload, "pull_request", "base", "repo", "full_name");
  const changed = field(payload, "pull_request", "changed_files");
  const baseSha = field(payload, "pull_request", "base", "sha");
  return {
    number,
    headSha,
    // A deleted fork leaves head.repo null; it was a fork all the same.
    fromFork: typeof base === "string" && head !== base,
    changedFiles: typeof changed === "number" ? changed : null,
    baseSha: typeof baseSha === "string" && /^[0-9a-f]{40,64}$/.test(baseSha) ? baseSha : null
  };
}
function readEvent(env) {
  const name = env["GITHUB_EVENT_NAME"] ?? "";
  const event = {
    name,
    repository: repositoryFrom(env["GITHUB_REPOSITORY"]),
    sha: /^[0-9a-f]{40,64}$/.test(env["GITHUB_SHA"] ?? "") ? env["GITHUB_SHA"] : null,
    pullRequest: null,
    problem: null
  };
  if (!PULL_REQUEST_EVENTS.has(name)) return event;
  const pullRequest = readPullRequest(env["GITHUB_EVENT_PATH"]);
  if (typeof pullRequest === "string") event.problem = pullRequest;
  else {
    event.pullRequest = pullRequest;
    event.sha = pullRequest.headSha;
  }
  return event;
}

// src/action/github-api.ts
var REQUEST_TIMEOUT_MS = 3e4;
var MAX_RATE_LIMIT_WAIT_S = 60;
var RETRIES = 2;
function apiMessage(error2) {
  const data = error2.response?.data;
  const message = data && typeof data === "object" && "message" in data ? String(data.message) : error2.message;
  return (message ?? "no message").replace(/\s+/g, " ").slice(0, 300);
}
function rateLimit(error2) {
  const headers = error2.response?.headers ?? {};
  const message = apiMessage(error2);
  const limited = error2.status === 429 || error2.status === 403 && (String(headers["x-ratelimit-remaining"]) === "0" || /rate limit/i.test(message));
  if (!limited) return null;
  const reset = Number(headers["x-ratelimit-reset"]);
  const retryAfter = Number(headers["retry-after"]);
  const when = Number.isFinite(reset) && reset > 0 ? `, resets at ${new Date(reset * 1e3).toISOString()}` : "";
  const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? `, retry after ${retryAfter} s` : "";
  return `rate limit exceeded (HTTP ${error2.status}${when}${wait})`;
}
var NotJsonError = class extends Error {
  constructor(status, contentType) {
    super(`HTTP ${status} with ${contentType || "no content type"} instead of JSON`);
    this.status = status;
  }
  status;
};
function describeFailure(error2) {
  if (error2 instanceof NotJsonError) return { status: error2.status, detail: `not GitHub's answer (${error2.message})`, outage: true };
  const failure = error2 ?? {};
  const status = typeof failure.status === "number" && failure.status > 0 ? failure.status : null;
  const limited = rateLimit(failure);
  if (limited) return { status, detail: limited, outage: true };
  if (status === null || status >= 500 || !failure.response) {
    return {
      status,
      detail: status !== null && failure.response ? `HTTP ${status}: ${apiMessage(failure)}` : `no response: ${apiMessage(failure)}`,
      outage: true
    };
  }
  return { status, detail: `HTTP ${status}: ${apiMessage(failure)}`, outage: false };
}
var GitHubApi = class _GitHubApi {
  constructor(octokit, repository) {
    this.octokit = octokit;
    this.repository = repository;
  }
  octokit;
  repository;
  unavailable = false;
  author = null;
  /** The outage warning for `what` ("listing the pull request's files"); `then` is what the step does instead. */
  static outageText(what, failure, then = "") {
    return `GitHub API unavailable (${failure.detail}) while ${what}: skipping every further GitHub call of this step.${then ? ` ${then}` : ""} The scan itself is complete: its findings are in this log, the job summary, the SARIF and the JSON report.`;
  }
  /**
   * Whether `user` is who this token writes as, so a hidden marker is trusted only in our own comments and
   * issues (anyone can paste a marker into a comment). A personal token knows its login (GET /user);
   * GITHUB_TOKEN and app tokens are refused that call (403), and write as a bot, which no person can be.
   */
  ownAuthor() {
    this.author ??= this.attempt("reading the token's user", (octokit) => octokit.rest.users.getAuthenticated()).then((answer) => {
      const login = answer.ok && typeof answer.value.data.login === "string" ? answer.value.data.login : null;
      return (user) => login ? user?.login === login : user?.type === "Bot";
    });
    return this.author;
  }
  /** Runs one call (or one paginated series). `what` names it in the outage warning: "listing the pull request's files". */
  async attempt(what, call, options = {}) {
    if (this.unavailable && !options.always) {
      return { ok: false, failure: { status: null, detail: "skipped after an earlier outage", outage: true, skipped: true } };
    }
    try {
      return { ok: true, value: await call(this.octokit) };
    } catch (error2) {
      const failure = describeFailure(error2);
      if (failure.outage) {
        if (!this.unavailable && !options.quiet) warning(_GitHubApi.outageText(what, failure));
        this.unavailable = true;
      }
      return { ok: false, failure };
    }
  }
};
function attemptGuard(octokit) {
  octokit.hook.wrap("request", async (request, options) => {
    const signal = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    const response = await request({ ...options, request: { ...options.request, signal } });
    const contentType = String(response.headers["content-type"] ?? "");
    if (response.status !== 204 && !/\bjson\b/i.test(contentType)) throw new NotJsonError(response.status, contentType);
    return response;
  });
}
function shortWait(retryAfter, _options, _octokit, retryCount) {
  return retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
}
async function connect(token, repository) {
  const eventPath = process.env["GITHUB_EVENT_PATH"];
  delete process.env["GITHUB_EVENT_PATH"];
  try {
    const { getOctokit } = await import("./chunks/github-EERYDX5K.js");
    const { retry } = await import("./chunks/dist-bundle-26BRHNNC.js");
    const { throttling } = await import("./chunks/dist-bundle-IIB2DM4J.js");
    const octokit = getOctokit(
      token,
      {
        // Rate limits (403 and 429) are plugin-throttling's; plugin-retry takes 5xx and dropped connections.
        retry: { retries: RETRIES, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: { onRateLimit: shortWait, onSecondaryRateLimit: shortWait }
      },
      attemptGuard,
      retry,
      throttling
    );
    return new GitHubApi(octokit, repository);
  } finally {
    if (eventPath !== void 0) process.env["GITHUB_EVENT_PATH"] = eventPath;
  }
}

// src/action/inputs.ts
import { tmpdir } from "node:os";
import { join, resolve as resolve2 } from "node:path";

// src/action/pr-filter.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { resolve } from "node:path";
var PR_FILTERS = ["added", "file", "all"];
var MAX_LISTED_FILES = 3e3;
var MAX_BLOCK_LINES = 400;
function addedLines(patch) {
  const added = /* @__PURE__ */ new Set();
  let next = null;
  for (const line of patch.split("\n")) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) next = Number(hunk[1]);
    else if (next === null || line.startsWith("\\")) continue;
    else if (line.startsWith("+")) added.add(next++);
    else if (!line.startsWith("-")) next++;
  }
  return added;
}
async function pullRequestChanges(api, pullRequest) {
  const listed = await api.attempt(
    "listing the pull request's files",
    (octokit) => octokit.paginate(octokit.rest.pulls.listFiles, { ...api.repository, pull_number: pullRequest.number, per_page: 100 }),
    { quiet: true }
  );
  if (!listed.ok) {
    const hint = listed.failure.status === 403 || listed.failure.status === 404 ? " (the token needs pull-requests: read)" : "";
    return {
      problem: `cannot list the files of pull request #${pullRequest.number} (${listed.failure.detail})${hint}`,
      outage: listed.failure.outage ? listed.failure : null
    };
  }
  const files = listed.value;
  if (pullRequest.changedFiles !== null && files.length < pullRequest.changedFiles) {
    return {
      problem: `pull request #${pullRequest.number} changes ${pullRequest.changedFiles} files and GitHub lists only ${files.length} (at most ${MAX_LISTED_FILES})`,
      outage: null
    };
  }
  const changes = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (file.status === "removed") continue;
    if (typeof file.patch === "string") changes.set(file.filename, addedLines(file.patch));
    else changes.set(file.filename, file.changes === 0 ? /* @__PURE__ */ new Set() : null);
  }
  return { changes };
}
function findingLines(lines, line) {
  const first = lines[line - 1] ?? "";
  let end = null;
  if (/-----BEGIN [A-Z0-9 ]+-----/.test(first) && !/-----END [A-Z0-9 ]+-----/.test(first)) end = /-----END [A-Z0-9 ]+-----/;
  else if (/---- BEGIN SSH2 /.test(first)) end = /---- END SSH2 /;
  else if (/^PuTTY-User-Key-File-/.test(first)) end = /^Private-MAC:/;
  if (!end) return [line, line];
  for (let index = line; index < Math.min(lines.length, line + MAX_BLOCK_LINES); index++) {
    if (end.test(lines[index])) return [line, index + 1];
  }
  return [line, line];
}
function filterFindings(findings, changes, mode, root, isFile) {
  if (mode === "all") return [...findings];
  const fileLines = /* @__PURE__ */ new Map();
  const linesOf = (path) => {
    let lines = fileLines.get(path);
    if (!lines) {
      try {
        lines = readFileSync2(resolve(root, path), "latin1").split(/\r?\n/);
      } catch {
        lines = [];
      }
      fileLines.set(path, lines);
    }
    return lines;
  };
  return findings.filter((finding) => {
    if (!isFile(finding.path)) return true;
    if (!changes.has(finding.path)) return false;
    const added = changes.get(finding.path);
    if (mode === "file" || added === null || added === void 0) return true;
    if (added.has(finding.line)) return true;
    const [from, to] = findingLines(linesOf(finding.path), finding.line);
    for (let line = from + 1; line <= to; line++) if (added.has(line)) return true;
    return false;
  });
}

// src/action/secrets.ts
var MIN_MASKED_LINE = 8;
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function secretNames(input) {
  return input.split(/[\n,]/).map((name) => name.trim()).filter((name) => name !== "");
}
function maskSecrets(input, env) {
  for (const name of secretNames(input)) {
    const value = NAME.test(name) ? env[name] : void 0;
    if (!value) continue;
    setSecret(value);
    for (const line of value.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed.length >= MIN_MASKED_LINE && trimmed !== value) setSecret(trimmed);
    }
  }
}
function validateSecretNames(names) {
  for (const name of names) {
    if (!NAME.test(name)) {
      throw new UsageError(`input secret-env must list environment variable names (letters, digits and _), got ${JSON.stringify(name)}`);
    }
  }
}
function scrub(record) {
  const clean = { ...record, source: "secret", comment: null };
  delete clean.options;
  if (clean.certificate) clean.certificate = { ...clean.certificate, keyId: "[redacted]", principals: [] };
  return clean;
}
async function auditSecrets(names, env, context) {
  const { inventoryBytes } = await import("./chunks/inventory-GCCMJ3PH.js");
  const audit = { keys: [], findings: [], paths: [] };
  for (const name of names) {
    const value = env[name];
    const path = `secret:${name}`;
    if (!value) {
      warning(
        `secret-env: ${name} is empty or not set, so it was not audited. Map the secret into this step's env: (env: ${name}: \${{ secrets.${name} }}); workflows triggered by a pull request from a fork get no secrets.`
      );
      continue;
    }
    const inventory = inventoryBytes(Buffer.from(value, "utf8"), { ...context, path }, "secret");
    if (inventory.keys.length === 0 && inventory.findings.length === 0) {
      warning(`secret-env: ${name} holds no SSH key that ssh-key-audit can read, so there was nothing to audit.`);
      continue;
    }
    const lines = [...new Set(inventory.keys.map((key) => key.line))].sort((a, b) => a - b);
    const nameAt = (line) => lines.length > 1 && lines.includes(line) ? `${path}[${lines.indexOf(line) + 1}]` : path;
    audit.paths.push(.../* @__PURE__ */ new Set([path, ...lines.map(nameAt)]));
    audit.keys.push(...inventory.keys.map((key) => ({ ...scrub(key), path: nameAt(key.line) })));
    const keyIds = inventory.keys.flatMap((key) => key.certificate ? [key.certificate.keyId] : []);
    for (const finding of inventory.findings) {
      if (finding.rule === "private-key") continue;
      let message = finding.message;
      for (const keyId of keyIds) if (keyId !== "") message = message.split(`"${keyId}"`).join('"[redacted]"');
      audit.findings.push({ ...finding, path: nameAt(finding.line), message });
    }
  }
  return audit;
}

// src/action/inputs.ts
var DEFAULT_CATEGORY = "ssh-key-audit";
var DEFAULT_STALE_DEPLOY_KEY_DAYS = 90;
var DEFAULT_TRACKING_ISSUE_LABEL = "ssh-key-audit";
function list(name) {
  return getInput(name).split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "");
}
function flag(name, fallback) {
  const value = getInput(name).trim().toLowerCase();
  if (value === "") return fallback;
  if (["true", "yes", "1"].includes(value)) return true;
  if (["false", "no", "0"].includes(value)) return false;
  throw new UsageError(`input ${name} must be true or false, got ${quoteValue(value)}`);
}
function text(name, fallback) {
  const value = getInput(name).trim();
  return value === "" ? fallback : value;
}
function choice(name, values, fallback) {
  const value = text(name, fallback).toLowerCase();
  if (!values.includes(value)) {
    throw new UsageError(`input ${name} must be one of ${values.join(", ")}, got ${quoteValue(getInput(name).trim())}`);
  }
  return value;
}
function category() {
  const value = text("category", DEFAULT_CATEGORY);
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/.test(value)) {
    throw new UsageError(`input category must be 1 to 100 letters, digits, '.', '_', '/' or '-', got ${quoteValue(value)}`);
  }
  return value;
}
function label() {
  const value = text("tracking-issue-label", DEFAULT_TRACKING_ISSUE_LABEL);
  if (value.includes(","))
    throw new UsageError(`input tracking-issue-label must be one label name without a comma, got ${quoteValue(value)}`);
  return value;
}
function policyOverrides() {
  const overrides = {};
  const given = (name) => text(name, "") || null;
  if (list("include").length > 0) overrides.include = list("include");
  if (list("exclude").length > 0) overrides.exclude = list("exclude");
  if (list("blocklist").length > 0) overrides.blocklists = list("blocklist");
  const failOn = given("fail-on");
  if (failOn) overrides.failOn = parseFailOn("input fail-on", failOn);
  const minRsaBits = given("min-rsa-bits");
  if (minRsaBits) overrides.minRsaBits = parseCount("input min-rsa-bits", minRsaBits, 512, 16384);
  const maxFileSize = given("max-file-size");
  if (maxFileSize) overrides.maxFileSize = parseCount("input max-file-size", maxFileSize, 1, Number.MAX_SAFE_INTEGER);
  const staleDays = given("stale-deploy-key-days");
  if (staleDays) overrides.staleDeployKeyDays = parseCount("input stale-deploy-key-days", staleDays, 1, 36500);
  const baseline = given("baseline");
  if (baseline) overrides.baseline = baseline;
  return overrides;
}
function defaultReportPath(categoryName, extension, env = process.env) {
  const base = categoryName === DEFAULT_CATEGORY ? "ssh-key-audit" : `ssh-key-audit-${categoryName.replace(/[/]/g, "-")}`;
  return join(env["RUNNER_TEMP"] || tmpdir(), `${base}.${extension}`);
}
function checkName(categoryName) {
  const fallback = categoryName === DEFAULT_CATEGORY ? "ssh-key-audit" : `ssh-key-audit (${categoryName})`;
  const value = text("check-name", fallback);
  if (value.length > 100 || /[\r\n]/.test(value)) throw new UsageError(`input check-name must be one line of at most 100 characters`);
  return value;
}
async function readSettings(workspace) {
  const options = await resolveOptions({
    root: workspace,
    paths: list("path"),
    config: text("config", "") || null,
    overrides: policyOverrides()
  });
  const secretEnv = secretNames(getInput("secret-env"));
  validateSecretNames(secretEnv);
  const categoryName = category();
  return {
    options,
    sarifFile: resolve2(workspace, text("sarif-file", "") || defaultReportPath(categoryName, "sarif")),
    reportFile: resolve2(workspace, text("report-file", "") || defaultReportPath(categoryName, "json")),
    annotations: flag("annotations", true),
    summary: flag("summary", true),
    category: categoryName,
    checkName: checkName(categoryName),
    prFilter: choice("pr-filter", PR_FILTERS, "added"),
    prComment: flag("pr-comment", false),
    secretEnv,
    deployKeys: flag("deploy-keys", false),
    staleDeployKeyDays: options.staleDeployKeyDays ?? DEFAULT_STALE_DEPLOY_KEY_DAYS,
    history: flag("history", false),
    trackingIssue: flag("tracking-issue", false),
    trackingIssueLabel: label(),
    token: getInput("github-token"),
    config: options.policyFile === null ? null : resolve2(workspace, options.policyFile)
  };
}

// src/action/main.ts
function sourceLinks(env) {
  const server = env["GITHUB_SERVER_URL"];
  const repository = env["GITHUB_REPOSITORY"];
  const sha = env["GITHUB_SHA"];
  if (!server || !repository || !sha || !/^[0-9a-f]{40,64}$/.test(sha) || !/^[^/\s]+\/[^/\s]+$/.test(repository)) return null;
  return { server: trimTrailing(server, "/"), repository, sha };
}
function writeReport(input, path, content) {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, guardText(content));
  } catch (error2) {
    throw new UsageError(`cannot write ${input} ${path}: ${writeErrorReason(error2)}`);
  }
}
function withFindings(result, findings) {
  const count = (severity) => findings.filter((finding) => finding.severity === severity).length;
  return {
    ...result,
    findings,
    summary: { ...result.summary, errors: count("error"), warnings: count("warning"), notices: count("notice") }
  };
}
function historyShown(result) {
  const historical = /* @__PURE__ */ new Set();
  const findings = result.findings.map((finding) => {
    if (!finding.commit) return finding;
    const path = `${finding.path}@${finding.commit.slice(0, 12)}`;
    historical.add(path);
    return { ...finding, path };
  });
  return { shown: { ...result, findings }, historical };
}
async function run() {
  const before = withheldTotal();
  try {
    await runGuarded();
  } finally {
    const withheld = withheldTotal() - before;
    if (withheld > 0) log.warning(`ssh-key-audit: ${withheldWarning(withheld)}`);
  }
}
async function runGuarded() {
  try {
    maskSecrets(getInput("secret-env"), process.env);
    const workspace = process.env["GITHUB_WORKSPACE"] || process.cwd();
    const settings = await readSettings(workspace);
    const { options } = settings;
    const event = readEvent(process.env);
    let checkContext = null;
    const keyCheckContext = async () => {
      const { loadBlocklists } = await import("./chunks/blocklist-YQRDZA2Y.js");
      checkContext ??= {
        minRsaBits: options.minRsaBits,
        now: options.now,
        memo: /* @__PURE__ */ new Map(),
        blocklist: loadBlocklists(options.blocklists, options.root)
      };
      return checkContext;
    };
    if (options.blocklists.length > 0) await keyCheckContext();
    const secrets = settings.secretEnv.length > 0 ? await auditSecrets(settings.secretEnv, process.env, await keyCheckContext()) : { keys: [], findings: [], paths: [] };
    const pullRequest = event.pullRequest;
    if (event.name === "pull_request_target") {
      log.warning(
        "pull_request_target runs check out the base branch unless the workflow checks out the pull request head: the scan then audits the base, not what the pull request adds. Use the pull_request event (it also works for forks, with a read-only token)."
      );
    }
    if (event.problem) log.warning(`cannot read the ${event.name} event (${event.problem}): every finding is reported, as on push.`);
    const wanted = [
      settings.deployKeys ? "deploy-keys" : "",
      pullRequest && settings.prComment ? "pr-comment" : "",
      !pullRequest && !event.problem && settings.trackingIssue ? "tracking-issue" : ""
    ].filter(Boolean);
    let api = null;
    let apiMissing = null;
    if (!settings.token.trim()) apiMissing = "no github-token is set";
    else if (!event.repository) apiMissing = "GITHUB_REPOSITORY is not set";
    else api = await connect(settings.token.trim(), event.repository);
    if (!api && wanted.length > 0) {
      log.warning(
        `${apiMissing}, so ${wanted.join(", ")} cannot use the GitHub API and ${wanted.length === 1 ? "is" : "are"} skipped; every finding of the scan is reported.`
      );
    }
    const deployKeys = settings.deployKeys && api ? await (await import("./chunks/deploy-keys-5QES6T4D.js")).auditDeployKeys(api, await keyCheckContext(), settings.staleDeployKeyDays) : null;
    const virtual = /* @__PURE__ */ new Set([...secrets.paths, ...deployKeys?.paths ?? []]);
    const isFile = (path) => !virtual.has(path);
    const full = await scan(
      options,
      {},
      {
        keys: [...secrets.keys, ...deployKeys?.keys ?? []],
        findings: [...secrets.findings, ...deployKeys?.findings ?? []],
        ...settings.history ? { history: (await import("./chunks/history-VZILXWOB.js")).actionHistory(options) } : {}
      }
    );
    if (full.history?.warning) log.warning(`history: ${full.history.warning}`);
    let reported = full;
    let scope = null;
    let filterProblem = null;
    let changes = null;
    if (pullRequest && settings.prFilter !== "all") {
      const fromApi = api ? await pullRequestChanges(api, pullRequest) : { problem: apiMissing ?? "no GitHub API", outage: null };
      let source;
      if ("changes" in fromApi) changes = fromApi.changes;
      else {
        const mergeSha = /^[0-9a-f]{40,64}$/.test(process.env["GITHUB_SHA"] ?? "") ? process.env["GITHUB_SHA"] : null;
        const { pullRequestChangesFromGit } = await import("./chunks/pr-git-G6ZWKIVS.js");
        const fromGit = await pullRequestChangesFromGit(options.root, pullRequest.baseSha, mergeSha);
        const instead = "changes" in fromGit ? `the lines the pull request adds come from git in the checkout (${fromGit.how})` : `git in the checkout cannot tell either (${fromGit.problem}), so every finding is reported and counts`;
        if ("changes" in fromGit) {
          changes = fromGit.changes;
          source = fromGit.how;
        } else {
          filterProblem = `${fromApi.problem}; ${fromGit.problem}`;
        }
        log.warning(
          fromApi.outage?.skipped ? `pr-filter: the GitHub API is unavailable (see above); ${instead}.` : fromApi.outage ? GitHubApi.outageText("listing the pull request's files", fromApi.outage, `pr-filter: ${instead}.`) : `pr-filter: ${fromApi.problem}; ${instead}.`
        );
      }
      if (changes) {
        const treeFindings = full.findings.filter((finding) => !finding.commit);
        const kept = new Set(filterFindings(treeFindings, changes, settings.prFilter, options.root, isFile));
        reported = withFindings(
          full,
          full.findings.filter((finding) => finding.commit || kept.has(finding))
        );
        scope = {
          number: pullRequest.number,
          filter: settings.prFilter,
          hidden: full.findings.length - reported.findings.length,
          ...source ? { source } : {}
        };
      }
    }
    const sarif = renderSarifWithinLimits(full, { category: settings.category });
    writeReport("sarif-file", settings.sarifFile, sarif.text);
    if (sarif.dropped) log.warning(`sarif-file: ${sarif.dropped}`);
    writeReport("report-file", settings.reportFile, renderJson(reported));
    const failing = failingFindings(reported.findings, options.failOn);
    const verdict = { failOn: options.failOn, failing };
    const conclusion = failing.length > 0 ? "failure" : reported.findings.length > 0 ? "neutral" : "success";
    const name = settings.checkName;
    const env = process.env;
    const runUrl2 = env["GITHUB_SERVER_URL"] && env["GITHUB_REPOSITORY"] && env["GITHUB_RUN_ID"] ? `${env["GITHUB_SERVER_URL"]}/${env["GITHUB_REPOSITORY"]}/actions/runs/${env["GITHUB_RUN_ID"]}` : null;
    const links = sourceLinks(env);
    const { shown, historical } = historyShown(reported);
    const inTree = (path) => isFile(path) && !historical.has(path);
    const notes = [];
    if (settings.annotations) {
      const guarded = shown.findings.map((finding) => ({ ...finding, path: guardText(finding.path), message: guardText(finding.message) }));
      const note = await annotate(guarded, {
        api,
        sha: event.sha,
        checkName: name,
        checkTitle: `${name}: ${summaryLine(reported.summary)}`,
        checkSummary: [
          `${verdictLine(verdict, reported.findings, "ssh-key-audit")}.`,
          `${summaryLine(reported.summary)}.`,
          scope ? scopeLine(scope) : "",
          `Every finding is listed in the job summary${runUrl2 ? ` of [the workflow run](${runUrl2})` : ""}.`
        ].filter(Boolean).join("\n\n"),
        conclusion,
        isFile: inTree,
        apiMissing
      });
      if (note) notes.push(note);
    }
    if (settings.prComment && pullRequest && api) {
      const [{ commentMarker, renderComment }, { upsertComment }] = await Promise.all([
        import("./chunks/pr-comment-reporter-5GG7DWEK.js"),
        import("./chunks/pr-comment-IV5LIVJN.js")
      ]);
      const marker = commentMarker(settings.category);
      const keys = changes ? filterFindings(
        full.keys.filter((key) => !key.commit && isFile(key.path)),
        changes,
        settings.prFilter,
        options.root,
        isFile
      ) : full.keys;
      const body = guardText(renderComment(reported, { marker, scope, filterProblem, isFile, runUrl: runUrl2, verdict, links, keys }));
      await upsertComment(api, pullRequest.number, marker, body, reported.findings.length === 0, pullRequest.fromFork);
    } else if (settings.prComment && !pullRequest && !event.problem) {
      log.info(`pr-comment: a ${event.name || "local"} run has no pull request to comment on.`);
    }
    if (settings.trackingIssue && !pullRequest && !event.problem && api) {
      const [{ renderClosingComment, renderTrackingIssue, trackingIssueMarker }, { syncTrackingIssue }] = await Promise.all([
        import("./chunks/tracking-issue-reporter-BXZ2YIWM.js"),
        import("./chunks/tracking-issue-HUYTLWL7.js")
      ]);
      const marker = trackingIssueMarker(settings.category);
      await syncTrackingIssue(api, {
        marker,
        label: settings.trackingIssueLabel,
        title: `${name}: SSH keys and findings`,
        body: guardText(renderTrackingIssue(full, { marker, isFile, runUrl: runUrl2 })),
        clean: full.findings.length === 0,
        closingComment: guardText(renderClosingComment(full, runUrl2))
      });
    } else if (settings.trackingIssue && (pullRequest || event.problem)) {
      log.info(`tracking-issue: a ${event.name} run does not update the tracking issue; it follows scheduled and push runs.`);
    }
    if (sarif.dropped) notes.push(`The SARIF report is cut to code scanning's limits: ${sarif.dropped}`);
    if (settings.summary && process.env["GITHUB_STEP_SUMMARY"]) {
      const text2 = guardText(renderSummary(reported, { isFile, pullRequest: scope, filterProblem, verdict, links, notes }));
      try {
        await summary.addRaw(text2).write();
      } catch (error2) {
        log.warning(
          `summary: cannot write the job summary (${error2.code ?? error2.message}); the findings are in this log, the SARIF and the JSON report.`
        );
      }
    }
    const { summary: summary2 } = reported;
    setOutput("findings", reported.findings.length);
    setOutput("errors", summary2.errors);
    setOutput("warnings", summary2.warnings);
    setOutput("notices", summary2.notices);
    setOutput("keys", summary2.keys);
    setOutput("sarif-file", settings.sarifFile);
    setOutput("report", settings.reportFile);
    log.info(`ssh-key-audit: ${summaryLine(summary2)}${scope ? ` (${scopeLine(scope)})` : ""}`);
    if (failing.length > 0) {
      log.setFailed(`ssh-key-audit: ${failing.length} finding(s) at or above fail-on ${options.failOn}`);
    }
  } catch (error2) {
    if (error2 instanceof UsageError) log.setFailed(`ssh-key-audit: ${error2.message}`);
    else log.setFailed(`ssh-key-audit: internal error: ${error2 instanceof Error ? error2.stack ?? error2.message : String(error2)}`);
  }
}

// src/action/index.ts
if (isMainThread) await run();
