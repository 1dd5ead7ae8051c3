/**
 * What triggered the run, from GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_REPOSITORY and GITHUB_SHA. A
 * pull request event whose payload cannot be read becomes a warning and a run that reports everything, as
 * on push: the scan never depends on the event.
 */
import { readFileSync } from 'node:fs';
import type { Repository } from './github-api.js';

export interface PullRequest {
  number: number;
  /** The head commit: annotations of a check run on the merge commit (GITHUB_SHA) do not show on the PR. */
  headSha: string;
  /** The head is in another repository, so GITHUB_TOKEN is read-only and secrets are not passed. */
  fromFork: boolean;
  /** `changed_files` of the payload, to notice when the files API stops listing. */
  changedFiles: number | null;
  /** `pull_request.base.sha`: what git diffs against when the files API cannot be read. */
  baseSha: string | null;
}

export interface RunEvent {
  name: string;
  repository: Repository | null;
  /** The commit a check run is attached to. */
  sha: string | null;
  pullRequest: PullRequest | null;
  /** Why the pull request could not be read, for one warning. */
  problem: string | null;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

function repositoryFrom(value: string | undefined): Repository | null {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  return match ? { owner: match[1]!, repo: match[2]! } : null;
}

function field(object: unknown, ...path: string[]): unknown {
  let current = object;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function readPullRequest(eventPath: string | undefined): PullRequest | string {
  if (!eventPath) return 'GITHUB_EVENT_PATH is not set';
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `cannot read ${eventPath} (${code})` : `${eventPath} is not valid JSON`;
  }
  const number = field(payload, 'pull_request', 'number');
  const headSha = field(payload, 'pull_request', 'head', 'sha');
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) return `${eventPath} has no pull_request.number`;
  if (typeof headSha !== 'string' || !/^[0-9a-f]{40,64}$/.test(headSha)) return `${eventPath} has no pull_request.head.sha`;
  const head = field(payload, 'pull_request', 'head', 'repo', 'full_name');
  const base = field(payload, 'pull_request', 'base', 'repo', 'full_name');
  const changed = field(payload, 'pull_request', 'changed_files');
  const baseSha = field(payload, 'pull_request', 'base', 'sha');
  return {
    number,
    headSha,
    // A deleted fork leaves head.repo null; it was a fork all the same.
    fromFork: typeof base === 'string' && head !== base,
    changedFiles: typeof changed === 'number' ? changed : null,
    baseSha: typeof baseSha === 'string' && /^[0-9a-f]{40,64}$/.test(baseSha) ? baseSha : null,
  };
}

export function readEvent(env: NodeJS.ProcessEnv): RunEvent {
  const name = env['GITHUB_EVENT_NAME'] ?? '';
  const event: RunEvent = {
    name,
    repository: repositoryFrom(env['GITHUB_REPOSITORY']),
    sha: /^[0-9a-f]{40,64}$/.test(env['GITHUB_SHA'] ?? '') ? env['GITHUB_SHA']! : null,
    pullRequest: null,
    problem: null,
  };
  if (!PULL_REQUEST_EVENTS.has(name)) return event;
  const pullRequest = readPullRequest(env['GITHUB_EVENT_PATH']);
  if (typeof pullRequest === 'string') event.problem = pullRequest;
  else {
    event.pullRequest = pullRequest;
    event.sha = pullRequest.headSha;
  }
  return event;
}
