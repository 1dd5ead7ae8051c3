/**
 * Groups keys by the large primes they share, from what the batch GCD left each modulus (its shared
 * part with the small primes divided out), without comparing keys pairwise.
 *
 * Keys with equal shared parts form one group by hashing (the usual case: a prime shared by two keys, or
 * by a thousand). Only parts that are distinct but not coprime (a key that shares one prime with one key
 * and its other prime with another) need splitting into a coprime base; one batch GCD over the distinct
 * parts finds them, and they are split by pairwise gcds while there are at most SPLIT_LIMIT of them.
 * Beyond that (a crafted chain of thousands of keys) those keys are reported without partner names, so
 * the step stays quasi-linear on any input.
 */
import { batchGcd } from './batch-gcd.js';
import { gcd } from './bigint-math.js';

/** At most this many tangled parts are split pairwise: about SPLIT_LIMIT^2 / 2 gcds of 2,048 bits. */
export const SPLIT_LIMIT = 128;

export interface SharedFactorGroups {
  /** For each key (by index): the ids of the shared factors its modulus holds. */
  factorsOf: Map<number, number[]>;
  /** For each factor id: the keys holding it, in ascending order. */
  members: number[][];
  /** Keys that share a prime with some other key that could not be named within the limit. */
  unnamed: Set<number>;
}

/**
 * Splits values into pairwise coprime factors such that each value is a product of powers of them.
 * Each value is inserted in turn; a value that meets a base element with a common factor g replaces
 * both by g and the two cofactors, whose product is smaller, so this ends. At most m^2 gcds per pass
 * over m values of which few split: fine for the SPLIT_LIMIT values it gets.
 */
function coprimeBase(values: readonly bigint[]): bigint[] {
  const base: bigint[] = [];
  const work = [...values];
  while (work.length > 0) {
    const value = work.pop()!;
    if (value === 1n) continue;
    let common = 1n;
    let position = 0;
    for (; position < base.length; position++) {
      common = gcd(value, base[position]!);
      if (common !== 1n) break;
    }
    if (common === 1n) {
      base.push(value);
      continue;
    }
    const element = base[position]!;
    base.splice(position, 1);
    if (element === value) work.push(value);
    else work.push(common, element / common, value / common);
  }
  return base;
}

/** `parts` maps a key's index to the large part of its modulus that other moduli share (above 1). */
export function groupBySharedFactor(parts: ReadonlyMap<number, bigint>): SharedFactorGroups {
  const byValue = new Map<bigint, number[]>();
  for (const [index, part] of [...parts].sort(([a], [b]) => a - b)) {
    const keys = byValue.get(part);
    if (keys) keys.push(index);
    else byValue.set(part, [index]);
  }
  const values = [...byValue.keys()];
  const common = values.length > 1 ? batchGcd(values) : values.map(() => 1n);
  const groups: SharedFactorGroups = { factorsOf: new Map(), members: [], unnamed: new Set() };
  const tangled: bigint[] = [];
  values.forEach((value, index) => {
    if (common[index] !== 1n) {
      tangled.push(value);
      return;
    }
    // Coprime to every other part: exactly the keys with this part share its primes.
    const id = groups.members.push(byValue.get(value)!) - 1;
    for (const key of byValue.get(value)!) groups.factorsOf.set(key, [id]);
  });
  if (tangled.length > SPLIT_LIMIT) {
    for (const value of tangled) for (const key of byValue.get(value)!) groups.unnamed.add(key);
    return groups;
  }
  const base = coprimeBase(tangled);
  const ids = base.map(() => -1);
  for (const value of tangled) {
    const keys = byValue.get(value)!;
    base.forEach((factor, position) => {
      if (value % factor !== 0n) return;
      if (ids[position] === -1) ids[position] = groups.members.push([]) - 1;
      groups.members[ids[position]!]!.push(...keys);
      for (const key of keys) {
        const held = groups.factorsOf.get(key);
        if (held) held.push(ids[position]!);
        else groups.factorsOf.set(key, [ids[position]!]);
      }
    });
  }
  for (const members of groups.members) members.sort((a, b) => a - b);
  return groups;
}

/**
 * Names and counts the keys that share a prime with each key: the first `names` of them in ascending
 * order, and how many there are, without `key` itself and keeping only keys whose `groupOf` differs from
 * the key's when `groupOf` is given. Keys with the same factors (and group) share one computation, so a
 * prime shared by thousands of keys costs one pass over them, not one per key.
 */
export function partnerSummaries(
  groups: SharedFactorGroups,
  groupOf?: (key: number) => string | undefined,
  names = 3,
): (key: number) => { first: number[]; count: number } {
  const memo = new Map<string, { first: number[]; count: number }>();
  return (key) => {
    const factors = groups.factorsOf.get(key) ?? [];
    const own = groupOf?.(key);
    const signature = `${factors.join(',')}\0${own ?? ''}`;
    let summary = memo.get(signature);
    if (!summary) {
      const keep = (other: number): boolean => !groupOf || groupOf(other) !== own;
      const all =
        factors.length === 1
          ? groups.members[factors[0]!]!.filter(keep)
          : [...new Set(factors.flatMap((factor) => groups.members[factor]!.filter(keep)))].sort((a, b) => a - b);
      // One more than needed: the key itself may be among the first.
      summary = { first: all.slice(0, names + 1), count: all.length };
      memo.set(signature, summary);
    }
    const self = summary.first.includes(key) || (!groupOf && factors.length > 0) ? 1 : 0;
    return { first: summary.first.filter((other) => other !== key).slice(0, names), count: summary.count - self };
  };
}
