// The history part of `npm run bench`: builds a repository of 10,000 commits with git fast-import
// (kept in bench-history/ for reruns), some of which add a key that a later commit deletes, and times
// `ssh-key-audit --history` on it in blobs per second.
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BASELINE_CLI, goalNoSlower, nodeCommand, race } from './bench-lib.mjs';

const COMMITS = Number(process.env.BENCH_COMMITS ?? 10000);
const root = new URL('..', import.meta.url).pathname;
const repo = join(root, 'bench-history', `repo-${COMMITS}`);

function build() {
  if (existsSync(join(repo, '.git'))) return;
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: repo });
  const chunks = [];
  let mark = 0;
  for (let commit = 1; commit <= COMMITS; commit++) {
    const file = `src/module${commit % 500}.js`;
    const body = `// revision ${commit}\nexport const value${commit} = ${commit};\n`.repeat(1 + (commit % 20));
    const blob = ++mark;
    chunks.push(`blob\nmark :${blob}\ndata ${Buffer.byteLength(body)}\n${body}\n`);
    let extra = '';
    if (commit % 1000 === 1) {
      const key = ++mark;
      const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' });
      chunks.push(`blob\nmark :${key}\ndata ${Buffer.byteLength(pem)}\n${pem}\n`);
      extra = `M 100644 :${key} secrets/deploy_key_${commit}\n`;
    } else if (commit % 1000 === 2) {
      extra = `D secrets/deploy_key_${commit - 1}\n`;
    }
    const message = `commit ${commit}`;
    chunks.push(
      `commit refs/heads/main\ncommitter Bench <bench@example.com> ${1700000000 + commit} +0000\ndata ${message.length}\n${message}\n` +
        `M 100644 :${blob} ${file}\n${extra}\n`,
    );
  }
  const result = spawnSync('git', ['fast-import', '--quiet'], { cwd: repo, input: chunks.join('') });
  if (result.status !== 0) throw new Error(`git fast-import failed: ${result.stderr}`);
  execFileSync('git', ['checkout', '-q', 'main'], { cwd: repo });
}

console.log(`building a repository of ${COMMITS} commits in bench-history/ (kept for reruns)...`);
build();
const cli = process.env.BENCH_CLI ?? join(root, 'dist', 'cli.js');
const args = ['.', '--history', '--format', 'json', '--fail-on', 'never'];
const commands = [nodeCommand(cli, args)];
if (BASELINE_CLI) commands.push(nodeCommand(BASELINE_CLI, args));
const [mine, baseline] = race(commands, { cwd: repo, rounds: Number(process.env.BENCH_ROUNDS ?? 3) });
if (mine.result.status !== 0) throw new Error(`ssh-key-audit --history failed: ${mine.result.stderr}`);
const report = JSON.parse(mine.result.stdout);
const blobs = report.history?.blobs ?? 0;
console.log(
  `history: ${COMMITS} commits, ${blobs} distinct blobs in ${mine.seconds.toFixed(2)} s = ${(blobs / mine.seconds).toFixed(0)} blobs/s; ` +
    `${report.findings.filter((finding) => finding.rule === 'private-key').length} private-key findings (the keys were deleted later)`,
);
goalNoSlower(`--history on ${COMMITS} commits`, mine.seconds, baseline ? baseline.seconds : null);
