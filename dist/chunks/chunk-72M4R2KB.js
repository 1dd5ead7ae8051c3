#!/usr/bin/env node

// src/core/checks/big-numbers/bigint-math.ts
function toBigInt(magnitude) {
  return magnitude.length === 0 ? 0n : BigInt("0x" + magnitude.toString("hex"));
}
function bitLengthOf(value) {
  if (value < 0n) return bitLengthOf(-value);
  if (value === 0n) return 0;
  const hex = value.toString(16);
  return (hex.length - 1) * 4 + 32 - Math.clz32(parseInt(hex[0], 16));
}
function isqrt(value) {
  if (value < 0n) throw new RangeError("square root of a negative number");
  if (value < 2n) return value;
  let x = 1n << BigInt(Math.ceil(bitLengthOf(value) / 2));
  for (; ; ) {
    const next = x + value / x >> 1n;
    if (next >= x) return x;
    x = next;
  }
}
function isSquare(value) {
  if (value < 0n) return false;
  const root = isqrt(value);
  return root * root === value;
}
function gcd(a, b) {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  if (x < y) [x, y] = [y, x];
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
function primesBelow(limit) {
  const composite = new Uint8Array(limit);
  const primes = [];
  for (let candidate = 2; candidate < limit; candidate++) {
    if (composite[candidate]) continue;
    primes.push(candidate);
    for (let multiple = candidate * candidate; multiple < limit; multiple += candidate) composite[multiple] = 1;
  }
  return primes;
}
function numberSizedGroups(primes) {
  const groups = [];
  let current = [];
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

export {
  toBigInt,
  bitLengthOf,
  isqrt,
  isSquare,
  gcd,
  primesBelow,
  numberSizedGroups
};
