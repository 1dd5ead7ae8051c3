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

// src/core/keys/key-types.ts
var CERT_SUFFIX = "-cert-v01@openssh.com";
var PLAIN_KEY_TYPES = {
  "ssh-rsa": "rsa",
  "ssh-dss": "dsa",
  "ecdsa-sha2-nistp256": "ecdsa",
  "ecdsa-sha2-nistp384": "ecdsa",
  "ecdsa-sha2-nistp521": "ecdsa",
  "ssh-ed25519": "ed25519",
  "sk-ecdsa-sha2-nistp256@openssh.com": "sk-ecdsa",
  "sk-ssh-ed25519@openssh.com": "sk-ed25519",
  // Composite ML-DSA-44 + Ed25519 (ssh-mldsa-eddsa.c), OpenSSH 10.4 (data/openssh-timeline.ts).
  "ssh-mldsa44-ed25519@openssh.com": "mldsa44-ed25519"
};
var ECDSA_CURVES = {
  nistp256: { bits: 256, pointLength: 65, hash: "sha256", jwkCurve: "P-256" },
  nistp384: { bits: 384, pointLength: 97, hash: "sha384", jwkCurve: "P-384" },
  nistp521: { bits: 521, pointLength: 133, hash: "sha512", jwkCurve: "P-521" }
};
function isCertificateType(type) {
  return type.endsWith(CERT_SUFFIX);
}
function plainTypeOf(type) {
  if (!isCertificateType(type)) return type;
  const base = type.slice(0, -CERT_SUFFIX.length);
  return base.startsWith("sk-") || `${base}@openssh.com` in PLAIN_KEY_TYPES ? `${base}@openssh.com` : base;
}
function isKnownKeyType(type) {
  return plainTypeOf(type) in PLAIN_KEY_TYPES;
}
function familyOf(type) {
  return PLAIN_KEY_TYPES[plainTypeOf(type)];
}

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
  PLAIN_KEY_TYPES,
  ECDSA_CURVES,
  isCertificateType,
  plainTypeOf,
  isKnownKeyType,
  familyOf,
  readBoundedText,
  parseJsonFile
};
