#!/usr/bin/env node
import {
  POLICY_FILE_NAME,
  defaultOptions,
  parseCount,
  parseFailOn,
  quoteValue,
  validateOptions
} from "./chunks/chunk-CFHQJOOA.js";
import {
  Minimatch,
  minimatch
} from "./chunks/chunk-QTPL3ROI.js";
import {
  SEVERITIES,
  countBySeverity,
  moreText,
  mostUrgentFirst,
  plural,
  renderSummary,
  scopeLine,
  summaryLine,
  verdictLine
} from "./chunks/chunk-36W3VZDB.js";
import {
  REPOSITORY_URL,
  RULES_DOC_URL,
  VERSION
} from "./chunks/chunk-GYNN6ZCP.js";
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
  guardText,
  withheldTotal,
  withheldWarning
} from "./chunks/chunk-42MXORR6.js";
import {
  MAX_BASELINE_BYTES,
  isKnownKeyType,
  parseJsonFile,
  plainTypeOf,
  readBoundedText
} from "./chunks/chunk-UUK5TFKK.js";
import {
  UsageError,
  writeErrorReason
} from "./chunks/chunk-ILGW4I5N.js";
import {
  ALGORITHM_OPTIONS,
  DEPRECATED,
  SERVER_GLOBAL_ONLY,
  binaryReason,
  checkSetting,
  isGlobalBlock,
  judgeEntries,
  loadKeyReaders,
  mayHoldKey,
  parseConfig,
  readFile,
  scanBytes,
  walkConfig
} from "./chunks/chunk-OHHV25BY.js";
import {
  decodeTextBytes,
  findMarkers,
  liftText
} from "./chunks/chunk-UQ7SBAK5.js";
import "./chunks/chunk-ZO5PTKSB.js";
import {
  trimTrailing
} from "./chunks/chunk-25ZG4RWI.js";
import {
  makeFinding
} from "./chunks/chunk-CS5XD6HN.js";
import {
  RULES,
  securitySeverity
} from "./chunks/chunk-P7OTCKH5.js";
import "./chunks/chunk-AAXGI36X.js";

// src/action/main.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname as dirname4 } from "node:path";

// src/core/fail-on.ts
var RANK = { notice: 1, warning: 2, error: 3 };
function atOrAbove(severity, threshold) {
  return threshold !== "never" && RANK[severity] >= RANK[threshold];
}
function failingFindings(findings, threshold) {
  return findings.filter((finding2) => atOrAbove(finding2.severity, threshold));
}

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

// src/core/discover.ts
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
var PRUNED = /* @__PURE__ */ new Set([".git", "node_modules"]);
var ALWAYS_EXCLUDED = ["**/.git/**", "**/node_modules/**", ".git/**", "node_modules/**"];
function reportPath(root, absolute) {
  const rel = relative(root, absolute);
  return (rel === "" ? "." : rel).split(sep).join("/");
}
function isInside(parent, child2) {
  const rel = relative(parent, child2);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function expandExclude(patterns) {
  return patterns.flatMap((pattern) => {
    const trimmed = trimTrailing(pattern.replace(/^(\.\/)+/, ""), "/");
    const anchored = trimmed.includes("/") ? trimmed : `**/${trimmed}`;
    return anchored.endsWith("/**") ? [anchored] : [anchored, `${anchored}/**`];
  });
}
function escapeName(bytes) {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let out = "";
  for (let index = 0; index < bytes.length; ) {
    const lead = bytes[index];
    const length = lead < 128 ? 1 : lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
    let char = null;
    if (length > 0 && index + length <= bytes.length) {
      try {
        char = decoder.decode(bytes.subarray(index, index + length));
      } catch {
        char = null;
      }
    }
    if (char === null) {
      out += `\\x${lead.toString(16).toUpperCase().padStart(2, "0")}`;
      index++;
    } else {
      out += char === "\\" ? "\\\\" : char;
      index += length;
    }
  }
  return out;
}
function describeLinkError(error2) {
  if (error2.code === "ELOOP") return "symlink loop: the link resolves back to itself";
  if (error2.code === "ENOENT") return "broken symlink: its target does not exist";
  return `symlink could not be resolved (${error2.code ?? "unknown error"})`;
}
var MATCH_OPTIONS = { dot: true, nocomment: true, nonegate: true, optimizationLevel: 2 };
function matchers(patterns) {
  return patterns.map((pattern) => new Minimatch(pattern.replace(/^(\.\/)+/, ""), MATCH_OPTIONS));
}
function walkable(include) {
  return include.every((pattern) => !isAbsolute(pattern) && !/(^|\/)\.\.(\/|$)/.test(pattern));
}
function walkOptions(include, exclude) {
  const ignored = matchers(expandExclude(exclude));
  return {
    patterns: include.length > 0 || ignored.length > 0,
    include: include.length > 0 ? matchers(include) : null,
    ignored,
    ignoredChildren: ignored.filter((matcher) => matcher.globParts.some((parts) => parts[parts.length - 1] === "**"))
  };
}
function child(place, name) {
  const escaped = typeof name === "string" ? name : escapeName(name);
  const absolute = typeof name === "string" && typeof place.absolute === "string" ? `${place.absolute}/${name}` : Buffer.concat([Buffer.from(place.absolute), Buffer.from("/"), Buffer.from(name)]);
  return {
    absolute,
    real: `${place.real}/${escaped}`,
    relative: place.relative === "" ? escaped : `${place.relative}/${escaped}`,
    shown: `${place.shown}${escaped}/`
  };
}
function listDirectory(absolute) {
  if (typeof absolute === "string") {
    const entries = readdirSync(absolute, { withFileTypes: true });
    if (!entries.some((entry) => entry.name.includes("\uFFFD"))) return entries;
  }
  const raw = readdirSync(absolute, { withFileTypes: true, encoding: "buffer" });
  return raw.map((entry) => {
    const name = entry.name.toString("utf8");
    return Buffer.from(name).equals(entry.name) ? Object.assign(entry, { name }) : entry;
  });
}
function walkTree(root, walk, found, skipped, onListed) {
  const pending = [root];
  for (let place = pending.pop(); place; place = pending.pop()) {
    onListed?.(found.length);
    let entries;
    try {
      entries = listDirectory(place.absolute);
    } catch (error2) {
      const code = error2.code;
      skipped.push({
        path: place.shown.slice(0, -1) || ".",
        reason: code === "EACCES" ? "directory unreadable: permission denied" : `directory unreadable (${code ?? "unknown error"})`
      });
      continue;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (typeof name === "string" && PRUNED.has(name)) continue;
      const escaped = typeof name === "string" ? name : escapeName(name);
      const relativePath = walk.patterns ? place.relative === "" ? escaped : `${place.relative}/${escaped}` : "";
      if (entry.isDirectory()) {
        if (walk.ignoredChildren.some((matcher) => matcher.match(relativePath))) continue;
        if (walk.include && !walk.include.some((matcher) => matcher.match(relativePath, true))) continue;
        pending.push(child(place, name));
        continue;
      }
      if (walk.ignored.some((matcher) => matcher.match(relativePath))) continue;
      if (walk.include && !walk.include.some((matcher) => matcher.match(relativePath))) continue;
      const isLink = entry.isSymbolicLink();
      if (typeof name === "string" && typeof place.absolute === "string") {
        found.push({
          kind: isLink ? "link" : "file",
          absolute: `${place.absolute}/${name}`,
          real: `${place.real}/${name}`,
          shown: place.shown + name
        });
      } else {
        const at = child(place, name);
        found.push({ kind: isLink ? "link" : "file", absolute: at.absolute, real: at.real, shown: place.shown + escaped });
      }
    }
  }
}
async function globTree(root, include, exclude, found) {
  const { glob } = await import("./chunks/index.min-G4HLWU2E.js");
  const absolute = root.absolute;
  const entries = await glob([...include], {
    cwd: absolute,
    dot: true,
    nodir: true,
    follow: false,
    withFileTypes: true,
    ignore: [...ALWAYS_EXCLUDED, ...expandExclude(exclude)]
  });
  for (const entry of entries) {
    const entryPath = entry.fullpath();
    const inside = isInside(absolute, entryPath);
    const rel = relative(absolute, entryPath).split(sep).join("/");
    found.push({
      kind: entry.isSymbolicLink() ? "link" : "file",
      absolute: entryPath,
      real: inside ? `${root.real}/${rel}` : entryPath,
      shown: inside ? root.shown + rel : entryPath
    });
  }
}
function shownAs(given, root, absolute) {
  const rel = reportPath(root, absolute);
  if (!isAbsolute(given) || !(rel === ".." || rel.startsWith("../") || isAbsolute(rel))) return rel;
  return absolute.split(sep).join("/");
}
async function discover(paths, root, include, exclude, onListed) {
  const files = [];
  const skipped = [];
  const seen = /* @__PURE__ */ new Set();
  const walk = walkOptions(include, exclude);
  for (const given of paths) {
    const absolute = resolve(root, given);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error2) {
      const code = error2.code;
      if (code === "ENOENT") throw new UsageError(`path not found: ${given}`);
      if (code === "ELOOP") throw new UsageError(`path is a symlink loop: ${given}`);
      throw new UsageError(`path cannot be read: ${given} (${code})`);
    }
    const shown = shownAs(given, root, absolute);
    if (!stats.isDirectory()) {
      const real = realpathSync(absolute);
      if (seen.has(real)) continue;
      seen.add(real);
      files.push({ absolute, path: shown, open: real, dev: stats.dev, ino: stats.ino });
      continue;
    }
    const scanRoot2 = realpathSync(absolute);
    const top = { absolute, real: scanRoot2, relative: "", shown: shown === "." ? "" : shown.endsWith("/") ? shown : `${shown}/` };
    const found = [];
    if (include.length === 0 || walkable(include)) walkTree(top, walk, found, skipped, onListed);
    else await globTree(top, include, exclude, found);
    const showReal = (target) => isInside(scanRoot2, target) ? top.shown + reportPath(scanRoot2, target) : target;
    const linked = [];
    for (const entry of found) {
      if (entry.kind === "file") {
        if (seen.has(entry.real)) continue;
        seen.add(entry.real);
        let identity;
        try {
          identity = lstatSync(entry.absolute);
        } catch {
          identity = void 0;
        }
        if (typeof entry.absolute === "string") {
          files.push(
            identity ? { absolute: entry.absolute, path: entry.shown, dev: identity.dev, ino: identity.ino } : { absolute: entry.absolute, path: entry.shown }
          );
        } else {
          const file = { absolute: escapeName(entry.absolute), path: entry.shown, open: entry.absolute };
          if (identity) Object.assign(file, { dev: identity.dev, ino: identity.ino });
          files.push(file);
        }
        continue;
      }
      if (typeof entry.absolute !== "string") {
        skipped.push({ path: entry.shown, reason: "symlink whose name is not valid UTF-8, not followed" });
        continue;
      }
      let target;
      try {
        target = realpathSync(entry.absolute);
      } catch (error2) {
        skipped.push({ path: entry.shown, reason: describeLinkError(error2) });
        continue;
      }
      if (!isInside(scanRoot2, target)) {
        skipped.push({ path: entry.shown, reason: "symlink points outside the scan root, not followed" });
        continue;
      }
      let targetStats;
      try {
        targetStats = statSync(target);
      } catch (error2) {
        skipped.push({ path: entry.shown, reason: describeLinkError(error2) });
        continue;
      }
      if (targetStats.isDirectory()) {
        skipped.push({ path: entry.shown, reason: `symlink to the directory ${showReal(target)}, which is scanned at its own path` });
        continue;
      }
      linked.push({ entry, target });
    }
    for (const { entry, target } of linked) {
      if (seen.has(target)) {
        skipped.push({ path: entry.shown, reason: `symlink to ${showReal(target)}, which is scanned at its own path` });
        continue;
      }
      seen.add(target);
      let identity;
      try {
        identity = lstatSync(target);
      } catch {
        identity = void 0;
      }
      files.push({
        absolute: entry.absolute,
        path: entry.shown,
        open: target,
        ...identity ? { dev: identity.dev, ino: identity.ino } : {}
      });
    }
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files, skipped };
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
      let list2 = children.get(dir);
      if (list2 === void 0) {
        children.set(dir, list2 = []);
        if (dir !== "") {
          const slash = dir.lastIndexOf("/");
          listOf(slash === -1 ? "" : dir.slice(0, slash)).push(dir.slice(slash + 1));
        }
      }
      return list2;
    };
    for (const path of files) {
      const slash = path.lastIndexOf("/");
      listOf(slash === -1 ? "" : path.slice(0, slash)).push(path.slice(slash + 1));
    }
    for (const list2 of children.values()) list2.sort();
    return this.index = { files, children };
  }
  /** A text the scan already holds (a config it read), so the file is not read twice. */
  remember(path, text2) {
    this.texts.set(path, text2);
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
      const text2 = this.read(path);
      directives = text2 === null ? null : parseConfig(text2).directives;
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
  add(path, kind, text2) {
    this.kinds.set(path, kind);
    this.source.remember(path, text2);
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
function auditStandaloneConfig(path, kind, text2) {
  const source = new TreeSource([path], () => null);
  const tree = new ConfigTree(source);
  tree.add(path, kind, text2);
  return tree.audit().filter((finding2) => finding2.rule !== "include-unresolved");
}

// src/core/order.ts
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function byLocation(a, b) {
  return compare(a.path, b.path) || compare(a.line, b.line) || compare("rule" in a ? a.rule : a.type, "rule" in b ? b.rule : b.type);
}
function byPath(a, b) {
  return compare(a.path, b.path) || compare(a.reason, b.reason);
}

// src/core/policy/apply.ts
import { dirname as dirname2, resolve as resolve3 } from "node:path";

// src/core/policy/baseline.ts
import { existsSync } from "node:fs";
import { dirname, resolve as resolve2 } from "node:path";
var VERSION2 = 1;
function normaliseMessage(message) {
  return message.replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}
function entryIdentity(entry) {
  return entry.fingerprint !== void 0 ? `${entry.rule}\0${entry.fingerprint}` : `${entry.rule}\0${entry.path ?? ""}\0${normaliseMessage(entry.message ?? "")}`;
}
function baselineEntry(finding2, base, root) {
  if (finding2.fingerprint !== null) return { rule: finding2.rule, fingerprint: finding2.fingerprint };
  return { rule: finding2.rule, path: reportPath(base, resolve2(root, finding2.path)), message: finding2.message };
}
function findingIdentity(finding2, base, root) {
  return entryIdentity(baselineEntry(finding2, base, root));
}
function loadBaseline(file, root) {
  const absolute = resolve2(root, file);
  if (!existsSync(absolute)) throw new UsageError(`baseline not found: ${file} (write one with --write-baseline ${file})`);
  const data = parseJsonFile(readBoundedText(absolute, MAX_BASELINE_BYTES, `the baseline ${file}`), `the baseline ${file}`);
  const baseline = data;
  if (baseline?.tool !== "ssh-key-audit" || !Array.isArray(baseline.findings)) {
    throw new UsageError(`${file} is not a baseline written by ssh-key-audit --write-baseline`);
  }
  if (baseline.version !== VERSION2)
    throw new UsageError(`the baseline ${file} has version ${String(baseline.version)}; this ssh-key-audit reads version ${VERSION2}`);
  const identities = /* @__PURE__ */ new Set();
  baseline.findings.forEach((entry, index) => {
    const valid = typeof entry?.rule === "string" && (typeof entry.fingerprint === "string" || typeof entry.path === "string" && typeof entry.message === "string");
    if (!valid)
      throw new UsageError(`the baseline ${file}: entry ${index + 1} needs a rule and a fingerprint, or a rule, a path and a message`);
    identities.add(entryIdentity(entry));
  });
  return { file, base: dirname(absolute), identities };
}

// src/core/policy/apply.ts
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
  const policyBase = options.policyFile ? dirname2(resolve3(options.root, options.policyFile)) : options.root;
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
    const path = reportPath(policyBase, resolve3(options.root, item.path));
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
  const { FileLoop } = await import("./chunks/file-loop-6NZF63GA.js");
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
  if (moduli.size > 0) findings.push(...await (await import("./chunks/shared-primes-LYODQF2V.js")).findSharedPrimes(moduli));
  keys.push(...extra.keys ?? []);
  findings.push(...extra.findings ?? []);
  const policy = applyPolicy({ keys, findings, directives }, options, baseline);
  keys.sort(byLocation);
  policy.findings.sort(byLocation);
  policy.suppressed.sort(byLocation);
  skipped.sort(byPath);
  const summary2 = summarise(policy.findings, scanned, keys.length, skipped.length, policy.suppressed.length);
  if (policy.baselineFixed !== void 0) summary2.baselineFixed = policy.baselineFixed;
  const result = {
    tool: { name: "ssh-key-audit", version: VERSION },
    root: options.root,
    keys,
    findings: policy.findings,
    suppressed: policy.suppressed,
    skipped,
    summary: summary2
  };
  if (extra.history) {
    const { total, shallow, warning: warning2 } = extra.history;
    result.history = { blobs: total, scanned: historyScanned, shallow, ...warning2 ? { warning: warning2 } : {} };
  }
  return result;
}

// src/reporters/json-reporter.ts
function renderJson(result) {
  return JSON.stringify(result, null, 2) + "\n";
}

// src/reporters/sarif-limits.ts
import { gzipSync } from "node:zlib";

// src/reporters/sarif-reporter.ts
import { createHash } from "node:crypto";
import { posix as posix2 } from "node:path";
var LEVELS = { error: "error", warning: "warning", notice: "note" };
function ruleName(id) {
  return id.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
}
function ruleHelpMarkdown(rule) {
  return `**What it detects.** ${rule.detects}

**Why it matters.** ${rule.why}

**How to fix.** ${rule.fix}`;
}
function sarifRule(rule) {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.detects },
    help: { text: `${rule.detects} ${rule.why} Fix: ${rule.fix}`, markdown: ruleHelpMarkdown(rule) },
    helpUri: `${RULES_DOC_URL}#${rule.id}`,
    defaultConfiguration: { level: LEVELS[rule.severity] },
    properties: {
      tags: ["security", "ssh"],
      precision: "very-high",
      "security-severity": securitySeverity(rule)
    }
  };
}
function findingFingerprint(finding2) {
  const identity = [finding2.rule, finding2.path, finding2.fingerprint ?? finding2.message].join("\0");
  return createHash("sha256").update(identity).digest("hex").slice(0, 32);
}
function sarifSuppression(suppression) {
  return {
    kind: suppression.kind === "inline" ? "inSource" : "external",
    status: "accepted",
    justification: suppression.reason,
    properties: {
      source: suppression.source,
      suppressedBy: suppression.kind,
      ...suppression.expires ? { expires: suppression.expires } : {}
    }
  };
}
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function artifactLocation(path, root) {
  if (path.startsWith("/")) return { uri: pathToFileUri(path, false) };
  if (path === ".." || path.startsWith("../")) return { uri: pathToFileUri(posix2.join(root.replace(/\\/g, "/"), path), false) };
  return { uri: encodePath(path), uriBaseId: "%SRCROOT%" };
}
function renderSarif(result, options = {}) {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const all = [...result.findings, ...result.suppressed].sort(byLocation);
  const results = all.map((finding2) => ({
    ruleId: finding2.rule,
    ruleIndex: ruleIndex.get(finding2.rule),
    level: LEVELS[finding2.severity],
    message: { text: finding2.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding2.path, result.root),
          region: { startLine: finding2.line }
        }
      }
    ],
    partialFingerprints: { "sshKeyAudit/v1": findingFingerprint(finding2) },
    ..."suppression" in finding2 ? { suppressions: [sarifSuppression(finding2.suppression)] } : {},
    ...finding2.fingerprint || finding2.commit ? {
      properties: {
        ...finding2.fingerprint ? { keyFingerprint: finding2.fingerprint } : {},
        ...finding2.commit ? { commit: finding2.commit } : {}
      }
    } : {}
  }));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: REPOSITORY_URL,
            rules: RULES.map(sarifRule)
          }
        },
        automationDetails: { id: `${options.category ?? "ssh-key-audit"}/` },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileUri(result.root) } },
        results
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
function pathToFileUri(directory, isDirectory = true) {
  const withSlash = !isDirectory || directory.endsWith("/") ? directory : `${directory}/`;
  return `file://${encodePath(withSlash.replace(/\\/g, "/").replace(/^(?!\/)/, "/"))}`;
}

// src/reporters/sarif-limits.ts
var MAX_RESULTS = 25e3;
var MAX_GZIP_BYTES = 10 * 1024 * 1024;
function withCounts(result, keep2) {
  const findings = mostUrgentFirst(result.findings).slice(0, keep2);
  const suppressed = mostUrgentFirst(result.suppressed).slice(0, Math.max(0, keep2 - findings.length));
  return { ...result, findings, suppressed };
}
function renderSarifWithinLimits(result, options = {}, limits = { results: MAX_RESULTS, gzipBytes: MAX_GZIP_BYTES }) {
  const total = result.findings.length + result.suppressed.length;
  let keep2 = Math.min(total, limits.results);
  let fitted = keep2 === total ? result : withCounts(result, keep2);
  let text2 = renderSarif(fitted, options);
  while (keep2 > 0 && gzipSync(text2).length > limits.gzipBytes) {
    keep2 = Math.floor(keep2 * limits.gzipBytes * 0.9 / gzipSync(text2).length);
    fitted = withCounts(result, keep2);
    text2 = renderSarif(fitted, options);
  }
  if (keep2 === total) return { text: text2, dropped: null };
  const left = countBySeverity(mostUrgentFirst(result.findings).slice(fitted.findings.length));
  const parts = SEVERITIES.filter((severity) => left[severity] > 0).map((severity) => plural(left[severity], severity));
  const suppressedLeft = result.suppressed.length - fitted.suppressed.length;
  if (suppressedLeft > 0) parts.push(plural(suppressedLeft, "suppressed finding"));
  const size = limits.gzipBytes >= 1024 * 1024 ? `${limits.gzipBytes / 1024 / 1024} MB` : `${limits.gzipBytes} bytes`;
  return {
    text: text2,
    dropped: `kept the ${keep2} most severe of ${total} results and dropped ${parts.join(", ")}, to stay within code scanning's limits (${limits.results} results per run, ${size} gzip per upload); the JSON report has every finding.`
  };
}

// src/reporters/annotation-reporter.ts
var ANNOTATIONS_PER_LEVEL = 10;
function annotationSpecs(findings, isFile2) {
  return mostUrgentFirst(findings).map((finding2) => {
    const inFile = isFile2(finding2.path);
    return {
      severity: finding2.severity,
      path: inFile ? finding2.path : null,
      line: finding2.line,
      title: finding2.rule,
      message: inFile ? finding2.message : `${finding2.path}: ${finding2.message}`
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
var LEVELS2 = { error: "failure", warning: "warning", notice: "notice" };
var MAX_SUMMARY = 65535;
function checkAnnotation(spec) {
  return {
    path: spec.path,
    start_line: spec.line,
    end_line: spec.line,
    annotation_level: LEVELS2[spec.severity],
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
import { join as join2, resolve as resolve6 } from "node:path";

// src/core/policy/settings.ts
import { statSync as statSync2 } from "node:fs";
import { dirname as dirname3, resolve as resolve4 } from "node:path";
function isFile(path) {
  try {
    return statSync2(path).isFile();
  } catch {
    return false;
  }
}
function scanRoot(root, paths) {
  const first = resolve4(root, paths[0] ?? ".");
  try {
    return statSync2(first).isDirectory() ? first : root;
  } catch {
    return root;
  }
}
function findPolicyFile(root, paths, config) {
  if (config !== null && config !== void 0) {
    const absolute = resolve4(root, config);
    if (!isFile(absolute)) throw new UsageError(`policy file not found: ${config}`);
    return absolute;
  }
  const candidate = resolve4(scanRoot(root, paths), POLICY_FILE_NAME);
  return isFile(candidate) ? candidate : null;
}
async function resolveOptions(request) {
  const options = defaultOptions(request.root);
  if (request.paths && request.paths.length > 0) options.paths = [...request.paths];
  const policyFile = findPolicyFile(request.root, options.paths, request.config);
  if (policyFile !== null) {
    const shown = reportPath(request.root, policyFile);
    const { loadPolicyFile } = await import("./chunks/policy-file-54DY6WBZ.js");
    const file = loadPolicyFile(policyFile, shown);
    options.policyFile = shown;
    if (file.failOn !== void 0) options.failOn = file.failOn;
    if (file.minRsaBits !== void 0) options.minRsaBits = file.minRsaBits;
    if (file.allowedKeyTypes !== void 0) options.allowedKeyTypes = file.allowedKeyTypes;
    if (file.rules !== void 0) options.rules = file.rules;
    if (file.include !== void 0) options.include = file.include;
    if (file.exclude !== void 0) options.exclude = file.exclude;
    if (file.maxFileSize !== void 0) options.maxFileSize = file.maxFileSize;
    if (file.blocklists !== void 0)
      options.blocklists = file.blocklists.map((item) => reportPath(request.root, resolve4(dirname3(policyFile), item)));
    if (file.staleDeployKeyDays !== void 0) options.staleDeployKeyDays = file.staleDeployKeyDays;
    if (file.allow !== void 0) options.allow = file.allow;
  }
  for (const [name, value] of Object.entries(request.overrides ?? {})) {
    if (value !== void 0) options[name] = value;
  }
  return validateOptions(options);
}

// src/action/pr-filter.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { resolve as resolve5 } from "node:path";
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
function filterFindings(findings, changes, mode, root, isFile2) {
  if (mode === "all") return [...findings];
  const fileLines = /* @__PURE__ */ new Map();
  const linesOf = (path) => {
    let lines = fileLines.get(path);
    if (!lines) {
      try {
        lines = readFileSync2(resolve5(root, path), "latin1").split(/\r?\n/);
      } catch {
        lines = [];
      }
      fileLines.set(path, lines);
    }
    return lines;
  };
  return findings.filter((finding2) => {
    if (!isFile2(finding2.path)) return true;
    if (!changes.has(finding2.path)) return false;
    const added = changes.get(finding2.path);
    if (mode === "file" || added === null || added === void 0) return true;
    if (added.has(finding2.line)) return true;
    const [from, to] = findingLines(linesOf(finding2.path), finding2.line);
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
  const { inventoryBytes } = await import("./chunks/inventory-BTHDAPIB.js");
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
    for (const finding2 of inventory.findings) {
      if (finding2.rule === "private-key") continue;
      let message = finding2.message;
      for (const keyId of keyIds) if (keyId !== "") message = message.split(`"${keyId}"`).join('"[redacted]"');
      audit.findings.push({ ...finding2, path: nameAt(finding2.line), message });
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
  return join2(env["RUNNER_TEMP"] || tmpdir(), `${base}.${extension}`);
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
    sarifFile: resolve6(workspace, text("sarif-file", "") || defaultReportPath(categoryName, "sarif")),
    reportFile: resolve6(workspace, text("report-file", "") || defaultReportPath(categoryName, "json")),
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
    config: options.policyFile === null ? null : resolve6(workspace, options.policyFile)
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
    mkdirSync(dirname4(path), { recursive: true });
    writeFileSync(path, guardText(content));
  } catch (error2) {
    throw new UsageError(`cannot write ${input} ${path}: ${writeErrorReason(error2)}`);
  }
}
function withFindings(result, findings) {
  const count = (severity) => findings.filter((finding2) => finding2.severity === severity).length;
  return {
    ...result,
    findings,
    summary: { ...result.summary, errors: count("error"), warnings: count("warning"), notices: count("notice") }
  };
}
function historyShown(result) {
  const historical = /* @__PURE__ */ new Set();
  const findings = result.findings.map((finding2) => {
    if (!finding2.commit) return finding2;
    const path = `${finding2.path}@${finding2.commit.slice(0, 12)}`;
    historical.add(path);
    return { ...finding2, path };
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
      const { loadBlocklists } = await import("./chunks/blocklist-LXKNAB4M.js");
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
    const deployKeys = settings.deployKeys && api ? await (await import("./chunks/deploy-keys-QBYFU6B3.js")).auditDeployKeys(api, await keyCheckContext(), settings.staleDeployKeyDays) : null;
    const virtual = /* @__PURE__ */ new Set([...secrets.paths, ...deployKeys?.paths ?? []]);
    const isFile2 = (path) => !virtual.has(path);
    const full = await scan(
      options,
      {},
      {
        keys: [...secrets.keys, ...deployKeys?.keys ?? []],
        findings: [...secrets.findings, ...deployKeys?.findings ?? []],
        ...settings.history ? { history: (await import("./chunks/history-MIZD6PMX.js")).actionHistory(options) } : {}
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
        const { pullRequestChangesFromGit } = await import("./chunks/pr-git-MFTK7OMI.js");
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
        const treeFindings = full.findings.filter((finding2) => !finding2.commit);
        const kept = new Set(filterFindings(treeFindings, changes, settings.prFilter, options.root, isFile2));
        reported = withFindings(
          full,
          full.findings.filter((finding2) => finding2.commit || kept.has(finding2))
        );
        scope = {
          number: pullRequest.number,
          filter: settings.prFilter,
          hidden: full.findings.length - reported.findings.length,
          ...source ? { source } : {},
          ...source && !api && apiMissing ? { apiNotAsked: apiMissing } : {}
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
    const inTree = (path) => isFile2(path) && !historical.has(path);
    const notes = [];
    if (settings.annotations) {
      const guarded = shown.findings.map((finding2) => ({ ...finding2, path: guardText(finding2.path), message: guardText(finding2.message) }));
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
        import("./chunks/pr-comment-reporter-G7SHDEPV.js"),
        import("./chunks/pr-comment-IV5LIVJN.js")
      ]);
      const marker = commentMarker(settings.category);
      const keys = changes ? filterFindings(
        full.keys.filter((key) => !key.commit && isFile2(key.path)),
        changes,
        settings.prFilter,
        options.root,
        isFile2
      ) : full.keys;
      const body = guardText(renderComment(reported, { marker, scope, filterProblem, isFile: isFile2, runUrl: runUrl2, verdict, links, keys }));
      await upsertComment(api, pullRequest.number, marker, body, reported.findings.length === 0, pullRequest.fromFork);
    } else if (settings.prComment && !pullRequest && !event.problem) {
      log.info(`pr-comment: a ${event.name || "local"} run has no pull request to comment on.`);
    }
    if (settings.trackingIssue && !pullRequest && !event.problem && api) {
      const [{ renderClosingComment, renderTrackingIssue, trackingIssueMarker }, { syncTrackingIssue }] = await Promise.all([
        import("./chunks/tracking-issue-reporter-M4QLIFTO.js"),
        import("./chunks/tracking-issue-CWBADO77.js")
      ]);
      const marker = trackingIssueMarker(settings.category);
      await syncTrackingIssue(api, {
        marker,
        label: settings.trackingIssueLabel,
        title: `${name}: SSH keys and findings`,
        body: guardText(renderTrackingIssue(full, { marker, isFile: isFile2, runUrl: runUrl2 })),
        clean: full.findings.length === 0,
        closingComment: guardText(renderClosingComment(full, runUrl2))
      });
    } else if (settings.trackingIssue && (pullRequest || event.problem)) {
      log.info(`tracking-issue: a ${event.name} run does not update the tracking issue; it follows scheduled and push runs.`);
    }
    if (sarif.dropped) notes.push(`The SARIF report is cut to code scanning's limits: ${sarif.dropped}`);
    if (settings.summary && process.env["GITHUB_STEP_SUMMARY"]) {
      const text2 = guardText(renderSummary(reported, { isFile: isFile2, pullRequest: scope, filterProblem, verdict, links, notes }));
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
await run();
