#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  gcd,
  primesBelow,
  toBigInt
} from "./chunk-KVEOVWMA.js";
import {
  ruleById
} from "./chunk-GTLX77JM.js";

// src/core/checks/batch-gcd.ts
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
function productTree(leaves) {
  const levels = [[...leaves]];
  while (levels[levels.length - 1].length > 1) {
    const below = levels[levels.length - 1];
    const level = [];
    for (let index = 0; index < below.length; index += 2)
      level.push(index + 1 < below.length ? below[index] * below[index + 1] : below[index]);
    levels.push(level);
  }
  return levels;
}
function descend(levels, rootCofactor) {
  let cofactors = [rootCofactor % levels[levels.length - 1][0]];
  for (let depth = levels.length - 2; depth >= 0; depth--) {
    const level = levels[depth];
    const above = levels[depth + 1];
    cofactors = level.map((node, index) => {
      const parent = cofactors[index >> 1];
      if (index === level.length - 1 && index % 2 === 0 && above[index >> 1] === node) return parent;
      const sibling = level[index ^ 1];
      return parent % node * (sibling % node) % node;
    });
  }
  return cofactors;
}
function batchGcd(moduli, extra = []) {
  if (moduli.length === 0) return [];
  const cofactors = descend(productTree([...moduli, ...extra]), 1n);
  return moduli.map((modulus, index) => gcd(modulus, cofactors[index]));
}
var WORKER_KIND = "ssh-key-audit:batch-gcd";
var PARALLEL_THRESHOLD = 2e3;
function serveWorker() {
  let levels = [];
  parentPort.on("message", (request) => {
    if (request.phase === "product") {
      levels = productTree(request.leaves);
      parentPort.postMessage(levels[levels.length - 1][0]);
    } else {
      const cofactors = descend(levels, request.cofactor);
      parentPort.postMessage(levels[0].slice(0, request.count).map((modulus, index) => gcd(modulus, cofactors[index])));
    }
  });
}
if (!isMainThread && workerData?.kind === WORKER_KIND) serveWorker();
function ask(worker, request) {
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.postMessage(request);
  });
}
async function batchGcdParallel(moduli, extra = []) {
  if (moduli.length < PARALLEL_THRESHOLD) return batchGcd(moduli, extra);
  const middle = moduli.length >> 1;
  const halves = [moduli.slice(0, middle), moduli.slice(middle)];
  const execArgv = import.meta.url.endsWith(".ts") ? ["--import", "tsx"] : void 0;
  const workers = halves.map(
    () => new Worker(new URL(import.meta.url), { workerData: { kind: WORKER_KIND }, ...execArgv ? { execArgv } : {} })
  );
  try {
    const products = await Promise.all(workers.map((worker, index) => ask(worker, { phase: "product", leaves: halves[index] })));
    const rest = extra.reduce((product, value) => product * value, 1n);
    const results = await Promise.all(
      workers.map(
        (worker, index) => ask(worker, { phase: "finish", cofactor: products[1 - index] * rest, count: halves[index].length })
      )
    );
    return [...results[0], ...results[1]];
  } catch {
    return batchGcd(moduli, extra);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

// src/core/checks/shared-primes.ts
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
var where = (location) => `${location.group ? `${location.group}:` : ""}${location.path}:${location.line}`;
async function findSharedPrimes(moduli, options = {}) {
  const entries = [...moduli.values()].map((entry) => ({ ...entry, value: toBigInt(entry.n) }));
  if (entries.length === 0) return [];
  const results = await batchGcdParallel(
    entries.map((entry) => entry.value),
    [smallPrimes()]
  );
  const flagged = entries.filter((_, index) => results[index] !== 1n);
  const severity = ruleById("factorable-key").severity;
  const findings = [];
  const report = (location, reason) => {
    findings.push({
      rule: "factorable-key",
      severity,
      path: location.path,
      line: location.line,
      message: reason,
      fingerprint: location.fingerprint
    });
  };
  for (const entry of flagged) {
    if (!options.acrossGroupsOnly && gcd(entry.value, smallPrimes()) !== 1n) {
      for (const location of entry.locations) {
        report(
          location,
          "This RSA key can be factored because its modulus has a prime factor below 65,537; treat it as compromised and replace it."
        );
      }
    }
    const partners = flagged.filter((other) => other !== entry && gcd(entry.value, other.value) !== 1n);
    if (partners.length === 0) continue;
    const named = partners.slice(0, 3).map((partner) => where(partner.locations[0]));
    const more = partners.length > 3 ? ` and ${partners.length - 3} more` : "";
    for (const location of entry.locations) {
      report(
        location,
        `This RSA key shares a prime with the key at ${named.join(", ")}${more}, so both can be factored; replace them and fix the entropy of the machine that made them.`
      );
    }
  }
  return findings;
}

export {
  findSharedPrimes
};
