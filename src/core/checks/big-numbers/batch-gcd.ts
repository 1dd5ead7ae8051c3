/**
 * Batch GCD (Bernstein, "How to find smooth parts of integers", 2004; used by Heninger et al., "Mining
 * Your Ps and Qs", USENIX Security 2012): for every modulus n_i, gcd(n_i, product of all the others)
 * through a product tree and a remainder tree, O(n log^2 n) multiplications instead of n^2 GCDs.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { bitLengthOf, gcd } from './bigint-math.js';

/** Products of adjacent pairs; the odd node out is carried up unchanged. */
function pairUp(below: readonly bigint[]): bigint[] {
  const level: bigint[] = [];
  for (let index = 0; index < below.length; index += 2)
    level.push(index + 1 < below.length ? below[index]! * below[index + 1]! : below[index]!);
  return level;
}

/**
 * The product tree, leaves first, root last. With `dropOddLevels`, levels at odd depths between them are
 * left empty: each level holds as many bits as the leaves, so this halves the tree's memory, and
 * descend() multiplies a dropped level again when it gets there (about 5% more time; the remainder tree
 * is most of it). Large inputs drop them to keep within the memory goal; small ones keep every level.
 */
function productTree(leaves: readonly bigint[], dropOddLevels: boolean): bigint[][] {
  const levels: bigint[][] = [[...leaves]];
  let top = levels[0]!;
  while (top.length > 1) {
    const next = pairUp(top);
    if (dropOddLevels && levels.length > 1 && levels.length % 2 === 0) levels[levels.length - 1] = [];
    levels.push(next);
    top = next;
  }
  return levels;
}

/**
 * (N / leaf) mod leaf for every leaf, where N is the tree's root times `outside`, by a scaled remainder
 * tree (Bernstein, "Scaled remainder trees", 2004). Each node v carries s(v) = frac(N / v^2), which is
 * ((N / v) mod v) / v, as a fixed-point number of P(v) = 2 * W(v) - m + GUARD bits, where W(v) is the
 * sum of its leaves' bit lengths (at least bits(v)) and m the smallest leaf's bit length. For a child a
 * of v = a * b, N / a^2 = (N / v^2) * b^2, so s(a) = frac(s(v) * b^2): one multiplication and a mask per
 * node where the plain remainder tree divides twice (V8 divides several times slower than it multiplies).
 *
 * Exactness: truncating s(a) adds at most 2^-P(a), and an error e in s(v) becomes e * b^2 < e * 2^(2W(b))
 * = e * 2^(P(v) - P(a)) in s(a). So the error in units of 2^-P grows by at most one a level: below
 * (L + 1) * 2^-P(leaf) at a leaf of an L-level tree, and P(leaf) = 2 * W(leaf) - m + GUARD is at least
 * W(leaf) + GUARD. Times the leaf (below 2^W(leaf)) that is under (L + 1) * 2^-GUARD, far below 1/2,
 * so rounding gives (N / leaf) mod leaf exactly. (Subtracting m is what a leaf needs and no more: the
 * last levels, where the numbers are small and many, work on a quarter fewer bits.)
 *
 * Consumes the tree: every level but the leaves is emptied on the way down.
 */
function descend(levels: bigint[][], outside: bigint): bigint[] {
  const guard = 64;
  const widths: number[][] = [levels[0]!.map(bitLengthOf)];
  const smallest = widths[0]!.reduce((least, width) => Math.min(least, width));
  for (let depth = 1; depth < levels.length; depth++) {
    const below = widths[depth - 1]!;
    widths.push(Array.from({ length: Math.ceil(below.length / 2) }, (_, index) => below[2 * index]! + (below[2 * index + 1] ?? 0)));
  }
  let bits = [2 * widths[levels.length - 1]![0]! - smallest + guard];
  let scaled = [((outside % levels[levels.length - 1]![0]!) << BigInt(bits[0]!)) / levels[levels.length - 1]![0]!];
  // The root and the outside product are as large as all the leaves together, and needed no more.
  if (levels.length > 1) levels[levels.length - 1] = [];
  // eslint-disable-next-line no-useless-assignment -- the frame would keep the old value alive
  outside = 0n;
  for (let depth = levels.length - 2; depth >= 0; depth--) {
    if (levels[depth]!.length === 0) levels[depth] = pairUp(levels[depth - 1]!);
    const level = levels[depth]!;
    const nextScaled: bigint[] = [];
    const nextBits: number[] = [];
    for (let index = 0; index < level.length; index++) {
      const parentBits = bits[index >> 1]!;
      const parent = scaled[index >> 1]!;
      // A node without a sibling was carried up unchanged: its parent is itself.
      if (index === level.length - 1 && index % 2 === 0) {
        nextScaled.push(parent);
        nextBits.push(parentBits);
        continue;
      }
      const sibling = level[index ^ 1]!;
      const childBits = 2 * widths[depth]![index]! - smallest + guard;
      nextScaled.push(BigInt.asUintN(parentBits, parent * (sibling * sibling)) >> BigInt(parentBits - childBits));
      nextBits.push(childBits);
      // Both children have it now: the parent's value can go, so two levels of them are never live at once.
      if (index % 2 === 1) scaled[index >> 1] = 0n;
    }
    scaled = nextScaled;
    bits = nextBits;
    // This level served as siblings and is needed no more: memory falls as the descent goes on.
    if (depth > 0) levels[depth] = [];
  }
  // s(leaf) * leaf is (N / leaf) mod leaf up to a tiny error: round to the nearest integer. A value just
  // below 1 may have wrapped to just above 0; reducing mod the leaf gives the same residue either way.
  return levels[0]!.map((leaf, index) => {
    const shift = BigInt(bits[index]!);
    return ((scaled[index]! * leaf + (1n << (shift - 1n))) >> shift) % leaf;
  });
}

/**
 * gcd(moduli[i], product of every other modulus and of `extra`) for each i. `extra` lets the caller fold
 * in more factors to test against, such as the product of all small primes. Moduli must be distinct
 * and above 1: a repeated modulus shares everything with its copy. `dropOddLevels` trades about 5% more
 * time for half the product tree's memory (see productTree).
 */
export function batchGcd(moduli: readonly bigint[], extra: readonly bigint[] = [], { dropOddLevels = false } = {}): bigint[] {
  if (moduli.length === 0) return [];
  const cofactors = descend(productTree([...moduli, ...extra], dropOddLevels), 1n);
  return moduli.map((modulus, index) => gcd(modulus, cofactors[index]!));
}

const WORKER_KIND = 'ssh-key-audit:batch-gcd';
// Below this many moduli a second thread costs more than it saves.
const PARALLEL_THRESHOLD = 2000;
// Up to this many moduli a thread keeps every level of its product tree (at most about 100 MB for
// 2048-bit moduli); above it, every other one, for the memory goal (1 GB for 100,000 moduli).
const KEEP_EVERY_LEVEL_UP_TO = 25000;

type WorkerRequest = { phase: 'product'; leaves: bigint[]; dropOddLevels: boolean } | { phase: 'finish'; cofactor: bigint; count: number };

/** The worker side: builds its half's product tree, then descends it from the cofactor the main thread sends. */
function serveWorker(): void {
  let levels: bigint[][] = [];
  parentPort!.on('message', (request: WorkerRequest) => {
    if (request.phase === 'product') {
      levels = productTree(request.leaves, request.dropOddLevels);
      parentPort!.postMessage(levels[levels.length - 1]![0]!);
    } else {
      // descend() lets go of the cofactor as soon as it has used it; so must the request.
      const cofactor = [request.cofactor];
      request.cofactor = 0n;
      const cofactors = descend(levels, cofactor.pop()!);
      parentPort!.postMessage(levels[0]!.slice(0, request.count).map((modulus, index) => gcd(modulus, cofactors[index]!)));
    }
  });
}

if (!isMainThread && (workerData as { kind?: string } | null)?.kind === WORKER_KIND) serveWorker();

/**
 * A worker's heap limit in MB for a half of `bytes` bytes of leaves. V8 sizes its heap by the machine's
 * memory and lets garbage pile up far beyond what is live (1.7 GB for 100,000 keys); a limit near the
 * live size makes it collect the dead BigInts of each level instead. Live at the peak of descend(): the
 * kept product levels (each about `bytes`), the scaled values of about one level (2 * bytes), the
 * cofactor from the other half (`bytes`) and the temporaries of one node (a product of 3 * bytes at the
 * top). Half as much again leaves room for the collector; a limit that proves too tight costs a rerun
 * without limits (see batchGcdParallel), not the check.
 */
function heapLimitMb(bytes: number, keptLevels: number): number {
  return Math.max(96, Math.ceil((1.5 * (keptLevels + 8) * bytes) / 2 ** 20));
}

function startWorker(heapMb?: number): Worker {
  const workerData = { kind: WORKER_KIND };
  const resourceLimits = heapMb === undefined ? {} : { maxOldGenerationSizeMb: heapMb };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(import.meta.url), { workerData, resourceLimits });
  // From the TypeScript sources (tests, scripts) the worker needs the same loader; the bundles are plain
  // JS. Node 20 ignores --import in a worker's execArgv, so the worker registers tsx itself.
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
}

function ask<T>(worker: Worker, request: WorkerRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage(request);
  });
}

/** One run on two threads; `heapLimits` caps each worker's heap (MB), none when undefined. */
async function onTwoThreads(halves: bigint[][], rest: bigint, dropOddLevels: boolean, heapLimits?: number[]): Promise<bigint[]> {
  const workers = halves.map((_, index) => startWorker(heapLimits?.[index]));
  try {
    const products = await Promise.all(
      workers.map((worker, index) => ask<bigint>(worker, { phase: 'product', leaves: halves[index]!, dropOddLevels })),
    );
    const results = await Promise.all(
      workers.map((worker, index) =>
        ask<bigint[]>(worker, { phase: 'finish', cofactor: products[1 - index]! * rest, count: halves[index]!.length }),
      ),
    );
    return [...results[0]!, ...results[1]!];
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * batchGcd on two threads for large inputs: each half builds its own product tree and descends it, and
 * the main thread only exchanges the halves' products. Results are identical to batchGcd's.
 * `heapLimitScale` (tests only) scales the workers' heap limits.
 */
export async function batchGcdParallel(
  moduli: readonly bigint[],
  extra: readonly bigint[] = [],
  { heapLimitScale = 1 } = {},
): Promise<bigint[]> {
  if (moduli.length < PARALLEL_THRESHOLD) return batchGcd(moduli, extra);
  const middle = moduli.length >> 1;
  const halves = [moduli.slice(0, middle), moduli.slice(middle)];
  const dropOddLevels = middle > KEEP_EVERY_LEVEL_UP_TO;
  const depth = Math.ceil(Math.log2(moduli.length - middle)) + 1;
  const keptLevels = dropOddLevels ? depth / 2 + 1 : depth;
  const heapLimits = halves.map((half) =>
    Math.ceil(
      heapLimitScale *
        heapLimitMb(
          half.reduce((bytes, modulus) => bytes + bitLengthOf(modulus) / 8, 0),
          keptLevels,
        ),
    ),
  );
  const rest = extra.reduce((product, value) => product * value, 1n);
  try {
    try {
      return await onTwoThreads(halves, rest, dropOddLevels, heapLimits);
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
      // The estimate of a thread's live memory fell short: the memory goal is lost, the time is not.
      return await onTwoThreads(halves, rest, dropOddLevels);
    }
  } catch {
    // A thread that cannot start (a restricted runtime) must not lose the check: do it on this thread.
    return batchGcd(moduli, extra);
  }
}
