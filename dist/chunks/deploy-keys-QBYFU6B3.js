#!/usr/bin/env node
import {
  info,
  warning
} from "./chunk-MXTKRPCU.js";
import {
  inventoryBytes
} from "./chunk-KAEWCV37.js";
import "./chunk-42MXORR6.js";
import "./chunk-VUFUFVDI.js";
import "./chunk-UUK5TFKK.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-UQ7SBAK5.js";
import "./chunk-ZO5PTKSB.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-72M4R2KB.js";
import {
  makeFinding
} from "./chunk-CS5XD6HN.js";
import "./chunk-P7OTCKH5.js";
import "./chunk-AAXGI36X.js";

// src/action/deploy-keys.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
function permissionWarning(detail) {
  return `deploy-keys: cannot list the repository's deploy keys (${detail}). GITHUB_TOKEN cannot read deploy keys; a fine-grained token with the repository permission Administration: read can: pass it as github-token. The rest of the audit is complete.`;
}
function day(iso) {
  return iso.slice(0, 10);
}
function staleness(key, now, days) {
  if (key.read_only || key.enabled === false || key.last_used === void 0) return null;
  const since = key.last_used ?? key.created_at;
  const idle = Math.floor((now.getTime() - Date.parse(since)) / DAY_MS);
  if (!Number.isFinite(idle) || idle <= days) return null;
  const when = key.last_used ? `was last used on ${day(key.last_used)}` : `has never been used since it was added on ${day(key.created_at)}`;
  return `Deploy key "${key.title}" (id ${key.id}) can write to the repository and ${when}, ${idle} days ago (more than ${days}): delete it, or make it read-only if something still needs it.`;
}
async function auditDeployKeys(api, context, staleDays) {
  const listed = await api.attempt(
    "listing deploy keys",
    (octokit) => octokit.paginate(octokit.rest.repos.listDeployKeys, { ...api.repository, per_page: 100 })
  );
  if (!listed.ok) {
    const { failure } = listed;
    if (failure.outage) return null;
    if (failure.status === 403 || failure.status === 404) warning(permissionWarning(failure.detail));
    else warning(`deploy-keys: cannot list deploy keys (${failure.detail}); the rest of the audit is complete.`);
    return null;
  }
  const audit = { keys: [], findings: [], paths: [] };
  for (const key of listed.value) {
    const path = `deploy-key:${key.id}`;
    audit.paths.push(path);
    const inventory = inventoryBytes(Buffer.from(String(key.key ?? ""), "utf8"), { ...context, path }, "deploy-key");
    for (const record of inventory.keys) {
      audit.keys.push({
        ...record,
        source: "deploy-key",
        comment: key.title,
        deployKey: {
          id: key.id,
          title: key.title,
          readOnly: key.read_only,
          createdAt: key.created_at,
          lastUsed: key.last_used,
          ...key.enabled === void 0 ? {} : { enabled: key.enabled }
        }
      });
    }
    audit.findings.push(...inventory.findings);
    const stale = staleness(key, context.now, staleDays);
    if (stale) {
      audit.findings.push(makeFinding("stale-deploy-key", { path, line: 1, fingerprint: inventory.keys[0]?.fingerprint ?? null }, stale));
    }
  }
  info(`deploy-keys: audited ${audit.keys.length} deploy key(s)`);
  return audit;
}
export {
  auditDeployKeys,
  permissionWarning,
  staleness
};
