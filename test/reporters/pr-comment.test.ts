import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commentMarker, renderComment } from '../../src/reporters/pr-comment-reporter.js';
import { DOCS, finding, key, LINKS, mixed, result, SHA } from './reporter-fixtures.js';

const MARKER = '<!-- ssh-key-audit-comment ssh-key-audit -->';
const RUN = 'https://github.example/acme/infra/actions/runs/7';
const blob = `https://github.example/acme/infra/blob/${SHA}`;

describe('pull request comment', () => {
  it('keeps one marker per category, and never lets a category end the HTML comment', () => {
    assert.equal(commentMarker('ssh-key-audit'), MARKER);
    const odd = commentMarker('a-->b');
    assert.equal(odd, '<!-- ssh-key-audit-comment a--b -->');
    assert.equal(odd.indexOf('-->'), odd.length - 3);
  });

  it('starts with the verdict, lists what the pull request adds, and folds notices and the keys it adds', () => {
    const scan = mixed();
    const added = [key('zzz/id_ed25519', 1, 'ssh-ed25519', 256, 'SHA256:zzz')];
    const body = renderComment(scan, {
      marker: MARKER,
      scope: { number: 12, filter: 'added', hidden: 3 },
      isFile: () => true,
      runUrl: RUN,
      verdict: { failOn: 'warning', failing: scan.findings.filter((item) => item.severity !== 'notice') },
      links: LINKS,
      keys: added,
    });
    const lines = body.split('\n');
    assert.deepEqual(lines.slice(0, 6), [
      MARKER,
      '### ❌ ssh-key-audit failed: 1 × Private key committed, 1 × DSA key, 1 × sshd lets root log in',
      '',
      '6 findings on the lines this pull request adds.',
      '',
      '| Where | Findings |',
    ]);
    const rows = lines.filter((line) => line.startsWith('| ['));
    assert.deepEqual(
      rows.map((row) => /^\| \[`([^`]+)`\]\(([^)]+)\)/.exec(row)!.slice(1).join(' ')),
      [
        `zzz/id_ed25519:1 ${blob}/zzz/id_ed25519#L1`,
        `keys/dsa.pub:1 ${blob}/keys/dsa.pub#L1`,
        `etc/sshd_config:4 ${blob}/etc/sshd_config#L4`,
        `aaa/authorized_keys:1 ${blob}/aaa/authorized_keys#L1`,
        `aaa/authorized_keys:2 ${blob}/aaa/authorized_keys#L2`,
        // The keys the pull request adds, in their own folded table.
        `zzz/id_ed25519:1 ${blob}/zzz/id_ed25519#L1`,
      ],
    );
    assert.ok(
      rows[1]!.endsWith(
        `**error** [dsa-key](${DOCS}#dsa-key): DSA keys no longer work with OpenSSH 10.<br>**notice** [duplicate-key](${DOCS}#duplicate-key): The same key is also at aaa/authorized\\_keys:1. |`,
      ),
    );
    const notices = lines.indexOf('<summary>Notices (2)</summary>');
    const keys = lines.indexOf('<summary>Keys this pull request adds or changes (1)</summary>');
    assert.ok(lines[notices - 1] === '<details>' && lines[keys - 1] === '<details>' && keys > notices, body);
    assert.ok(lines.includes('3 findings elsewhere in the repository are not about this pull request.'));
    assert.equal(lines.at(-2), `[Workflow run](${RUN})`);
  });

  it('says the pull request passed when it adds nothing to fix', () => {
    const body = renderComment(result([], [], 3), {
      marker: MARKER,
      scope: { number: 12, filter: 'file', hidden: 0 },
      isFile: () => true,
      runUrl: null,
      verdict: { failOn: 'error', failing: [] },
      keys: [],
    });
    assert.equal(body, `${MARKER}\n### ✅ ssh-key-audit passed: no findings\n\nNo findings in the files this pull request changes.\n`);
  });

  it('stays within a comment body (65536 characters) and counts the rows it leaves out by severity', () => {
    const many = Array.from({ length: 3000 }, (_, index) =>
      finding('weak-rsa-key', 'error', `${'deep/'.repeat(30)}${index}.pub`, 1, 'This 1024-bit RSA key is below the 2048-bit minimum.'),
    );
    const scan = result(many, [], 3000);
    const body = renderComment(scan, {
      marker: MARKER,
      scope: null,
      isFile: () => true,
      runUrl: RUN,
      verdict: { failOn: 'error', failing: many },
      maxRows: 5000,
    });
    assert.ok(body.length <= 65_536, String(body.length));
    const listed = body.split('\n').filter((line) => line.startsWith('| `deep/')).length;
    assert.ok(listed > 100, String(listed));
    assert.ok(body.includes(`…and ${3000 - listed} more errors in the [job summary](${RUN}).`), body.slice(-300));
  });
});
