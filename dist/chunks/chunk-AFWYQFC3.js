#!/usr/bin/env node
import {
  RULES
} from "./chunk-GEDZCDBK.js";
import {
  isKnownKeyType
} from "./chunk-CCRRIRE6.js";
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
  isQuotable,
  quoteValue,
  FAIL_ON_VALUES,
  defaultOptions,
  parseCount,
  parseFailOn,
  validateOptions
};
