import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { knownAlgorithms, weaknessOf, type AlgorithmKind } from '../../src/core/data/algorithms.js';
import { tempDir } from '../helpers/openssh.js';

const QUERIES: Record<AlgorithmKind, string[]> = { kex: ['kex'], cipher: ['cipher'], mac: ['mac'], signature: ['key-sig', 'sig'] };
const DEFAULTS: Record<AlgorithmKind, string[]> = {
  kex: ['kexalgorithms'],
  cipher: ['ciphers'],
  mac: ['macs'],
  signature: ['hostkeyalgorithms', 'pubkeyacceptedalgorithms', 'casignaturealgorithms'],
};
// OpenSSH still ships these in its default MAC list for compatibility; ssh-audit fails them, and so do we
// when a configuration names them explicitly.
const WEAK_DEFAULT_MACS = ['umac-64-etm@openssh.com', 'hmac-sha1-etm@openssh.com', 'umac-64@openssh.com', 'hmac-sha1'];

describe('the algorithm database against this machine’s OpenSSH', () => {
  const dir = tempDir();
  const empty = join(dir, 'empty');
  writeFileSync(empty, '');
  const effective = new Map(
    execFileSync('ssh', ['-G', '-F', empty, 'example.com'], { encoding: 'utf8' })
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)] as [string, string]),
  );

  for (const kind of Object.keys(QUERIES) as AlgorithmKind[]) {
    it(`knows every ${kind} algorithm that ssh -Q lists`, () => {
      const known = new Set(knownAlgorithms(kind));
      const listed = QUERIES[kind].flatMap((query) => execFileSync('ssh', ['-Q', query], { encoding: 'utf8' }).trim().split('\n'));
      assert.deepEqual(
        listed.filter((name) => !known.has(name)),
        [],
      );
    });

    it(`calls no ${kind} default weak, except the MACs OpenSSH keeps for compatibility`, () => {
      const defaults = DEFAULTS[kind].flatMap((option) => effective.get(option)!.split(','));
      const weak = defaults.filter((name) => weaknessOf(kind, name) !== null && !WEAK_DEFAULT_MACS.includes(name));
      assert.deepEqual(weak, []);
    });
  }

  it('classes the ssh-audit FAIL algorithms as weak', () => {
    const failing: [AlgorithmKind, string][] = [
      ['kex', 'diffie-hellman-group1-sha1'],
      ['kex', 'diffie-hellman-group14-sha1'],
      ['kex', 'diffie-hellman-group-exchange-sha1'],
      ['kex', 'gss-group14-sha1-toWM5Slw5Ew8Mqkay+al2g=='],
      ['cipher', '3des-cbc'],
      ['cipher', 'arcfour256'],
      ['cipher', 'blowfish-cbc'],
      ['mac', 'hmac-md5-96-etm@openssh.com'],
      ['mac', 'hmac-sha1-96'],
      ['mac', 'hmac-ripemd160'],
      ['signature', 'ssh-rsa'],
      ['signature', 'ssh-dss-cert-v01@openssh.com'],
    ];
    for (const [kind, name] of failing) assert.notEqual(weaknessOf(kind, name), null, name);
  });
});
