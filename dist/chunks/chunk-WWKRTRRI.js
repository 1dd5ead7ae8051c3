#!/usr/bin/env node
import {
  bitLengthOf,
  gcd,
  primesBelow,
  toBigInt
} from "./chunk-72M4R2KB.js";
import {
  makeFinding
} from "./chunk-ACTYS6I7.js";

// src/core/checks/big-numbers/batch-gcd.ts
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
function pairUp(below) {
  const level = [];
  for (let index = 0; index < below.length; index += 2)
    level.push(index + 1 < below.length ? below[index] * below[index + 1] : below[index]);
  return level;
}
function productTree(leaves, dropOddLevels) {
  const levels = [[...leaves]];
  let top = levels[0];
  while (top.length > 1) {
    const next = pairUp(top);
    if (dropOddLevels && levels.length > 1 && levels.length % 2 === 0) levels[levels.length - 1] = [];
    levels.push(next);
    top = next;
  }
  return levels;
}
function descend(levels, outside) {
  const guard = 64;
  const widths = [levels[0].map(bitLengthOf)];
  const smallest = widths[0].reduce((least, width) => Math.min(least, width));
  for (let depth = 1; depth < levels.length; depth++) {
    const below = widths[depth - 1];
    widths.push(Array.from({ length: Math.ceil(below.length / 2) }, (_, index) => below[2 * index] + (below[2 * index + 1] ?? 0)));
  }
  let bits = [2 * widths[levels.length - 1][0] - smallest + guard];
  let scaled = [(outside % levels[levels.length - 1][0] << BigInt(bits[0])) / levels[levels.length - 1][0]];
  if (levels.length > 1) levels[levels.length - 1] = [];
  outside = 0n;
  for (let depth = levels.length - 2; depth >= 0; depth--) {
    if (levels[depth].length === 0) levels[depth] = pairUp(levels[depth - 1]);
    const level = levels[depth];
    const nextScaled = [];
    const nextBits = [];
    for (let index = 0; index < level.length; index++) {
      const parentBits = bits[index >> 1];
      const parent = scaled[index >> 1];
      if (index === level.length - 1 && index % 2 === 0) {
        nextScaled.push(parent);
        nextBits.push(parentBits);
        continue;
      }
      const sibling = level[index ^ 1];
      const childBits = 2 * widths[depth][index] - smallest + guard;
      nextScaled.push(BigInt.asUintN(parentBits, parent * (sibling * sibling)) >> BigInt(parentBits - childBits));
      nextBits.push(childBits);
      if (index % 2 === 1) scaled[index >> 1] = 0n;
    }
    scaled = nextScaled;
    bits = nextBits;
    if (depth > 0) levels[depth] = [];
  }
  return levels[0].map((leaf, index) => {
    const shift = BigInt(bits[index]);
    return (scaled[index] * leaf + (1n << shift - 1n) >> shift) % leaf;
  });
}
function batchGcd(moduli, extra = [], { dropOddLevels = false } = {}) {
  if (moduli.length === 0) return [];
  const cofactors = descend(productTree([...moduli, ...extra], dropOddLevels), 1n);
  return moduli.map((modulus, index) => gcd(modulus, cofactors[index]));
}
var WORKER_KIND = "ssh-key-audit:batch-gcd";
var PARALLEL_THRESHOLD = 2e3;
var KEEP_EVERY_LEVEL_UP_TO = 25e3;
function serveWorker() {
  let levels = [];
  parentPort.on("message", (request) => {
    if (request.phase === "product") {
      levels = productTree(request.leaves, request.dropOddLevels);
      parentPort.postMessage(levels[levels.length - 1][0]);
    } else {
      const cofactor = [request.cofactor];
      request.cofactor = 0n;
      const cofactors = descend(levels, cofactor.pop());
      parentPort.postMessage(levels[0].slice(0, request.count).map((modulus, index) => gcd(modulus, cofactors[index])));
    }
  });
}
if (!isMainThread && workerData?.kind === WORKER_KIND) serveWorker();
function heapLimitMb(bytes, keptLevels) {
  return Math.max(96, Math.ceil(1.5 * (keptLevels + 8) * bytes / 2 ** 20));
}
function startWorker(heapMb) {
  const workerData2 = { kind: WORKER_KIND };
  const resourceLimits = heapMb === void 0 ? {} : { maxOldGenerationSizeMb: heapMb };
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL(import.meta.url), { workerData: workerData2, resourceLimits });
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: workerData2, resourceLimits });
}
function ask(worker, request) {
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.postMessage(request);
  });
}
async function onTwoThreads(halves, rest, dropOddLevels, heapLimits) {
  const workers = halves.map((_, index) => startWorker(heapLimits?.[index]));
  try {
    const products = await Promise.all(
      workers.map((worker, index) => ask(worker, { phase: "product", leaves: halves[index], dropOddLevels }))
    );
    const results = await Promise.all(
      workers.map(
        (worker, index) => ask(worker, { phase: "finish", cofactor: products[1 - index] * rest, count: halves[index].length })
      )
    );
    return [...results[0], ...results[1]];
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
async function batchGcdParallel(moduli, extra = [], { heapLimitScale = 1 } = {}) {
  if (moduli.length < PARALLEL_THRESHOLD) return batchGcd(moduli, extra);
  const middle = moduli.length >> 1;
  const halves = [moduli.slice(0, middle), moduli.slice(middle)];
  const dropOddLevels = middle > KEEP_EVERY_LEVEL_UP_TO;
  const depth = Math.ceil(Math.log2(moduli.length - middle)) + 1;
  const keptLevels = dropOddLevels ? depth / 2 + 1 : depth;
  const heapLimits = halves.map(
    (half) => Math.ceil(
      heapLimitScale * heapLimitMb(
        half.reduce((bytes, modulus) => bytes + bitLengthOf(modulus) / 8, 0),
        keptLevels
      )
    )
  );
  const rest = extra.reduce((product, value) => product * value, 1n);
  try {
    try {
      return await onTwoThreads(halves, rest, dropOddLevels, heapLimits);
    } catch (error) {
      if (error.code !== "ERR_WORKER_OUT_OF_MEMORY") throw error;
      return await onTwoThreads(halves, rest, dropOddLevels);
    }
  } catch {
    return batchGcd(moduli, extra);
  }
}

// src/core/checks/big-numbers/shared-factor-groups.ts
var SPLIT_LIMIT = 128;
function coprimeBase(values) {
  const base = [];
  const work = [...values];
  while (work.length > 0) {
    const value = work.pop();
    if (value === 1n) continue;
    let common = 1n;
    let position = 0;
    for (; position < base.length; position++) {
      common = gcd(value, base[position]);
      if (common !== 1n) break;
    }
    if (common === 1n) {
      base.push(value);
      continue;
    }
    const element = base[position];
    base.splice(position, 1);
    if (element === value) work.push(value);
    else work.push(common, element / common, value / common);
  }
  return base;
}
function groupBySharedFactor(parts) {
  const byValue = /* @__PURE__ */ new Map();
  for (const [index, part] of [...parts].sort(([a], [b]) => a - b)) {
    const keys = byValue.get(part);
    if (keys) keys.push(index);
    else byValue.set(part, [index]);
  }
  const values = [...byValue.keys()];
  const common = values.length > 1 ? batchGcd(values) : values.map(() => 1n);
  const groups = { factorsOf: /* @__PURE__ */ new Map(), members: [], unnamed: /* @__PURE__ */ new Set() };
  const tangled = [];
  values.forEach((value, index) => {
    if (common[index] !== 1n) {
      tangled.push(value);
      return;
    }
    const id = groups.members.push(byValue.get(value)) - 1;
    for (const key of byValue.get(value)) groups.factorsOf.set(key, [id]);
  });
  if (tangled.length > SPLIT_LIMIT) {
    for (const value of tangled) for (const key of byValue.get(value)) groups.unnamed.add(key);
    return groups;
  }
  const base = coprimeBase(tangled);
  const ids = base.map(() => -1);
  for (const value of tangled) {
    const keys = byValue.get(value);
    base.forEach((factor, position) => {
      if (value % factor !== 0n) return;
      if (ids[position] === -1) ids[position] = groups.members.push([]) - 1;
      groups.members[ids[position]].push(...keys);
      for (const key of keys) {
        const held = groups.factorsOf.get(key);
        if (held) held.push(ids[position]);
        else groups.factorsOf.set(key, [ids[position]]);
      }
    });
  }
  for (const members of groups.members) members.sort((a, b) => a - b);
  return groups;
}
function partnerSummaries(groups, groupOf, names = 3) {
  const memo = /* @__PURE__ */ new Map();
  return (key) => {
    const factors = groups.factorsOf.get(key) ?? [];
    const own = groupOf?.(key);
    const signature = `${factors.join(",")}\0${own ?? ""}`;
    let summary = memo.get(signature);
    if (!summary) {
      const keep = (other) => !groupOf || groupOf(other) !== own;
      const all = factors.length === 1 ? groups.members[factors[0]].filter(keep) : [...new Set(factors.flatMap((factor) => groups.members[factor].filter(keep)))].sort((a, b) => a - b);
      summary = { first: all.slice(0, names + 1), count: all.length };
      memo.set(signature, summary);
    }
    const self = summary.first.includes(key) || !groupOf && factors.length > 0 ? 1 : 0;
    return { first: summary.first.filter((other) => other !== key).slice(0, names), count: summary.count - self };
  };
}

// src/core/checks/big-numbers/shared-primes.ts
var SMALL_PRIME_BOUND = 65537;
var smallPrimeProduct;
function smallPrimes() {
  if (smallPrimeProduct === void 0) {
    let level = primesBelow(SMALL_PRIME_BOUND).map(BigInt);
    while (level.length > 1) {
      const next = [];
      for (let index = 0; index < level.length; index += 2)
        next.push(index + 1 < level.length ? level[index] * level[index + 1] : level[index]);
      level = next;
    }
    smallPrimeProduct = level[0];
  }
  return smallPrimeProduct;
}
function splitSmallFactors(shared) {
  let common = gcd(shared, smallPrimes() % shared);
  const hasSmallFactor = common !== 1n;
  let large = shared;
  while (common !== 1n) {
    large /= common;
    common = gcd(large, common);
  }
  return { hasSmallFactor, large };
}
var where = (location) => `${location.group ? `${location.group}:` : ""}${location.path}:${location.line}`;
async function findSharedPrimes(moduli, options = {}) {
  const entries = [...moduli.values()].map((entry) => ({ ...entry, value: toBigInt(entry.n) })).filter((entry) => entry.value > 1n);
  if (entries.length === 0) return [];
  const shared = await batchGcdParallel(
    entries.map((entry) => entry.value),
    [smallPrimes()]
  );
  const findings = [];
  const report = (location, reason) => {
    findings.push(makeFinding("factorable-key", location, reason));
  };
  const largeParts = /* @__PURE__ */ new Map();
  shared.forEach((part, index) => {
    if (part === 1n) return;
    const { hasSmallFactor, large } = splitSmallFactors(part);
    if (hasSmallFactor && !options.acrossGroupsOnly) {
      for (const location of entries[index].locations) {
        report(
          location,
          "This RSA key can be factored because its modulus has a prime factor below 65,537; treat it as compromised and replace it."
        );
      }
    }
    if (large !== 1n) largeParts.set(index, large);
  });
  const groups = groupBySharedFactor(largeParts);
  const summaryOf = partnerSummaries(groups, options.acrossGroupsOnly ? (index) => entries[index].locations[0].group : void 0);
  for (const index of [...largeParts.keys()].sort((a, b) => a - b)) {
    let message;
    if (groups.unnamed.has(index)) {
      if (options.acrossGroupsOnly) continue;
      message = "This RSA key shares a prime with other keys of this scan, so they can be factored; replace them and fix the entropy of the machine that made them.";
    } else {
      const { first, count } = summaryOf(index);
      if (count === 0) continue;
      const named = first.map((partner) => where(entries[partner].locations[0]));
      const more = count > first.length ? ` and ${count - first.length} more` : "";
      message = `This RSA key shares a prime with the key at ${named.join(", ")}${more}, so both can be factored; replace them and fix the entropy of the machine that made them.`;
    }
    for (const location of entries[index].locations) report(location, message);
  }
  return findings;
}

export {
  splitSmallFactors,
  findSharedPrimes
};
