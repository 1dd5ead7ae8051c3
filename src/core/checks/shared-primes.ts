/**
 * factorable-key across keys: RSA moduli that share a prime with another modulus of the scan, or have a
 * prime factor below 65,537 (the bound badkeys uses; sieving bugs leave factors far smaller). Both come
 * out of one batch GCD, with the product of the small primes folded in as one more leaf.
 */
import { ruleById } from '../rules.js';
import type { Finding } from '../types.js';
import { batchGcdParallel } from './batch-gcd.js';
import { gcd, primesBelow, toBigInt } from './bigint-math.js';

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

const where = (location: ModulusLocation): string => `${location.group ? `${location.group}:` : ''}${location.path}:${location.line}`;

/** `moduli` maps each distinct modulus (as a magnitude Buffer's hex) to every place it occurs. */
export async function findSharedPrimes(
  moduli: ReadonlyMap<string, { n: Buffer; locations: ModulusLocation[] }>,
  options: SharedPrimeOptions = {},
): Promise<Finding[]> {
  const entries = [...moduli.values()].map((entry) => ({ ...entry, value: toBigInt(entry.n) }));
  if (entries.length === 0) return [];
  const results = await batchGcdParallel(
    entries.map((entry) => entry.value),
    [smallPrimes()],
  );
  const flagged = entries.filter((_, index) => results[index] !== 1n);
  const severity = ruleById('factorable-key').severity;
  const findings: Finding[] = [];
  const report = (location: ModulusLocation, reason: string): void => {
    findings.push({
      rule: 'factorable-key',
      severity,
      path: location.path,
      line: location.line,
      message: reason,
      fingerprint: location.fingerprint,
    });
  };
  for (const entry of flagged) {
    if (!options.acrossGroupsOnly && gcd(entry.value, smallPrimes()) !== 1n) {
      for (const location of entry.locations) {
        report(
          location,
          'This RSA key can be factored because its modulus has a prime factor below 65,537; treat it as compromised and replace it.',
        );
      }
    }
    // Flagged keys are few, so finding each partner pairwise is cheap.
    const partners = flagged.filter((other) => other !== entry && gcd(entry.value, other.value) !== 1n);
    if (partners.length === 0) continue;
    const named = partners.slice(0, 3).map((partner) => where(partner.locations[0]!));
    const more = partners.length > 3 ? ` and ${partners.length - 3} more` : '';
    for (const location of entry.locations) {
      report(
        location,
        `This RSA key shares a prime with the key at ${named.join(', ')}${more}, so both can be factored; replace them and fix the entropy of the machine that made them.`,
      );
    }
  }
  return findings;
}
