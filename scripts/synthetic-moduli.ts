// Synthetic RSA-2048-sized moduli for the batch GCD benchmark, made in seconds instead of the hours that
// 100,000 real keys take. The bulk are odd 2048-bit numbers from one interval of 2^22 that a sieve left
// with no prime factor below 2^22: any common factor of two of them divides their difference, which is
// below 2^22, so they are pairwise coprime by construction and free of small factors, and the trees do
// exactly the work that real moduli of that size cost. Planted among them: pairs that share a real
// 1024-bit prime (from OpenSSL through node:crypto), at the positions the caller names.
import { generatePrimeSync, randomBytes } from 'node:crypto';
import { primesBelow } from '../src/core/checks/big-numbers/bigint-math.js';

const SIEVE_BOUND = 1 << 22;

function toBytes(value: bigint): Buffer {
  const hex = value.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
}

/** `count` pairwise-coprime odd 2048-bit numbers with no prime factor below 2^22 (count up to ~150,000). */
export function roughModuli(count: number): Buffer[] {
  const start = BigInt('0x' + randomBytes(256).toString('hex')) | (1n << 2047n) | (1n << 2046n) | 1n;
  // Candidates are start + 2k for k below 2^21, so any two differ by less than 2^22.
  const slots = SIEVE_BOUND >> 1;
  const composite = new Uint8Array(slots);
  for (const prime of primesBelow(SIEVE_BOUND)) {
    if (prime === 2) continue;
    const residue = Number(start % BigInt(prime));
    // start + 2k = 0 (mod p)  <=>  k = -residue * 2^-1 (mod p); 2^-1 = (p + 1) / 2. Products stay below 2^44.
    let k = (((prime - residue) % prime) * ((prime + 1) / 2)) % prime;
    for (; k < slots; k += prime) composite[k] = 1;
  }
  const moduli: Buffer[] = [];
  for (let k = 0; k < slots && moduli.length < count; k++) if (!composite[k]) moduli.push(toBytes(start + 2n * BigInt(k)));
  if (moduli.length < count) throw new Error(`the sieve left ${moduli.length} numbers, fewer than ${count}`);
  return moduli;
}

export interface PlantedModuli {
  moduli: Buffer[];
  /** Index pairs that share a 1024-bit prime. */
  sharedPairs: [number, number][];
}

/** roughModuli(count) with a shared 1024-bit prime planted at each pair of positions. */
export function moduliWithSharedPrimes(count: number, pairs: readonly [number, number][]): PlantedModuli {
  const moduli = roughModuli(count);
  const prime = (): bigint => generatePrimeSync(1024, { bigint: true });
  for (const [a, b] of pairs) {
    const shared = prime();
    moduli[a] = toBytes(shared * prime());
    moduli[b] = toBytes(shared * prime());
  }
  return { moduli, sharedPairs: pairs.map(([a, b]) => [a, b]) };
}
