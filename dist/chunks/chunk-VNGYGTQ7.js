#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  RULES
} from "./chunk-7TDXAWLA.js";
import {
  UsageError
} from "./chunk-ILGW4I5N.js";

// src/core/quoted-value.ts
var MAX_QUOTED = 80;
var MAX_BASE64_RUN = 44;
function longestBase64Run(text) {
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = /[A-Za-z0-9+/=]/.test(char) ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}
function isQuotable(text) {
  if (text.length > MAX_QUOTED || /[\r\n]/.test(text) || text.includes("BEGIN") || text.includes("PuTTY-User-Key-File")) return false;
  return longestBase64Run(text) <= MAX_BASE64_RUN;
}
function quoteValue(text) {
  return isQuotable(text) ? JSON.stringify(text) : `a value of ${text.length} characters (not shown)`;
}

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

// src/core/options.ts
var DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
var DEFAULT_MIN_RSA_BITS = 2048;
var FAIL_ON_VALUES = ["error", "warning", "notice", "never"];
function defaultOptions(root) {
  return {
    paths: ["."],
    root,
    include: [],
    exclude: [],
    minRsaBits: DEFAULT_MIN_RSA_BITS,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    failOn: "error",
    blocklists: [],
    now: /* @__PURE__ */ new Date(),
    allowedKeyTypes: null,
    rules: {},
    allow: [],
    policyFile: null,
    baseline: null,
    staleDeployKeyDays: null
  };
}
function parseCount(name, value, min, max) {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${name} must be a whole number, got ${quoteValue(value)}`);
  const parsed = Number(value.trim());
  if (parsed < min || parsed > max) throw new UsageError(`${name} must be between ${min} and ${max}, got ${parsed}`);
  return parsed;
}
function parseFailOn(name, value) {
  const normalised = value.trim().toLowerCase();
  if (!FAIL_ON_VALUES.includes(normalised)) {
    throw new UsageError(`${name} must be one of ${FAIL_ON_VALUES.join(", ")}, got ${quoteValue(value)}`);
  }
  return normalised;
}
function validateOptions(options) {
  if (options.paths.length === 0) throw new UsageError("no path to scan was given");
  if (!Number.isInteger(options.minRsaBits) || options.minRsaBits < 512 || options.minRsaBits > 16384) {
    throw new UsageError(`the minimum RSA size must be between 512 and 16384 bits, got ${options.minRsaBits}`);
  }
  if (!Number.isInteger(options.maxFileSize) || options.maxFileSize < 1) {
    throw new UsageError(`the maximum file size must be a positive number of bytes, got ${options.maxFileSize}`);
  }
  parseFailOn("fail-on", options.failOn);
  for (const [id, setting] of Object.entries(options.rules)) {
    if (!RULES.some((rule) => rule.id === id)) throw new UsageError(`unknown rule ${quoteValue(id)} (docs/rules.md lists them)`);
    if (!["off", "notice", "warning", "error"].includes(setting)) {
      throw new UsageError(`rule ${id} must be off, notice, warning or error, got ${quoteValue(setting)}`);
    }
  }
  for (const type of options.allowedKeyTypes ?? []) {
    if (!isKnownKeyType(type)) throw new UsageError(`unknown key type ${quoteValue(type)} in the allowed key types`);
  }
  if (options.allowedKeyTypes?.length === 0) throw new UsageError("the allowed key types cannot be empty");
  if (options.staleDeployKeyDays !== null && (!Number.isInteger(options.staleDeployKeyDays) || options.staleDeployKeyDays < 1)) {
    throw new UsageError(`the stale deploy key age must be a positive number of days, got ${options.staleDeployKeyDays}`);
  }
  for (const entry of options.allow) {
    if (entry.reason.trim() === "") throw new UsageError(`the allow entry at line ${entry.line} needs a reason`);
    if (entry.fingerprint === void 0 && entry.path === void 0) {
      throw new UsageError(`the allow entry at line ${entry.line} needs a fingerprint or a path`);
    }
  }
  return options;
}

export {
  PLAIN_KEY_TYPES,
  ECDSA_CURVES,
  isCertificateType,
  plainTypeOf,
  isKnownKeyType,
  familyOf,
  isQuotable,
  quoteValue,
  FAIL_ON_VALUES,
  defaultOptions,
  parseCount,
  parseFailOn,
  validateOptions
};
