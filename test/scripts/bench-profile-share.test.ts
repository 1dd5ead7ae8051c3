/**
 * The bench's profile share (scripts/bench-profile-share.mjs) on a real CPU profile: a program that
 * spends about half its time in a class's method and half in a named function, as esbuild writes them.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../helpers/openssh.js';
// @ts-expect-error: a plain .mjs script without types
import { profileShare } from '../../scripts/bench-profile-share.mjs';

type Share = (file: string, names: { functions: string[]; classes: string[] }) => { inside: number; total: number };

describe('the bench profile share', () => {
  const dir = tempDir();
  const script = join(dir, 'work.mjs');
  writeFileSync(
    script,
    [
      'var Spinner = class {',
      '  spin(rounds) {',
      '    let sum = 0;',
      '    for (let i = 0; i < rounds; i++) sum = (sum + Math.sqrt(i)) % 1e9;',
      '    return sum;',
      '  }',
      '};',
      'function crunch(rounds) {',
      '  let sum = 0;',
      '  for (let i = 0; i < rounds; i++) sum = (sum + Math.sqrt(i)) % 1e9;',
      '  return sum;',
      '}',
      'console.log(new Spinner().spin(4e7) + crunch(4e7));',
      '',
    ].join('\n'),
  );
  execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval', '500', script]);
  const profile = join(
    dir,
    readdirSync(dir).find((name) => name.endsWith('.cpuprofile'))!,
  );
  const share = (functions: string[], classes: string[]): number => {
    const { inside, total } = (profileShare as Share)(profile, { functions, classes });
    assert.ok(total > 100, `${total} samples`);
    return inside / total;
  };

  it('counts the samples under a class by its methods, and under a function by its name', () => {
    const spinner = share([], ['Spinner']);
    const crunch = share(['crunch'], []);
    assert.ok(spinner > 0.2 && spinner < 0.8, `Spinner ${spinner}`);
    assert.ok(crunch > 0.2 && crunch < 0.8, `crunch ${crunch}`);
    assert.ok(share(['crunch'], ['Spinner']) > 0.8);
  });

  it('counts nothing for names the program does not have', () => {
    assert.equal(share(['auditConfigBytes'], ['IncludeTracker']), 0);
  });
});
