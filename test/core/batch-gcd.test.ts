import assert from 'node:assert/strict';
import { generatePrimeSync } from 'node:crypto';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { describe, it } from 'node:test';
import type { Worker as WorkerType, WorkerOptions } from 'node:worker_threads';
import { batchGcd, batchGcdParallel } from '../../src/core/checks/big-numbers/batch-gcd.js';
import { bitLengthOf, gcd } from '../../src/core/checks/big-numbers/bigint-math.js';

const prime = (bits: number): bigint => generatePrimeSync(bits, { bigint: true }) as bigint;

/** gcd(n_i, product of the others), one pair at a time: the definition the trees must meet. */
function pairwise(moduli: readonly bigint[], extra: readonly bigint[] = []): bigint[] {
  return moduli.map((n, i) =>
    gcd(
      n,
      [...moduli, ...extra].reduce((product, other, j) => (j === i ? product : product * other), 1n),
    ),
  );
}

/** `count` moduli from distinct primes (sizes vary, so the tree is not uniform). */
function distinctModuli(count: number, bits: number): { moduli: bigint[]; primes: bigint[] } {
  const primes = Array.from({ length: 2 * count }, (_, index) => prime(bits + (index % 3) * 8));
  return { moduli: Array.from({ length: count }, (_, index) => primes[2 * index]! * primes[2 * index + 1]!), primes };
}

describe('batchGcd (scaled remainder tree, one thread)', () => {
  it('finds a shared prime at every pair of positions of trees of 2 to 17 leaves, as pairwise gcds do', () => {
    for (let size = 2; size <= 17; size++) {
      for (let first = 0; first < size; first++) {
        // first shares with a partner half the tree away (first and last, siblings, different subtrees).
        const second = (first + Math.max(1, size >> 1)) % size;
        if (second === first) continue;
        const { moduli, primes } = distinctModuli(size, 48);
        moduli[second] = primes[2 * first]! * prime(56);
        const expected = pairwise(moduli);
        assert.deepEqual(batchGcd(moduli), expected, `size ${size}, shared by ${first} and ${second}`);
        assert.equal(expected[first], primes[2 * first]);
        assert.equal(expected[second], primes[2 * first]);
      }
    }
  });

  it('is exact on RSA-sized moduli with primes planted first and last, and on both primes of one key', () => {
    const { moduli, primes } = distinctModuli(9, 1024);
    moduli[8] = primes[0]! * prime(1024); // first and last share p
    moduli[4] = primes[2]! * primes[13]!; // key 4 shares one prime with key 1 and the other with key 6
    const result = batchGcd(moduli);
    assert.deepEqual(result, pairwise(moduli));
    assert.equal(result[0], primes[0]);
    assert.equal(result[8], primes[0]);
    assert.equal(result[4], moduli[4]);
    assert.deepEqual(
      result.map((value) => value !== 1n),
      [true, true, false, false, true, false, true, false, true],
    );
  });

  it('tests against extra factors without reporting them, and reports small factors of the moduli', () => {
    const { moduli } = distinctModuli(6, 64);
    moduli[3] = moduli[3]! * 65521n;
    const smallPrimes = 3n * 5n * 7n * 65521n;
    const result = batchGcd(moduli, [smallPrimes]);
    assert.deepEqual(result, pairwise(moduli, [smallPrimes]));
    assert.equal(result[3], 65521n);
    assert.equal(result.filter((value) => value !== 1n).length, 1);
  });

  it('stays exact when leaf sizes differ by 100x: the precision follows the smallest leaf', () => {
    // P(v) = 2 * W(v) - m + GUARD with m the smallest leaf: a 40-bit leaf beside 4096-bit ones is the
    // case where the bits it saves are largest against what the big leaves need.
    for (const dropOddLevels of [false, true]) {
      const bits = [40, 4096, 2048, 512, 40, 4096, 1024, 2048, 48, 4096, 40];
      const primes = bits.map((size) => [prime(size / 2), prime(size / 2 + 2)] as const);
      const moduli = primes.map(([p, q]) => p * q);
      moduli[10] = primes[0]![0] * prime(22); // the two smallest leaves, first and last
      moduli[5] = primes[1]![1] * prime(2048); // 4096-bit leaves far apart share a 2049-bit prime
      moduli[3] = primes[8]![0] * prime(256); // a 512-ish-bit leaf shares a 24-bit prime with a 48-bit one
      const result = batchGcd(moduli, [], { dropOddLevels });
      assert.deepEqual(result, pairwise(moduli), `dropOddLevels ${dropOddLevels}`);
      assert.deepEqual(
        result.flatMap((value, index) => (value === 1n ? [] : [index])),
        [0, 1, 3, 5, 8, 10],
      );
    }
  });

  it('gives the same answers with every other product level dropped (the memory-saving path)', () => {
    for (let size = 2; size <= 40; size += 3) {
      const { moduli, primes } = distinctModuli(size, 64);
      const first = Math.floor(Math.random() * size);
      const second = (first + 1 + Math.floor(Math.random() * (size - 1))) % size;
      moduli[second] = primes[2 * first]! * prime(72);
      const expected = pairwise(moduli);
      assert.deepEqual(batchGcd(moduli, [3n * 5n], { dropOddLevels: true }), expected, `size ${size}, ${first} and ${second}`);
      assert.equal(expected[first], primes[2 * first]);
    }
  });

  it('returns 1 for one modulus alone and nothing for none', () => {
    assert.deepEqual(batchGcd([prime(64) * prime(64)]), [1n]);
    assert.deepEqual(batchGcd([]), []);
  });
});

describe('batchGcdParallel (two worker threads from 2,000 moduli)', () => {
  it('runs two threads and finds primes planted first and last, across the halves and at the split', async () => {
    const { moduli, primes } = distinctModuli(2101, 64);
    const count = moduli.length;
    const middle = count >> 1;
    const plant = (a: number, b: number): void => {
      moduli[b] = primes[2 * a]! * prime(72);
    };
    plant(0, count - 1); // first leaf of the first half, last leaf of the second
    plant(middle - 1, middle); // the two leaves beside the split
    plant(7, middle + 500); // first half with second half
    plant(middle + 3, middle + 900); // both in the second half
    moduli[1200] = moduli[1200]! * 65521n;

    // Watch the worker threads from outside the module: the live ESM binding of node:worker_threads
    // follows the CommonJS export after syncBuiltinESMExports.
    const threads = createRequire(import.meta.url)('node:worker_threads') as { Worker: typeof WorkerType };
    const Original = threads.Worker;
    const replies: { thread: number; length: number }[] = [];
    threads.Worker = class extends Original {
      constructor(filename: string | URL, options?: WorkerOptions) {
        super(filename, options);
        const thread = this.threadId;
        this.on('message', (message: unknown) => {
          if (Array.isArray(message)) replies.push({ thread, length: message.length });
        });
      }
    } as typeof WorkerType;
    syncBuiltinESMExports();
    let result: bigint[];
    try {
      result = await batchGcdParallel(moduli, [65521n * 3n]);
    } finally {
      threads.Worker = Original;
      syncBuiltinESMExports();
    }
    // Both halves were answered by their own thread: the single-thread fallback did not run.
    assert.equal(replies.length, 2, JSON.stringify(replies));
    assert.notEqual(replies[0]!.thread, replies[1]!.thread);
    assert.deepEqual(replies.map((reply) => reply.length).sort(), [middle, count - middle].sort());
    assert.deepEqual(result, batchGcd(moduli, [65521n * 3n]));
    const flagged = result.flatMap((value, index) => (value === 1n ? [] : [index]));
    assert.deepEqual(
      flagged,
      [0, 7, middle - 1, middle, middle + 3, 1200, middle + 500, middle + 900, count - 1].sort((a, b) => a - b),
    );
  });

  it('caps each worker heap, and reruns on two uncapped threads when a cap proves too tight', async () => {
    const { moduli, primes } = distinctModuli(2001, 64);
    moduli[2000] = primes[0]! * prime(72); // first and last
    const threads = createRequire(import.meta.url)('node:worker_threads') as { Worker: typeof WorkerType };
    const Original = threads.Worker;
    const events: string[] = [];
    threads.Worker = class extends Original {
      constructor(filename: string | URL, options?: WorkerOptions) {
        super(filename, options);
        events.push(`start ${options?.resourceLimits?.maxOldGenerationSizeMb ?? 'uncapped'}`);
        this.on('error', (error: Error & { code?: string }) => events.push(`error ${error.code}`));
        this.on('message', (message: unknown) => {
          if (Array.isArray(message)) events.push(`reply ${message.length}`);
        });
      }
    } as typeof WorkerType;
    syncBuiltinESMExports();
    let capped: bigint[];
    let tooTight: bigint[];
    const normal = events.length;
    try {
      capped = await batchGcdParallel(moduli);
      events.push('--');
      // A hundredth of the estimate: 1 MB, which no worker can even start in.
      tooTight = await batchGcdParallel(moduli, [], { heapLimitScale: 0.01 });
    } finally {
      threads.Worker = Original;
      syncBuiltinESMExports();
    }
    const [first, second] = [events.slice(normal, events.indexOf('--')), events.slice(events.indexOf('--') + 1)];
    assert.deepEqual(
      first.filter((event) => event.startsWith('start')),
      ['start 96', 'start 96'],
    );
    assert.deepEqual(first.filter((event) => event.startsWith('reply')).sort(), ['reply 1000', 'reply 1001']);
    assert.deepEqual(second.slice(0, 2), ['start 1', 'start 1']);
    assert.deepEqual(
      second.filter((event) => event.startsWith('error')),
      ['error ERR_WORKER_OUT_OF_MEMORY', 'error ERR_WORKER_OUT_OF_MEMORY'],
    );
    assert.deepEqual(second.filter((event) => event.startsWith('start')).slice(2), ['start uncapped', 'start uncapped']);
    assert.deepEqual(second.filter((event) => event.startsWith('reply')).sort(), ['reply 1000', 'reply 1001']);
    const expected = batchGcd(moduli);
    assert.deepEqual(capped, expected);
    assert.deepEqual(tooTight, expected);
    assert.deepEqual(
      expected.flatMap((value, index) => (value === 1n ? [] : [index])),
      [0, 2000],
    );
  });
});

describe('bitLengthOf', () => {
  it('counts the bits of |value| as its binary digits do, around every power of two up to 2^300', () => {
    const cases = [0n, 1n, 2n, 3n];
    for (let k = 1n; k <= 300n; k++) cases.push((1n << k) - 1n, 1n << k, (1n << k) + 1n, -(1n << k));
    for (const value of cases) {
      const magnitude = value < 0n ? -value : value;
      assert.equal(bitLengthOf(value), magnitude === 0n ? 0 : magnitude.toString(2).length, value.toString());
    }
  });
});
