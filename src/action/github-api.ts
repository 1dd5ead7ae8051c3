/**
 * The Action's GitHub REST client: @actions/github's Octokit (it honours GITHUB_API_URL and the runner's
 * proxy settings) with Octokit's retry and throttling plugins, and every failure turned into data.
 * A 5xx or a dropped connection is retried twice (after 1 s and 4 s, plugin-retry's backoff); a rate limit
 * whose reset or `retry-after` is at most a minute away is waited for once (REST docs, "Rate limits":
 * wait `retry-after` seconds, or until `x-ratelimit-reset`); each attempt has 30 s. So a call gives up
 * after about two minutes at worst, and the step never hangs. What still fails after that is an outage:
 * reported in one warning, it stops every later call, so an unavailable API costs one warning rather than
 * one per feature, and never the scan result.
 */
import * as core from '@actions/core';
import type { getOctokit } from '@actions/github';
import type { Octokit as CoreOctokit } from '@octokit/core';

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
  /** The API as a whole is unavailable; already reported unless the call was `quiet`. */
  outage: boolean;
  /** Skipped after an outage that an earlier warning reported. */
  skipped?: boolean;
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

// A request that hangs would hold the job until its own timeout (6 hours by default).
const REQUEST_TIMEOUT_MS = 30_000;
// Longer waits are not worth holding a CI job for: the outage warning says when the limit resets instead.
const MAX_RATE_LIMIT_WAIT_S = 60;
const RETRIES = 2;

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

/** Thrown for a 2xx answer that is not GitHub's JSON, such as a proxy's HTML error page. */
export class NotJsonError extends Error {
  constructor(
    readonly status: number,
    contentType: string,
  ) {
    super(`HTTP ${status} with ${contentType || 'no content type'} instead of JSON`);
  }
}

export function describeFailure(error: unknown): ApiFailure {
  if (error instanceof NotJsonError) return { status: error.status, detail: `not GitHub's answer (${error.message})`, outage: true };
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

export interface AttemptOptions {
  /** Run even after an outage: completing a check run that was created is worth one more try. */
  always?: boolean;
  /** The caller reports an outage itself (in its own, single warning), through `outageText`. */
  quiet?: boolean;
}

/** A comment's or issue's author, as the REST API gives it. */
export interface Author {
  login?: string;
  type?: string;
}

export class GitHubApi {
  private unavailable = false;
  private author: Promise<(user: Author | null | undefined) => boolean> | null = null;

  constructor(
    readonly octokit: Octokit,
    readonly repository: Repository,
  ) {}

  /** The outage warning for `what` ("listing the pull request's files"); `then` is what the step does instead. */
  static outageText(what: string, failure: ApiFailure, then = ''): string {
    return (
      `GitHub API unavailable (${failure.detail}) while ${what}: skipping every further GitHub call of this step.${then ? ` ${then}` : ''} ` +
      'The scan itself is complete: its findings are in this log, the job summary, the SARIF and the JSON report.'
    );
  }

  /**
   * Whether `user` is who this token writes as, so a hidden marker is trusted only in our own comments and
   * issues (anyone can paste a marker into a comment). A personal token knows its login (GET /user);
   * GITHUB_TOKEN and app tokens are refused that call (403), and write as a bot, which no person can be.
   */
  ownAuthor(): Promise<(user: Author | null | undefined) => boolean> {
    this.author ??= this.attempt("reading the token's user", (octokit) => octokit.rest.users.getAuthenticated()).then((answer) => {
      const login = answer.ok && typeof answer.value.data.login === 'string' ? answer.value.data.login : null;
      return (user) => (login ? user?.login === login : user?.type === 'Bot');
    });
    return this.author;
  }

  /** Runs one call (or one paginated series). `what` names it in the outage warning: "listing the pull request's files". */
  async attempt<T>(what: string, call: (octokit: Octokit) => Promise<T>, options: AttemptOptions = {}): Promise<Attempt<T>> {
    if (this.unavailable && !options.always) {
      return { ok: false, failure: { status: null, detail: 'skipped after an earlier outage', outage: true, skipped: true } };
    }
    try {
      return { ok: true, value: await call(this.octokit) };
    } catch (error) {
      const failure = describeFailure(error);
      if (failure.outage) {
        if (!this.unavailable && !options.quiet) core.warning(GitHubApi.outageText(what, failure));
        this.unavailable = true;
      }
      return { ok: false, failure };
    }
  }
}

/**
 * Innermost (first) plugin, so it wraps each attempt the retry plugin makes: a time limit per attempt, and
 * a 2xx that is not JSON (a proxy's or captive portal's HTML page) made an error instead of data that reads
 * as `undefined` further on.
 */
function attemptGuard(octokit: CoreOctokit): void {
  octokit.hook.wrap('request', async (request, options) => {
    const signal = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    const response = await request({ ...options, request: { ...options.request, signal } });
    const contentType = String(response.headers['content-type'] ?? '');
    if (response.status !== 204 && !/\bjson\b/i.test(contentType)) throw new NotJsonError(response.status, contentType);
    return response;
  });
}

/** plugin-throttling's handlers: retry once when the wait is short, else give up (and warn as an outage). */
function shortWait(retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number): boolean {
  return retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
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
    const { retry } = await import('@octokit/plugin-retry');
    const { throttling } = await import('@octokit/plugin-throttling');
    const octokit = getOctokit(
      token,
      {
        // Rate limits (403 and 429) are plugin-throttling's; plugin-retry takes 5xx and dropped connections.
        retry: { retries: RETRIES, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: { onRateLimit: shortWait, onSecondaryRateLimit: shortWait },
      },
      attemptGuard,
      retry,
      throttling,
    );
    return new GitHubApi(octokit, repository);
  } finally {
    if (eventPath !== undefined) process.env['GITHUB_EVENT_PATH'] = eventPath;
  }
}
