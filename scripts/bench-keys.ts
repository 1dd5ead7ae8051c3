// The key-math part of `npm run bench`: 10,000 RSA public keys (2048 and 3072 bits, made by OpenSSL
// through node:crypto, the library ssh-keygen uses, and cached in bench-keys/ because making them takes
// minutes) through every per-key check and the batch GCD, plus the ROCA and pattern false-positive count.
import { spawnSync } from 'node:child_process';
import { generateKeyPair } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { batchGcd } from '../src/core/checks/big-numbers/batch-gcd.js';
import { toBigInt } from '../src/core/checks/big-numbers/bigint-math.js';
import { mathFindings } from '../src/core/checks/key-math.js';
import { findSharedPrimes } from '../src/core/checks/big-numbers/shared-primes.js';
import { parsePublicBlob } from '../src/core/keys/public-blob.js';
import { sshString } from '../src/core/keys/wire.js';

const COUNT = Number(process.env['BENCH_KEYS'] ?? 10000);
const dir = new URL('../bench-keys/', import.meta.url).pathname;
const cache = join(dir, `rsa-${COUNT}.txt`);

function mpint(bytes: Buffer): Buffer {
  return sshString(bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

async function makeKeys(): Promise<string[]> {
  if (existsSync(cache)) return readFileSync(cache, 'utf8').trim().split('\n');
  mkdirSync(dir, { recursive: true });
  console.log(`generating ${COUNT} RSA keys with OpenSSL into bench-keys/ (once; this takes a few minutes)...`);
  const generate = promisify(generateKeyPair);
  const lines: string[] = [];
  // Four at a time keeps both cores busy through libuv's thread pool.
  for (let start = 0; start < COUNT; start += 4) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(4, COUNT - start) }, (_, offset) =>
        generate('rsa', { modulusLength: (start + offset) % 5 === 0 ? 3072 : 2048 }),
      ),
    );
    for (const { publicKey } of batch) {
      const jwk = publicKey.export({ format: 'jwk' });
      const blob = Buffer.concat([sshString('ssh-rsa'), mpint(Buffer.from(jwk.e!, 'base64url')), mpint(Buffer.from(jwk.n!, 'base64url'))]);
      lines.push(`ssh-rsa ${blob.toString('base64')}`);
    }
  }
  writeFileSync(cache, lines.join('\n') + '\n');
  return lines;
}

const lines = await makeKeys();
const infos = lines.map((line) => parsePublicBlob(Buffer.from(line.split(' ')[1]!, 'base64')));

let start = performance.now();
let flagged = 0;
for (const info of infos) if (mathFindings(info).length > 0) flagged++;
const perKeySeconds = (performance.now() - start) / 1000;
console.log(
  `per-key checks (blocklist, ROCA, Fermat, Wiener, parameters, patterns): ${infos.length} keys in ${perKeySeconds.toFixed(3)} s = ${(infos.length / perKeySeconds).toFixed(0)} keys/s (target: over 20,000); false positives: ${flagged}`,
);

start = performance.now();
const moduli = new Map(
  infos.map((info, index) => [
    info.params.n!.toString('hex'),
    { n: info.params.n!, locations: [{ path: 'bench', line: index + 1, fingerprint: info.fingerprint }] },
  ]),
);
const shared = await findSharedPrimes(moduli);
const batchSeconds = (performance.now() - start) / 1000;
console.log(
  `batch GCD with the small-prime product over ${moduli.size} moduli, two threads from 2,000 moduli on (from the sources): ${batchSeconds.toFixed(2)} s; findings: ${shared.length}`,
);

// The product runs the batch GCD of a large scan on two threads; the threads run the bundle, so this
// part is timed through dist/cli.js on the same keys (parse, every per-key check, batch GCD, JSON).
const keysFile = join(dir, `rsa-${COUNT}`, 'keys.pub');
mkdirSync(dirname(keysFile), { recursive: true });
writeFileSync(keysFile, lines.join('\n') + '\n');
start = performance.now();
const cli = spawnSync(
  process.execPath,
  [new URL('../dist/cli.js', import.meta.url).pathname, keysFile, '--format', 'json', '--fail-on', 'never'],
  {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  },
);
const cliSeconds = (performance.now() - start) / 1000;
if (cli.status !== 0) throw new Error(`the CLI failed: ${cli.stderr}`);
const cliReport = JSON.parse(cli.stdout) as { summary: { keys: number }; findings: { rule: string }[] };
console.log(
  `the CLI on the same ${cliReport.summary.keys} keys (parse, every check, batch GCD on two threads): ${cliSeconds.toFixed(2)} s (batch GCD goals: see bench-gcd below); ` +
    `factorable-key findings: ${cliReport.findings.filter((finding) => finding.rule === 'factorable-key').length}`,
);
start = performance.now();
batchGcd(infos.slice(0, 1000).map((info) => toBigInt(info.params.n!)));
console.log(`batch GCD over the first 1,000 moduli alone: ${((performance.now() - start) / 1000).toFixed(2)} s`);
