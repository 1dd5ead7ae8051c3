import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { MAX_GZIP_BYTES, MAX_RESULTS, renderSarifWithinLimits } from '../../src/reporters/sarif-limits.js';
import { finding, result } from './reporter-fixtures.js';

type Sarif = { runs: { results: { ruleId: string; level: string }[] }[] };

describe('SARIF within code scanning limits', () => {
  it("uses GitHub's documented limits: 25,000 results per run, 10 MB gzip per upload", () => {
    assert.equal(MAX_RESULTS, 25_000);
    assert.equal(MAX_GZIP_BYTES, 10 * 1024 * 1024);
  });

  it('keeps everything when it fits', () => {
    const scan = result([finding('dsa-key', 'error', 'a.pub', 1, 'DSA.')], [], 1);
    const fitted = renderSarifWithinLimits(scan);
    assert.equal(fitted.dropped, null);
    assert.equal((JSON.parse(fitted.text) as Sarif).runs[0]!.results.length, 1);
  });

  it('keeps the most severe results when there are too many, and says what it dropped', () => {
    const findings = [
      ...Array.from({ length: 6 }, (_, index) => finding('duplicate-key', 'notice', `a/${index}.pub`, 1, 'Dup.')),
      finding('legacy-rsa-key', 'warning', 'b.pub', 1, 'Legacy.'),
      finding('private-key', 'error', 'z/id_rsa', 1, 'Committed.'),
    ];
    const fitted = renderSarifWithinLimits(result(findings, [], 8), {}, { results: 4, gzipBytes: MAX_GZIP_BYTES });
    const kept = (JSON.parse(fitted.text) as Sarif).runs[0]!.results.map((item) => `${item.level} ${item.ruleId}`);
    assert.deepEqual(kept.sort(), ['error private-key', 'note duplicate-key', 'note duplicate-key', 'warning legacy-rsa-key']);
    assert.equal(
      fitted.dropped,
      "kept the 4 most severe of 8 results and dropped 4 notices, to stay within code scanning's limits (4 results per run, 10 MB gzip per upload); the JSON report has every finding.",
    );
  });

  it('shrinks a file that is too large compressed until it fits', () => {
    const findings = Array.from({ length: 3000 }, (_, index) =>
      finding('weak-rsa-key', 'error', `k/${index}-${'x'.repeat(200)}.pub`, 1, `Weak ${index}.`),
    );
    const limit = 40_000;
    const fitted = renderSarifWithinLimits(result(findings, [], 3000), {}, { results: MAX_RESULTS, gzipBytes: limit });
    assert.ok(gzipSync(fitted.text).length <= limit);
    const kept = (JSON.parse(fitted.text) as Sarif).runs[0]!.results.length;
    assert.ok(kept > 100 && kept < 3000, String(kept));
    assert.match(fitted.dropped!, /^kept the \d+ most severe of 3000 results and dropped \d+ errors/);
  });
});
