import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding, KeyRecord, ScanResult } from '../../src/core/types.js';
import {
  renderClosingComment,
  renderTrackingIssue,
  trackingContent,
  trackingIssueMarker,
} from '../../src/reporters/tracking-issue-reporter.js';

const DOCS = 'https://github.com/ssh-key-audit/ssh-key-audit/blob/main/docs/rules.md';
const MARKER = '<!-- ssh-key-audit-tracking-issue ssh-key-audit -->';
const RUN = 'https://github.test/acme/app/actions/runs/42';
const ABOUT =
  'A scheduled ssh-key-audit run keeps this issue up to date: it rewrites this text when the result changes (edits made here are lost), closes the issue when the audit is clean and reopens it when a finding comes back.';
const isFile = (path: string): boolean => !path.startsWith('secret:');

function key(path: string, type: string, bits: number, fingerprint: string | null, commit?: string): KeyRecord {
  return { path, line: 1, source: 'public-key', type, bits, fingerprint, comment: null, ...(commit ? { commit } : {}) };
}

function finding(
  rule: Finding['rule'],
  severity: Finding['severity'],
  path: string,
  line: number,
  message: string,
  commit?: string,
): Finding {
  return { rule, severity, path, line, message, fingerprint: null, ...(commit ? { commit } : {}) };
}

function result(findings: Finding[], keys: KeyRecord[], files: number, extra: Partial<ScanResult> = {}): ScanResult {
  const count = (severity: Finding['severity']): number => findings.filter((item) => item.severity === severity).length;
  return {
    tool: { name: 'ssh-key-audit', version: '0.1.0' },
    root: '/repo',
    keys,
    findings,
    suppressed: [],
    skipped: [],
    summary: {
      files,
      keys: keys.length,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      skipped: 0,
      suppressed: 0,
    },
    ...extra,
  };
}

const COMMIT = '0123456789abcdef0123456789abcdef01234567';

describe('renderTrackingIssue', () => {
  it('lists findings errors first, the inventory with fingerprints, history commits and the run link', () => {
    const report = result(
      [
        finding('duplicate-key', 'notice', 'a.pub', 1, 'Also at b.pub:1.'),
        finding('legacy-rsa-key', 'warning', 'b.pub', 1, 'Uses ssh-rsa | SHA-1.'),
        finding('private-key', 'error', 'deploy/id_ed25519', 1, 'A private key.', COMMIT),
        finding('weak-rsa-key', 'error', 'secret:DEPLOY', 1, 'Too small.'),
      ],
      [
        key('a.pub', 'ssh-ed25519', 256, 'SHA256:aaa'),
        key('b.pub', 'ssh-rsa', 2048, 'SHA256:bbb'),
        key('deploy/id_ed25519', 'ssh-ed25519', 256, 'SHA256:ccc', COMMIT),
        key('secret:DEPLOY', 'ssh-rsa', 1024, null),
      ],
      2,
      { history: { blobs: 4, scanned: 3, shallow: true, warning: 'history is incomplete: use fetch-depth: 0' } },
    );
    assert.equal(
      renderTrackingIssue(report, { marker: MARKER, isFile, runUrl: RUN }),
      [
        MARKER,
        '### ssh-key-audit: 2 errors, 1 warning, 1 notice',
        '',
        '4 keys in 2 files: 2 errors, 1 warning, 1 notice.',
        '',
        ABOUT,
        '',
        '#### Findings',
        '',
        '| Severity | Rule | Location | Message |',
        '| --- | --- | --- | --- |',
        `| error | [private-key](${DOCS}#private-key) | \`deploy/id_ed25519:1\` (history, 0123456789ab) | A private key. |`,
        `| error | [weak-rsa-key](${DOCS}#weak-rsa-key) | \`secret:DEPLOY\` | Too small. |`,
        `| warning | [legacy-rsa-key](${DOCS}#legacy-rsa-key) | \`b.pub:1\` | Uses ssh-rsa \\| SHA-1. |`,
        `| notice | [duplicate-key](${DOCS}#duplicate-key) | \`a.pub:1\` | Also at b.pub:1. |`,
        '',
        '#### Keys (3, and 1 only in git history)',
        '',
        '| Type | Bits | Keys |',
        '| --- | ---: | ---: |',
        '| ssh-ed25519 | 256 | 1 |',
        '| ssh-rsa | 1024 | 1 |',
        '| ssh-rsa | 2048 | 1 |',
        '',
        '| Location | Type | Bits | Fingerprint |',
        '| --- | --- | ---: | --- |',
        '| `a.pub:1` | ssh-ed25519 | 256 | `SHA256:aaa` |',
        '| `b.pub:1` | ssh-rsa | 2048 | `SHA256:bbb` |',
        '| `secret:DEPLOY` | ssh-rsa | 1024 | — |',
        '| `deploy/id_ed25519:1` (history, 0123456789ab) | ssh-ed25519 | 256 | `SHA256:ccc` |',
        '',
        'Git history: read 3 of the 4 blobs of history that are not in the current tree. **Warning:** history is incomplete: use fetch-depth: 0.',
        '',
        `<sub>Last changed by [this workflow run](${RUN}).</sub>`,
        '',
      ].join('\n'),
    );
  });

  it('says all clear when there is nothing to fix, and the closing comment says why', () => {
    const report = result([], [key('a.pub', 'ssh-ed25519', 256, 'SHA256:aaa')], 1);
    const body = renderTrackingIssue(report, { marker: MARKER, isFile, runUrl: null });
    assert.ok(
      body.startsWith(`${MARKER}\n### ssh-key-audit: all clear\n\nNo findings: 1 key in 1 file: 0 errors, 0 warnings, 0 notices.\n`),
    );
    assert.ok(!body.includes('#### Findings'));
    assert.ok(!body.includes('<sub>'));
    assert.equal(
      renderClosingComment(report, RUN),
      `All clear: 1 key in 1 file: 0 errors, 0 warnings, 0 notices. Closing this issue; ssh-key-audit reopens it when a finding comes back.\n\n[Workflow run](${RUN})`,
    );
  });

  it('stays under the 65536-character body limit on a huge result, and says how many rows are left out', () => {
    const keys = Array.from({ length: 5000 }, (_, index) =>
      key(`${'very/deep/'.repeat(10)}keys/${index}.pub`, 'ssh-rsa', 1024 + (index % 50), `SHA256:${String(index).padStart(43, 'x')}`),
    );
    const findings = keys.map((item) =>
      finding('weak-rsa-key', 'error', item.path, 1, `This ${item.bits}-bit RSA key is below the minimum.`),
    );
    const body = renderTrackingIssue(result(findings, keys, 5000), { marker: MARKER, isFile, runUrl: RUN });
    // GitHub's documented limit (422 "body is too long (maximum is 65536 characters)"), written out rather than
    // imported, so a change of the constant cannot move the test with it.
    assert.ok(body.length <= 65_536, String(body.length));
    const listedFindings = body.split('\n').filter((line) => line.startsWith('| error |')).length;
    assert.ok(listedFindings > 50 && listedFindings <= 200, String(listedFindings));
    assert.ok(body.includes(`…and ${5000 - listedFindings} more findings: every finding is in the JSON report and the SARIF of the run.`));
    const listedKeys = body.split('\n').filter((line) => /^\| `very/.test(line)).length;
    assert.ok(listedKeys > 50, String(listedKeys));
    assert.ok(body.includes(`…and ${5000 - listedKeys} more keys: every key is in the JSON report of the run.`));
    assert.ok(body.includes('| …and 20 more types and sizes | | |'));
    assert.ok(body.endsWith(`<sub>Last changed by [this workflow run](${RUN}).</sub>\n`));
  });
});

describe('trackingContent and the marker', () => {
  it('compares bodies without the run link and whatever line endings GitHub stored', () => {
    const report = result([finding('dsa-key', 'error', 'a.pub', 1, 'DSA.')], [key('a.pub', 'ssh-dss', 1024, 'SHA256:d')], 1);
    const first = renderTrackingIssue(report, { marker: MARKER, isFile, runUrl: `${RUN}1` });
    const second = renderTrackingIssue(report, { marker: MARKER, isFile, runUrl: `${RUN}2` });
    assert.notEqual(first, second);
    assert.equal(trackingContent(first.replace(/\n/g, '\r\n')), trackingContent(second));
    const changed = renderTrackingIssue(result([], report.keys, 1), { marker: MARKER, isFile, runUrl: `${RUN}1` });
    assert.notEqual(trackingContent(changed), trackingContent(first));
  });

  it('keeps a category from closing the HTML comment early', () => {
    assert.equal(trackingIssueMarker('ssh-key-audit'), MARKER);
    assert.equal(trackingIssueMarker('a--b>c'), '<!-- ssh-key-audit-tracking-issue a-b-c -->');
  });
});
