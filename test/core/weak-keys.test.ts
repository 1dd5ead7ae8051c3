import assert from 'node:assert/strict';
import { checkPrimeSync, generateKeyPairSync, generatePrimeSync, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { batchGcd } from '../../src/core/checks/big-numbers/batch-gcd.js';
import { gcd, modPow, primesBelow } from '../../src/core/checks/big-numbers/bigint-math.js';
import { hasRocaFingerprint } from '../../src/core/checks/rsa-checks.js';
import { defaultOptions } from '../../src/core/options.js';
import { scan } from '../../src/core/scan.js';
import type { Finding, ScanResult } from '../../src/core/types.js';
import { sshString } from '../../src/core/keys/wire.js';
import { generateKey, tempDir } from '../helpers/openssh.js';
import { mpint, rsaPublicLine } from '../helpers/rsa-lines.js';

const rsaLine = (n: bigint, e = 65537n, comment = 'test'): string => `${rsaPublicLine(n, e, comment)}\n`;
const prime = (bits: number): bigint => generatePrimeSync(bits, { bigint: true }) as bigint;
function nextPrime(from: bigint): bigint {
  let candidate = from % 2n === 0n ? from + 1n : from;
  while (!checkPrimeSync(candidate)) candidate += 2n;
  return candidate;
}

async function scanDir(dir: string): Promise<ScanResult> {
  return scan({ ...defaultOptions(dir), paths: ['.'] });
}
const rulesAt = (result: ScanResult, path: string): Finding[] => result.findings.filter((finding) => finding.path === path);

describe('ROCA fingerprint', () => {
  // The structure of Infineon RSALib primes: p = k*M + (65537^a mod M), M the product of the primes to 167.
  const M = primesBelow(168).reduce((product, p) => product * BigInt(p), 1n);
  function rocaPrime(bits: number): bigint {
    for (;;) {
      const a = BigInt('0x' + randomBytes(8).toString('hex'));
      const k = BigInt('0x' + randomBytes(Math.ceil((bits - 220) / 8)).toString('hex')) | (1n << BigInt(bits - 222));
      const candidate = k * M + modPow(65537n, a, M);
      if (checkPrimeSync(candidate)) return candidate;
    }
  }

  it('detects moduli built from RSALib-structured primes', () => {
    for (let i = 0; i < 3; i++) assert.equal(hasRocaFingerprint(rocaPrime(512) * rocaPrime(512)), true);
  });

  it('does not flag 200 ordinary moduli from OpenSSL', () => {
    for (let i = 0; i < 200; i++) {
      const jwk = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'jwk' });
      assert.equal(hasRocaFingerprint(BigInt('0x' + Buffer.from(jwk.n!, 'base64url').toString('hex'))), false);
    }
  });

  it('reports roca-key with the CVE through a scan', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'tpm.pub'), rsaLine(rocaPrime(1024) * rocaPrime(1024)));
    const findings = rulesAt(await scanDir(dir), 'tpm.pub');
    const roca = findings.find((finding) => finding.rule === 'roca-key');
    assert.ok(roca, JSON.stringify(findings));
    assert.match(roca.message, /CVE-2017-15361/);
    assert.match(roca.fingerprint!, /^SHA256:/);
  });
});

describe('factorable-key', () => {
  let result: ScanResult;
  const p = prime(1024);
  const shared = prime(1024);

  before(async () => {
    const dir = tempDir();
    const close = nextPrime(p + (1n << 200n));
    writeFileSync(join(dir, 'fermat.pub'), rsaLine(p * close));
    writeFileSync(join(dir, 'square.pub'), rsaLine(p * p));
    writeFileSync(join(dir, 'small.pub'), rsaLine(65521n * prime(2032)));
    writeFileSync(join(dir, 'shared-a.pub'), rsaLine(shared * prime(1024)));
    writeFileSync(join(dir, 'deploy.tf'), `# other key\nkey = "${rsaLine(shared * prime(1024)).trim()}"\n`);
    writeFileSync(join(dir, 'even.pub'), rsaLine(p * prime(1024) * 2n));
    writeFileSync(join(dir, 'e1.pub'), rsaLine(p * prime(1024), 1n));
    writeFileSync(join(dir, 'e-even.pub'), rsaLine(p * prime(1024), 65536n));
    const n = p * prime(1024);
    writeFileSync(join(dir, 'e-big.pub'), rsaLine(n, n + 2n));
    // Wiener: a private exponent far below n^(1/4)/3 gives a huge public exponent.
    const q = prime(1024);
    const phi = (p - 1n) * (q - 1n);
    let d = (1n << 200n) + 1n;
    while (gcd(d, phi) !== 1n) d += 2n;
    writeFileSync(join(dir, 'wiener.pub'), rsaLine(p * q, inverse(d, phi)));
    result = await scanDir(dir);
  });

  function inverse(value: bigint, modulus: bigint): bigint {
    let [r0, r1, s0, s1] = [modulus, value % modulus, 0n, 1n];
    while (r1 !== 0n) {
      const quotient = r0 / r1;
      [r0, r1] = [r1, r0 - quotient * r1];
      [s0, s1] = [s1, s0 - quotient * s1];
    }
    return ((s0 % modulus) + modulus) % modulus;
  }

  const factorable = (path: string): string[] =>
    rulesAt(result, path)
      .filter((finding) => finding.rule === 'factorable-key')
      .map((finding) => finding.message);

  it('finds close primes by Fermat and a perfect square', () => {
    assert.match(factorable('fermat.pub').join(), /Fermat's method factors it in \d+ step/);
    assert.match(factorable('square.pub').join(), /perfect square/);
  });

  it('finds a prime factor below 65,537', () => {
    assert.match(factorable('small.pub').join(), /prime factor below 65,537/);
  });

  it('reports both keys of a shared prime, each naming the other', () => {
    assert.match(factorable('shared-a.pub').join(), /shares a prime with the key at deploy\.tf:2/);
    assert.match(factorable('deploy.tf').join(), /shares a prime with the key at shared-a\.pub:1/);
  });

  it('finds a small private exponent by Wiener', () => {
    assert.match(factorable('wiener.pub').join(), /Wiener/);
  });

  it('rejects impossible public parameters', () => {
    assert.match(factorable('even.pub').join(), /modulus is even/);
    assert.match(factorable('e1.pub').join(), /exponent is 1, below 3/);
    assert.match(factorable('e-even.pub').join(), /exponent is even/);
    assert.match(factorable('e-big.pub').join(), /not smaller than the modulus/);
  });

  it('never prints a factor', () => {
    const text = JSON.stringify(result.findings);
    for (const secret of [p, shared, 65521n]) assert.equal(text.includes(secret.toString()), false);
    assert.equal(text.includes(p.toString(16)), false);
  });
});

describe('batchGcd', () => {
  it('agrees with pairwise gcds', () => {
    const primes = Array.from({ length: 12 }, () => prime(128));
    const moduli = [
      primes[0]! * primes[1]!,
      primes[2]! * primes[3]!,
      primes[1]! * primes[4]!,
      primes[5]! * primes[6]!,
      primes[7]! * primes[8]!,
      primes[8]! * primes[9]!,
      primes[10]! * primes[11]!,
    ];
    const expected = moduli.map((n, i) =>
      gcd(
        n,
        moduli.reduce((product, other, j) => (j === i ? product : product * other), 1n),
      ),
    );
    assert.deepEqual(batchGcd(moduli), expected);
    assert.deepEqual(
      expected.map((g) => g !== 1n),
      [true, false, true, false, true, true, false],
    );
  });
});

describe('other weak-key checks', () => {
  it('flags a sparse-bit RSA modulus as weak-rsa-key', async () => {
    const dir = tempDir();
    let n = (1n << 2047n) | 1n;
    for (let bit = 40n; bit < 2040n; bit += 97n) n |= 1n << bit;
    writeFileSync(join(dir, 'poly.pub'), rsaLine(n));
    const weak = rulesAt(await scanDir(dir), 'poly.pub').filter((finding) => finding.rule === 'weak-rsa-key');
    assert.match(weak.map((finding) => finding.message).join(), /broken generator/);
  });

  it('flags a DSA key with a sparse prime as factorable-key', async () => {
    const dir = tempDir();
    const p = (0x800000n << 1000n) | BigInt('0x' + randomBytes(20).toString('hex'));
    const blob = Buffer.concat([sshString('ssh-dss'), mpint(p), mpint(prime(160)), mpint(2n), mpint(12345n)]);
    writeFileSync(join(dir, 'dsa.pub'), `ssh-dss ${blob.toString('base64')} sparse\n`);
    const findings = rulesAt(await scanDir(dir), 'dsa.pub');
    assert.ok(findings.some((finding) => finding.rule === 'factorable-key' && /sparse prime/.test(finding.message)));
    assert.ok(findings.some((finding) => finding.rule === 'dsa-key'));
  });

  it('flags an ECDSA point that is not on its curve as invalid-key', async () => {
    const dir = tempDir();
    const key = generateKey(dir, 'ec', 'ecdsa', ['-b', '384']);
    const [type, base64] = readFileSync(`${key}.pub`, 'utf8').split(' ');
    const blob = Buffer.from(base64!, 'base64');
    blob[blob.length - 1]! ^= 1;
    writeFileSync(join(dir, 'bad.pub'), `${type} ${blob.toString('base64')} off-curve\n`);
    const findings = rulesAt(await scanDir(dir), 'bad.pub');
    assert.ok(
      findings.some((finding) => finding.rule === 'invalid-key' && /not on the nistp384 curve/.test(finding.message)),
      JSON.stringify(findings),
    );
    assert.equal(rulesAt(await scanDir(dir), 'ec.pub').length, 0);
  });

  it('flags the Vagrant insecure keys as compromised-key', async () => {
    // The published public key itself (test/fixtures/blocklist/README.md says where it comes from).
    const source = new URL('../fixtures/blocklist/vagrant.pub.ed25519', import.meta.url);
    const dir = tempDir();
    writeFileSync(join(dir, 'authorized_keys'), readFileSync(source));
    const findings = rulesAt(await scanDir(dir), 'authorized_keys');
    assert.ok(
      findings.some((finding) => finding.rule === 'compromised-key' && /Vagrant insecure key/.test(finding.message)),
      JSON.stringify(findings),
    );
  });

  it('finds nothing wrong with fresh ssh-keygen keys beyond their type rules', async () => {
    const dir = tempDir();
    for (const [name, type, extra] of [
      ['ed', 'ed25519', []],
      ['rsa', 'rsa', ['-b', '2048']],
      ['ec256', 'ecdsa', ['-b', '256']],
      ['ec521', 'ecdsa', ['-b', '521']],
      ['dsa', 'dsa', []],
    ] as const) {
      generateKey(dir, name, type, [...extra]);
    }
    const result = await scanDir(dir);
    const unexpected = result.findings.filter((finding) => !['private-key', 'legacy-rsa-key', 'dsa-key'].includes(finding.rule));
    assert.deepEqual(unexpected, []);
  });
});

describe('gcd (Lehmer)', () => {
  const euclid = (a: bigint, b: bigint): bigint => {
    while (b !== 0n) [a, b] = [b, a % b];
    return a;
  };
  const random = (bytes: number): bigint => BigInt('0x' + randomBytes(bytes).toString('hex'));

  it('agrees with Euclid on numbers of every size, with and without common factors', () => {
    for (let index = 0; index < 2000; index++) {
      let a = random(1 + (index % 300));
      let b = index % 7 === 0 ? 0n : random(1 + ((index * 13) % 300));
      if (index % 3 === 0) {
        const common = random(1 + (index % 40)) | 1n;
        a *= common;
        b *= common;
      }
      assert.equal(gcd(a, b), euclid(a, b), `gcd(${a}, ${b})`);
      assert.equal(gcd(b, a), euclid(a, b));
    }
  });
});
