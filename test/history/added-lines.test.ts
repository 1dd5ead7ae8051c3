import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { UsageError } from '../../src/core/errors.js';
import { addedLinesInIndexSince, addedLinesSince, unquoteGitPath } from '../../src/history/added-lines.js';
import { writeTree } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { tempDir } from '../helpers/openssh.js';

const lines = (...numbers: number[]): Set<number> => new Set(numbers);
const range = (from: number, to: number): Set<number> => new Set(Array.from({ length: to - from + 1 }, (_, index) => from + index));
const ten = Array.from({ length: 10 }, (_, index) => `line ${index + 1}\n`).join('');

describe('addedLinesSince', () => {
  const repo = join(tempDir(), 'repo');
  let committed: Map<string, Set<number>>;
  let working: Map<string, Set<number>>;
  let staged: Map<string, Set<number>>;

  before(async () => {
    mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    writeTree(repo, {
      'edit.txt': ten,
      'gone.txt': 'deleted on the branch\n',
      'moved/from.txt': 'one\ntwo\nthree\n',
      '.gitignore': 'ignored.txt\n',
      'later-on-main.txt': 'a\n',
    });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'base');
    git(repo, 'checkout', '-qb', 'feature');
    // Replace line 3, insert two lines after line 7 (old numbering), append at the end without a final newline.
    const edited = ten.split('\n');
    edited[2] = 'line 3 changed';
    edited.splice(7, 0, 'new a', 'new b');
    writeFileSync(join(repo, 'edit.txt'), edited.join('\n').replace(/\n$/, '') + '\ntail without newline');
    rmSync(join(repo, 'gone.txt'));
    mkdirSync(join(repo, 'moved/to'), { recursive: true });
    renameSync(join(repo, 'moved/from.txt'), join(repo, 'moved/to/here.txt'));
    writeTree(repo, {
      'dir with space/tab\tand "quote".txt': 'x\ny\n',
      'naïve/ключ.pub': 'k\n',
      'binary.bin': Buffer.concat([Buffer.from('head\n\0\n'), Buffer.from('diff --git a/x b/x\n+++ b/fake\n@@ -1 +1 @@\n')]),
      'empty.txt': '',
    });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'feature work');
    // main moves on after the branch point: its changes are not the branch's.
    git(repo, 'checkout', '-q', 'main');
    writeTree(repo, { 'later-on-main.txt': 'a\nb\nc\n' });
    git(repo, 'commit', '-qam', 'main moves on');
    git(repo, 'checkout', '-q', 'feature');
    committed = await addedLinesSince(repo, 'main');
    // Uncommitted work: a staged new file, an unstaged edit, an untracked file, an ignored one.
    writeTree(repo, { 'staged.txt': 's1\ns2\n' });
    git(repo, 'add', 'staged.txt');
    writeFileSync(join(repo, 'edit.txt'), 'unstaged first line\n' + ten);
    writeTree(repo, { 'untracked/new.txt': 'u1\nu2\nu3', 'ignored.txt': 'i\n' });
    working = await addedLinesSince(join(repo, 'moved'), 'main');
    staged = await addedLinesInIndexSince(repo, 'main');
  });

  it('numbers the added lines of an edited file in the new file', () => {
    assert.deepEqual(committed.get('edit.txt'), lines(3, 8, 9, 13));
  });

  it('counts a moved file as wholly added and a deleted file not at all', () => {
    assert.deepEqual(committed.get('moved/to/here.txt'), range(1, 3));
    assert.equal(committed.has('gone.txt'), false);
    assert.equal(committed.has('moved/from.txt'), false);
  });

  it('gives paths with spaces, tabs, quotes and non-ASCII letters as they are', () => {
    assert.deepEqual(committed.get('dir with space/tab\tand "quote".txt'), range(1, 2));
    assert.deepEqual(committed.get('naïve/ключ.pub'), lines(1));
  });

  it('reads a binary file line by line and never takes its content for a diff header', () => {
    assert.deepEqual(committed.get('binary.bin'), range(1, 5));
    assert.equal(committed.has('fake'), false);
    assert.equal(committed.has('x'), false);
  });

  it('ignores what the base branch did after the branch point, and files with no lines', () => {
    assert.equal(committed.has('later-on-main.txt'), false);
    assert.equal(committed.get('empty.txt')?.size ?? 0, 0);
    assert.deepEqual(
      [...committed.keys()].sort(),
      ['binary.bin', 'dir with space/tab\tand "quote".txt', 'edit.txt', 'moved/to/here.txt', 'naïve/ключ.pub'].sort(),
    );
  });

  it('against the working tree: includes staged, unstaged and untracked lines, not ignored files, from any subdirectory', () => {
    assert.deepEqual(working.get('edit.txt'), lines(1));
    assert.deepEqual(working.get('staged.txt'), range(1, 2));
    assert.deepEqual(working.get('untracked/new.txt'), range(1, 3));
    assert.equal(working.has('ignored.txt'), false);
  });

  it('against the index: staged lines only', () => {
    assert.deepEqual(staged.get('staged.txt'), range(1, 2));
    assert.deepEqual(staged.get('edit.txt'), lines(3, 8, 9, 13));
    assert.equal(staged.has('untracked/new.txt'), false);
  });

  it('answers an unknown ref with a usage error that names it', async () => {
    await assert.rejects(addedLinesSince(repo, 'no-such-branch'), (error: Error) => {
      assert.ok(error instanceof UsageError);
      assert.match(error.message, /no-such-branch/);
      return true;
    });
  });

  it('answers unrelated histories with a usage error about the merge base', async () => {
    git(repo, 'checkout', '-q', '--orphan', 'island');
    git(repo, 'commit', '-qm', 'island', '--allow-empty');
    await assert.rejects(addedLinesSince(repo, 'main'), /no merge base/);
    git(repo, 'checkout', '-qf', 'feature');
  });
});

describe('unquoteGitPath', () => {
  it('decodes C escapes and octal UTF-8 bytes, and leaves unquoted names alone', () => {
    assert.equal(unquoteGitPath('"a\\tb\\\\c\\"d"'), 'a\tb\\c"d');
    assert.equal(unquoteGitPath('"na\\303\\257ve"'), 'naïve');
    assert.equal(unquoteGitPath('plain name'), 'plain name');
  });
});
