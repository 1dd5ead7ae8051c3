import assert from 'node:assert/strict';
import { generatePrimeSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ScanResult } from '../../src/core/types.js';
import { runCli } from '../helpers/cli.js';
import { rsaPublicLine } from '../helpers/rsa-lines.js';
import { tempDir } from '../helpers/openssh.js';

// Preloaded into the CLI: records each array a worker thread posts back (a half's gcds), so the test
// sees that the two-thread path ran and answered, not the single-thread fallback.
const WATCH_WORKERS = `
const threads = require('node:worker_threads');
const { appendFileSync } = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');
if (threads.isMainThread) {
  const Original = threads.Worker;
  threads.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      const thread = this.threadId;
      this.on('message', (message) => {
        if (Array.isArray(message)) appendFileSync(process.env.WORKER_LOG, JSON.stringify({ thread, length: message.length }) + '\\n');
      });
    }
  };
  syncBuiltinESMExports();
}
`;

describe('batch GCD on two threads (large scans, through the bundle)', () => {
  it('finds primes shared first and last, across the threads and beside the split, on two threads', async () => {
    const dir = tempDir();
    // Small primes keep the test fast; the worker path starts at 2,000 distinct moduli.
    const prime = (): bigint => generatePrimeSync(160, { bigint: true }) as bigint;
    const primes = Array.from({ length: 4200 }, prime);
    const moduli = Array.from({ length: 2100 }, (_, index) => primes[2 * index]! * primes[2 * index + 1]!);
    moduli[2099] = primes[0]! * prime(); // key 1 (first thread) and key 2100 (second thread, last)
    moduli[1050] = primes[2 * 1049]! * prime(); // keys 1050 and 1051, each side of the split
    moduli[2000] = primes[20]! * prime(); // key 11 (first thread) and key 2001 (second thread)
    // The same key twice is a duplicate, not a shared prime.
    const lines = moduli.map((n) => rsaPublicLine(n));
    lines.push(lines[500]!);
    writeFileSync(join(dir, 'authorized_keys'), lines.join('\n') + '\n');
    const preload = join(dir, 'watch-workers.cjs');
    writeFileSync(preload, WATCH_WORKERS);
    const log = join(dir, 'workers.log');
    writeFileSync(log, '');
    const run = await runCli(['authorized_keys', '--format', 'json', '--fail-on', 'never'], dir, {
      timeoutMs: 120_000,
      env: { NODE_OPTIONS: `--require ${preload}`, WORKER_LOG: log },
    });
    assert.equal(run.status, 0, run.stderr);
    const replies = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { thread: number; length: number });
    assert.equal(replies.length, 2, 'two worker threads each returned their half');
    assert.notEqual(replies[0]!.thread, replies[1]!.thread);
    assert.deepEqual(replies.map((reply) => reply.length).sort(), [1050, 1050]);

    const report = JSON.parse(run.stdout) as ScanResult;
    assert.equal(report.keys.length, 2101);
    const shared = report.findings.filter((finding) => finding.rule === 'factorable-key');
    assert.deepEqual(
      shared.map((finding) => finding.line),
      [1, 11, 1050, 1051, 2001, 2100],
    );
    const message = (line: number): string => shared.find((finding) => finding.line === line)!.message;
    assert.match(message(1), /shares a prime with the key at authorized_keys:2100,/);
    assert.match(message(2100), /shares a prime with the key at authorized_keys:1,/);
    assert.match(message(1050), /shares a prime with the key at authorized_keys:1051,/);
    assert.match(message(11), /shares a prime with the key at authorized_keys:2001,/);
    const text = JSON.stringify(report.findings);
    for (const secret of [primes[0]!, primes[20]!, primes[2 * 1049]!]) {
      assert.equal(text.includes(secret.toString()), false);
      assert.equal(text.includes(secret.toString(16)), false);
    }
  });
});
