#!/usr/bin/env node
import {
  FAIL_ON_VALUES
} from "./chunk-AFWYQFC3.js";
import {
  REPOSITORY_URL
} from "./chunk-GYNN6ZCP.js";
import {
  RULES
} from "./chunk-GEDZCDBK.js";
import {
  PLAIN_KEY_TYPES
} from "./chunk-CCRRIRE6.js";

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
  POLICY_FILE_NAME,
  SCHEMA_URL,
  policySchema
};
