import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { stagedTree } from '../../src/history/staged-source.js';
import { writeTree } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { tempDir } from '../helpers/openssh.js';

describe('stagedTree', () => {
  const dir = tempDir();
  const repo = join(dir, 'repo');
  mkdirSync(repo);
  git(repo, 'init', '-q', '-b', 'main');
  writeTree(repo, { 'kept.txt': 'committed\n', 'sub/old.txt': 'old\n' });
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'start');
  writeTree(repo, { 'sub/new.txt': 'staged version\n', 'kept.txt': 'committed\nstaged line\n' });
  git(repo, 'add', '.');
  writeFileSync(join(repo, 'sub/new.txt'), 'working version\n');
  rmSync(join(repo, 'kept.txt'));
  writeTree(repo, { 'untracked.txt': 'not staged\n' });

  it("mirrors the staged version of what the next commit changes, and nothing else, with the file's own bytes", async () => {
    const tree = await stagedTree({ cwd: repo, only: null, paths: [], maxFileSize: 1 << 20 });
    try {
      assert.deepEqual(tree.files, ['kept.txt', 'sub/new.txt']);
      assert.equal(readFileSync(join(tree.root, 'sub/new.txt'), 'utf8'), 'staged version\n');
      assert.equal(readFileSync(join(tree.root, 'kept.txt'), 'utf8'), 'committed\nstaged line\n');
      assert.equal(existsSync(join(tree.root, 'untracked.txt')), false);
    } finally {
      tree.remove();
    }
    assert.equal(existsSync(tree.root), false);
  });

  it('from a working directory reached through a symlink, from a subdirectory, and limited to paths', async () => {
    const link = join(dir, 'link');
    symlinkSync(repo, link);
    const linked = await stagedTree({ cwd: link, only: null, paths: [], maxFileSize: 1 << 20 });
    linked.remove();
    assert.deepEqual(linked.files, ['kept.txt', 'sub/new.txt']);
    const sub = await stagedTree({ cwd: join(repo, 'sub'), only: null, paths: [], maxFileSize: 1 << 20 });
    sub.remove();
    assert.deepEqual(sub.files, ['new.txt']);
    const limited = await stagedTree({ cwd: repo, only: null, paths: ['sub'], maxFileSize: 1 << 20 });
    limited.remove();
    assert.deepEqual(limited.files, ['sub/new.txt']);
  });

  it('takes exactly the named index entries with `only`, and lists blobs over the size limit as skipped', async () => {
    const only = await stagedTree({ cwd: repo, only: new Set(['sub/old.txt']), paths: [], maxFileSize: 1 << 20 });
    only.remove();
    assert.deepEqual(only.files, ['sub/old.txt']);
    const small = await stagedTree({ cwd: repo, only: null, paths: [], maxFileSize: 16 });
    small.remove();
    assert.deepEqual(small.files, ['sub/new.txt']);
    assert.deepEqual(small.skipped, [{ path: 'kept.txt', reason: 'larger than the --max-file-size limit (22 bytes)' }]);
  });
});
