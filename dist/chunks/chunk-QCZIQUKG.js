#!/usr/bin/env node
import {
  Minimatch
} from "./chunk-QTPL3ROI.js";
import {
  UsageError
} from "./chunk-ILGW4I5N.js";
import {
  trimTrailing
} from "./chunk-25ZG4RWI.js";

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
function describeLinkError(error) {
  if (error.code === "ELOOP") return "symlink loop: the link resolves back to itself";
  if (error.code === "ENOENT") return "broken symlink: its target does not exist";
  return `symlink could not be resolved (${error.code ?? "unknown error"})`;
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
    } catch (error) {
      const code = error.code;
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
  const { glob } = await import("./index.min-TF2RRP63.js");
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
    } catch (error) {
      const code = error.code;
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
    const scanRoot = realpathSync(absolute);
    const top = { absolute, real: scanRoot, relative: "", shown: shown === "." ? "" : shown.endsWith("/") ? shown : `${shown}/` };
    const found = [];
    if (include.length === 0 || walkable(include)) walkTree(top, walk, found, skipped, onListed);
    else await globTree(top, include, exclude, found);
    const showReal = (target) => isInside(scanRoot, target) ? top.shown + reportPath(scanRoot, target) : target;
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
      } catch (error) {
        skipped.push({ path: entry.shown, reason: describeLinkError(error) });
        continue;
      }
      if (!isInside(scanRoot, target)) {
        skipped.push({ path: entry.shown, reason: "symlink points outside the scan root, not followed" });
        continue;
      }
      let targetStats;
      try {
        targetStats = statSync(target);
      } catch (error) {
        skipped.push({ path: entry.shown, reason: describeLinkError(error) });
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

export {
  reportPath,
  discover
};
