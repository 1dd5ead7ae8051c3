import assert from 'node:assert/strict';
import { generatePrimeSync } from 'node:crypto';
import { describe, it } from 'node:test';
import { SPLIT_LIMIT } from '../../src/core/checks/big-numbers/shared-factor-groups.js';
import { findSharedPrimes, type ModulusLocation } from '../../src/core/checks/big-numbers/shared-primes.js';
import type { Finding } from '../../src/core/types.js';

const prime = (bits: number): bigint => generatePrimeSync(bits, { bigint: true }) as bigint;

function toBuffer(value: bigint): Buffer {
  const hex = value.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
}

/** The map scan.ts builds: one entry per distinct modulus, at line index + 1 of `keys`, in `group` if given. */
function moduliMap(moduli: readonly bigint[], group?: (index: number) => string): Map<string, { n: Buffer; locations: ModulusLocation[] }> {
  const map = new Map<string, { n: Buffer; locations: ModulusLocation[] }>();
  moduli.forEach((value, index) => {
    const n = toBuffer(value);
    const location: ModulusLocation = { path: 'keys', line: index + 1, fingerprint: `SHA256:key${index + 1}` };
    if (group) location.group = group(index);
    const entry = map.get(n.toString('hex'));
    if (entry) entry.locations.push(location);
    else map.set(n.toString('hex'), { n, locations: [location] });
  });
  return map;
}

const sharing = (findings: Finding[]): Map<number, string> =>
  new Map(findings.filter((finding) => /shares a prime/.test(finding.message)).map((finding) => [finding.line, finding.message]));
const smallFactor = (findings: Finding[]): number[] =>
  findings.filter((finding) => /below 65,537/.test(finding.message)).map((finding) => finding.line);

function assertNoFactor(findings: Finding[], secrets: readonly bigint[]): void {
  const text = JSON.stringify(findings);
  for (const secret of secrets) {
    assert.equal(text.includes(secret.toString()), false, 'a factor in decimal');
    assert.equal(text.includes(secret.toString(16)), false, 'a factor in hex');
  }
}

describe('findSharedPrimes', () => {
  it('groups 1,200 moduli that all carry the same small factor in quasi-linear time, naming only real partners', async () => {
    // Issue 11: all of these share the factor 3, and the old pairwise step took minutes on 1,000 of them.
    const large = Array.from({ length: 1200 }, () => prime(96));
    const moduli = large.map((p) => 3n * p * 5n);
    const p = prime(128);
    const q = prime(128);
    moduli[10] = 3n * p * prime(96); // 10 and 1100 share p
    moduli[1100] = 3n * p * prime(96);
    moduli[500] = 3n * q * prime(96); // 500, 501 and 502 share q
    moduli[501] = 3n * q * prime(96);
    moduli[502] = 3n * q * prime(96);
    const started = performance.now();
    const findings = await findSharedPrimes(moduliMap(moduli));
    const seconds = (performance.now() - started) / 1000;
    assert.ok(seconds < 20, `took ${seconds.toFixed(1)} s`);
    assert.equal(smallFactor(findings).length, 1200);
    const shared = sharing(findings);
    assert.deepEqual(
      [...shared.keys()].sort((a, b) => a - b),
      [11, 501, 502, 503, 1101],
    );
    assert.match(shared.get(11)!, /with the key at keys:1101, so both/);
    assert.match(shared.get(1101)!, /with the key at keys:11, so both/);
    assert.match(shared.get(501)!, /with the key at keys:502, keys:503, so both/);
    assertNoFactor(findings, [p, q]);
  });

  it('names three partners and counts the rest when one prime is in a thousand keys', async () => {
    const p = prime(128);
    const moduli = Array.from({ length: 1000 }, () => p * prime(128));
    const started = performance.now();
    const findings = await findSharedPrimes(moduliMap(moduli));
    assert.ok(performance.now() - started < 20_000);
    const shared = sharing(findings);
    assert.equal(shared.size, 1000);
    assert.match(shared.get(1)!, /with the key at keys:2, keys:3, keys:4 and 996 more, so both/);
    assert.match(shared.get(3)!, /with the key at keys:1, keys:2, keys:4 and 996 more, so both/);
    assertNoFactor(findings, [p]);
  });

  it('names both partners of a key whose two primes are each shared with another key', async () => {
    const [a, b, c, d, e] = Array.from({ length: 5 }, () => prime(128));
    const moduli = [a! * b!, b! * c!, c! * d!, prime(128) * prime(128), d! * e!];
    const shared = sharing(await findSharedPrimes(moduliMap(moduli)));
    assert.deepEqual([...shared.keys()].sort(), [1, 2, 3, 5]);
    assert.match(shared.get(1)!, /with the key at keys:2, so both/);
    assert.match(shared.get(2)!, /with the key at keys:1, keys:3, so both/);
    assert.match(shared.get(3)!, /with the key at keys:2, keys:5, so both/);
    assert.match(shared.get(5)!, /with the key at keys:3, so both/);
  });

  it('names both neighbours along a chain of as many tangled keys as it splits, quickly', async () => {
    const primes = Array.from({ length: SPLIT_LIMIT + 1 }, () => prime(64));
    // Key i holds primes i and i+1, so it shares one with key i-1 and the other with key i+1.
    const moduli = primes.slice(0, -1).map((p, index) => p * primes[index + 1]!);
    const started = performance.now();
    const shared = sharing(await findSharedPrimes(moduliMap(moduli)));
    assert.ok(performance.now() - started < 20_000);
    assert.equal(shared.size, SPLIT_LIMIT);
    assert.match(shared.get(1)!, /with the key at keys:2, so both/);
    assert.match(shared.get(2)!, /with the key at keys:1, keys:3, so both/);
    assert.match(shared.get(SPLIT_LIMIT)!, new RegExp(`with the key at keys:${SPLIT_LIMIT - 1}, so both`));
  });

  it('still flags every key of a chain too tangled to name partners, without naming any', async () => {
    const primes = Array.from({ length: SPLIT_LIMIT + 40 }, () => prime(64));
    // Key i holds primes i and i+1: every shared part is a whole modulus, and no two are equal.
    const moduli = primes.slice(0, -1).map((p, index) => p * primes[index + 1]!);
    const findings = await findSharedPrimes(moduliMap(moduli));
    const shared = sharing(findings);
    assert.equal(shared.size, moduli.length);
    assert.equal(findings.length, moduli.length);
    for (const message of shared.values())
      assert.match(message, /^This RSA key shares a prime with other keys of this scan, so they can be factored/);
    assertNoFactor(findings, primes);
  });

  it('does not call one key found twice a shared prime', async () => {
    const n = prime(128) * prime(128);
    const findings = await findSharedPrimes(moduliMap([n, prime(128) * prime(128), n]));
    assert.deepEqual(findings, []);
  });

  it('across groups reports only partners in another group, and no small factors', async () => {
    const p = prime(128);
    const q = prime(128);
    const moduli = [p * prime(128), p * prime(128), 7n * prime(128), q * prime(128), q * prime(128)];
    // Keys 1 and 2 share p inside repository a; keys 4 (a) and 5 (b) share q across repositories.
    const groups = ['a', 'a', 'a', 'a', 'b'];
    const findings = await findSharedPrimes(
      moduliMap(moduli, (index) => groups[index]!),
      { acrossGroupsOnly: true },
    );
    assert.deepEqual(
      findings.map((finding) => [finding.line, finding.message.replace(/, so both.*/, '')]),
      [
        [4, 'This RSA key shares a prime with the key at b:keys:5'],
        [5, 'This RSA key shares a prime with the key at a:keys:4'],
      ],
    );
  });
});
