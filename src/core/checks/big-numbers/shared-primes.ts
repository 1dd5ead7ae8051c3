/**
 * factorable-key across keys: RSA moduli that share a prime with another modulus of the scan, or have a
 * prime factor below 65,537 (the bound badkeys uses; sieving bugs leave factors far smaller). Both come
 * out of one batch GCD, with the product of the small primes folded in as one more leaf.
 *
 * The whole step stays quasi-linear in the number of keys: the batch GCD hands each modulus the part it
 * shares, the small primes are divided out of that part, and keys are grouped by what is left (see
 * shared-factor-groups.ts), never compared pairwise. Factors never leave this module: a finding names the
 * partner keys, not the prime.
 */
import { makeFinding } from '../../finding.js';
import type { Finding } from '../../types.js';
import { batchGcdParallel } from './batch-gcd.js';
import { gcd, primesBelow, toBigInt } from './bigint-math.js';
import { groupBySharedFactor, partnerSummaries } from './shared-factor-groups.js';

export interface ModulusLocation {
  path: string;
  line: number;
  fingerprint: string;
  /** The repository, in a merged report: then only primes shared across repositories are new. */
  group?: string;
}

export interface SharedPrimeOptions {
  /** Report only partners in another group, and no small factors (each group's own scan found those). */
  acrossGroupsOnly?: boolean;
}

const SMALL_PRIME_BOUND = 65537;
let smallPrimeProduct: bigint | undefined;

/** Product of the primes below 65,537, built on first use (about 94,000 bits). */
function smallPrimes(): bigint {
  if (smallPrimeProduct === undefined) {
    // Multiply pairwise, so the product is built from balanced halves rather than one growing number.
    let level = primesBelow(SMALL_PRIME_BOUND).map(BigInt);
    while (level.length > 1) {
      const next: bigint[] = [];
      for (let index = 0; index < level.length; index += 2)
        next.push(index + 1 < level.length ? level[index]! * level[index + 1]! : level[index]!);
      level = next;
    }
    smallPrimeProduct = level[0]!;
  }
  return smallPrimeProduct;
}

/**
 * Splits a shared part into its factors below 65,537 (reported as such) and the rest, which holds only
 * primes of 65,537 and above that another modulus of the scan also has. Every power of a small prime
 * goes: the product of the small primes holds each once, so the division repeats until nothing is left.
 */
export function splitSmallFactors(shared: bigint): { hasSmallFactor: boolean; large: bigint } {
  let common = gcd(shared, smallPrimes() % shared);
  const hasSmallFactor = common !== 1n;
  let large = shared;
  while (common !== 1n) {
    large /= common;
    common = gcd(large, common);
  }
  return { hasSmallFactor, large };
}

const where = (location: ModulusLocation): string => `${location.group ? `${location.group}:` : ''}${location.path}:${location.line}`;

/** `moduli` maps each distinct modulus (as a magnitude Buffer's hex) to every place it occurs. */
export async function findSharedPrimes(
  moduli: ReadonlyMap<string, { n: Buffer; locations: ModulusLocation[] }>,
  options: SharedPrimeOptions = {},
): Promise<Finding[]> {
  // 0 and 1 are no moduli (the key checks report them); in the product tree they would hide every other key.
  const entries = [...moduli.values()].map((entry) => ({ ...entry, value: toBigInt(entry.n) })).filter((entry) => entry.value > 1n);
  if (entries.length === 0) return [];
  const shared = await batchGcdParallel(
    entries.map((entry) => entry.value),
    [smallPrimes()],
  );
  const findings: Finding[] = [];
  const report = (location: ModulusLocation, reason: string): void => {
    findings.push(makeFinding('factorable-key', location, reason));
  };
  const largeParts = new Map<number, bigint>();
  shared.forEach((part, index) => {
    if (part === 1n) return;
    const { hasSmallFactor, large } = splitSmallFactors(part);
    if (hasSmallFactor && !options.acrossGroupsOnly) {
      for (const location of entries[index]!.locations) {
        report(
          location,
          'This RSA key can be factored because its modulus has a prime factor below 65,537; treat it as compromised and replace it.',
        );
      }
    }
    if (large !== 1n) largeParts.set(index, large);
  });
  const groups = groupBySharedFactor(largeParts);
  const summaryOf = partnerSummaries(groups, options.acrossGroupsOnly ? (index) => entries[index]!.locations[0]!.group : undefined);
  for (const index of [...largeParts.keys()].sort((a, b) => a - b)) {
    let message: string;
    if (groups.unnamed.has(index)) {
      // Across groups, a partner that cannot be named may be in the key's own group, which reported it.
      if (options.acrossGroupsOnly) continue;
      message =
        'This RSA key shares a prime with other keys of this scan, so they can be factored; replace them and fix the entropy of the machine that made them.';
    } else {
      const { first, count } = summaryOf(index);
      if (count === 0) continue;
      const named = first.map((partner) => where(entries[partner]!.locations[0]!));
      const more = count > first.length ? ` and ${count - first.length} more` : '';
      message = `This RSA key shares a prime with the key at ${named.join(', ')}${more}, so both can be factored; replace them and fix the entropy of the machine that made them.`;
    }
    for (const location of entries[index]!.locations) report(location, message);
  }
  return findings;
}
