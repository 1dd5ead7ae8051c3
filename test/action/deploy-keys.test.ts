import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { staleness, type DeployKey } from '../../src/action/deploy-keys.js';
import { describeFailure } from '../../src/action/github-api.js';

describe('stale-deploy-key', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const key = (fields: Partial<DeployKey>): DeployKey => ({
    id: 1,
    key: 'ssh-ed25519 AAAA',
    title: 't',
    read_only: false,
    created_at: '2025-01-01T00:00:00Z',
    last_used: null,
    ...fields,
  });

  it('counts from the last use, or from the creation of a key never used', () => {
    assert.match(
      staleness(key({ last_used: '2026-03-02T00:00:00Z' }), now, 90)!,
      /was last used on 2026-03-02, 91 days ago \(more than 90\)/,
    );
    assert.equal(staleness(key({ last_used: '2026-03-03T00:00:00Z' }), now, 90), null);
    assert.match(staleness(key({}), now, 90)!, /has never been used since it was added on 2025-01-01, 516 days ago/);
  });

  it('does not judge read-only keys, disabled keys, or keys whose use GitHub does not report', () => {
    assert.equal(staleness(key({ read_only: true }), now, 90), null);
    assert.equal(staleness(key({ enabled: false }), now, 90), null);
    const unknown = key({});
    delete unknown.last_used;
    assert.equal(staleness(unknown, now, 90), null);
  });
});

describe('describeFailure: GitHub API errors as data', () => {
  const error = (status: number, headers: Record<string, string> = {}, message = 'm') => ({
    status,
    message,
    response: { headers, data: { message } },
  });

  it('tells an outage and a rate limit from a refusal', () => {
    assert.deepEqual(describeFailure(error(403, {}, 'Resource not accessible by integration')), {
      status: 403,
      detail: 'HTTP 403: Resource not accessible by integration',
      outage: false,
    });
    assert.equal(describeFailure(error(404)).outage, false);
    assert.equal(describeFailure(error(422)).outage, false);
    assert.deepEqual(describeFailure(error(502, {}, 'Bad Gateway')), { status: 502, detail: 'HTTP 502: Bad Gateway', outage: true });
    assert.deepEqual(describeFailure(error(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1893456000' })), {
      status: 403,
      detail: 'rate limit exceeded (HTTP 403, resets at 2030-01-01T00:00:00.000Z)',
      outage: true,
    });
    assert.equal(describeFailure(error(429, { 'retry-after': '30' })).detail, 'rate limit exceeded (HTTP 429, retry after 30 s)');
    assert.deepEqual(describeFailure(new Error('fetch failed')), { status: null, detail: 'no response: fetch failed', outage: true });
  });
});
