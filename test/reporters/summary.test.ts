import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderSummary } from '../../src/reporters/summary-reporter.js';
import { DOCS, finding, key, LINKS, mixed, result, SHA } from './reporter-fixtures.js';

const failing = (scan: ReturnType<typeof mixed>) => ({
  failOn: 'error' as const,
  failing: scan.findings.filter((item) => item.severity === 'error'),
});
const blob = `https://github.example/acme/infra/blob/${SHA}`;

describe('job summary', () => {
  it('says why the step failed, lists errors then warnings one row per place with links, and folds notices and keys', () => {
    const scan = mixed();
    const text = renderSummary(scan, { verdict: failing(scan), links: LINKS });
    assert.equal(
      text,
      [
        '## ❌ ssh-key-audit failed: 1 × Private key committed, 1 × DSA key',
        '',
        '4 keys in 4 files: 2 errors, 1 warning, 3 notices.',
        '',
        '### Errors and warnings (3 places)',
        '',
        '| Where | Findings |',
        '| --- | --- |',
        `| [\`zzz/id_ed25519:1\`](${blob}/zzz/id_ed25519#L1)<br>\`ssh-ed25519\` 256-bit<br><sub>\`SHA256:zzz\`</sub> | **error** [private-key](${DOCS}#private-key): A private key is committed here. |`,
        `| [\`keys/dsa.pub:1\`](${blob}/keys/dsa.pub#L1)<br>\`ssh-dss\` 1024-bit<br><sub>\`SHA256:ddd\`</sub> | **error** [dsa-key](${DOCS}#dsa-key): DSA keys no longer work with OpenSSH 10.<br>**notice** [duplicate-key](${DOCS}#duplicate-key): The same key is also at aaa/authorized\\_keys:1. |`,
        `| [\`etc/sshd_config:4\`](${blob}/etc/sshd_config#L4) | **warning** [root-login](${DOCS}#root-login): PermitRootLogin yes lets root log in. |`,
        '',
        '<details>',
        '<summary>Notices (2)</summary>',
        '',
        '| Where | Findings |',
        '| --- | --- |',
        `| [\`aaa/authorized_keys:1\`](${blob}/aaa/authorized_keys#L1)<br>\`ssh-ed25519\` 256-bit<br><sub>\`SHA256:aaa\`</sub> | **notice** [duplicate-key](${DOCS}#duplicate-key): The same key is also at keys/dsa.pub:1. |`,
        `| [\`aaa/authorized_keys:2\`](${blob}/aaa/authorized_keys#L2)<br>\`ssh-ed25519\` 256-bit<br><sub>\`SHA256:aaa\`</sub> | **notice** [duplicate-key](${DOCS}#duplicate-key): The same key is also at aaa/authorized\\_keys:1. |`,
        '',
        '</details>',
        '',
        '<details>',
        '<summary>Key inventory: 4 keys</summary>',
        '',
        '| Type | Bits | Keys |',
        '| --- | ---: | ---: |',
        '| ssh-ed25519 | 256 | 3 |',
        '| ssh-dss | 1024 | 1 |',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('keeps the private key when a long list is cut, and counts what is left out by severity', () => {
    const notices = Array.from({ length: 110 }, (_, index) =>
      finding('duplicate-key', 'notice', `aaa/${String(index).padStart(3, '0')}.pub`, 1, 'Duplicate.'),
    );
    const warnings = Array.from({ length: 3 }, (_, index) => finding('legacy-rsa-key', 'warning', `bbb/${index}.pub`, 1, 'Legacy.'));
    const scan = result([...notices, ...warnings, finding('private-key', 'error', 'zzz/id_rsa', 1, 'Committed.')], [], 114);
    const text = renderSummary(scan, { verdict: failing(scan), maxRows: 2 });
    const lines = text.split('\n');
    assert.equal(lines[0], '## ❌ ssh-key-audit failed: 1 × Private key committed');
    const rows = lines.filter((line) => line.startsWith('| `'));
    assert.deepEqual(
      rows.map((row) => row.split(' | ')[0]!.split('<br>')[0]),
      ['| `zzz/id_rsa:1`', '| `bbb/0.pub:1`', '| `aaa/000.pub:1`', '| `aaa/001.pub:1`'],
    );
    assert.ok(lines.includes('…and 2 more warnings: every finding is in the JSON report and the SARIF.'), text);
    assert.ok(lines.includes('…and 108 more notices: every finding is in the JSON report and the SARIF.'), text);
  });

  it('passes with findings below fail-on, says so, and names where pull request changes came from', () => {
    const scan = result([finding('legacy-rsa-key', 'warning', 'k.pub', 1, 'Legacy.')], [key('k.pub', 1, 'ssh-rsa', 3072, null)], 1);
    const text = renderSummary(scan, {
      verdict: { failOn: 'error', failing: [] },
      pullRequest: { number: 4, filter: 'added', hidden: 2, source: 'git diff HEAD^1 HEAD' },
    });
    const lines = text.split('\n');
    assert.equal(lines[0], '## ✅ ssh-key-audit passed: nothing at or above fail-on error (1 warning to look at)');
    assert.equal(
      lines[4],
      '> Pull request #4: findings on lines this pull request adds (the changes come from git diff HEAD^1 HEAD in the checkout: the GitHub API could not list them). 2 findings elsewhere in the repository are left out here (`pr-filter: added`); the SARIF report has every finding.',
    );
    // Without links (no GITHUB_SERVER_URL), places are code, not links.
    assert.ok(text.includes('| `k.pub:1`<br>`ssh-rsa` 3072-bit | **warning** [legacy-rsa-key]('), text);
  });

  it('says plainly when the pull request filter could not be applied', () => {
    const scan = mixed();
    const text = renderSummary(scan, { verdict: failing(scan), filterProblem: 'cannot list the files (HTTP 502); git fetch failed' });
    assert.equal(
      text.split('\n')[4],
      '> **The pull request filter could not be applied** (cannot list the files (HTTP 502); git fetch failed), so every finding in the repository is reported and counts for the result, including findings that were there before this pull request.',
    );
  });

  it('names history findings by their commit and secrets without a line', () => {
    const history = { ...finding('private-key', 'error', 'old/id_rsa', 1, 'Committed.'), commit: 'f'.repeat(40) };
    const secret = finding('weak-rsa-key', 'error', 'secret:DEPLOY', 1, 'Weak.');
    const scan = result([history, secret], [], 0);
    const text = renderSummary(scan, { verdict: failing(scan), links: LINKS, isFile: (path) => !path.startsWith('secret:') });
    assert.ok(
      text.includes(
        `| [\`old/id_rsa:1\`](https://github.example/acme/infra/blob/${'f'.repeat(40)}/old/id_rsa#L1) (history, ffffffffffff) |`,
      ),
      text,
    );
    assert.ok(text.includes('| `secret:DEPLOY` | **error** [weak-rsa-key]('), text);
  });
});
