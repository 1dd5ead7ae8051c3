import assert from 'node:assert/strict';
import { generatePrimeSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ScanResult } from '../../src/core/types.js';
import { runCli } from '../helpers/cli.js';
import { rsaPublicLine } from '../helpers/rsa-lines.js';
import { tempDir } from '../helpers/openssh.js';

describe('batch GCD on two threads (large scans, through the bundle)', () => {
  it('finds a prime shared by two of 2,100 keys, exactly as on one thread', async () => {
    const dir = tempDir();
    // Small primes keep the test fast; the worker path starts at 2,000 distinct moduli.
    const primes = Array.from({ length: 4200 }, () => generatePrimeSync(160, { bigint: true }) as bigint);
    const moduli = Array.from({ length: 2100 }, (_, index) => primes[2 * index]! * primes[2 * index + 1]!);
    // Key 10 (first half, first thread) and key 2000 (second half, second thread) share a prime.
    moduli[2000] = primes[20]! * (generatePrimeSync(160, { bigint: true }) as bigint);
    writeFileSync(join(dir, 'authorized_keys'), moduli.map((n) => rsaPublicLine(n)).join('\n') + '\n');
    const run = await runCli(['.', '--format', 'json', '--fail-on', 'never'], dir, { timeoutMs: 120_000 });
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as ScanResult;
    assert.equal(report.keys.length, 2100);
    const shared = report.findings.filter((finding) => finding.rule === 'factorable-key');
    assert.deepEqual(
      shared.map((finding) => finding.line),
      [11, 2001],
    );
    assert.match(shared[0]!.message, /shares a prime with the key at authorized_keys:2001/);
  });
});
