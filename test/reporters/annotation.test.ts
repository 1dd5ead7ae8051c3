import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotationSpecs, selectPerLevel } from '../../src/reporters/annotation-reporter.js';
import { finding } from './reporter-fixtures.js';

describe('annotation specs', () => {
  it('puts secrets and deploy keys in the message, not in a file property', () => {
    const specs = annotationSpecs(
      [finding('weak-rsa-key', 'error', 'secret:DEPLOY', 1, 'Weak.'), finding('dsa-key', 'error', 'keys/a.pub', 3, 'DSA.')],
      (path) => !path.startsWith('secret:'),
    );
    assert.deepEqual(specs, [
      { severity: 'error', path: 'keys/a.pub', line: 3, title: 'dsa-key', message: 'DSA.' },
      { severity: 'error', path: null, line: 1, title: 'weak-rsa-key', message: 'secret:DEPLOY: Weak.' },
    ]);
  });

  it('gives a committed private key a place ahead of config warnings and other errors, whatever the paths', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, index) => finding('weak-rsa-key', 'error', `aaa/${index}.pub`, 1, 'Weak.')),
      ...Array.from({ length: 12 }, (_, index) => finding('root-login', 'warning', `aaa/sshd_config${index}`, 2, 'Root.')),
      finding('compromised-key', 'error', 'yyy/known.pub', 1, 'Known.'),
      finding('private-key', 'error', 'zzz/id_rsa', 1, 'Committed.'),
    ];
    const selection = selectPerLevel(annotationSpecs(findings, () => true));
    assert.deepEqual(
      selection.shown.filter((spec) => spec.severity === 'error').map((spec) => `${spec.path} ${spec.title}`),
      [
        'zzz/id_rsa private-key',
        'yyy/known.pub compromised-key',
        'aaa/0.pub weak-rsa-key',
        'aaa/1.pub weak-rsa-key',
        'aaa/10.pub weak-rsa-key',
        'aaa/11.pub weak-rsa-key',
        'aaa/2.pub weak-rsa-key',
        'aaa/3.pub weak-rsa-key',
        'aaa/4.pub weak-rsa-key',
        'aaa/5.pub weak-rsa-key',
      ],
    );
    assert.equal(selection.shown.filter((spec) => spec.severity === 'warning').length, 10);
    assert.equal(selection.hidden, 6);
    assert.deepEqual(selection.hiddenBySeverity, { error: 4, warning: 2, notice: 0 });
  });

  it("keeps one notice place for the step's own notice when anything is left out", () => {
    const notices = Array.from({ length: 11 }, (_, index) => finding('duplicate-key', 'notice', `k${index}`, 1, 'Dup.'));
    const selection = selectPerLevel(annotationSpecs(notices, () => true));
    assert.equal(selection.shown.length, 9);
    assert.deepEqual(selection.hiddenBySeverity, { error: 0, warning: 0, notice: 2 });
    assert.equal(selectPerLevel(annotationSpecs(notices.slice(0, 10), () => true)).hidden, 0);
  });
});
