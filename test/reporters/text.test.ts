import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding, KeyRecord, ScanResult } from '../../src/core/types.js';
import { renderText } from '../../src/reporters/text-reporter.js';

function key(path: string, type: string, bits: number | null): KeyRecord {
  return { path, line: 1, source: 'public-key', type, bits, fingerprint: null, comment: null };
}

function finding(
  rule: Finding['rule'],
  severity: Finding['severity'],
  path: string,
  line: number,
  message: string,
  fingerprint: string | null = null,
): Finding {
  return { rule, severity, path, line, message, fingerprint };
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

const SAMPLE = result(
  [
    finding('weak-rsa-key', 'error', 'keys/a.pub', 1, 'Too small.', 'SHA256:abc'),
    finding('invalid-key', 'warning', 'keys/a.pub', 3, 'Does not decode.'),
    finding('duplicate-key', 'notice', 'keys/b.pub', 12, 'Also at keys/c.pub:1.', 'SHA256:def'),
  ],
  [key('keys/a.pub', 'ssh-rsa', 1024), key('keys/b.pub', 'ssh-ed25519', 256), key('keys/c.pub', 'ssh-ed25519', 256)],
  3,
  [{ path: 'big.log', reason: 'larger than the 5.0 MiB limit' }],
);

// The SGR sequences the reporter itself may write: reset, bold, dim, red, yellow, cyan.
// eslint-disable-next-line no-control-regex -- these escape sequences are what is being checked
const OWN_STYLES = /\x1b\[(?:0|1|2|31|33|36)m/g;
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

describe('renderText', () => {
  it('groups findings by file, then lists skipped files, the key tally and the summary line', () => {
    assert.equal(
      renderText(SAMPLE, { color: false }),
      [
        'keys/a.pub',
        '    1  error    weak-rsa-key  Too small.',
        '                SHA256:abc',
        '    3  warning  invalid-key  Does not decode.',
        '',
        'keys/b.pub',
        '   12  notice   duplicate-key  Also at keys/c.pub:1.',
        '                SHA256:def',
        '',
        'Skipped',
        '  big.log: larger than the 5.0 MiB limit',
        '',
        'Keys: 2 ssh-ed25519 256, 1 ssh-rsa 1024',
        '3 keys in 3 files: 1 error, 1 warning, 1 notice, 1 skipped',
        '',
      ].join('\n'),
    );
  });

  it('colours severities, paths and fingerprints only when asked to', () => {
    assert.ok(!renderText(SAMPLE, { color: false }).includes('\x1b'));
    const coloured = renderText(SAMPLE, { color: true });
    assert.ok(coloured.startsWith('\x1b[1mkeys/a.pub\x1b[0m\n'), JSON.stringify(coloured));
    assert.ok(coloured.includes('    1  \x1b[31merror  \x1b[0m  weak-rsa-key  Too small.\n'));
    assert.ok(coloured.includes('    3  \x1b[33mwarning\x1b[0m  invalid-key  Does not decode.\n'));
    assert.ok(coloured.includes('   12  \x1b[36mnotice \x1b[0m  duplicate-key'));
    assert.ok(coloured.includes('                \x1b[2mSHA256:abc\x1b[0m\n'));
    assert.equal(coloured.replace(OWN_STYLES, ''), renderText(SAMPLE, { color: false }));
  });

  it('replaces control characters from scanned content, so it cannot drive the terminal', () => {
    const hostile = result(
      [finding('private-key', 'error', 'keys/\x1b[2Jevil\x07.pem', 1, 'Comment \x1b]0;pwned\x07 here\r\x9b31m.')],
      [key('keys/\x1b[2Jevil\x07.pem', 'ssh-\x1b[8mrsa', null)],
      1,
      [{ path: 'odd\x1b[1Aname', reason: 'unreadable (EIO)' }],
    );
    for (const color of [false, true]) {
      const text = renderText(hostile, { color }).replace(OWN_STYLES, '');
      assert.doesNotMatch(text, CONTROL, JSON.stringify(text));
      assert.ok(text.includes('keys/?[2Jevil?.pem\n'), JSON.stringify(text));
      assert.ok(text.includes('  private-key  Comment ?]0;pwned? here??31m.\n'), JSON.stringify(text));
      assert.ok(text.includes('  odd?[1Aname: unreadable (EIO)\n'), JSON.stringify(text));
      assert.ok(text.includes('Keys: 1 ssh-?[8mrsa\n'), JSON.stringify(text));
    }
  });

  it('ends with the summary line', () => {
    const lines = renderText(SAMPLE, { color: true }).split('\n');
    assert.equal(lines.at(-1), '');
    assert.equal(lines.at(-2), '3 keys in 3 files: 1 error, 1 warning, 1 notice, 1 skipped');
  });

  it('says "No problems found" when there are no findings', () => {
    assert.equal(
      renderText(result([], [key('keys/b.pub', 'ssh-ed25519', 256)], 1), { color: false }),
      'Keys: 1 ssh-ed25519 256\nNo problems found: 1 key in 1 file: 0 errors, 0 warnings, 0 notices\n',
    );
    assert.equal(
      renderText(result([], [], 0), { color: false }),
      'No problems found: 0 keys in 0 files: 0 errors, 0 warnings, 0 notices\n',
    );
  });
});
