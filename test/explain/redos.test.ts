/**
 * explain on hostile logs against a time bound: explain reads whatever it is given, pasted logs included, so
 * no line may cost more than linear time. Its regular expressions are checked with all of src/ in
 * test/redos/regex-safety.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explain } from '../../src/core/explain/index.js';
import { MAX_LINE_LENGTH } from '../../src/core/explain/parse-log.js';

describe('explain on hostile logs', () => {
  const timed = (text: string): { ms: number; ids: string[] } => {
    const start = performance.now();
    const ids = explain([{ name: 'hostile.log', text }]).explanations.map((entry) => entry.id);
    return { ms: performance.now() - start, ids };
  };

  it('reads a 180 KB Permission denied line in well under a second (the reader before took 4.8 s at 40 KB, quadratic)', () => {
    for (const line of [
      `git@github.com: Permission denied${' '.repeat(180_000)}(publickey).`,
      `${'a'.repeat(180_000)}: Permission denied (publickey).`,
    ]) {
      const { ms } = timed(line);
      assert.ok(ms < 1000, `${ms.toFixed(0)} ms`);
    }
  });

  it('reads lines of spaces, of colons and of "Skipping key" runs in linear time', () => {
    for (const line of [
      `x${' '.repeat(200_000)}x`,
      `${'a: '.repeat(70_000)}`,
      `Skipping key ${'a: '.repeat(60_000)}`,
      `Load key "${'"'.repeat(100_000)}: x`,
      `Unable to negotiate with ${'h '.repeat(90_000)}`,
      `debug1: ${'/x line 1: Applying options for '.repeat(5_000)}`,
      `${'Mar 14 10:00:01 '.repeat(10_000)}`,
    ]) {
      const { ms } = timed(line);
      assert.ok(ms < 1000, `${ms.toFixed(0)} ms for a line starting ${JSON.stringify(line.slice(0, 30))}`);
    }
  });

  it('reads a 20 MB log of long lines in linear time and still finds the failure at its end', () => {
    const noise = `${'b'.repeat(20_000)}\n`.repeat(1_000);
    const { ms, ids } = timed(
      `${noise}Unable to negotiate with 192.0.2.1 port 22: no matching host key type found. Their offer: ssh-rsa\n`,
    );
    assert.deepEqual(ids, ['no-matching-host-key-type']);
    assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
  });

  it('cuts lines at MAX_LINE_LENGTH before matching, and quotes no more than that', () => {
    const offer = Array.from({ length: 2_000 }, (_, index) => `algo-${index}@example.com`).join(',');
    const result = explain([
      { name: 'long.log', text: `Unable to negotiate with 192.0.2.1 port 22: no matching cipher found. Their offer: ${offer}` },
    ]);
    const explanation = result.explanations[0]!;
    assert.equal(explanation.id, 'no-matching-cipher');
    assert.ok(explanation.evidence[0]!.text.length <= MAX_LINE_LENGTH);
  });
});
