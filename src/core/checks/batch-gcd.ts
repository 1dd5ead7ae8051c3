/**
 * Batch GCD (Bernstein, "How to find smooth parts of integers", 2004; used by Heninger et al., "Mining
 * Your Ps and Qs", USENIX Security 2012): for every modulus n_i, gcd(n_i, product of all the others)
 * through a product tree and a remainder tree, O(n log^2 n) multiplications instead of n^2 GCDs.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { gcd } from './bigint-math.js';

function productTree(leaves: readonly bigint[]): bigint[][] {
  const levels: bigint[][] = [[...leaves]];
  while (levels[levels.length - 1]!.length > 1) {
    const below = levels[levels.length - 1]!;
    const level: bigint[] = [];
    for (let index = 0; index < below.length; index += 2)
      level.push(index + 1 < below.length ? below[index]! * below[index + 1]! : below[index]!);
    levels.push(level);
  }
  return levels;
}

/** Cofactors (N / leaf) mod leaf for every leaf, given the root's cofactor (1 when N is the root itself). */
function descend(levels: readonly bigint[][], rootCofactor: bigint): bigint[] {
  let cofactors = [rootCofactor % levels[levels.length - 1]![0]!];
  for (let depth = levels.length - 2; depth >= 0; depth--) {
    const level = levels[depth]!;
    const above = levels[depth + 1]!;
    cofactors = level.map((node, index) => {
      const parent = cofactors[index >> 1]!;
      // A node without a sibling was carried up unchanged: its parent is itself.
      if (index === level.length - 1 && index % 2 === 0 && above[index >> 1] === node) return parent;
      const sibling = level[index ^ 1]!;
      return ((parent % node) * (sibling % node)) % node;
    });
  }
  return cofactors;
}

/**
 * gcd(moduli[i], product of every other modulus and of `extra`) for each i. `extra` lets the caller fold
 * in more factors to test against, such as the product of all small primes. Moduli must be distinct:
 * a repeated modulus shares everything with its copy.
 *
 * The textbook remainder tree reduces the full product modulo each node squared. This one carries the
 * cofactor instead: c(v) = (N / v) mod v. For a node v = a * b, N / a = (N / v) * b, so
 * c(a) = (c(v) mod a) * (b mod a) mod a, and no number exceeds twice its node's size (on 10,000 RSA
 * keys it took about a quarter less time than the textbook tree; V8's BigInt division dominates both).
 */
export function batchGcd(moduli: readonly bigint[], extra: readonly bigint[] = []): bigint[] {
  if (moduli.length === 0) return [];
  const cofactors = descend(productTree([...moduli, ...extra]), 1n);
  return moduli.map((modulus, index) => gcd(modulus, cofactors[index]!));
}

const WORKER_KIND = 'ssh-key-audit:batch-gcd';
// Below this many moduli a second thread costs more than it saves.
const PARALLEL_THRESHOLD = 2000;

type WorkerRequest = { phase: 'product'; leaves: bigint[] } | { phase: 'finish'; cofactor: bigint; count: number };

/** The worker side: builds its half's product tree, then descends it from the cofactor the main thread sends. */
function serveWorker(): void {
  let levels: bigint[][] = [];
  parentPort!.on('message', (request: WorkerRequest) => {
    if (request.phase === 'product') {
      levels = productTree(request.leaves);
      parentPort!.postMessage(levels[levels.length - 1]![0]!);
    } else {
      const cofactors = descend(levels, request.cofactor);
      parentPort!.postMessage(levels[0]!.slice(0, request.count).map((modulus, index) => gcd(modulus, cofactors[index]!)));
    }
  });
}

if (!isMainThread && (workerData as { kind?: string } | null)?.kind === WORKER_KIND) serveWorker();

function ask<T>(worker: Worker, request: WorkerRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage(request);
  });
}

/**
 * batchGcd on two threads for large inputs: each half builds its own product tree and descends it, and
 * the main thread only exchanges the halves' products. Results are identical to batchGcd's.
 */
export async function batchGcdParallel(moduli: readonly bigint[], extra: readonly bigint[] = []): Promise<bigint[]> {
  if (moduli.length < PARALLEL_THRESHOLD) return batchGcd(moduli, extra);
  const middle = moduli.length >> 1;
  const halves = [moduli.slice(0, middle), moduli.slice(middle)];
  // From the TypeScript sources (tests, scripts) the worker needs the same loader; the bundles are plain JS.
  const execArgv = import.meta.url.endsWith('.ts') ? ['--import', 'tsx'] : undefined;
  const workers = halves.map(
    () => new Worker(new URL(import.meta.url), { workerData: { kind: WORKER_KIND }, ...(execArgv ? { execArgv } : {}) }),
  );
  try {
    const products = await Promise.all(workers.map((worker, index) => ask<bigint>(worker, { phase: 'product', leaves: halves[index]! })));
    const rest = extra.reduce((product, value) => product * value, 1n);
    const results = await Promise.all(
      workers.map((worker, index) =>
        ask<bigint[]>(worker, { phase: 'finish', cofactor: products[1 - index]! * rest, count: halves[index]!.length }),
      ),
    );
    return [...results[0]!, ...results[1]!];
  } catch {
    // A thread that cannot start (a restricted runtime) must not lose the check: do it on this thread.
    return batchGcd(moduli, extra);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
