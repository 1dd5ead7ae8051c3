/**
 * RSA moduli with a generator pattern (badkeys' rsapoly idea): moduli from broken generators are
 * visibly sparse. In a sound 2048-bit modulus about half the bits are set, with a standard deviation
 * near 1.1 points, so fewer than 40% set bits is about 9 deviations out: no real key gets there by chance.
 */

const POPCOUNT = new Uint8Array(256).map((_, byte) => {
  let count = 0;
  for (let rest = byte; rest; rest >>= 1) count += rest & 1;
  return count;
});

function setBitPercent(bytes: Buffer, bits: number): number {
  let count = 0;
  for (const byte of bytes) count += POPCOUNT[byte]!;
  return (count * 100) / bits;
}

/** Every chunk of `width` bits above the lowest one has all `mask` bits clear. */
function maskedBitsClear(n: bigint, width: bigint, mask: bigint): boolean {
  for (let rest = n >> width; rest !== 0n; rest >>= width) if ((rest & mask) !== 0n) return false;
  return true;
}

/** A description of the pattern, or null. `magnitude` is n big-endian without leading zeros. */
export function generatorPattern(magnitude: Buffer, n: bigint, bits: number): string | null {
  // Below ~500 bits the statistics are too coarse to say anything.
  if (bits < 500) return null;
  const percent = setBitPercent(magnitude, bits);
  if (percent >= 40) return null;
  // A sparse upper half over a dense lower half is a hand-picked "vanity" modulus, not a broken generator.
  const lowerBytes = magnitude.subarray(magnitude.length - Math.floor(bits / 16));
  if (setBitPercent(lowerBytes, lowerBytes.length * 8) >= 40) return null;
  const rounded = percent.toFixed(0);
  if (maskedBitsClear(n, 128n, 0xffffffffffff0000n))
    return `its modulus has only ${rounded}% of its bits set, in 128-bit blocks with the same empty middle`;
  if (maskedBitsClear(n, 32n, 0x3ff00000n))
    return `its modulus has only ${rounded}% of its bits set, in 32-bit words with the same empty bits`;
  return `its modulus has only ${rounded}% of its bits set, the mark of a broken key generator`;
}
