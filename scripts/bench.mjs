// npm run bench: builds a synthetic tree (about 20,000 files and 200 MB of source-like text with a few
// hundred keys), then times the bundled CLI against grep looking for the same key markers on the same
// tree, and the CLI on one authorized_keys file of 20,000 lines. Figures are medians of 3 warm runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tree = join(root, 'bench-tree');
const FILES = Number(process.env.BENCH_FILES ?? 20000);
const TARGET_BYTES = Number(process.env.BENCH_BYTES ?? 200 * 1024 * 1024);
const KEYED_FILES = 300;
const AUTHORIZED_LINES = 20000;

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

function buildTree() {
  const marker = join(tree, `.built-${FILES}-${TARGET_BYTES}`);
  if (existsSync(marker)) return;
  rmSync(tree, { recursive: true, force: true });
  const perFile = Math.floor(TARGET_BYTES / FILES);
  for (let index = 0; index < FILES; index++) {
    const dir = join(tree, `pkg${index % 200}`, `mod${index % 7}`);
    mkdirSync(dir, { recursive: true });
    const lines = [];
    let size = 0;
    while (size < perFile) {
      const line = sourceLine();
      lines.push(line);
      size += line.length + 1;
    }
    if (index % Math.floor(FILES / KEYED_FILES) === 0) lines.splice(Math.floor(lines.length / 2), 0, keyedContent(index));
    writeFileSync(join(dir, `file${index}.${pick(['ts', 'js', 'yml', 'tf', 'sh', 'md'])}`), lines.join('\n') + '\n');
  }
  const authorized = [];
  for (let i = 0; i < AUTHORIZED_LINES; i++) authorized.push(i % 4 === 0 ? rsaLine(`k${i}`) : ed25519Line(`k${i}`));
  mkdirSync(join(tree, '..', 'bench-authorized'), { recursive: true });
  writeFileSync(join(tree, '..', 'bench-authorized', 'authorized_keys'), authorized.join('\n') + '\n');
  writeFileSync(marker, '');
}

function timed(command, args) {
  const times = [];
  let result;
  for (let round = 0; round < 4; round++) {
    const start = process.hrtime.bigint();
    result = spawnSync(command, args, { cwd: root, maxBuffer: 1 << 30, encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (round > 0) times.push(seconds); // round 0 warms the page cache
  }
  times.sort((a, b) => a - b);
  return { seconds: times[1], result };
}

function duBytes(dir) {
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
}

console.log(`building ${FILES} files, ${(TARGET_BYTES / 1024 / 1024).toFixed(0)} MB in bench-tree/ (kept for reruns)...`);
buildTree();
const bytes = duBytes(tree);
const cli = join(root, 'dist', 'cli.js');

const grep = timed('grep', ['-rlE', 'ssh-(rsa|dss|ed25519)|ecdsa-sha2-|BEGIN [A-Z ]*PRIVATE KEY|PuTTY-User-Key-File', tree]);
const scan = timed(process.execPath, [cli, tree, '--format', 'json', '--fail-on', 'never']);
if (scan.result.status !== 0) throw new Error(`the CLI failed: ${scan.result.stderr}`);
const report = JSON.parse(scan.result.stdout);

const mb = bytes / 1024 / 1024;
const row = (name, seconds) =>
  `${name.padEnd(22)} ${seconds.toFixed(3).padStart(7)} s  ${(FILES / seconds).toFixed(0).padStart(7)} files/s  ${(mb / seconds).toFixed(0).padStart(5)} MB/s`;
console.log(`tree: ${FILES} files, ${mb.toFixed(1)} MB; the CLI found ${report.summary.keys} keys and ${report.findings.length} findings`);
console.log(row('grep -rlE (baseline)', grep.seconds));
console.log(row('ssh-key-audit', scan.seconds));
console.log(`ratio: ssh-key-audit takes ${(scan.seconds / grep.seconds).toFixed(2)}x grep's time (target: within 3x)`);

const authorizedFile = join(tree, '..', 'bench-authorized', 'authorized_keys');
const authorized = timed(process.execPath, [cli, authorizedFile, '--format', 'json', '--fail-on', 'never']);
const authorizedReport = JSON.parse(authorized.result.stdout);
const empty = timed(process.execPath, [cli, '--version']);

// A 10,000-line ssh_config: many Host blocks with algorithm lists, a few of them weak.
const configFile = join(tree, '..', 'bench-authorized', 'ssh_config');
const configLines = [];
for (let i = 0; configLines.length < 10000; i++) {
  configLines.push(`Host host${i}.example.com`, `  HostName 10.0.${i % 256}.${i % 200}`, '  User deploy');
  configLines.push(i % 50 === 0 ? '  HostKeyAlgorithms +ssh-rsa' : '  Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com');
  configLines.push(i % 70 === 0 ? '  StrictHostKeyChecking no' : '  IdentitiesOnly yes');
}
writeFileSync(configFile, configLines.join('\n') + '\n');
const config = timed(process.execPath, [cli, configFile, '--format', 'json', '--fail-on', 'never']);
console.log(
  `authorized_keys: ${authorizedReport.summary.keys} keys (${(statSync(authorizedFile).size / 1024 / 1024).toFixed(1)} MB) in ${authorized.seconds.toFixed(3)} s ` +
    `including ${empty.seconds.toFixed(3)} s of node start-up (target: under 1 s)`,
);
console.log(
  `ssh_config: ${configLines.length} lines, ${JSON.parse(config.result.stdout).findings.length} findings in ${config.seconds.toFixed(3)} s including start-up (target: well under 1 s)`,
);
