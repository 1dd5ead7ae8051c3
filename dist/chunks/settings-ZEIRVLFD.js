#!/usr/bin/env node
import {
  reportPath
} from "./chunk-QCZIQUKG.js";
import "./chunk-QTPL3ROI.js";
import {
  POLICY_FILE_NAME,
  SCHEMA_URL
} from "./chunk-WVF2HU37.js";
import {
  defaultOptions,
  validateOptions
} from "./chunk-AFWYQFC3.js";
import "./chunk-GYNN6ZCP.js";
import {
  RULES
} from "./chunk-GEDZCDBK.js";
import "./chunk-CCRRIRE6.js";
import {
  UsageError
} from "./chunk-ILGW4I5N.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";

// src/core/policy/settings.ts
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function scanRoot(root, paths) {
  const first = resolve(root, paths[0] ?? ".");
  try {
    return statSync(first).isDirectory() ? first : root;
  } catch {
    return root;
  }
}
function findPolicyFile(root, paths, config) {
  if (config !== null && config !== void 0) {
    const absolute = resolve(root, config);
    if (!isFile(absolute)) throw new UsageError(`policy file not found: ${config}`);
    return absolute;
  }
  const candidate = resolve(scanRoot(root, paths), POLICY_FILE_NAME);
  return isFile(candidate) ? candidate : null;
}
async function resolveOptions(request) {
  const options = defaultOptions(request.root);
  if (request.paths && request.paths.length > 0) options.paths = [...request.paths];
  const policyFile = findPolicyFile(request.root, options.paths, request.config);
  if (policyFile !== null) {
    const shown = reportPath(request.root, policyFile);
    const { loadPolicyFile } = await import("./policy-file-XTPR4A26.js");
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
      options.blocklists = file.blocklists.map((item) => reportPath(request.root, resolve(dirname(policyFile), item)));
    if (file.staleDeployKeyDays !== void 0) options.staleDeployKeyDays = file.staleDeployKeyDays;
    if (file.allow !== void 0) options.allow = file.allow;
  }
  for (const [name, value] of Object.entries(request.overrides ?? {})) {
    if (value !== void 0) options[name] = value;
  }
  return validateOptions(options);
}
function effectivePolicy(options) {
  const policy = {
    "fail-on": options.failOn,
    "min-rsa-bits": options.minRsaBits
  };
  if (options.allowedKeyTypes !== null) policy["allowed-key-types"] = options.allowedKeyTypes;
  policy["rules"] = Object.fromEntries(RULES.map((rule) => [rule.id, options.rules[rule.id] ?? rule.severity]));
  policy["include"] = options.include;
  policy["exclude"] = options.exclude;
  policy["max-file-size"] = options.maxFileSize;
  policy["blocklists"] = options.blocklists;
  if (options.staleDeployKeyDays !== null) policy["stale-deploy-key-days"] = options.staleDeployKeyDays;
  policy["allow"] = options.allow.map((entry) => {
    const printed = {};
    for (const key of ["fingerprint", "rule", "path", "reason", "expires"])
      if (entry[key] !== void 0) printed[key] = entry[key];
    return printed;
  });
  return policy;
}
async function renderPolicy(options, format) {
  const policy = effectivePolicy(options);
  if (format === "json") return JSON.stringify(policy, null, 2) + "\n";
  const sources = ["defaults", ...options.policyFile ? [options.policyFile] : [], "command-line flags or inputs"].join(" < ");
  const header = [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    `# The effective ssh-key-audit policy (${sources}).`,
    ...options.baseline ? [`# Findings in the baseline ${options.baseline} are accepted too.`] : []
  ];
  const { policyYaml } = await import("./policy-yaml-NK4OOUE2.js");
  return `${header.join("\n")}
${policyYaml(policy)}`;
}
export {
  effectivePolicy,
  findPolicyFile,
  renderPolicy,
  resolveOptions
};
