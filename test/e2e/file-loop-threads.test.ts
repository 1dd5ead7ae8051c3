/**
 * The file loop on two threads (issue 17): the bundled CLI's report is the same byte for byte whether the
 * main thread reads every file, a worker reads every file, or both share them, on a tree with keys, shared
 * RSA primes across files, duplicates, ssh/sshd configs with an Include, command lines, inline
 * suppressions and every kind of skipped entry. The worker keeps the read guards: a symlink swapped in
 * after listing is not followed there either. In-process, the worker is seen to scan the files it is given.
 */
import assert from 'node:assert/strict';
import { generatePrimeSync } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { discover } from '../../src/core/discover.js';
import { FileLoop } from '../../src/core/file-loop.js';
import { buildKeyTree, leakedSlices } from '../helpers/key-tree.js';
import { generateListedKey, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/openssh.js';
import { rsaPublicLine } from '../helpers/rsa-lines.js';

const prime = (bits: number): bigint => generatePrimeSync(bits, { bigint: true }) as bigint;

/** buildKeyTree plus enough other files to give both threads batches, and what makes the report rich. */
function buildTree(): { root: string; outside: string; privateBodies: string[] } {
  const work = tempDir('ska-threads-');
  const root = join(work, 'repo');
  const outside = join(work, 'outside');
  mkdirSync(root);
  mkdirSync(outside);
  const tree = buildKeyTree(root);
  const shared = prime(1024);
  for (let index = 0; index < 400; index++) {
    const dir = join(root, `pkg${index % 13}`);
    mkdirSync(dir, { recursive: true });
    const lines = [`// module ${index}`, 'export const value = 1;'];
    // Two moduli sharing a prime, far apart in the listed order (different batches, likely different threads).
    if (index === 3 || index === 397) lines.push(`const key = "${rsaPublicLine(shared * prime(1024), 65537n, `shared${index}`)}";`);
    if (index % 50 === 7) lines.push(`# ssh-key-audit: ignore weak-rsa-key -- fixture ${index}`, rsaPublicLine(prime(512) * prime(512)));
    // Spelled in pieces so that the self-scan of this repository does not find them in this file.
    if (index % 60 === 11) lines.push(`ssh -o ${'Strict'}HostKeyChecking=no deploy@example.com`, `${'ssh-'}keygen -t dsa -f id_dsa`);
    writeFileSync(join(dir, `file${index}.${index % 3 === 0 ? 'sh' : 'ts'}`), `${lines.join('\n')}\n`);
  }
  mkdirSync(join(root, 'etc/ssh/sshd_config.d'), { recursive: true });
  writeFileSync(join(root, 'etc/ssh/sshd_config'), 'Include sshd_config.d/*.conf\nPermitRootLogin yes\nPasswordAuthentication yes\n');
  writeFileSync(join(root, 'etc/ssh/sshd_config.d/10-ciphers.conf'), 'Ciphers aes128-cbc,3des-cbc\n');
  mkdirSync(join(root, 'home/.ssh'), { recursive: true });
  writeFileSync(join(root, 'home/.ssh/config'), 'Host *\n  StrictHostKeyChecking no\n  HostKeyAlgorithms +ssh-rsa\n');
  writeFileSync(join(root, 'pkg1/image.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  writeFileSync(join(root, 'pkg2/huge.txt'), 'x'.repeat(300_000));
  const secret = generateListedKey(outside, 'secret', 'ed25519');
  symlinkSync(join(outside, 'secret'), join(root, 'pkg3/link-outside'));
  symlinkSync(join(root, 'missing'), join(root, 'pkg4/broken-link'));
  execFileSync('mkfifo', [join(root, 'pkg5/pipe')]);
  const odd = Buffer.concat([Buffer.from(join(root, 'pkg6/')), Buffer.from([0x6b, 0xff, 0x2e, 0x70, 0x75, 0x62])]);
  writeFileSync(odd, `${secret.publicLine}\n`);
  return { root, outside, privateBodies: tree.privateBodies };
}

const { root, privateBodies } = buildTree();
const ARGS = ['.', '--format', 'json', '--fail-on', 'never', '--max-file-size', '200000'];

async function report(threads: string): Promise<string> {
  const run = await runCli(ARGS, root, { env: { SSH_KEY_AUDIT_THREADS: threads }, timeoutMs: 60_000 });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '');
  return run.stdout;
}

describe('the file loop on one thread, on a worker, on both', () => {
  it('gives the same report byte for byte, and the report holds what the tree holds', async () => {
    const one = await report('1');
    const worker = await report('worker');
    const both = await report('2');
    assert.equal(worker, one);
    assert.equal(both, one);
    const parsed = JSON.parse(one) as {
      keys: unknown[];
      findings: Array<{ rule: string; path: string }>;
      suppressed: Array<{ rule: string }>;
      skipped: Array<{ path: string; reason: string }>;
    };
    const rules = new Set(parsed.findings.map((item) => item.rule));
    for (const rule of ['factorable-key', 'duplicate-key', 'private-key', 'dsa-key', 'weak-key-generation', 'host-key-checking-disabled']) {
      assert.ok(rules.has(rule), `${rule} is reported`);
    }
    assert.ok(
      parsed.findings.some((item) => item.path === 'etc/ssh/sshd_config.d/10-ciphers.conf'),
      'the included sshd_config file is judged',
    );
    assert.equal(parsed.suppressed.filter((item) => item.rule === 'weak-rsa-key').length, 8);
    const reasons = new Map(parsed.skipped.map((item) => [item.path, item.reason]));
    assert.match(reasons.get('pkg1/image.bin') ?? '', /binary file/);
    assert.match(reasons.get('pkg2/huge.txt') ?? '', /larger than/);
    assert.match(reasons.get('pkg3/link-outside') ?? '', /outside the scan root/);
    assert.match(reasons.get('pkg4/broken-link') ?? '', /broken symlink/);
    assert.match(reasons.get('pkg5/pipe') ?? '', /named pipe/);
    assert.ok(
      parsed.keys.some((key) => (key as { path: string }).path === 'pkg6/k\\xFF.pub'),
      'the key under a non-UTF-8 name',
    );
    assert.deepEqual(leakedSlices(one, privateBodies), []);
  });

  it('in-process: the worker scans what it is given, with the read guards of the main thread', async () => {
    const discovery = await discover(['.'], root, [], []);
    // readers: null, as a scan starts: the first file with a key marker loads them (and is scanned again).
    const context = { minRsaBits: 2048, now: new Date(), maxFileSize: 200_000, memo: new Map(), readers: null };
    const settings = { blocklists: [], root };
    const main = new FileLoop(context, { ...settings, threads: 1 });
    const expected = await main.scan(discovery.files);
    assert.equal(main.workerFiles, 0);
    // Swapped for a symlink to a key outside the tree after listing: O_NOFOLLOW in the worker too.
    const victim = discovery.files.find((file) => file.path === 'pkg0/file13.ts')!;
    const saved = readFileSync(victim.absolute);
    rmSync(victim.absolute);
    symlinkSync(join(root, '..', 'outside', 'secret'), victim.absolute);
    try {
      const worker = new FileLoop({ ...context, memo: new Map(), readers: null }, { ...settings, threads: 'worker' });
      let last: [number, number] = [0, 0];
      const outcomes = await worker.scan(discovery.files, (done, total) => (last = [done, total]));
      assert.equal(worker.workerFiles, discovery.files.length);
      // The CLI clears its progress line when it hears that every file is done.
      assert.deepEqual(last, [discovery.files.length, discovery.files.length]);
      const at = discovery.files.indexOf(victim);
      assert.deepEqual(outcomes[at], { skipped: 'replaced by a symlink since it was listed, not followed' });
      assert.deepEqual(
        outcomes.filter((_, index) => index !== at),
        expected.filter((_, index) => index !== at),
      );
    } finally {
      rmSync(victim.absolute);
      writeFileSync(victim.absolute, saved);
    }
  });
});
