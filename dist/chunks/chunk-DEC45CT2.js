#!/usr/bin/env node
import {
  findingIdentity,
  loadBaseline
} from "./chunk-UL3HQTUI.js";
import {
  DEPRECATED,
  SERVER_GLOBAL_ONLY,
  binaryReason,
  checkSetting,
  judgeEntries,
  loadKeyReaders,
  mayHoldKey,
  readFile,
  scanBytes
} from "./chunk-R4ZJ3Q6X.js";
import {
  byLocation,
  byPath
} from "./chunk-OCWKS3J7.js";
import {
  discover,
  reportPath
} from "./chunk-QCZIQUKG.js";
import {
  Minimatch,
  minimatch
} from "./chunk-QTPL3ROI.js";
import {
  ALGORITHM_OPTIONS,
  isGlobalBlock,
  parseConfig,
  walkConfig
} from "./chunk-JEPBBKKA.js";
import {
  decodeTextBytes,
  findMarkers,
  liftText
} from "./chunk-ETGSMTXK.js";
import {
  makeFinding
} from "./chunk-ACTYS6I7.js";
import {
  validateOptions
} from "./chunk-AFWYQFC3.js";
import {
  VERSION
} from "./chunk-GYNN6ZCP.js";
import {
  isKnownKeyType,
  plainTypeOf
} from "./chunk-CCRRIRE6.js";
import {
  trimTrailing
} from "./chunk-25ZG4RWI.js";

// src/core/scan.ts
import { closeSync } from "node:fs";

// src/core/checks/duplicates.ts
var NAMED_LOCATIONS = 3;
function findDuplicates(keys) {
  const byFingerprint = /* @__PURE__ */ new Map();
  for (const key of keys) {
    if (!key.fingerprint || key.source === "private-key" || key.source === "certificate" || key.marker === "revoked") continue;
    const group = byFingerprint.get(key.fingerprint);
    if (group) group.push(key);
    else byFingerprint.set(key.fingerprint, [key]);
  }
  const findings = [];
  for (const [fingerprint, group] of byFingerprint) {
    const files = new Set(group.map((key) => key.path));
    if (group.length < 2 || files.size === 1 && group.every((key) => key.source === "known-hosts")) continue;
    const locations = group.map((key) => `${key.path}:${key.line}`);
    group.forEach((key, index) => {
      const others = [];
      for (let other = 0; other < locations.length && others.length < NAMED_LOCATIONS; other++) {
        if (other !== index) others.push(locations[other]);
      }
      const rest = group.length - 1 - others.length;
      const more = rest > 0 ? ` and ${rest} more` : "";
      findings.push(
        makeFinding(
          "duplicate-key",
          { path: key.path, line: key.line, fingerprint },
          `This key is also at ${others.join(", ")}${more}; give each machine or user its own key so one can be revoked without the others.`
        )
      );
    });
  }
  return findings;
}

// src/core/ssh-config/tree-source.ts
import { posix } from "node:path";
var GLOB = /[*?[]/;
var TreeSource = class {
  /**
   * `paths`: the scan's files, relative, forward slashes, iterated once and only when a config reads or
   * includes a file (most trees hold no config). `load` reads one when a config needs it.
   */
  constructor(paths, load) {
    this.paths = paths;
    this.load = load;
  }
  paths;
  load;
  index = null;
  texts = /* @__PURE__ */ new Map();
  resolved = /* @__PURE__ */ new Map();
  byInclude = /* @__PURE__ */ new Map();
  parsed = /* @__PURE__ */ new Map();
  /** The files, and each directory ('' for the top) -> its entries (files and directories), sorted. */
  get tree() {
    if (this.index) return this.index;
    const files = new Set(this.paths);
    const children = /* @__PURE__ */ new Map();
    const listOf = (dir) => {
      let list = children.get(dir);
      if (list === void 0) {
        children.set(dir, list = []);
        if (dir !== "") {
          const slash = dir.lastIndexOf("/");
          listOf(slash === -1 ? "" : dir.slice(0, slash)).push(dir.slice(slash + 1));
        }
      }
      return list;
    };
    for (const path of files) {
      const slash = path.lastIndexOf("/");
      listOf(slash === -1 ? "" : path.slice(0, slash)).push(path.slice(slash + 1));
    }
    for (const list of children.values()) list.sort();
    return this.index = { files, children };
  }
  /** A text the scan already holds (a config it read), so the file is not read twice. */
  remember(path, text) {
    this.texts.set(path, text);
  }
  has(path) {
    return this.tree.files.has(path);
  }
  read(path) {
    const known = this.texts.get(path);
    if (known !== void 0) return known;
    if (!this.tree.files.has(path)) return null;
    if (!this.texts.has(path)) this.texts.set(path, this.load(path));
    return this.texts.get(path);
  }
  directives(path) {
    let directives = this.parsed.get(path);
    if (directives === void 0) {
      const text = this.read(path);
      directives = text === null ? null : parseConfig(text).directives;
      this.parsed.set(path, directives);
    }
    return directives;
  }
  include(fromPath, pattern, rootPath = fromPath) {
    return this.resolve(fromPath, pattern, rootPath).files;
  }
  /** The files an Include argument names in the tree, and whether the place it names is in the tree at all. */
  resolve(fromPath, pattern, rootPath = fromPath) {
    const key = pattern.startsWith("/") ? `${systemPrefix(fromPath)}\0${rootPath}\0${pattern}` : `${rootPath}\0${pattern}`;
    let result = this.byInclude.get(key);
    if (result) return result;
    result = { files: [], found: false };
    for (const candidate of candidates(fromPath, pattern, rootPath)) {
      let match = this.resolved.get(candidate);
      if (!match) {
        match = this.glob(candidate);
        this.resolved.set(candidate, match);
      }
      result = match;
      if (match.found) break;
    }
    this.byInclude.set(key, result);
    return result;
  }
  glob(pattern) {
    const segments = pattern.split("/").filter((segment) => segment !== "" && segment !== ".");
    if (segments.length === 0) return { files: [], found: false };
    const { files, children } = this.tree;
    let dirs = [""];
    let found = true;
    for (let index = 0; index < segments.length; index++) {
      const segment = segments[index];
      const last = index === segments.length - 1;
      const next = [];
      if (!GLOB.test(segment)) {
        for (const dir of dirs) {
          const path = dir === "" ? segment : `${dir}/${segment}`;
          if (last ? files.has(path) : children.has(path)) next.push(path);
        }
        if (next.length === 0 && !last) found = false;
      } else {
        for (const dir of dirs) {
          for (const name of children.get(dir) ?? []) {
            if (!minimatch(name, segment, { dot: false, nocomment: true, nonegate: true, noext: true })) continue;
            const path = dir === "" ? name : `${dir}/${name}`;
            if (last ? files.has(path) : children.has(path)) next.push(path);
          }
        }
      }
      dirs = next;
      if (dirs.length === 0) break;
    }
    return { files: dirs.sort(), found: found && (dirs.length > 0 || GLOB.test(segments[segments.length - 1])) };
  }
};
function candidates(fromPath, pattern, rootPath) {
  const sshDir = configHome(rootPath);
  const out = [];
  if (pattern.startsWith("~")) {
    const rest = pattern.replace(/^~[^/]*\/?/, "");
    if (rest.startsWith(".ssh/")) addCandidate(out, join(sshDir, rest.slice(5)));
    addCandidate(out, join(posix.dirname(sshDir), rest));
    return out;
  }
  if (pattern.startsWith("/")) {
    const rest = pattern.replace(/^\/+/, "");
    for (const from of [fromPath, rootPath]) {
      const prefix = systemPrefix(from);
      if (prefix !== null) addCandidate(out, prefix + rest);
    }
    if (rest.startsWith("etc/ssh/")) addCandidate(out, join(sshDir, rest.slice("etc/ssh/".length)));
    addCandidate(out, rest);
    return out;
  }
  addCandidate(out, join(sshDir, pattern));
  return out;
}
function addCandidate(out, path) {
  const normal = posix.normalize(path);
  if (normal === ".." || normal.startsWith("../") || posix.isAbsolute(normal)) return;
  if (!out.includes(normal)) out.push(normal);
}
var join = (dir, path) => dir === "" || dir === "." ? path : `${dir}/${path}`;
function configHome(path) {
  const etc = /(^|\/)etc\/ssh\//.exec(path);
  if (etc) return path.slice(0, etc.index + etc[1].length + "etc/ssh".length);
  const dot = /(^|\/)\.ssh\//.exec(path);
  if (dot) return path.slice(0, dot.index + dot[1].length + ".ssh".length);
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function systemPrefix(path) {
  for (let at = path.lastIndexOf("etc/"); at !== -1; at = at === 0 ? -1 : path.lastIndexOf("etc/", at - 1)) {
    if (at === 0 || path[at - 1] === "/") return path.slice(0, at);
  }
  return null;
}

// src/core/ssh-config/config-tree.ts
var MAX_ENTRIES = 2e5;
var REPORTABLE = /* @__PURE__ */ new Set([
  ...Object.keys(ALGORITHM_OPTIONS),
  ...Object.keys(DEPRECATED),
  "stricthostkeychecking",
  "userknownhostsfile",
  "permitrootlogin",
  "passwordauthentication",
  "kbdinteractiveauthentication",
  "permitemptypasswords",
  "hostkey"
]);
function settingOf(entry, kind) {
  const { directive } = entry;
  return {
    keyword: directive.keyword,
    written: directive.written,
    args: directive.args,
    line: directive.line,
    block: directive.block,
    origin: kind,
    scope: entry.scope,
    path: entry.path
  };
}
var ConfigTree = class {
  constructor(source) {
    this.source = source;
  }
  source;
  kinds = /* @__PURE__ */ new Map();
  /** A file the scan recognised as a config (by name or content), with the text it read. */
  add(path, kind, text) {
    this.kinds.set(path, kind);
    this.source.remember(path, text);
  }
  audit() {
    const paths = [...this.kinds.keys()].sort();
    const included = /* @__PURE__ */ new Set();
    const marked = /* @__PURE__ */ new Set();
    for (const path of paths) {
      for (const directive of this.source.directives(path) ?? []) {
        if (directive.keyword !== "include") continue;
        for (const pattern of directive.args) {
          const files = this.source.resolve(path, pattern).files;
          if (marked.has(files)) continue;
          marked.add(files);
          for (const file of files) if (file !== path) included.add(file);
        }
      }
    }
    const findings = /* @__PURE__ */ new Map();
    const reached = /* @__PURE__ */ new Set();
    let budget = MAX_ENTRIES;
    const roots = [...paths.filter((path) => !included.has(path)), ...paths.filter((path) => included.has(path))];
    for (const root of roots) {
      if (reached.has(root)) continue;
      if (budget <= 0) break;
      const kind = this.kinds.get(root);
      reached.add(root);
      const entries = walkConfig(root, this.source, {
        onInclude: (entry, pattern, files) => {
          for (const file of files) reached.add(file);
          if (!this.source.resolve(entry.path, pattern, root).found) this.unresolved(findings, entry, pattern);
        }
      });
      budget -= entries.length;
      for (const { entry, shadowedBy } of judgeEntries(entries, kind)) {
        reached.add(entry.path);
        if (kind === "server" && SERVER_GLOBAL_ONLY.has(entry.directive.keyword) && entry.scope.some(refusesGlobalOnly)) {
          keep(findings, this.notAllowedInMatch(entry));
          continue;
        }
        if (!REPORTABLE.has(entry.directive.keyword)) continue;
        const found = checkSetting(settingOf(entry, kind), entry.path);
        if (found.length === 0) continue;
        if (!shadowedBy) {
          for (const finding2 of found) keep(findings, finding2);
          continue;
        }
        const decidingRules = new Set(checkSetting(settingOf(shadowedBy, kind), shadowedBy.path).map((finding2) => finding2.rule));
        if (found.every((finding2) => decidingRules.has(finding2.rule))) continue;
        keep(findings, this.shadowed(entry, shadowedBy, kind));
      }
    }
    return [...findings.values()];
  }
  notAllowedInMatch(entry) {
    const match = [...entry.scope].reverse().find(refusesGlobalOnly);
    const where = match.path === entry.path ? "" : ` of ${match.path} that includes this file`;
    const block = `"Match ${liftText(match.block.criteria.join(" "))}" block (line ${match.block.line})${where}`;
    return makeFinding(
      "not-allowed-in-match",
      { path: entry.path, line: entry.directive.line, fingerprint: null },
      `sshd refuses to start with ${liftText(entry.directive.written)} inside the ${block}, as it is a global-only option; move it above the first Match line of the main sshd_config.`
    );
  }
  unresolved(findings, entry, pattern) {
    keep(
      findings,
      makeFinding(
        "include-unresolved",
        { path: entry.path, line: entry.directive.line, fingerprint: null },
        `Include ${pattern} names files this repository does not hold, so the settings they make were not audited; commit them in the same layout (etc/ssh/...) or accept this notice.`
      )
    );
  }
  shadowed(entry, by, kind) {
    const { directive } = entry;
    const written = `${directive.written} ${directive.args.join(" ")}`.trim();
    const deciding = `${by.directive.written} ${by.directive.args.join(" ")}`.trim();
    const place = by.path === entry.path ? `line ${by.directive.line}` : `${by.path} line ${by.directive.line}`;
    const program = kind === "server" ? "sshd" : "ssh";
    const how = by.scope.length > 0 && entry.scope.length === 0 && kind === "server" ? `the "${deciding}" in the Match block at ${place} overrides it for every connection` : `"${deciding}" at ${place} comes first and ${program} keeps the first value`;
    return makeFinding(
      "shadowed-setting",
      { path: entry.path, line: directive.line, fingerprint: null },
      `${written} has no effect: ${how}; delete this line or make it agree.`
    );
  }
};
function refusesGlobalOnly(step) {
  return step.block.kind === "match" && !isGlobalBlock(step.block);
}
function keep(findings, finding2) {
  const key = `${finding2.path}\0${finding2.line}\0${finding2.rule}\0${finding2.message}`;
  if (!findings.has(key)) findings.set(key, finding2);
}
function auditStandaloneConfig(path, kind, text) {
  const source = new TreeSource([path], () => null);
  const tree = new ConfigTree(source);
  tree.add(path, kind, text);
  return tree.audit().filter((finding2) => finding2.rule !== "include-unresolved");
}

// src/core/policy/apply.ts
import { dirname, resolve } from "node:path";
function pathMatcher(pattern) {
  const trimmed = trimTrailing(pattern.replace(/^(\.\/)+/, ""), "/");
  const anchored = trimmed.includes("/") ? trimmed : `**/${trimmed}`;
  const patterns = (anchored.endsWith("/**") ? [anchored] : [anchored, `${anchored}/**`]).map((item) => new Minimatch(item, { dot: true }));
  return (path) => patterns.some((matcher) => matcher.match(path));
}
function finding(rule, path, line, message, fingerprint) {
  return makeFinding(rule, { path, line, fingerprint }, message);
}
function disallowedKeyTypes(keys, allowed, policyFile) {
  if (allowed === null) return [];
  const where = policyFile ?? "the policy";
  return keys.filter((key) => key.marker !== "revoked" && isKnownKeyType(key.type) && !allowed.includes(plainTypeOf(key.type))).map(
    (key) => finding(
      "disallowed-key-type",
      key.path,
      key.line,
      `This ${plainTypeOf(key.type)} key is not one of the key types ${where} allows (${allowed.join(", ")}).`,
      key.fingerprint
    )
  );
}
function today(now) {
  return now.toISOString().slice(0, 10);
}
function applyPolicy(input, options, baseline) {
  const all = [...input.findings, ...disallowedKeyTypes(input.keys, options.allowedKeyTypes, options.policyFile)];
  const meta = [];
  const policyFile = options.policyFile ?? "the policy";
  const policyBase = options.policyFile ? dirname(resolve(options.root, options.policyFile)) : options.root;
  const day = today(options.now);
  const active = [];
  for (const entry of options.allow) {
    if (entry.expires !== void 0 && entry.expires < day) {
      const what = [entry.rule, entry.fingerprint, entry.path].filter(Boolean).join(" ");
      meta.push(
        finding(
          "expired-suppression",
          policyFile,
          entry.line,
          `This allow entry (${what}) expired on ${entry.expires}, so the findings it accepted are reported again. Its reason was: ${entry.reason}`,
          entry.fingerprint ?? null
        )
      );
    } else {
      active.push({ entry, matches: entry.path === void 0 ? null : pathMatcher(entry.path) });
    }
  }
  const allowFor = (item) => {
    const path = reportPath(policyBase, resolve(options.root, item.path));
    return active.find(
      ({ entry, matches }) => (entry.fingerprint === void 0 || entry.fingerprint === item.fingerprint) && (entry.rule === void 0 || entry.rule === item.rule) && (matches === null || matches(path))
    )?.entry;
  };
  const unreasoned = /* @__PURE__ */ new Map();
  const directiveFor = (item) => {
    const directives = input.directives.get(item.path);
    if (!directives) return void 0;
    const covering = [item.line, item.line - 1].map((line) => directives.find((directive) => directive.line === line && directive.rules.includes(item.rule))).filter((directive) => directive !== void 0);
    for (const directive of covering.filter((candidate) => candidate.reason === null)) {
      const id = `${item.path}\0${directive.line}`;
      const entry = unreasoned.get(id) ?? { path: item.path, line: directive.line, rules: /* @__PURE__ */ new Set(), lines: /* @__PURE__ */ new Set() };
      entry.rules.add(item.rule);
      entry.lines.add(item.line);
      unreasoned.set(id, entry);
    }
    return covering.find((directive) => directive.reason !== null);
  };
  const findings = [];
  const suppressed = [];
  const seen = /* @__PURE__ */ new Set();
  const settle = (original, own) => {
    const identity = baseline ? findingIdentity(original, baseline.base, options.root) : "";
    if (baseline) seen.add(identity);
    const setting = options.rules[original.rule];
    if (setting === "off") return;
    const item = setting === void 0 ? original : { ...original, severity: setting };
    let suppression;
    const directive = own ? void 0 : directiveFor(item);
    const allow = own || directive ? void 0 : allowFor(item);
    if (directive) {
      suppression = { kind: "inline", reason: directive.reason, source: `${item.path}:${directive.line}` };
    } else if (allow) {
      suppression = { kind: "policy", reason: allow.reason, source: `${policyFile}:${allow.line}` };
      if (allow.expires !== void 0) suppression.expires = allow.expires;
    } else if (baseline?.identities.has(identity)) {
      suppression = { kind: "baseline", reason: "accepted in the baseline", source: baseline.file };
    }
    if (suppression) suppressed.push({ ...item, suppression });
    else findings.push(item);
  };
  for (const item of all) settle(item, false);
  for (const entry of unreasoned.values()) {
    const rules = [...entry.rules].join(", ");
    const lines = `line${entry.lines.size > 1 ? "s" : ""} ${[...entry.lines].join(", ")}`;
    meta.push(
      finding(
        "suppression-without-reason",
        entry.path,
        entry.line,
        `This ssh-key-audit: ignore comment gives no reason, so the ${rules} finding on ${lines} is still reported; write why it is accepted after " -- ".`,
        null
      )
    );
  }
  for (const item of meta) settle(item, true);
  const outcome = { findings, suppressed };
  if (baseline) outcome.baselineFixed = [...baseline.identities].filter((identity) => !seen.has(identity)).length;
  return outcome;
}

// src/core/scan.ts
function summarise(findings, files, keys, skipped, suppressed = 0) {
  const count = (severity) => findings.filter((item) => item.severity === severity).length;
  return { files, keys, errors: count("error"), warnings: count("warning"), notices: count("notice"), skipped, suppressed };
}
async function scan(input, hooks = {}, extra = {}) {
  const options = validateOptions(input);
  const memo = /* @__PURE__ */ new Map();
  const readers = options.blocklists.length > 0 ? await loadKeyReaders(options.blocklists, options.root) : null;
  const context = { minRsaBits: options.minRsaBits, now: options.now, maxFileSize: options.maxFileSize, memo, readers };
  const { FileLoop } = await import("./file-loop-YPGXRW3B.js");
  const fileLoop = new FileLoop(context, {
    blocklists: options.blocklists,
    root: options.root,
    ...hooks.fileThreads ? { threads: hooks.fileThreads } : {}
  });
  const discovery = await discover(options.paths, options.root, options.include, options.exclude, (count) => fileLoop.listed(count));
  const keys = [];
  const findings = [];
  const skipped = [...discovery.skipped];
  const baseline = options.baseline === null ? null : loadBaseline(options.baseline, options.root);
  const directives = /* @__PURE__ */ new Map();
  const moduli = /* @__PURE__ */ new Map();
  let configTree = null;
  const configs = () => {
    if (configTree) return configTree;
    const filesByPath = new Map(discovery.files.map((file) => [file.path, file]));
    return configTree = new ConfigTree(
      new TreeSource(filesByPath.keys(), (path) => {
        const outcome = readFile(filesByPath.get(path), options.maxFileSize);
        if ("stream" in outcome) closeSync(outcome.stream.fd);
        return "bytes" in outcome ? outcome.bytes.toString("latin1") : null;
      })
    );
  };
  let scanned = 0;
  const apply = (path, outcome, commit) => {
    if (outcome.directives) directives.set(path, outcome.directives);
    const found = outcome.findings ?? [];
    if (outcome.config) {
      if (commit) found.push(...auditStandaloneConfig(path, outcome.config.kind, outcome.config.text));
      else configs().add(path, outcome.config.kind, outcome.config.text);
    }
    const inventoried = outcome.keys ?? [];
    if (commit) for (const item of [...inventoried, ...found]) item.commit = commit;
    keys.push(...inventoried);
    findings.push(...found);
    for (const { n, key } of outcome.moduli ?? []) {
      const record = inventoried[key];
      const id = Buffer.from(n.buffer, n.byteOffset, n.byteLength).toString("hex");
      const location = { path: record.path, line: record.line, fingerprint: record.fingerprint };
      const entry = moduli.get(id);
      if (entry) entry.locations.push(location);
      else moduli.set(id, { n, locations: [location] });
    }
  };
  const outcomes = await fileLoop.scan(discovery.files, hooks.onProgress);
  discovery.files.forEach((file, index) => {
    const outcome = outcomes[index];
    apply(file.path, outcome);
    if (outcome.skipped === void 0) scanned++;
    else skipped.push({ path: file.path, reason: outcome.skipped });
  });
  let historyScanned = 0;
  for await (const blob of extra.history?.blobs ?? []) {
    const where = `${blob.path}@${blob.commit.slice(0, 12)}`;
    if (!blob.bytes) {
      skipped.push({ path: where, reason: blob.skipped ?? "not read" });
      continue;
    }
    const decoded = decodeTextBytes(blob.bytes);
    const binary = binaryReason(decoded.bytes);
    if (binary) {
      skipped.push({ path: where, reason: binary });
      continue;
    }
    historyScanned++;
    const outcome = {};
    const markers = findMarkers(decoded.bytes);
    if (context.readers === null && mayHoldKey(markers)) context.readers = await loadKeyReaders(options.blocklists, options.root);
    scanBytes(blob.path, decoded.bytes, markers, context, outcome, void 0, decoded.encoding);
    apply(blob.path, outcome, blob.commit);
  }
  const tree = configTree;
  if (tree) findings.push(...tree.audit());
  findings.push(...findDuplicates(keys.filter((key) => key.commit === void 0)));
  if (moduli.size > 0) findings.push(...await (await import("./shared-primes-QTF5IHEG.js")).findSharedPrimes(moduli));
  keys.push(...extra.keys ?? []);
  findings.push(...extra.findings ?? []);
  const policy = applyPolicy({ keys, findings, directives }, options, baseline);
  keys.sort(byLocation);
  policy.findings.sort(byLocation);
  policy.suppressed.sort(byLocation);
  skipped.sort(byPath);
  const summary = summarise(policy.findings, scanned, keys.length, skipped.length, policy.suppressed.length);
  if (policy.baselineFixed !== void 0) summary.baselineFixed = policy.baselineFixed;
  const result = {
    tool: { name: "ssh-key-audit", version: VERSION },
    root: options.root,
    keys,
    findings: policy.findings,
    suppressed: policy.suppressed,
    skipped,
    summary
  };
  if (extra.history) {
    const { total, shallow, warning } = extra.history;
    result.history = { blobs: total, scanned: historyScanned, shallow, ...warning ? { warning } : {} };
  }
  return result;
}

export {
  summarise,
  scan
};
