/**
 * Batch GCD (Bernstein, "How to find smooth parts of integers", 2004; used by Heninger et al., "Mining
 * Your Ps and Qs", USENIX Security 2012): for every modulus n_i, gcd(n_i, product of all the others)
 * through a product tree and a remainder tree, O(n log^2 n) multiplications instead of n^2 GCDs.
 */
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

/**
 * gcd(moduli[i], product of every other modulus and of `extra`) for each i. `extra` lets the caller fold
 * in more factors to test against, such as the product of all small primes. Moduli must be distinct:
 * a repeated modulus shares everything with its copy.
 */
export function batchGcd(moduli: readonly bigint[], extra: readonly bigint[] = []): bigint[] {
  if (moduli.length === 0) return [];
  const levels = productTree([...moduli, ...extra]);
  // Walk down: the remainder of the full product modulo each node squared.
  let remainders = [levels[levels.length - 1]![0]!];
  for (let depth = levels.length - 2; depth >= 0; depth--) {
    const level = levels[depth]!;
    remainders = level.map((node, index) => remainders[index >> 1]! % (node * node));
  }
  return moduli.map((modulus, index) => gcd(modulus, remainders[index]! / modulus));
}
