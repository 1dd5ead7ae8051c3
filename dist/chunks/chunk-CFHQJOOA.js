#!/usr/bin/env node
import {
  REPOSITORY_URL
} from "./chunk-GYNN6ZCP.js";
import {
  PLAIN_KEY_TYPES,
  isKnownKeyType
} from "./chunk-UUK5TFKK.js";
import {
  UsageError
} from "./chunk-ILGW4I5N.js";
import {
  RULES
} from "./chunk-P7OTCKH5.js";

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

// src/core/policy/schema.ts
var POLICY_FILE_NAME = ".ssh-key-audit.yml";
var SCHEMA_PATH = "schema/ssh-key-audit.schema.json";
var SCHEMA_URL = `${REPOSITORY_URL.replace("https://github.com/", "https://raw.githubusercontent.com/")}/main/${SCHEMA_PATH}`;
var RULE_SETTINGS = ["off", "notice", "warning", "error"];
var FINGERPRINT_PATTERN = "^SHA256:[A-Za-z0-9+/]{43}$";
var DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
var globs = (description) => ({ description, type: "array", items: { type: "string", minLength: 1 } });
function policySchema() {
  const ruleIds = RULES.map((rule) => rule.id);
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: SCHEMA_URL,
    title: "ssh-key-audit policy",
    description: `The policy file of ssh-key-audit (${POLICY_FILE_NAME}). Command-line flags and Action inputs override its settings.`,
    type: "object",
    additionalProperties: false,
    properties: {
      "fail-on": {
        description: "Fail the run (exit 1) when a finding is at or above this severity. Default: error.",
        enum: [...FAIL_ON_VALUES]
      },
      "min-rsa-bits": {
        description: "RSA keys below this many bits are weak-rsa-key errors. Default: 2048.",
        type: "integer",
        minimum: 512,
        maximum: 16384
      },
      "allowed-key-types": {
        description: "The only key types the repository may hold (SSH wire names; a certificate counts as the type of its key). Any other key is a disallowed-key-type finding. Default: any type.",
        type: "array",
        minItems: 1,
        uniqueItems: true,
        items: { enum: Object.keys(PLAIN_KEY_TYPES) }
      },
      rules: {
        description: "Change a rule's severity, or turn it off. See docs/rules.md.",
        type: "object",
        additionalProperties: false,
        properties: Object.fromEntries(
          RULES.map((rule) => [rule.id, { description: `${rule.title} (default: ${rule.severity})`, enum: [...RULE_SETTINGS] }])
        )
      },
      include: globs("Scan only files matching these globs, relative to each scanned path. Default: every file."),
      exclude: globs(
        "Skip files matching these globs, relative to each scanned path; a pattern without a slash matches at any depth. .git and node_modules are always skipped."
      ),
      "max-file-size": {
        description: "Skip files larger than this many bytes, listing them as skipped. Default: 5242880 (5 MiB).",
        type: "integer",
        minimum: 1
      },
      blocklists: {
        description: "Files of SHA256: fingerprints or public key lines (one per line, optional label) to report as compromised-key, relative to this file.",
        type: "array",
        items: { type: "string", minLength: 1 }
      },
      "stale-deploy-key-days": {
        description: "The GitHub Action reports deploy keys unused for more than this many days.",
        type: "integer",
        minimum: 1
      },
      allow: {
        description: "Accepted findings: by key fingerprint, or by rule and path glob (relative to this file), each with the reason and optionally the last day it holds.",
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["reason"],
          anyOf: [{ required: ["fingerprint"] }, { required: ["path"] }],
          properties: {
            fingerprint: {
              description: "The key, as `ssh-keygen -l` prints its fingerprint: SHA256: and 43 base64 characters.",
              type: "string",
              pattern: FINGERPRINT_PATTERN
            },
            rule: { description: "Only findings of this rule (default: any rule).", enum: ruleIds },
            path: {
              description: "Only findings in files matching this glob, relative to the directory of this file.",
              type: "string",
              minLength: 1
            },
            reason: { description: "Why the finding is accepted. Required.", type: "string", pattern: "\\S" },
            expires: {
              description: "YYYY-MM-DD: the last day (UTC) the entry holds. After it the findings are reported again, with an expired-suppression notice.",
              type: "string",
              pattern: DATE_PATTERN
            }
          }
        }
      }
    }
  };
}

export {
  isQuotable,
  quoteValue,
  defaultOptions,
  parseCount,
  parseFailOn,
  validateOptions,
  POLICY_FILE_NAME,
  policySchema
};
