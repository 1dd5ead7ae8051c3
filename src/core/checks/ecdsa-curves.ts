/** Whether an ECDSA public point lies on its NIST curve (SEC 2 / FIPS 186-4 D.1.2 parameters, a = -3). */

const CURVES: Record<string, { p: bigint; b: bigint }> = {
  nistp256: {
    p: 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
  },
  nistp384: {
    p: 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n,
    b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
  },
  nistp521: {
    p: 2n ** 521n - 1n,
    b: 0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00n,
  },
};

/** `point` is the uncompressed SEC1 encoding 0x04 || x || y that SSH uses (RFC 5656 section 3.1). */
export function isOnCurve(curve: string, point: Buffer): boolean {
  const spec = CURVES[curve];
  if (!spec || point[0] !== 0x04 || point.length % 2 !== 1) return false;
  const width = (point.length - 1) / 2;
  const x = BigInt('0x' + point.subarray(1, 1 + width).toString('hex'));
  const y = BigInt('0x' + point.subarray(1 + width).toString('hex'));
  const { p, b } = spec;
  if (x >= p || y >= p) return false;
  return (y * y - (x * x * x - 3n * x + b)) % p === 0n;
}
