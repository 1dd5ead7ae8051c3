/**
 * The Action's GitHub REST client: @actions/github's Octokit (it honours GITHUB_API_URL and the runner's
 * proxy settings), with every failure turned into data. The first outage (a 5xx, a network error, a rate
 * limit) is reported in one warning and stops every later call, so an unavailable API costs one warning
 * rather than one per feature, and never the scan result.
 */
import * as core from '@actions/core';
import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface Repository {
  owner: string;
  repo: string;
}

export interface ApiFailure {
  /** HTTP status, or null when no response came back. */
  status: number | null;
  /** `HTTP 403: Resource not accessible by integration`, safe to print. */
  detail: string;
  /** The API as a whole is unavailable; already reported, callers add nothing. */
  outage: boolean;
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

// A request that hangs would hold the job until its own timeout (6 hours by default).
const REQUEST_TIMEOUT_MS = 30_000;

interface ErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

function apiMessage(error: ErrorLike): string {
  const data = error.response?.data;
  const message = data && typeof data === 'object' && 'message' in data ? String((data as { message: unknown }).message) : error.message;
  return (message ?? 'no message').replace(/\s+/g, ' ').slice(0, 300);
}

/** GitHub answers a rate limit with 429, or 403 and `x-ratelimit-remaining: 0` (REST docs, "Rate limits"). */
function rateLimit(error: ErrorLike): string | null {
  const headers = error.response?.headers ?? {};
  const message = apiMessage(error);
  const limited =
    error.status === 429 || (error.status === 403 && (String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(message)));
  if (!limited) return null;
  const reset = Number(headers['x-ratelimit-reset']);
  const retryAfter = Number(headers['retry-after']);
  const when = Number.isFinite(reset) && reset > 0 ? `, resets at ${new Date(reset * 1000).toISOString()}` : '';
  const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? `, retry after ${retryAfter} s` : '';
  return `rate limit exceeded (HTTP ${error.status}${when}${wait})`;
}

export function describeFailure(error: unknown): ApiFailure {
  const failure = (error ?? {}) as ErrorLike;
  const status = typeof failure.status === 'number' && failure.status > 0 ? failure.status : null;
  const limited = rateLimit(failure);
  if (limited) return { status, detail: limited, outage: true };
  // @octokit/request reports a connection failure or an abort as status 500 with no response.
  if (status === null || status >= 500 || !failure.response) {
    return {
      status,
      detail: status !== null && failure.response ? `HTTP ${status}: ${apiMessage(failure)}` : `no response: ${apiMessage(failure)}`,
      outage: true,
    };
  }
  return { status, detail: `HTTP ${status}: ${apiMessage(failure)}`, outage: false };
}

export class GitHubApi {
  private unavailable = false;

  constructor(
    readonly octokit: Octokit,
    readonly repository: Repository,
  ) {}

  /** Runs one call (or one paginated series). `what` names it in the outage warning: "listing the pull request's files". */
  async attempt<T>(what: string, call: (octokit: Octokit) => Promise<T>): Promise<Attempt<T>> {
    if (this.unavailable) return { ok: false, failure: { status: null, detail: 'skipped after an earlier outage', outage: true } };
    try {
      return { ok: true, value: await call(this.octokit) };
    } catch (error) {
      const failure = describeFailure(error);
      if (failure.outage) {
        this.unavailable = true;
        core.warning(
          `GitHub API unavailable (${failure.detail}) while ${what}: skipping every further GitHub call of this step. ` +
            'The scan itself is complete: its findings are in this log, the job summary, the SARIF and the JSON report.',
        );
      }
      return { ok: false, failure };
    }
  }
}

/**
 * An Octokit for `token`. @actions/github builds its `context` when first imported, and lib/context.js
 * JSON.parse()s GITHUB_EVENT_PATH there, throwing on a malformed event file; the Action reads the event
 * itself (event.ts), so the import is lazy and does not see it.
 */
export async function connect(token: string, repository: Repository): Promise<GitHubApi> {
  const eventPath = process.env['GITHUB_EVENT_PATH'];
  delete process.env['GITHUB_EVENT_PATH'];
  try {
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit(token);
    octokit.hook.before('request', (options) => {
      options.request = { ...options.request, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
    });
    return new GitHubApi(octokit, repository);
  } finally {
    if (eventPath !== undefined) process.env['GITHUB_EVENT_PATH'] = eventPath;
  }
}
