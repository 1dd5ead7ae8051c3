#!/usr/bin/env node
import {
  UsageError
} from "./chunk-ILGW4I5N.js";

// src/core/limits.ts
var RSA_MAX_BITS = 16384;
var MAX_POLICY_BYTES = 1024 * 1024;
var MAX_BASELINE_BYTES = 64 * 1024 * 1024;
var MAX_BLOCKLIST_BYTES = 64 * 1024 * 1024;
var MAX_POLICY_ALIASES = 100;

// src/core/policy/bounded-file.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
function formatLimit(bytes) {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`;
}
function readBoundedText(absolute, limit, what) {
  let fd;
  try {
    fd = openSync(absolute, "r");
  } catch (error) {
    throw new UsageError(`cannot read ${what} (${error.code ?? "error"})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new UsageError(`cannot read ${what}: it is not a regular file`);
    if (stats.size > limit) throw new UsageError(`${what} is ${stats.size} bytes, over the ${formatLimit(limit)} limit for such a file`);
    const buffer = Buffer.alloc(Math.min(stats.size, limit) + 1);
    let filled = 0;
    for (let read = -1; read !== 0 && filled < buffer.length; filled += read)
      read = readSync(fd, buffer, filled, buffer.length - filled, null);
    if (filled > limit) throw new UsageError(`${what} is over the ${formatLimit(limit)} limit for such a file`);
    return buffer.subarray(0, filled).toString("utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${what} (${error.code ?? "error"})`);
  } finally {
    closeSync(fd);
  }
}
function lineOfPosition(text, position) {
  let line = 1;
  for (let index = text.indexOf("\n"); index !== -1 && index < position; index = text.indexOf("\n", index + 1)) line++;
  return line;
}
function errorPosition(text, message) {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== void 0) return Number(position);
  if (message.includes("end of JSON input")) return text.length;
  const quoted = message.indexOf('"');
  const closing = message.lastIndexOf('"');
  if (quoted === -1 || closing <= quoted + 1) return 0;
  const found = text.indexOf(message.slice(quoted + 1, closing));
  return found === -1 ? 0 : found;
}
function parseJsonFile(text, what) {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const line = lineOfPosition(text, errorPosition(text, error.message));
    throw new UsageError(`${what} is not JSON (line ${line})`);
  }
}

export {
  RSA_MAX_BITS,
  MAX_POLICY_BYTES,
  MAX_BASELINE_BYTES,
  MAX_BLOCKLIST_BYTES,
  MAX_POLICY_ALIASES,
  readBoundedText,
  parseJsonFile
};
