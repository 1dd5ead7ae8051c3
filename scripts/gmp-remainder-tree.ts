// The batch GCD's product and remainder trees on GMP compiled to WebAssembly (the gmp-wasm package, a
// devDependency): the measurement behind keeping V8 BigInt in the product. `npm run bench` times this
// against src/core/checks/big-numbers/batch-gcd.ts on the same moduli; the product would take GMP only if it were at
// least twice as fast. Every node lives in the WebAssembly heap as an mpz_t; numbers cross into
// JavaScript only as big-endian bytes. The remainder tree carries cofactors (N / v) mod v, which suits
// GMP's fast division (the scaled tree that suits BigInt measured slower here).
import gmpWasm, { type GMPFunctions } from 'gmp-wasm';

/** A product tree: levels[0] are the leaves, the last level holds the root. Pointers into the heap. */
export interface GmpProductTree {
  levels: number[][];
}

export interface GmpTrees {
  /** Builds the product tree of `leaves` (big-endian magnitudes). */
  productTree(leaves: readonly Uint8Array[]): GmpProductTree;
  /** The root as big-endian bytes. */
  root(tree: GmpProductTree): Uint8Array;
  /**
   * gcd(leaf, (N / leaf) mod leaf) for the first `count` leaves, where N is the tree's root times the
   * product of `outside` (big-endian magnitudes; none when the tree holds every number). Frees the tree.
   * Returns null for a gcd of 1, else the gcd as a bigint.
   */
  descend(tree: GmpProductTree, outside: readonly Uint8Array[], count: number): (bigint | null)[];
}

let loading: Promise<GmpTrees | null> | undefined;

/** The GMP trees of this thread, or null where WebAssembly is missing (node --jitless). */
export function loadGmpTrees(): Promise<GmpTrees | null> {
  loading ??= (async () => {
    if (typeof WebAssembly === 'undefined') return null;
    try {
      return treesOn((await gmpWasm.init()).binding);
    } catch {
      return null;
    }
  })();
  return loading;
}

function treesOn(binding: GMPFunctions): GmpTrees {
  const fromBytes = (bytes: Uint8Array): number => {
    const value = binding.mpz_t();
    binding.mpz_init(value);
    if (bytes.length > 0) {
      const buffer = binding.malloc(bytes.length);
      binding.mem.set(bytes, buffer);
      // count, order 1 (most significant word first), size 1, endian 0 (native: irrelevant for bytes), no nails
      binding.mpz_import(value, bytes.length, 1, 1, 0, 0, buffer);
      binding.free(buffer);
    }
    return value;
  };
  const toBytes = (value: number): Uint8Array => {
    if (binding.mpz_cmp_ui(value, 0) === 0) return new Uint8Array(0);
    const size = Math.ceil(binding.mpz_sizeinbase(value, 2) / 8);
    const buffer = binding.malloc(size);
    const count = binding.malloc(4);
    binding.mpz_export(buffer, count, 1, 1, 0, 0, value);
    // Copy out before freeing: mem is a view of a heap that a later allocation may replace.
    const bytes = binding.mem.slice(buffer, buffer + binding.memView.getUint32(count, true));
    binding.free(count);
    binding.free(buffer);
    return bytes;
  };
  const release = (value: number): void => {
    binding.mpz_clear(value);
    binding.mpz_t_free(value);
  };
  const fresh = (): number => {
    const value = binding.mpz_t();
    binding.mpz_init(value);
    return value;
  };

  return {
    productTree(leaves) {
      const levels: number[][] = [leaves.map(fromBytes)];
      while (levels[levels.length - 1]!.length > 1) {
        const below = levels[levels.length - 1]!;
        const level: number[] = [];
        for (let index = 0; index < below.length; index += 2) {
          if (index + 1 === below.length) {
            // The odd node out is carried up as a copy, so each level owns its numbers.
            const copy = fresh();
            binding.mpz_set(copy, below[index]!);
            level.push(copy);
          } else {
            const product = fresh();
            binding.mpz_mul(product, below[index]!, below[index + 1]!);
            level.push(product);
          }
        }
        levels.push(level);
      }
      return { levels };
    },

    root(tree) {
      return toBytes(tree.levels[tree.levels.length - 1]![0]!);
    },

    descend(tree, outside, count) {
      const { levels } = tree;
      const root = levels[levels.length - 1]![0]!;
      // c(root) = (product of `outside`) mod root, reduced factor by factor so no number outgrows the root.
      let cofactors = [fresh()];
      binding.mpz_set_ui(cofactors[0]!, 1);
      const scratch = fresh();
      for (const factor of outside) {
        const value = fromBytes(factor);
        binding.mpz_mod(value, value, root);
        binding.mpz_mul(scratch, cofactors[0]!, value);
        binding.mpz_mod(cofactors[0]!, scratch, root);
        release(value);
      }
      if (levels.length === 1) binding.mpz_mod(cofactors[0]!, cofactors[0]!, root);
      // c(a) = (c(v) mod a) * (b mod a) mod a for a node v = a * b (see batch-gcd.ts): no number exceeds
      // twice its node's size. Each level above is freed as soon as its children have their cofactors.
      const sibling = fresh();
      for (let depth = levels.length - 2; depth >= 0; depth--) {
        const level = levels[depth]!;
        const next: number[] = [];
        for (let index = 0; index < level.length; index++) {
          const node = level[index]!;
          const parent = cofactors[index >> 1]!;
          const value = fresh();
          if (index === level.length - 1 && index % 2 === 0) {
            // Carried up unchanged: the parent is this node, so its cofactor is the parent's.
            binding.mpz_set(value, parent);
          } else {
            binding.mpz_mod(value, parent, node);
            binding.mpz_mod(sibling, level[index ^ 1]!, node);
            binding.mpz_mul(scratch, value, sibling);
            binding.mpz_mod(value, scratch, node);
          }
          next.push(value);
        }
        for (const value of cofactors) release(value);
        for (const value of levels[depth + 1]!) release(value);
        cofactors = next;
      }
      const leaves = levels[0]!;
      const gcds = leaves.slice(0, count).map((leaf, index) => {
        binding.mpz_gcd(scratch, leaf, cofactors[index]!);
        if (binding.mpz_cmp_ui(scratch, 1) === 0) return null;
        const bytes = toBytes(scratch);
        return bytes.length === 0 ? 0n : BigInt('0x' + Buffer.from(bytes).toString('hex'));
      });
      for (const value of [...cofactors, ...leaves, scratch, sibling]) release(value);
      levels.length = 0;
      return gcds;
    },
  };
}
