// npm run bench: builds synthetic trees (about 20,000 files and 200 MB of source-like text with a few
// hundred keys; 5,000 files in the same 1,400 directories), then times the bundled CLI against ripgrep
// (`rg -j2 -l`) and grep looking for the same key markers on the same tree, start-up against a bare node,
// and the CLI on a 100,000-line authorized_keys, a 50 MB file of keys and a 10,000-line ssh_config. Every
// goal of issue 17 is printed as a `GOAL` line with the ratio measured in this run (tools alternating,
// median of BENCH_ROUNDS, default 5). BENCH_BASELINE_CLI=<another build's dist/cli.js> compares the
// "no slower elsewhere" figures with that build in the same run. The `config` part holds the config audit's
// share of the tree scan (CPU profiles) against BENCH_CONFIG_BASELINE_CLI (default BENCH_BASELINE_CLI):
// issue 13's goal is the build of 752e7e3, when it was filed.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { available, BASELINE_CLI, command, goalNoSlower, goalRatio, goalValue, nodeCommand, race, ROUNDS } from './bench-lib.mjs';
import { profileShare } from './bench-profile-share.mjs';

const root = new URL('..', import.meta.url).pathname;
const tree = join(root, 'bench-tree');
const FILES = Number(process.env.BENCH_FILES ?? 20000);
const TARGET_BYTES = Number(process.env.BENCH_BYTES ?? 200 * 1024 * 1024);
const SMALL_FILES = 5000;
const KEYED_FILES = 300;
const AUTHORIZED_LINES = 100000;
const KEYS_FILE_BYTES = 50 * 1024 * 1024;
const extras = join(root, 'bench-authorized');

// A small deterministic PRNG, so every run builds the same tree.
let seed = 0x5eed;
const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
const pick = (list) => list[Math.floor(random() * list.length)];

const WORDS = (
  'const let function return if else for while import export from class new this await async try catch ' +
  'throw value result error config options path file buffer string number object array map set get push length ' +
  'ssh-agent ssh-keygen deploy server client host port user token request response handler module default'
).split(' ');

function sourceLine() {
  const words = [];
  const count = 4 + Math.floor(random() * 10);
  for (let i = 0; i < count; i++) words.push(pick(WORDS));
  return '  '.repeat(Math.floor(random() * 4)) + words.join(' ') + ';';
}

function sshString(value) {
  const body = Buffer.isBuffer(value) ? value : Buffer.from(value);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length);
  return Buffer.concat([head, body]);
}

function mpint(base64url) {
  const bytes = Buffer.from(base64url, 'base64url');
  return sshString(bytes[0] & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

function ed25519Line(comment) {
  const { publicKey } = generateKeyPairSync('ed25519');
  const x = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url');
  return `ssh-ed25519 ${Buffer.concat([sshString('ssh-ed25519'), sshString(x)]).toString('base64')} ${comment}`;
}

const rsaPool = [];
function rsaLine(comment) {
  if (rsaPool.length < 8) {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: rsaPool.length % 2 ? 1024 : 2048 });
    const jwk = publicKey.export({ format: 'jwk' });
    rsaPool.push(Buffer.concat([sshString('ssh-rsa'), mpint(jwk.e), mpint(jwk.n)]).toString('base64'));
  }
  return `ssh-rsa ${pick(rsaPool)} ${comment}`;
}

function privatePem() {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ format: 'pem', type: 'pkcs8' });
}

function keyedContent(index) {
  switch (index % 5) {
    case 0:
      return `resource "aws_key_pair" "k${index}" {\n  public_key = "${ed25519Line(`user${index}@host`)}"\n}\n`;
    case 1:
      return `users:\n  - name: u${index}\n    ssh_authorized_keys:\n      - ${rsaLine(`u${index}`)}\n`;
    case 2:
      return `no-pty,command="/bin/backup" ${ed25519Line('backup')}\n${rsaLine('ops')}\n`;
    case 3:
      return `${ed25519Line(`laptop${index}`)}\n`;
    default:
      return `# fixture\n${privatePem()}`;
  }
}

/** FILES files of about BYTES / FILES bytes each, in pkgN/modM: 1,400 directories for any count above that. */
function buildTree(dir, files, bytes) {
  const marker = join(dir, `.built-${files}-${bytes}`);
  if (existsSync(marker)) return;
  seed = 0x5eed;
  rmSync(dir, { recursive: true, force: true });
  const perFile = Math.floor(bytes / files);
  for (let index = 0; index < files; index++) {
    const sub = join(dir, `pkg${index % 200}`, `mod${index % 7}`);
    mkdirSync(sub, { recursive: true });
    const lines = [];
    let size = 0;
    while (size < perFile) {
      const line = sourceLine();
      lines.push(line);
      size += line.length + 1;
    }
    if (index % Math.floor(files / KEYED_FILES) === 0) lines.splice(Math.floor(lines.length / 2), 0, keyedContent(index));
    writeFileSync(join(sub, `file${index}.${pick(['ts', 'js', 'yml', 'tf', 'sh', 'md'])}`), lines.join('\n') + '\n');
  }
  writeFileSync(marker, '');
}

function buildExtras() {
  const authorizedFile = join(extras, `authorized_keys-${AUTHORIZED_LINES}`);
  if (!existsSync(authorizedFile)) {
    const authorized = [];
    for (let i = 0; i < AUTHORIZED_LINES; i++) authorized.push(i % 4 === 0 ? rsaLine(`k${i}`) : ed25519Line(`k${i}`));
    writeFileSync(authorizedFile, authorized.join('\n') + '\n');
  }
  // 50 MB: every 20th line a public key (a pool of 2,000 Ed25519 and the RSA pool), the rest source text.
  const keysFile = join(extras, 'keys-50mb.txt');
  if (!existsSync(keysFile)) {
    const pool = Array.from({ length: 2000 }, (_, i) => ed25519Line(`pool${i}`));
    const lines = [];
    let size = 0;
    for (let i = 0; size < KEYS_FILE_BYTES; i++) {
      const line = i % 20 === 0 ? (i % 80 === 0 ? rsaLine(`r${i}`) : pool[(i / 20) % pool.length]) : sourceLine();
      lines.push(line);
      size += line.length + 1;
    }
    writeFileSync(keysFile, lines.join('\n') + '\n');
  }
  // A 10,000-line ssh_config: many Host blocks with algorithm lists, a few of them weak.
  const configFile = join(extras, 'ssh_config');
  const configLines = [];
  for (let i = 0; configLines.length < 10000; i++) {
    configLines.push(`Host host${i}.example.com`, `  HostName 10.0.${i % 256}.${i % 200}`, '  User deploy');
    configLines.push(i % 50 === 0 ? '  HostKeyAlgorithms +ssh-rsa' : '  Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com');
    configLines.push(i % 70 === 0 ? '  StrictHostKeyChecking no' : '  IdentitiesOnly yes');
  }
  writeFileSync(configFile, configLines.join('\n') + '\n');
  return { authorizedFile, keysFile, configFile };
}

function duBytes(dir) {
  return Number(execFileSync('du', ['-sbL', dir], { encoding: 'utf8' }).split('\t')[0]);
}

const PATTERN = 'ssh-(rsa|dss|ed25519)|ecdsa-sha2-|BEGIN [A-Z ]*PRIVATE KEY|PuTTY-User-Key-File';
const cli = process.env.BENCH_CLI ?? join(root, 'dist', 'cli.js');
const scanArgs = (path, ...more) => [path, '--format', 'json', '--fail-on', 'never', ...more];
const hasRg = available('rg');
if (!hasRg) console.log('ripgrep (rg) is not installed: the ripgrep goals are not measured (Debian: apt-get install ripgrep)');

/** The CLI against rg -j2 -l and grep -rlE on one tree; returns the CLI's report. */
function treeGoal(dir, files, name, limit) {
  const commands = [
    nodeCommand(cli, scanArgs(dir)),
    command('grep', ['-rlE', PATTERN, dir]),
    hasRg ? command('rg', ['-j2', '-l', '-e', PATTERN, dir]) : null,
    // The file loop pinned to one thread (file-loop.ts), to show what its worker adds, in the same run.
    { ...nodeCommand(cli, scanArgs(dir)), env: { SSH_KEY_AUDIT_THREADS: '1' } },
    BASELINE_CLI ? nodeCommand(BASELINE_CLI, scanArgs(dir)) : null,
  ];
  const timed = race(commands.filter(Boolean));
  const [audit, grep, rg, oneThread, baseline] = commands.map((item) => (item ? timed.shift() : null));
  if (audit.result.status !== 0) throw new Error(`the CLI failed: ${audit.result.stderr}`);
  const report = JSON.parse(audit.result.stdout);
  const mb = duBytes(dir) / 1024 / 1024;
  const row = (label, seconds) =>
    `  ${label.padEnd(22)} ${seconds.toFixed(3).padStart(7)} s  ${(files / seconds).toFixed(0).padStart(7)} files/s  ${(mb / seconds).toFixed(0).padStart(5)} MB/s`;
  console.log(
    `${name}: ${files} files, ${mb.toFixed(1)} MB; the CLI found ${report.summary.keys} keys and ${report.findings.length} findings`,
  );
  console.log(row('ssh-key-audit', audit.seconds));
  console.log(row('  one thread', oneThread.seconds));
  if (baseline) console.log(row('  baseline CLI', baseline.seconds));
  if (rg) console.log(row('rg -j2 -l', rg.seconds));
  console.log(row('grep -rlE', grep.seconds));
  if (rg) goalRatio(`${name} vs ripgrep`, audit.seconds, rg.seconds, 'rg -j2 -l', limit);
  console.log(`     (vs grep -rlE: ${(audit.seconds / grep.seconds).toFixed(2)}x)`);
  return { audit, report };
}

console.log(
  `building ${FILES} files, ${(TARGET_BYTES / 1024 / 1024).toFixed(0)} MB in bench-tree/ and the same with ${SMALL_FILES} files (kept for reruns)...`,
);
buildTree(tree, FILES, TARGET_BYTES);
const smallTree = join(root, `bench-tree-${SMALL_FILES}`);
buildTree(smallTree, SMALL_FILES, Math.floor((TARGET_BYTES / FILES) * SMALL_FILES));
const { authorizedFile, keysFile, configFile } = buildExtras();

// BENCH_PARTS=tree,start-up,inputs,config (default all) runs only some of the goals.
const parts = new Set((process.env.BENCH_PARTS ?? 'tree,start-up,inputs,config').split(','));
if (parts.has('tree')) {
  const big = treeGoal(tree, FILES, 'tree scan', 2.0);
  goalValue('tree scan peak RSS', big.audit.rssMiB, 'MiB', 100);
  treeGoal(smallTree, SMALL_FILES, `${SMALL_FILES}-file tree`, 2.5);
}

if (parts.has('start-up')) startUp();

/**
 * Start-up: a bare node against --version, an empty scan and the Action on an empty workspace. Fresh
 * directories each run: the Action writes its SARIF and JSON reports to RUNNER_TEMP, which must not be the
 * workspace, or the "empty" scan would read a 70 KB SARIF full of key-type names.
 */
function startUp() {
  const workspace = mkdtempSync(join(tmpdir(), 'ska-bench-empty-'));
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ska-bench-runner-temp-'));
  const actionEnv = {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: '',
    GITHUB_STEP_SUMMARY: '',
    'INPUT_SARIF-FILE': '',
    'INPUT_REPORT-FILE': '',
  };
  const [bare, version, empty, action] = race(
    [
      command(process.execPath, ['-e', '0']),
      nodeCommand(cli, ['--version']),
      nodeCommand(cli, [workspace]),
      nodeCommand(join(cli, '..', 'index.js'), []),
    ],
    { rounds: Math.max(ROUNDS, 9), cwd: workspace, env: actionEnv },
  );
  rmSync(workspace, { recursive: true, force: true });
  rmSync(runnerTemp, { recursive: true, force: true });
  goalRatio('start-up --version', version.seconds, bare.seconds, 'node -e 0', 1.5);
  goalRatio('start-up empty scan', empty.seconds, bare.seconds, 'node -e 0', 1.5);
  goalRatio('start-up Action, empty workspace', action.seconds, bare.seconds, 'node -e 0', 1.5);
}

/** This build on one input, and the baseline build on the same input in the same rounds. */
function noSlower(what, args) {
  const commands = [nodeCommand(cli, args)];
  if (BASELINE_CLI) commands.push(nodeCommand(BASELINE_CLI, args));
  const [mine, baseline] = race(commands);
  if (mine.result.status !== 0) throw new Error(`the CLI failed on ${what}: ${mine.result.stderr}`);
  goalNoSlower(what, mine.seconds, baseline ? baseline.seconds : null);
  return JSON.parse(mine.result.stdout);
}
if (parts.has('inputs')) {
  // Over the 5 MiB default limit: raised, or the file would only be listed as skipped.
  const authorized = noSlower(
    `authorized_keys, ${AUTHORIZED_LINES} lines`,
    scanArgs(authorizedFile, '--max-file-size', String(64 * 1024 * 1024)),
  );
  console.log(`     (${authorized.summary.keys} keys, ${authorized.summary.skipped} skipped)`);
  const keys = noSlower('a 50 MB file of keys', scanArgs(keysFile, '--max-file-size', String(KEYS_FILE_BYTES * 2)));
  console.log(`     (${keys.summary.keys} keys, ${keys.findings.length} findings)`);
  const config = noSlower('ssh_config, 10,000 lines', scanArgs(configFile));
  console.log(`     (${config.findings.length} findings)`);
}

/**
 * The config audit's entry points, by name, in every build since issue 4 (scripts/bench-profile-share.mjs
 * matches them in the bundle): auditConfigBytes is the per-file step (by name, the content sniff, command
 * lines, scripts, crypto policies); the cross-file step is the classes TreeSource and ConfigTree (Include
 * and first-value-wins evaluation) with auditStandaloneConfig, and in the builds before issue 13
 * IncludeTracker and auditIncludedConfig. The marker pass is not counted: it serves the key readers too.
 */
const CONFIG_AUDIT = {
  functions: ['auditConfigBytes', 'auditIncludedConfig', 'auditStandaloneConfig'],
  classes: ['TreeSource', 'ConfigTree', 'IncludeTracker'],
};
const CONFIG_BASELINE_CLI = process.env.BENCH_CONFIG_BASELINE_CLI ?? BASELINE_CLI;

/**
 * The share of the tree scan's CPU profile (all samples but idle) under CONFIG_AUDIT, this build and the
 * baseline build alternating on bench-tree, median of ROUNDS runs each. A share, not milliseconds, so that
 * a busy machine slows both sides of the ratio alike.
 */
function configShareGoal() {
  // Its real path: a build that does not follow a symlinked root would scan nothing.
  const dir = realpathSync(tree);
  const builds = [['this build', cli]];
  if (CONFIG_BASELINE_CLI) builds.push(['baseline', CONFIG_BASELINE_CLI]);
  const profiles = builds.map(() => mkdtempSync(join(tmpdir(), 'ska-config-share-')));
  const intervalMs = 0.2;
  try {
    const runs = race(
      builds.map(([, script], index) =>
        command(process.execPath, [
          '--cpu-prof',
          `--cpu-prof-dir=${profiles[index]}`,
          '--cpu-prof-interval',
          String(intervalMs * 1000),
          script,
          ...scanArgs(dir),
        ]),
      ),
    );
    const shares = builds.map(([name], index) => {
      if (runs[index].result.status !== 0) throw new Error(`${name} failed on ${dir}: ${runs[index].result.stderr}`);
      // One run writes one profile per thread (CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile): a run is
      // the sum of its pid's threads, so a build that scans in worker threads is measured whole.
      const byRun = new Map();
      for (const file of readdirSync(profiles[index]).filter((name) => name.endsWith('.cpuprofile'))) {
        const pid = file.split('.')[3];
        const path = join(profiles[index], file);
        const run = byRun.get(pid) ?? { first: Infinity, inside: 0, total: 0 };
        const { inside, total } = profileShare(path, CONFIG_AUDIT);
        byRun.set(pid, { first: Math.min(run.first, statSync(path).mtimeMs), inside: run.inside + inside, total: run.total + total });
      }
      const counts = [...byRun.values()]
        .sort((a, b) => a.first - b.first)
        // Round 0 warms the page cache and is not counted.
        .slice(1)
        .sort((a, b) => a.inside / a.total - b.inside / b.total);
      const { inside, total } = counts[Math.floor(counts.length / 2)];
      const percent = (100 * inside) / total;
      console.log(`  ${name.padEnd(10)} config audit ${inside} of ${total} samples of ${intervalMs * 1000} µs = ${percent.toFixed(2)}%`);
      return percent;
    });
    // A build whose bundle lost the names (minified) has no samples under them: no figure, not a met goal.
    if (shares.some((share) => share === 0)) {
      console.log('GOAL config audit share of the tree scan: not measured (a build has no function of CONFIG_AUDIT by name)');
    } else if (shares.length === 1) {
      console.log(
        `GOAL config audit share of the tree scan: ${shares[0].toFixed(2)}% (set BENCH_CONFIG_BASELINE_CLI=<752e7e3's dist/cli.js> to compare; goal <= its share)`,
      );
    } else {
      goalValue('config audit share of the tree scan', shares[0], '%', Number(shares[1].toFixed(2)));
    }
  } finally {
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  }
}

if (parts.has('config')) configShareGoal();
