/**
 * dist/cli.js on names that are not UTF-8, files larger than one read window, and PATHs typed in every
 * way: a private key behind a byte-name is found, a key in a streamed file is found at its own line, and
 * reported paths never climb unless the user typed ../ (issues 11 and 12).
 */
import assert from 'node:assert/strict';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { generateListedKey, scanJson, type ListedKey } from '../helpers/cli.js';
import { tempDir } from '../helpers/openssh.js';

const work = tempDir('ska-e2e-names-');

/** A path whose last name holds the byte 0xFF, which no UTF-8 decoding keeps. */
function byteName(dir: string, before: string, after: string): Buffer {
  return Buffer.concat([Buffer.from(`${dir}/${before}`), Buffer.from([0xff]), Buffer.from(after)]);
}

describe('names that are not valid UTF-8', () => {
  let root: string;
  let file: ListedKey;
  let nested: ListedKey;

  before(() => {
    const keys = join(work, 'keys');
    mkdirSync(keys);
    file = generateListedKey(keys, 'in-file', 'ed25519');
    nested = generateListedKey(keys, 'in-dir', 'ed25519');
    root = join(work, 'bytes');
    mkdirSync(root);
    writeFileSync(byteName(root, 'deploy', '.key'), readFileSync(file.path));
    const dir = byteName(root, 'dir', '');
    mkdirSync(dir);
    writeFileSync(Buffer.concat([dir, Buffer.from('/id_ed25519')]), readFileSync(nested.path));
  });

  it('a private key in a file or directory with such a name is read, reported with the byte escaped, exit 1', async () => {
    const { run, report } = await scanJson(['.'], root);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(report.skipped, []);
    const byPath = new Map(report.keys.map((key) => [key.path, key]));
    assert.equal(byPath.get('deploy\\xFF.key')?.fingerprint, file.fingerprint, JSON.stringify([...byPath.keys()]));
    assert.equal(byPath.get('dir\\xFF/id_ed25519')?.fingerprint, nested.fingerprint);
    assert.ok(report.findings.some((finding) => finding.rule === 'private-key' && finding.path === 'deploy\\xFF.key'));
  });

  it('--exclude matches the escaped name', async () => {
    const { report } = await scanJson(['.', '--exclude', 'dir*'], root);
    assert.deepEqual(
      report.keys.map((key) => key.path),
      ['deploy\\xFF.key'],
    );
  });
});

describe('files larger than one read window (--max-file-size raised)', () => {
  // The scan reads files above 33 MiB in 32 MiB windows with 1 MiB of look-ahead.
  const WINDOW = 32 * 1024 * 1024;
  let root: string;
  let keys: ListedKey[];
  let lines: number[];

  before(() => {
    const dir = join(work, 'big-keys');
    mkdirSync(dir);
    keys = [0, 1, 2].map((index) => generateListedKey(dir, `big${index}`, 'ed25519'));
    root = join(work, 'big');
    mkdirSync(root);
    const filler = 'const value = compute(input, options); // some ordinary source text here\n';
    const fd = openSync(join(root, 'huge.log'), 'w');
    let written = 0;
    let line = 1;
    lines = [];
    const put = (text: string): void => {
      written += writeSync(fd, text);
      line += text.split('\n').length - 1;
    };
    const fillTo = (bytes: number): void => {
      const count = Math.max(0, Math.floor((bytes - written) / filler.length));
      const chunk = filler.repeat(Math.min(count, 100_000));
      for (let left = count; left > 0; left -= 100_000) put(left >= 100_000 ? chunk : filler.repeat(left));
    };
    // One key near the start, one private key straddling the first window's end, one near the end.
    lines.push(line);
    put(keys[0]!.publicLine);
    fillTo(WINDOW - 200);
    lines.push(line);
    put(readFileSync(keys[1]!.path, 'utf8'));
    fillTo(WINDOW + 3 * 1024 * 1024);
    lines.push(line);
    put(keys[2]!.publicLine);
    put(filler);
    closeSync(fd);
  });

  it('every key is found once, at its own line, private key across the window edge included', async () => {
    const { run, report } = await scanJson(['.', '--max-file-size', String(64 * 1024 * 1024)], root);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(report.skipped, []);
    assert.deepEqual(
      report.keys.map((key) => [key.line, key.fingerprint]),
      lines.map((line, index) => [line, keys[index]!.fingerprint]),
    );
    const privateKey = report.findings.filter((finding) => finding.rule === 'private-key');
    assert.deepEqual(
      privateKey.map((finding) => finding.line),
      [lines[1]],
    );
  });

  it('without the raised limit it is a skipped entry that names the limit, and the scan goes on', async () => {
    writeFileSync(join(root, 'small.pub'), keys[0]!.publicLine);
    const { run, report } = await scanJson(['.'], root);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(report.skipped.length, 1);
    assert.equal(report.skipped[0]!.path, 'huge.log');
    assert.match(report.skipped[0]!.reason, /larger than the 5\.0 MiB limit .*--max-file-size/);
    assert.deepEqual(
      report.keys.map((key) => key.path),
      ['small.pub'],
    );
  });
});

describe('paths as the user typed them', () => {
  let repo: string;
  let elsewhere: string;

  before(() => {
    repo = join(work, 'srv', 'repo');
    mkdirSync(join(repo, 'sub'), { recursive: true });
    const key = generateListedKey(join(repo, 'sub'), 'a', 'ed25519');
    writeFileSync(join(repo, 'sub', 'a.pub'), key.publicLine);
    elsewhere = join(work, 'home', 'user');
    mkdirSync(elsewhere, { recursive: true });
  });

  it('an absolute PATH outside the working directory gives absolute paths, never ../', async () => {
    const { report } = await scanJson([repo], elsewhere);
    assert.deepEqual([...new Set(report.keys.map((key) => key.path))], [`${repo}/sub/a`, `${repo}/sub/a.pub`]);
    assert.equal(report.root, elsewhere);
  });

  it('a relative PATH that climbs keeps the ../ the user typed', async () => {
    const { report } = await scanJson(['../../srv/repo/sub/a.pub'], elsewhere);
    assert.deepEqual(
      report.keys.map((key) => key.path),
      ['../../srv/repo/sub/a.pub'],
    );
  });

  it('SARIF: %SRCROOT%-relative URIs under the root, absolute file:// URIs outside it', async () => {
    const outside = await scanJson([repo, '--format', 'sarif'], elsewhere);
    const sarif = JSON.parse(outside.run.stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[];
    };
    const locations = sarif.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation);
    assert.ok(locations.length > 0);
    for (const location of locations) {
      assert.equal(location.uriBaseId, undefined);
      assert.ok(location.uri.startsWith(`file://${repo}/sub/`), location.uri);
    }
    const inside = await scanJson(['--format', 'sarif'], repo);
    const insideSarif = JSON.parse(inside.run.stdout) as typeof sarif;
    for (const result of insideSarif.runs[0]!.results) {
      assert.equal(result.locations[0]!.physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.ok(result.locations[0]!.physicalLocation.artifactLocation.uri.startsWith('sub/'));
    }
  });
});
