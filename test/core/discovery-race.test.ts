/**
 * A file listed by discovery and swapped before it is read (for a symlink to a key outside the tree, for
 * another file, or through a directory swapped for a symlink) is not read: the scan opens without
 * following links and checks the opened file is the one listed (issue 11). The swap happens from the
 * progress hook, after the first file and before the second, as a concurrent process would do it.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultOptions } from '../../src/core/options.js';
import { scan } from '../../src/core/scan.js';
import { generateListedKey } from '../helpers/cli.js';
import { tempDir } from '../helpers/openssh.js';

const work = tempDir('ska-race-');
const outsideDir = join(work, 'outside');
mkdirSync(outsideDir);
const secret = generateListedKey(outsideDir, 'secret', 'ed25519');
const inside = generateListedKey(work, 'inside', 'ed25519');

/** A tree with a.pub (read first) and b/key (read second); `swap` runs between the two reads. */
async function scanWithSwap(name: string, swap: (root: string) => void) {
  const root = join(work, name);
  mkdirSync(join(root, 'b'), { recursive: true });
  writeFileSync(join(root, 'a.pub'), inside.publicLine);
  writeFileSync(join(root, 'b', 'key'), 'no key here\n');
  let swapped = false;
  const result = await scan(
    { ...defaultOptions(root), paths: ['.'] },
    {
      onProgress: (done) => {
        if (done === 1 && !swapped) {
          swapped = true;
          swap(root);
        }
      },
    },
  );
  assert.ok(swapped);
  return result;
}

function assertSecretNotRead(result: Awaited<ReturnType<typeof scan>>, reason: RegExp): void {
  assert.ok(!result.keys.some((key) => key.fingerprint === secret.fingerprint), 'the key outside the tree was read');
  assert.deepEqual(
    result.skipped.map((item) => item.path),
    ['b/key'],
  );
  assert.match(result.skipped[0]!.reason, reason);
  assert.deepEqual(
    result.keys.map((key) => key.path),
    ['a.pub'],
  );
}

describe('a file swapped between discovery and read', () => {
  it('for a symlink to a private key outside the tree: not followed, skipped', async () => {
    const result = await scanWithSwap('link', (root) => {
      rmSync(join(root, 'b', 'key'));
      symlinkSync(secret.path, join(root, 'b', 'key'));
    });
    assertSecretNotRead(result, /replaced by a symlink/);
  });

  it('for another file renamed over it: a different inode, skipped', async () => {
    const result = await scanWithSwap('rename', (root) => {
      writeFileSync(join(root, 'b', 'other'), readFileSync(secret.path));
      renameSync(join(root, 'b', 'other'), join(root, 'b', 'key'));
    });
    assertSecretNotRead(result, /replaced by another file/);
  });

  it('through its directory swapped for a symlink to a directory outside: skipped', async () => {
    const result = await scanWithSwap('dir', (root) => {
      const decoy = join(work, 'decoy');
      mkdirSync(decoy, { recursive: true });
      writeFileSync(join(decoy, 'key'), readFileSync(secret.path));
      rmSync(join(root, 'b'), { recursive: true });
      symlinkSync(decoy, join(root, 'b'));
    });
    assertSecretNotRead(result, /replaced by another file/);
  });

  it('a file that is not swapped is read as usual', async () => {
    const result = await scanWithSwap('none', () => {});
    assert.deepEqual(result.skipped, []);
  });
});
