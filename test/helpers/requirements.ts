/**
 * Tests that need something of the machine (sshd, jq, script(1), mkfifo, a DSA-capable ssh-keygen, OpenSSH 9.2)
 * skip without it on a developer's machine, but fail where .ci/run declared the requirement
 * (SSH_KEY_AUDIT_REQUIRE_ALL=1): there a missing tool must not turn into a quietly skipped test.
 */
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';

const REQUIRED = process.env['SSH_KEY_AUDIT_REQUIRE_ALL'] === '1';

/** Skips the running test with `reason`, or fails it where every requirement is declared. */
export function requirementMissing(t: TestContext, reason: string): void {
  if (REQUIRED) assert.fail(`.ci/run requires this, but ${reason}`);
  t.skip(reason);
}

/**
 * For the `skip` option of describe/it: `reason` (a missing requirement) or false. Where every requirement
 * is declared, a missing one throws, which fails the test file instead of skipping it.
 */
export function skipUnless(reason: string | null | false): string | false {
  if (!reason) return false;
  if (REQUIRED) throw new Error(`.ci/run requires this, but ${reason}`);
  return reason;
}
