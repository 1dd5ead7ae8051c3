import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding, KeyRecord, ScanResult } from '../../src/core/types.js';
import { renderMarkdown } from '../../src/reporters/markdown-reporter.js';

const DOCS = 'https://github.com/ssh-key-audit/ssh-key-audit/blob/main/docs/rules.md';

function key(path: string, type: string, bits: number | null): KeyRecord {
  return { path, line: 1, source: 'public-key', type, bits, fingerprint: null, comment: null };
}

function finding(rule: Finding['rule'], severity: Finding['severity'], path: string, line: number, message: string): Finding {
  return { rule, severity, path, line, message, fingerprint: null };
}

function result(findings: Finding[], keys: KeyRecord[], files: number, skipped: ScanResult['skipped'] = []): ScanResult {
  const count = (severity: Finding['severity']): number => findings.filter((item) => item.severity === severity).length;
  return {
    tool: { name: 'ssh-key-audit', version: '0.1.0' },
    root: '/repo',
    keys,
    findings,
    suppressed: [],
    skipped,
    summary: {
      files,
      keys: keys.length,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      skipped: skipped.length,
      suppressed: 0,
    },
  };
}

/** The cells of a GFM table row: split at pipes that are not escaped with a backslash. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

describe('renderMarkdown', () => {
  it('writes counts, findings, keys and skipped files as tables', () => {
    const report = result(
      [
        finding('weak-rsa-key', 'error', 'deploy/ci.pub', 1, 'This 1024-bit key | is too small.'),
        finding('duplicate-key', 'notice', 'keys/a.pub', 3, 'Also at keys/b.pub:1.'),
      ],
      [key('deploy/ci.pub', 'ssh-rsa', 1024), key('keys/a.pub', 'ssh-ed25519', 256), key('keys/b.pub', 'ssh-ed25519', 256)],
      4,
      [{ path: 'photo.jpg', reason: 'binary file (NUL byte at offset 3), not scanned' }],
    );
    assert.equal(
      renderMarkdown(report),
      [
        '## ssh-key-audit',
        '',
        '| Errors | Warnings | Notices | Keys | Files | Skipped |',
        '| ---: | ---: | ---: | ---: | ---: | ---: |',
        '| 1 | 0 | 1 | 3 | 4 | 1 |',
        '',
        '### Findings',
        '',
        '| Severity | Rule | Location | Message |',
        '| --- | --- | --- | --- |',
        `| error | [weak-rsa-key](${DOCS}#weak-rsa-key) | \`deploy/ci.pub:1\` | This 1024-bit key \\| is too small. |`,
        `| notice | [duplicate-key](${DOCS}#duplicate-key) | \`keys/a.pub:3\` | Also at keys/b.pub:1. |`,
        '',
        '### Keys',
        '',
        '| Type | Bits | Count |',
        '| --- | ---: | ---: |',
        '| ssh-ed25519 | 256 | 2 |',
        '| ssh-rsa | 1024 | 1 |',
        '',
        '### Skipped',
        '',
        '| File | Reason |',
        '| --- | --- |',
        '| photo.jpg | binary file (NUL byte at offset 3), not scanned |',
        '',
        '3 keys in 4 files: 1 error, 0 warnings, 1 notice, 1 skipped.',
        '',
      ].join('\n'),
    );
  });

  it('keeps every row at four cells whatever the path or message holds', () => {
    const report = result(
      [
        finding('invalid-key', 'warning', 'keys/a|b.pub', 2, 'first line\nsecond | line'),
        finding('private-key', 'error', 'x`y.pem', 1, 'A *private* key_with [link](http://x) and <b>html</b>.'),
      ],
      [],
      2,
    );
    const rows = renderMarkdown(report)
      .split('\n')
      .filter((line) => line.startsWith('| warning') || line.startsWith('| error'));
    assert.deepEqual(
      rows.map((row) => cells(row)),
      [
        ['warning', `[invalid-key](${DOCS}#invalid-key)`, '`keys/a\\|b.pub:2`', 'first line second \\| line'],
        [
          'error',
          `[private-key](${DOCS}#private-key)`,
          "`x'y.pem:1`",
          'A \\*private\\* key\\_with \\[link\\](http://x) and \\<b\\>html\\</b\\>.',
        ],
      ],
    );
  });

  it('lists at most maxFindings findings and counts the rest', () => {
    const findings = [1, 2, 3, 4, 5].map((line) => finding('legacy-rsa-key', 'warning', 'authorized_keys', line, `Key ${line}.`));
    const text = renderMarkdown(result(findings, [], 1), { maxFindings: 2 });
    assert.ok(
      text.includes(
        [
          '| --- | --- | --- | --- |',
          `| warning | [legacy-rsa-key](${DOCS}#legacy-rsa-key) | \`authorized_keys:1\` | Key 1. |`,
          `| warning | [legacy-rsa-key](${DOCS}#legacy-rsa-key) | \`authorized_keys:2\` | Key 2. |`,
          '',
          '…and 3 more findings in the JSON or SARIF report.',
          '',
        ].join('\n'),
      ),
      text,
    );
    assert.ok(!text.includes('Key 3.'));
    assert.ok(text.endsWith('0 keys in 1 file: 0 errors, 5 warnings, 0 notices.\n'), text);
  });

  it('has no "more" line when the findings fit', () => {
    const findings = [1, 2].map((line) => finding('legacy-rsa-key', 'warning', 'authorized_keys', line, `Key ${line}.`));
    assert.ok(!renderMarkdown(result(findings, [], 1), { maxFindings: 2 }).includes('more findings'));
  });

  it('shows a dash for a key of unknown size', () => {
    const text = renderMarkdown(result([], [key('id_old', 'ssh-rsa', null)], 1));
    assert.ok(text.includes('| ssh-rsa | — | 1 |\n'), text);
  });

  it('says there is nothing to report when there are no findings', () => {
    const text = renderMarkdown(result([], [key('keys/a.pub', 'ssh-ed25519', 256)], 1));
    assert.ok(!text.includes('### Findings'));
    assert.ok(text.endsWith('\nNo problems found: 1 key in 1 file: 0 errors, 0 warnings, 0 notices.\n'), text);
  });
});
