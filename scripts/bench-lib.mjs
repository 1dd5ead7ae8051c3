// Shared by the bench scripts: timing that alternates the tools round by round (so a busy machine slows
// them alike), the peak RSS of a node child, and one line per goal with the ratio measured in this run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** Another build's dist/cli.js (e.g. main's) to hold "no slower elsewhere" against, in the same run. */
export const BASELINE_CLI = process.env.BENCH_BASELINE_CLI ?? null;

const hookDir = mkdtempSync(join(tmpdir(), 'ska-bench-'));
const hook = join(hookDir, 'rss-hook.mjs');
// Preloaded into a node child: on exit, its peak resident set (KiB, all threads) goes to a file.
writeFileSync(
  hook,
  "import { writeFileSync } from 'node:fs';\n" +
    "process.on('exit', () => { if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); });\n",
);
process.on('exit', () => rmSync(hookDir, { recursive: true, force: true }));

/** A node script as a command, with the RSS hook. */
export function nodeCommand(script, args) {
  return { command: process.execPath, args: ['--import', hook, script, ...args], node: true };
}

export function command(name, args) {
  return { command: name, args, node: false };
}

export function available(name) {
  return spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * Runs every command once per round (round 0 warms the page cache and is not counted), in turn, and
 * returns for each the median wall time in seconds, the peak RSS in MiB (node commands) and the last result.
 */
export function race(commands, options = {}) {
  const rounds = options.rounds ?? ROUNDS;
  const times = commands.map(() => []);
  const rss = commands.map(() => 0);
  const results = [];
  const rssFile = join(hookDir, 'rss');
  for (let round = 0; round <= rounds; round++) {
    commands.forEach((item, index) => {
      rmSync(rssFile, { force: true });
      const start = process.hrtime.bigint();
      const result = spawnSync(item.command, item.args, {
        cwd: options.cwd,
        maxBuffer: 1 << 30,
        encoding: 'utf8',
        env: { ...process.env, ...(options.env ?? {}), ...(item.env ?? {}), BENCH_RSS_FILE: rssFile },
      });
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (result.error) throw result.error;
      results[index] = result;
      if (round > 0) times[index].push(seconds);
      if (item.node) {
        try {
          rss[index] = Math.max(rss[index], Number(readFileSync(rssFile, 'utf8')) / 1024);
        } catch {
          // the child died before its exit hook: no figure
        }
      }
    });
  }
  return commands.map((_, index) => {
    const sorted = [...times[index]].sort((a, b) => a - b);
    return { seconds: sorted[Math.floor(sorted.length / 2)], rssMiB: rss[index], result: results[index] };
  });
}

const verdict = (ok) => (ok ? 'met' : 'MISSED');

/** One goal line: `GOAL what: measured (goal); met|MISSED`. */
export function goalRatio(what, seconds, versus, versusName, limit) {
  const ratio = seconds / versus;
  console.log(
    `GOAL ${what}: ${seconds.toFixed(3)} s vs ${versusName} ${versus.toFixed(3)} s = ${ratio.toFixed(2)}x (goal <= ${limit}x); ${verdict(ratio <= limit)}`,
  );
}

export function goalValue(what, value, unit, limit) {
  console.log(`GOAL ${what}: ${value.toFixed(1)} ${unit} (goal <= ${limit} ${unit}); ${verdict(value <= limit)}`);
}

/** "No slower": against the baseline build when one is given, else the figure alone. */
export function goalNoSlower(what, seconds, baselineSeconds) {
  if (baselineSeconds === null) {
    console.log(`GOAL ${what}: ${seconds.toFixed(3)} s (set BENCH_BASELINE_CLI=<main's dist/cli.js> to compare; goal within 10%)`);
    return;
  }
  const ratio = seconds / baselineSeconds;
  console.log(
    `GOAL ${what}: ${seconds.toFixed(3)} s vs baseline ${baselineSeconds.toFixed(3)} s = ${ratio.toFixed(2)}x (goal <= 1.10x); ${verdict(ratio <= 1.1)}`,
  );
}
