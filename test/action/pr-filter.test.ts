import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { addedLines, filterFindings, type Changes } from '../../src/action/pr-filter.js';
import type { Finding } from '../../src/core/types.js';

describe('addedLines: the new-side numbers of the + lines of a unified diff', () => {
  for (const [name, patch, expected] of [
    ['a new file', '@@ -0,0 +1,3 @@\n+a\n+b\n+c', [1, 2, 3]],
    ['a line added after context', '@@ -1,2 +1,3 @@\n one\n two\n+three', [3]],
    ['a replacement', '@@ -4,3 +4,3 @@\n keep\n-old\n+new\n keep', [5]],
    ['two hunks', '@@ -1,2 +1,2 @@\n-a\n+A\n b\n@@ -10,2 +10,3 @@\n j\n+k\n l', [1, 11]],
    ['a hunk header with one-line ranges and a section name', '@@ -7 +7 @@ function f() {\n-x\n+y', [7]],
    ['no newline at end of file', '@@ -1 +1,2 @@\n a\n\\ No newline at end of file\n+b', [2]],
    ['a deletion only', '@@ -3,2 +2,0 @@\n-gone\n-gone', []],
    ['a + line before any hunk is not a line', '+++ b/file\n@@ -0,0 +1 @@\n+x', [1]],
  ] as const) {
    it(name, () => assert.deepEqual([...addedLines(patch)], expected));
  }
});

describe('filterFindings', () => {
  const root = mkdtempSync(join(tmpdir(), 'ska-pr-filter-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(
    join(root, 'id_key'),
    ['-----BEGIN OPENSSH PRIVATE KEY-----', 'AAAA', 'BBBB', 'CCCC', '-----END OPENSSH PRIVATE KEY-----', 'after', ''].join('\n'),
  );
  writeFileSync(
    join(root, 'inline.json'),
    '{"key": "-----BEGIN OPENSSH PRIVATE KEY-----\\nAAAA\\n-----END OPENSSH PRIVATE KEY-----"}\nnext\n',
  );
  const finding = (path: string, line: number): Finding => ({
    rule: 'private-key',
    severity: 'error',
    path,
    line,
    message: 'm',
    fingerprint: null,
  });
  const keep = (findings: Finding[], changes: Changes, mode: 'added' | 'file' | 'all' = 'added') =>
    filterFindings(findings, changes, mode, root, (path) => !path.startsWith('secret:')).map((item) => `${item.path}:${item.line}`);

  it('keeps a key block whose body lines the pull request replaced, not one it left alone', () => {
    assert.deepEqual(keep([finding('id_key', 1)], new Map([['id_key', new Set([3])]])), ['id_key:1']);
    assert.deepEqual(keep([finding('id_key', 1)], new Map([['id_key', new Set([6])]])), []);
  });

  it('reads a one-line block as one line', () => {
    assert.deepEqual(keep([finding('inline.json', 1)], new Map([['inline.json', new Set([2])]])), []);
  });

  it('keeps findings of a file GitHub sent no patch for, and never filters secrets', () => {
    assert.deepEqual(keep([finding('id_key', 1), finding('secret:KEY', 1), finding('other', 1)], new Map([['id_key', null]])), [
      'id_key:1',
      'secret:KEY:1',
    ]);
  });

  it('file keeps any line of a changed file; all keeps everything', () => {
    const findings = [finding('id_key', 1), finding('other', 2)];
    assert.deepEqual(keep(findings, new Map([['id_key', new Set()]]), 'file'), ['id_key:1']);
    assert.deepEqual(keep(findings, new Map(), 'all'), ['id_key:1', 'other:2']);
  });
});
