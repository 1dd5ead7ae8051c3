/**
 * Start-up (issue 17): the bundles load what a run needs when it needs it. Each run of dist/cli.js or
 * dist/index.js is traced (a module loader hook and require.cache at exit list every file it loaded), and
 * the libraries in those files are read from esbuild's `// node_modules/NAME/...` markers. A run that needs
 * a library must still get it: the traced runs check their results against ssh-keygen and the policy file.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import type { ScanResult } from '../../src/core/types.js';
import { runAction, REPO_ROOT } from '../helpers/action.js';
import { runCli } from '../helpers/cli.js';
import { generateKey, keygenList, tempDir } from '../helpers/openssh.js';

const tracer = tempDir('ska-trace-');
writeFileSync(
  join(tracer, 'hooks.mjs'),
  `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.SKA_TRACE_FILE, url + '\\n');
  return next(url, context);
}
`,
);
writeFileSync(
  join(tracer, 'register.mjs'),
  `import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';
register(new URL('./hooks.mjs', import.meta.url));
// CommonJS files (dist/chunks/sshpk.cjs) are loaded by require(), which the ESM hooks do not see.
const cache = createRequire(import.meta.url).cache;
process.on('exit', () => {
  for (const file of Object.keys(cache)) appendFileSync(process.env.SKA_TRACE_FILE, pathToFileURL(file).href + '\\n');
});
`,
);

interface Loaded {
  /** dist/ files, relative to dist/. */
  files: string[];
  /** npm packages bundled into them. */
  packages: Set<string>;
  /** Project sources bundled into them, `src/...`. */
  sources: Set<string>;
}

const DIST = join(REPO_ROOT, 'dist');

function traceEnv(trace: string): Record<string, string> {
  return { NODE_OPTIONS: `--import ${join(tracer, 'register.mjs')}`, SKA_TRACE_FILE: trace };
}

function loaded(trace: string): Loaded {
  const files = [
    ...new Set(
      readFileSync(trace, 'utf8')
        .split('\n')
        .filter((url) => url.startsWith('file:'))
        .map((url) => fileURLToPath(url))
        .filter((path) => path.startsWith(DIST + '/')),
    ),
  ];
  unlinkSync(trace);
  const packages = new Set<string>();
  const sources = new Set<string>();
  for (const file of files) {
    for (const [, name] of readFileSync(file, 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//gm)) packages.add(name!);
    for (const [, path] of readFileSync(file, 'utf8').matchAll(/^\/\/ (src\/\S+)$/gm)) sources.add(path!);
  }
  return { files: files.map((file) => file.slice(DIST.length + 1)), packages, sources };
}

function assertNone(what: Loaded, names: readonly string[], why: string): void {
  const present = names.filter((name) => what.packages.has(name) || what.sources.has(name));
  assert.deepEqual(present, [], `${why}; loaded: ${what.files.join(', ')}`);
}

const POLICY_LIBRARIES = ['yaml', 'ajv'];
const KEY_READERS = ['sshpk', 'src/core/inventory.ts', 'src/core/checks/blocklist.ts'];
const PATTERNS = ['minimatch'];
const HTTP_CLIENT = ['undici', '@actions/http-client', '@actions/github', '@octokit/core', '@actions/exec'];

describe('start-up: what a run loads', () => {
  it('the tracer sees the bundles (else every "not loaded" below would pass for nothing)', async () => {
    const dir = tempDir('ska-start-');
    const trace = `${dir}.trace`;
    const run = await runCli(['--version'], dir, { env: traceEnv(trace) });
    assert.equal(run.status, 0, run.stderr);
    const seen = loaded(trace);
    assert.ok(seen.files.includes('cli.js'), seen.files.join(', '));
    assert.ok(seen.sources.has('src/cli/main.ts'), [...seen.sources].join(', '));
  });

  it('an empty scan loads neither the policy reader, nor the key readers, nor an HTTP client', async () => {
    const dir = tempDir('ska-start-');
    const trace = `${dir}.trace`;
    const run = await runCli([dir, '--format', 'json'], dir, { env: traceEnv(trace) });
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as ScanResult;
    assert.equal(report.summary.files, 0);
    const seen = loaded(trace);
    assert.ok(seen.sources.has('src/core/scan.ts'), 'the scan ran from the bundle');
    assertNone(seen, [...POLICY_LIBRARIES, ...KEY_READERS, ...PATTERNS, ...HTTP_CLIENT], 'nothing in the tree needs them');
  });

  it('files without a key marker do not load the key readers either', async () => {
    const dir = tempDir('ska-start-');
    writeFileSync(join(dir, 'README.md'), '# A project\n\nNo keys here, only text about ssh and rsa.\n');
    writeFileSync(join(dir, 'main.c'), 'int main(void) { return 0; }\n');
    const trace = `${dir}.trace`;
    const run = await runCli([dir, '--format', 'json'], dir, { env: traceEnv(trace) });
    assert.equal(run.status, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as ScanResult).summary.files, 2);
    assertNone(loaded(trace), KEY_READERS, 'no file has a key marker');
  });

  it('a PEM private key loads sshpk (bundled apart) and gets the fingerprint ssh-keygen prints', async () => {
    const dir = tempDir('ska-start-');
    const key = generateKey(dir, 'id_rsa', 'rsa', ['-b', '2048', '-m', 'PEM']);
    const [expected] = keygenList(key);
    rmSync(`${key}.pub`);
    assert.match(readFileSync(key, 'utf8'), /^-----BEGIN RSA PRIVATE KEY-----/);
    const trace = `${dir}.trace`;
    const run = await runCli([dir, '--format', 'json'], dir, { env: traceEnv(trace) });
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as ScanResult;
    assert.deepEqual(
      report.keys.map((found) => [found.path, found.bits, found.fingerprint]),
      [['id_rsa', expected!.bits, expected!.fingerprint]],
    );
    const seen = loaded(trace);
    assert.ok(seen.files.includes('chunks/sshpk.cjs'), `sshpk read the key: ${seen.files.join(', ')}`);
    assert.ok(seen.sources.has('src/core/inventory.ts'));
    assertNone(seen, [...POLICY_LIBRARIES, ...HTTP_CLIENT], 'no policy file, no API');
  });

  it('--exclude loads minimatch (bundled apart), and the pattern applies', async () => {
    const dir = tempDir('ska-start-');
    mkdirSync(join(dir, 'lib', 'vendor', 'deep'), { recursive: true });
    const kept = generateKey(join(dir, 'lib'), 'id_ed25519', 'ed25519');
    generateKey(join(dir, 'lib', 'vendor', 'deep'), 'id_ed25519', 'ed25519');
    const trace = `${dir}.trace`;
    const run = await runCli([dir, '--exclude', 'vendor', '--format', 'json'], dir, { env: traceEnv(trace) });
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as ScanResult;
    assert.deepEqual(
      report.keys.map((found) => found.path),
      ['lib/id_ed25519', 'lib/id_ed25519.pub'],
      'a pattern without a slash excludes lib/vendor too',
    );
    assert.equal(report.keys[1]!.fingerprint, keygenList(`${kept}.pub`)[0]!.fingerprint);
    const seen = loaded(trace);
    assert.ok(seen.files.includes('chunks/minimatch.cjs'), seen.files.join(', '));
  });

  it('a policy file loads the policy reader, and its settings apply', async () => {
    const dir = tempDir('ska-start-');
    writeFileSync(join(dir, '.ssh-key-audit.yml'), 'min-rsa-bits: 4096\nfail-on: warning\n');
    const trace = `${dir}.trace`;
    const run = await runCli([dir, '--print-config', '--format', 'json'], dir, { env: traceEnv(trace) });
    assert.equal(run.status, 0, run.stderr);
    const policy = JSON.parse(run.stdout) as Record<string, unknown>;
    assert.equal(policy['min-rsa-bits'], 4096);
    assert.equal(policy['fail-on'], 'warning');
    const seen = loaded(trace);
    for (const name of POLICY_LIBRARIES) assert.ok(seen.packages.has(name), `${name}: ${seen.files.join(', ')}`);
  });

  it('the Action on an empty workspace loads no HTTP client, policy reader or key reader, and reports as before', () => {
    const workspace = tempDir('ska-start-');
    const trace = `${workspace}.trace`;
    const run = runAction(workspace, {}, { env: traceEnv(trace) });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.outputs.get('findings'), '0');
    assert.equal(run.outputs.get('keys'), '0');
    assert.ok(run.sarif !== null && run.report !== null, 'both reports written');
    assert.ok(existsSync(trace));
    const seen = loaded(trace);
    assert.ok(seen.files.includes('index.js'), seen.files.join(', '));
    assertNone(seen, [...POLICY_LIBRARIES, ...KEY_READERS, ...PATTERNS, ...HTTP_CLIENT], 'no token, no policy file, no key');
  });
});
