/**
 * deploy-keys: the repository's deploy keys, listed through the REST API (paginated) and audited like
 * files named `deploy-key:ID`, plus stale-deploy-key for write-enabled keys nobody has used for a while.
 * Listing them needs the repository permission Administration: read, which GITHUB_TOKEN can never have.
 */
import * as core from '@actions/core';
import type { KeyCheckContext } from '../core/checks/key-rules.js';
import { inventoryBytes } from '../core/inventory.js';
import { makeFinding } from '../core/finding.js';
import type { Finding, KeyRecord } from '../core/types.js';
import type { GitHubApi } from './github-api.js';

/** The fields of GitHub's `deploy-key` schema that the audit reads (last_used and enabled are newer). */
export interface DeployKey {
  id: number;
  key: string;
  title: string;
  read_only: boolean;
  created_at: string;
  last_used?: string | null;
  enabled?: boolean;
}

/** What the JSON report adds to a deploy key's record. */
export interface DeployKeyRecord extends KeyRecord {
  deployKey: { id: number; title: string; readOnly: boolean; createdAt: string; lastUsed: string | null | undefined; enabled?: boolean };
}

export interface DeployKeyAudit {
  keys: DeployKeyRecord[];
  findings: Finding[];
  /** `deploy-key:ID` of every key listed, also of one whose key text does not decode. */
  paths: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function permissionWarning(detail: string): string {
  return (
    `deploy-keys: cannot list the repository's deploy keys (${detail}). GITHUB_TOKEN cannot read deploy keys; ` +
    'a fine-grained token with the repository permission Administration: read can: pass it as github-token. The rest of the audit is complete.'
  );
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

/** stale-deploy-key: write access, enabled, and no use for longer than `days`; null when GitHub does not say. */
export function staleness(key: DeployKey, now: Date, days: number): string | null {
  if (key.read_only || key.enabled === false || key.last_used === undefined) return null;
  const since = key.last_used ?? key.created_at;
  const idle = Math.floor((now.getTime() - Date.parse(since)) / DAY_MS);
  if (!Number.isFinite(idle) || idle <= days) return null;
  const when = key.last_used
    ? `was last used on ${day(key.last_used)}`
    : `has never been used since it was added on ${day(key.created_at)}`;
  return `Deploy key "${key.title}" (id ${key.id}) can write to the repository and ${when}, ${idle} days ago (more than ${days}): delete it, or make it read-only if something still needs it.`;
}

export async function auditDeployKeys(
  api: GitHubApi,
  context: Omit<KeyCheckContext, 'path'>,
  staleDays: number,
): Promise<DeployKeyAudit | null> {
  const listed = await api.attempt('listing deploy keys', (octokit) =>
    octokit.paginate(octokit.rest.repos.listDeployKeys, { ...api.repository, per_page: 100 }),
  );
  if (!listed.ok) {
    const { failure } = listed;
    if (failure.outage) return null;
    if (failure.status === 403 || failure.status === 404) core.warning(permissionWarning(failure.detail));
    else core.warning(`deploy-keys: cannot list deploy keys (${failure.detail}); the rest of the audit is complete.`);
    return null;
  }
  const audit: DeployKeyAudit = { keys: [], findings: [], paths: [] };
  for (const key of listed.value as DeployKey[]) {
    const path = `deploy-key:${key.id}`;
    audit.paths.push(path);
    const inventory = inventoryBytes(Buffer.from(String(key.key ?? ''), 'utf8'), { ...context, path }, 'deploy-key');
    for (const record of inventory.keys) {
      audit.keys.push({
        ...record,
        source: 'deploy-key',
        comment: key.title,
        deployKey: {
          id: key.id,
          title: key.title,
          readOnly: key.read_only,
          createdAt: key.created_at,
          lastUsed: key.last_used,
          ...(key.enabled === undefined ? {} : { enabled: key.enabled }),
        },
      });
    }
    audit.findings.push(...inventory.findings);
    const stale = staleness(key, context.now, staleDays);
    if (stale) {
      audit.findings.push(makeFinding('stale-deploy-key', { path, line: 1, fingerprint: inventory.keys[0]?.fingerprint ?? null }, stale));
    }
  }
  core.info(`deploy-keys: audited ${audit.keys.length} deploy key(s)`);
  return audit;
}
