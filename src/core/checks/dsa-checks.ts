/**
 * DSA primes with a sparse bit pattern (badkeys' dsasparse, 2026): 1024-bit p whose top bits are 0x800000
 * and whose middle is almost all zero, the output of a broken generator whose keys were found in the wild.
 * A random prime has that pattern with probability about 2^-500.
 */
export function hasSparseDsaPrime(p: bigint): boolean {
  if (p.toString(2).length !== 1024 || p >> 1000n !== 0x800000n) return false;
  // Below the top 24 bits and above the low 168, every 32-bit word must have bits 4..23 clear.
  let middle = (p >> 168n) ^ (1n << 855n);
  while (middle !== 0n) {
    if ((middle & 0x00fffff0n) !== 0n) return false;
    middle >>= 32n;
  }
  return true;
}
