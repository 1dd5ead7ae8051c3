/** Integer arithmetic on BigInt for the weak-key checks: no native add-on, exact on any size. */

export function toBigInt(magnitude: Buffer): bigint {
  return magnitude.length === 0 ? 0n : BigInt('0x' + magnitude.toString('hex'));
}

/** The bit length of |value| (0 for 0). Through hex: a quarter of the string that binary would build. */
export function bitLengthOf(value: bigint): number {
  if (value < 0n) return bitLengthOf(-value);
  if (value === 0n) return 0;
  const hex = value.toString(16);
  return (hex.length - 1) * 4 + 32 - Math.clz32(parseInt(hex[0]!, 16));
}

/** floor(sqrt(value)) by Newton's method from an estimate above the root. */
export function isqrt(value: bigint): bigint {
  if (value < 0n) throw new RangeError('square root of a negative number');
  if (value < 2n) return value;
  let x = 1n << BigInt(Math.ceil(bitLengthOf(value) / 2));
  for (;;) {
    const next = (x + value / x) >> 1n;
    if (next >= x) return x;
    x = next;
  }
}

export function isSquare(value: bigint): boolean {
  if (value < 0n) return false;
  const root = isqrt(value);
  return root * root === value;
}

/**
 * Lehmer's gcd (Knuth, TAOCP vol. 2, 4.5.2, algorithm L): Euclid's steps are run on the leading 52 bits
 * as Numbers, and their combined effect is applied to the BigInts at once. A 2048-bit gcd then takes
 * about 80 rounds of small multiplications instead of about 1,200 BigInt divisions; the batch GCD does
 * one per key.
 */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  if (x < y) [x, y] = [y, x];
  // x only shrinks, so the shift that brings its top 52 bits into a Number is found once and then lowered
  // when x has lost enough bits: no bit length (a string conversion) per round. 52 bits, not 53, so that
  // xHat plus a cofactor (below 2^26) stays exact in a double.
  let shift = BigInt(Math.max(0, bitLengthOf(x) - 52));
  while (y > 0xffffffffffffn) {
    let xHat = Number(x >> shift);
    if (xHat < 2 ** 45 && shift > 0n) {
      shift -= BigInt(Math.min(Number(shift), 51 - Math.floor(Math.log2(xHat + 1))));
      xHat = Number(x >> shift);
    }
    let yHat = Number(y >> shift);
    let p = 1;
    let q = 0;
    let r = 0;
    let s = 1;
    // Collins' condition: both quotient estimates agree, so the Number steps match the true ones.
    while (yHat + r !== 0 && yHat + s !== 0) {
      const quotient = Math.floor((xHat + p) / (yHat + r));
      if (quotient !== Math.floor((xHat + q) / (yHat + s))) break;
      const nextR = p - quotient * r;
      p = r;
      r = nextR;
      const nextS = q - quotient * s;
      q = s;
      s = nextS;
      const nextY = xHat - quotient * yHat;
      xHat = yHat;
      yHat = nextY;
    }
    if (q === 0) {
      const rest = x % y;
      x = y;
      y = rest;
    } else {
      const nextX = BigInt(p) * x + BigInt(q) * y;
      y = BigInt(r) * x + BigInt(s) * y;
      x = nextX;
    }
  }
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let power = base % modulus;
  let rest = exponent;
  while (rest > 0n) {
    if (rest & 1n) result = (result * power) % modulus;
    power = (power * power) % modulus;
    rest >>= 1n;
  }
  return result;
}

/** Primes below `limit` by a sieve of Eratosthenes. */
export function primesBelow(limit: number): number[] {
  const composite = new Uint8Array(limit);
  const primes: number[] = [];
  for (let candidate = 2; candidate < limit; candidate++) {
    if (composite[candidate]) continue;
    primes.push(candidate);
    for (let multiple = candidate * candidate; multiple < limit; multiple += candidate) composite[multiple] = 1;
  }
  return primes;
}

/** Products of consecutive primes, each below 2^53, so one BigInt remainder yields a Number to reduce further. */
export function numberSizedGroups(primes: readonly number[]): { product: bigint; primes: number[] }[] {
  const groups: { product: bigint; primes: number[] }[] = [];
  let current: number[] = [];
  let product = 1;
  for (const prime of primes) {
    if (product * prime > Number.MAX_SAFE_INTEGER) {
      groups.push({ product: BigInt(product), primes: current });
      current = [];
      product = 1;
    }
    current.push(prime);
    product *= prime;
  }
  if (current.length > 0) groups.push({ product: BigInt(product), primes: current });
  return groups;
}
