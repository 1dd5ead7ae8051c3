/**
 * GitLab Code Quality (--format codequality) from the bundled CLI, checked against the field set GitLab
 * documents for the report (docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format):
 * description (string), check_name (string), fingerprint (string, unique), severity (info, minor, major,
 * critical, blocker), location.path (relative, no ./), location.lines.begin (integer >= 1).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { CLI } from '../helpers/cli.js';
import { buildKeyTree, leakedSlices, shiftDown, suiteDirs, type KeyTree } from '../helpers/key-tree.js';

const GITLAB_SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];
// Written by hand: a committed private key blocks, other errors are critical, warnings major, notices minor.
const EXPECTED_SEVERITY: Record<string, string> = { error: 'critical', warning: 'major', notice: 'minor' };

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

function codequality(cwd: string, extra: string[] = []): { issues: Issue[]; text: string } {
  const run = spawnSync(process.execPath, [CLI, '--format', 'codequality', ...extra, '.'], { cwd, encoding: 'utf8' });
  assert.equal(run.status, 1, run.stderr);
  return { issues: JSON.parse(run.stdout) as Issue[], text: run.stdout };
}

describe('--format codequality (GitLab Code Quality)', () => {
  const tempDir = suiteDirs();
  let tree: KeyTree;
  let issues: Issue[];
  let text: string;

  before(() => {
    tree = buildKeyTree(tempDir('ska-cq-'));
    ({ issues, text } = codequality(tree.root));
  });

  it('is a JSON array of issues with exactly the fields GitLab reads, of the documented types', () => {
    assert.ok(Array.isArray(issues));
    for (const issue of issues) {
      assert.deepEqual(Object.keys(issue).sort(), ['check_name', 'description', 'fingerprint', 'location', 'severity']);
      assert.deepEqual(Object.keys(issue.location).sort(), ['lines', 'path']);
      assert.deepEqual(Object.keys(issue.location.lines), ['begin']);
      assert.equal(typeof issue.description, 'string');
      assert.ok(issue.description.length > 0);
      assert.equal(typeof issue.check_name, 'string');
      assert.ok(GITLAB_SEVERITIES.includes(issue.severity), issue.severity);
      assert.ok(Number.isInteger(issue.location.lines.begin) && issue.location.lines.begin >= 1);
      assert.doesNotMatch(issue.location.path, /^(\/|\.\/)/);
    }
  });

  it('has one issue per finding, at its path and line, with the severity its finding maps to', () => {
    assert.deepEqual(
      issues.map((issue) => [issue.check_name, issue.location.path, issue.location.lines.begin, issue.severity]),
      tree.expected.map((item) => [
        item.rule,
        item.path,
        item.line,
        item.rule === 'private-key' ? 'blocker' : EXPECTED_SEVERITY[item.severity],
      ]),
    );
  });

  it('gives every issue its own fingerprint, even the same key twice in one file', () => {
    const key = readFileSync(join(tree.root, 'deploy/a.pub'), 'utf8');
    writeFileSync(join(tree.root, 'deploy/twice.pub'), `${key}${key}`);
    const { issues: again } = codequality(tree.root);
    const twice = again.filter((issue) => issue.location.path === 'deploy/twice.pub');
    assert.ok(twice.length >= 2, JSON.stringify(twice));
    const prints = again.map((issue) => issue.fingerprint);
    assert.equal(new Set(prints).size, prints.length);
    for (const print of prints) assert.match(print, /^[0-9a-f]{32}(-\d+)?$/);
  });

  it('keeps fingerprints when lines move, so GitLab does not call a moved finding new', () => {
    const before = new Map(issues.map((issue) => [`${issue.check_name} ${issue.location.path}`, issue.fingerprint]));
    shiftDown(join(tree.root, 'keys/dsa.pub'));
    shiftDown(join(tree.root, 'keys/id_ed25519'));
    const { issues: moved } = codequality(tree.root);
    for (const path of ['keys/dsa.pub', 'keys/id_ed25519']) {
      const issue = moved.find((item) => item.location.path === path);
      assert.ok(issue);
      assert.equal(issue.location.lines.begin, 2);
      assert.equal(issue.fingerprint, before.get(`${issue.check_name} ${path}`));
    }
  });

  it('holds no private key material', () => {
    assert.deepEqual(leakedSlices(text, tree.privateBodies), []);
  });
});
