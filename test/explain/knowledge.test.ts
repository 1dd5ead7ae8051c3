/** The knowledge base explain shares with the audit: defaults checked against this machine's ssh, and the generated page current. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { knownAlgorithms } from '../../src/core/data/algorithms.js';
import {
  ALGORITHM_HISTORY,
  includesChange,
  OPENSSH_CLIENT_DEFAULTS,
  OPENSSH_TIMELINE,
  parseOpensshVersion,
} from '../../src/core/data/openssh-timeline.js';
import { FAILURES } from '../../src/core/explain/catalogue.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the OpenSSH timeline and the failure catalogue', () => {
  it('holds the client defaults this machine’s ssh -G reports (OpenSSH 9.2)', (t) => {
    const reported = execFileSync('sh', ['-c', 'ssh -V 2>&1'], { encoding: 'utf8' });
    if (!/OpenSSH_9\.2/.test(reported)) {
      t.skip(`the table is OpenSSH 9.2's; this machine has ${reported.trim()}`);
      return;
    }
    const effective = new Map(
      execFileSync('ssh', ['-G', '-F', '/dev/null', 'example.com'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)] as [string, string]),
    );
    for (const [option, defaults] of Object.entries(OPENSSH_CLIENT_DEFAULTS))
      assert.deepEqual(effective.get(option)?.split(','), [...defaults], option);
  });

  it('gives every entry a source and orders it by version', () => {
    for (const entry of OPENSSH_TIMELINE) assert.ok(entry.source.length > 10, entry.id);
    const versions = OPENSSH_TIMELINE.map((entry) => parseOpensshVersion(`OpenSSH_${entry.version}`)!);
    for (let index = 1; index < versions.length; index++)
      assert.ok(includesChange(versions[index]!, OPENSSH_TIMELINE[index - 1]!.id), OPENSSH_TIMELINE[index]!.id);
  });

  it('names only algorithms the algorithm database knows', () => {
    const known = new Set([
      ...knownAlgorithms('kex'),
      ...knownAlgorithms('signature'),
      ...knownAlgorithms('cipher'),
      ...knownAlgorithms('mac'),
    ]);
    assert.deepEqual(
      Object.keys(ALGORITHM_HISTORY).filter((name) => !known.has(name)),
      [],
    );
  });

  it('compares versions as OpenSSH numbers them', () => {
    assert.equal(includesChange(parseOpensshVersion('OpenSSH_9.2p1 Debian-2')!, 'ssh-rsa-disabled'), true);
    assert.equal(includesChange(parseOpensshVersion('OpenSSH_7.4')!, 'rsa-sha2-added'), true);
    assert.equal(includesChange(parseOpensshVersion('OpenSSH_7.1p2')!, 'rsa-sha2-added'), false);
    assert.equal(includesChange(parseOpensshVersion('OpenSSH_10.0')!, 'dsa-not-built'), true);
  });

  it('has a title, a symptom and a fix for every failure explain can report', () => {
    for (const entry of FAILURES) assert.ok(entry.symptoms.length > 0 && entry.fixes.length > 0, entry.id);
  });

  it('docs/troubleshooting.md is what the script generates', () => {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/troubleshooting-doc.ts', '--check'], { cwd: ROOT, stdio: 'pipe' });
  });
});
