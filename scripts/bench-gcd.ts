// The batch GCD part of `npm run bench` (issue 17's goals): the whole shared-prime step (batch GCD on two
// threads, then grouping) over 10,000 and 100,000 synthetic RSA-2048-sized moduli (see
// synthetic-moduli.ts) with shared 1024-bit primes planted first, last, across the two threads' halves
// and at random, plus one small factor. Each run is a fresh process, so its peak RSS is its own; user CPU
// time is printed beside wall time because the machine may be shared. The step runs as plain JavaScript
// bundled by esbuild, as in dist/: from the TypeScript sources each worker thread would first spend about
// 0.35 s of CPU loading tsx, which no user pays. Then V8 BigInt (the product) and GMP compiled to
// WebAssembly (gmp-wasm) are timed on the same remainder-tree work on one thread.
//
//   npm run bench                  everything
//   tsx scripts/bench-gcd.ts       this part; BENCH_GCD_SIZES=10000,100000 BENCH_GCD_REPEAT=2
//   BENCH_GCD_COMPARE=10000        moduli for the BigInt/GMP comparison (0 skips it)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Worker as WorkerType, WorkerOptions } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { batchGcd } from '../src/core/checks/big-numbers/batch-gcd.js';
import { toBigInt } from '../src/core/checks/big-numbers/bigint-math.js';
import type { findSharedPrimes as FindSharedPrimes, ModulusLocation } from '../src/core/checks/big-numbers/shared-primes.js';
// @ts-expect-error -- a plain ES module of the other bench scripts, without types
import { goalValue } from './bench-lib.mjs';
import { loadGmpTrees } from './gmp-remainder-tree.js';
import { moduliWithSharedPrimes, roughModuli } from './synthetic-moduli.js';

const GOALS: Record<number, number> = { 10000: 8, 100000: 120 };
const MEMORY_GOAL_MB = 1024;
type GoalValue = (what: string, value: number, unit: string, limit: number) => void;

interface RunResult {
  count: number;
  wallSeconds: number;
  userSeconds: number;
  /** Peak RSS of the whole process, the generation of the moduli included. */
  maxRssMb: number;
  /**
   * Peak RSS from the start of the timed step: the generation's garbage collected and the kernel's
   * high-water mark reset first (/proc/self/clear_refs), so this is the step with its inputs. null where
   * that reset is not possible.
   */
  stepRssMb: number | null;
  findings: number;
  expected: number;
  missed: string[];
  /** Each worker thread started: its heap cap in MB (0 for none), and whether it ran out of memory. */
  threads: { capMb: number; outOfMemory: boolean }[];
}

/** Collects garbage and resets the kernel's RSS high-water mark of this process; false where it cannot. */
function resetPeakRss(): boolean {
  (globalThis as { gc?: () => void }).gc?.();
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** VmHWM of this process in MB: the peak RSS since the last reset. */
function peakRssMb(): number {
  return Number(/VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) / 1024;
}

/** Records the worker threads the step starts, through the live binding of node:worker_threads. */
function watchThreads(): RunResult['threads'] {
  const seen: RunResult['threads'] = [];
  const threads = createRequire(import.meta.url)('node:worker_threads') as { Worker: typeof WorkerType };
  const Original = threads.Worker;
  threads.Worker = class extends Original {
    constructor(filename: string | URL, options?: WorkerOptions) {
      super(filename, options);
      const entry = { capMb: options?.resourceLimits?.maxOldGenerationSizeMb ?? 0, outOfMemory: false };
      seen.push(entry);
      this.on('error', (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') entry.outOfMemory = true;
      });
    }
  } as typeof WorkerType;
  syncBuiltinESMExports();
  return seen;
}

/** shared-primes.ts and what it imports as one ES module in `directory`, the way dist/ ships it. */
function bundleSharedPrimes(directory: string): string {
  const outfile = join(directory, 'shared-primes.mjs');
  buildSync({
    entryPoints: [fileURLToPath(new URL('../src/core/checks/big-numbers/shared-primes.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/** One measured run in this process of the bundle at `bundle`: generation is not timed. */
async function run(count: number, bundle: string): Promise<RunResult> {
  const { findSharedPrimes } = (await import(pathToFileURL(bundle).href)) as { findSharedPrimes: typeof FindSharedPrimes };
  const middle = count >> 1;
  const pairs: [number, number][] = [
    [0, count - 1],
    [middle - 1, middle],
    [1, middle + 1],
    [Math.floor(count / 3), Math.floor((2 * count) / 3)],
  ];
  const { moduli } = moduliWithSharedPrimes(count, pairs);
  const smallFactorAt = count - 2;
  moduli[smallFactorAt] = Buffer.from((toBigInt(moduli[smallFactorAt]!) * 65521n).toString(16), 'hex');
  const entries = new Map<string, { n: Buffer; locations: ModulusLocation[] }>(
    moduli.map((n, index) => [n.toString('hex'), { n, locations: [{ path: 'bench', line: index + 1, fingerprint: `SHA256:${index}` }] }]),
  );
  const threads = watchThreads();
  const reset = resetPeakRss();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const findings = await findSharedPrimes(entries);
  const wallSeconds = (performance.now() - start) / 1000;
  const userSeconds = process.cpuUsage(cpu).user / 1e6;
  const flagged = new Set(findings.map((finding) => finding.line - 1));
  const missed = [...pairs.flat(), smallFactorAt].filter((index) => !flagged.has(index)).map(String);
  return {
    count,
    wallSeconds,
    userSeconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    stepRssMb: reset ? peakRssMb() : null,
    findings: findings.length,
    expected: pairs.length * 2 + 1,
    missed,
    threads,
  };
}

/** The same remainder-tree work on one thread: BigInt (the product) against GMP in WebAssembly. */
async function compareEngines(count: number): Promise<void> {
  const bytes = roughModuli(count);
  const values = bytes.map(toBigInt);
  const timed = async <T>(work: () => T | Promise<T>): Promise<{ result: T; wall: number; user: number }> => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = await work();
    return { result, wall: (performance.now() - start) / 1000, user: process.cpuUsage(cpu).user / 1e6 };
  };
  const big = await timed(() => batchGcd(values));
  const gmp = await loadGmpTrees();
  if (!gmp) {
    console.log('batch GCD engines: WebAssembly is not available in this runtime; GMP not measured');
    return;
  }
  const wasm = await timed(() => gmp.descend(gmp.productTree(bytes), [], bytes.length));
  const agree = wasm.result.every((value, index) => (value ?? 1n) === big.result[index]);
  console.log(
    `batch GCD engines on ${count} moduli, one thread: V8 BigInt (scaled remainder tree, the product) ${big.wall.toFixed(2)} s wall / ${big.user.toFixed(2)} s user CPU; ` +
      `GMP in WebAssembly (gmp-wasm, cofactor remainder tree) ${wasm.wall.toFixed(2)} s wall / ${wasm.user.toFixed(2)} s user CPU; ` +
      `GMP speed-up ${(big.user / wasm.user).toFixed(2)}x by CPU (adopted only from 2x); results agree: ${agree}`,
  );
  // The synthetic moduli are pairwise coprime by construction: a gcd above 1 here is a bug in one engine.
  if (big.result.some((value) => value !== 1n)) console.log('  BUG: the BigInt batch GCD found a common factor among coprime moduli');
}

const argv = process.argv.slice(2);
if (argv[0] === '--run') {
  console.log(JSON.stringify(await run(Number(argv[1]), argv[2]!)));
} else {
  const sizes = (process.env['BENCH_GCD_SIZES'] ?? '10000,100000').split(',').map(Number);
  const repeat = Number(process.env['BENCH_GCD_REPEAT'] ?? 2);
  const [one, five, fifteen] = loadavg();
  console.log(
    `batch GCD benchmark; load average ${one!.toFixed(1)} / ${five!.toFixed(1)} / ${fifteen!.toFixed(1)} (a shared machine inflates wall time)`,
  );
  const script = fileURLToPath(import.meta.url);
  const directory = mkdtempSync(join(tmpdir(), 'ssh-key-audit-bench-gcd-'));
  const bundle = bundleSharedPrimes(directory);
  for (const count of sizes) {
    const results: RunResult[] = [];
    for (let attempt = 0; attempt < (count >= 100000 ? 1 : repeat); attempt++) {
      const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, '--run', String(count), bundle], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      });
      if (child.status !== 0) throw new Error(`the ${count}-moduli run failed: ${child.stderr}`);
      results.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as RunResult);
    }
    const best = results.reduce((a, b) => (b.wallSeconds < a.wallSeconds ? b : a));
    const goal = GOALS[count];
    const stepRss = Math.max(...results.map((r) => r.stepRssMb ?? r.maxRssMb));
    console.log(
      `shared-prime step (batch GCD on two threads + grouping), ${count} RSA-2048-sized moduli: ` +
        `${results.map((r) => `${r.wallSeconds.toFixed(2)} s wall / ${r.userSeconds.toFixed(2)} s user CPU`).join('; ')}` +
        `${goal ? ` (goal: <= ${goal} s wall, ${best.wallSeconds <= goal ? 'met' : 'missed'})` : ''}; ` +
        `peak RSS ${stepRss.toFixed(0)} MB during the step (goal: <= ${MEMORY_GOAL_MB} MB), ${Math.max(...results.map((r) => r.maxRssMb)).toFixed(0)} MB with the generation; ` +
        `findings ${best.findings} of ${best.expected} planted${best.missed.length ? `, MISSED at ${best.missed.join(', ')}` : ''}; ` +
        `threads: ${best.threads.map((thread) => `${thread.capMb ? `${thread.capMb} MB heap cap` : 'uncapped'}${thread.outOfMemory ? ' (ran out)' : ''}`).join(', ') || 'none'}`,
    );
    if (goal) (goalValue as GoalValue)(`batch GCD, ${count} RSA-2048 moduli, wall`, best.wallSeconds, 's', goal);
    (goalValue as GoalValue)(`batch GCD, ${count} RSA-2048 moduli, peak RSS of the step`, stepRss, 'MB', MEMORY_GOAL_MB);
  }
  rmSync(directory, { recursive: true, force: true });
  const compare = Number(process.env['BENCH_GCD_COMPARE'] ?? 10000);
  if (compare > 0) await compareEngines(compare);
}
