/**
 * The package as a user installs it: `npm pack`, then `npm install --offline` of the tarball into an empty
 * project. The bundles hold everything they run, so the package has no dependencies: one package lands,
 * npm warns about nothing (engines included), and the bin, a scan and the Action work with nothing else
 * installed. dist/licenses.txt names every package the bundles hold, with its licence text.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { build } from 'esbuild';
import type { ScanResult } from '../../src/core/types.js';
import { actionDefaults, inputVariable, REPO_ROOT } from '../helpers/action.js';
import { PACKAGE_VERSION } from '../helpers/cli.js';
import { generateKey, keygenList, tempDir } from '../helpers/openssh.js';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  milliseconds: number;
}

/** npm with its own cache and no user config, so the test neither reads nor writes the developer's. */
function npm(args: string[], cwd: string, home: string): Run {
  const started = Date.now();
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_cache: join(home, 'cache'), npm_config_userconfig: join(home, 'npmrc') };
  for (const key of Object.keys(env)) if (/^npm_(config_(?!cache|userconfig)|package_|lifecycle_)/i.test(key)) delete env[key];
  const run = spawnSync('npm', args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, milliseconds: Date.now() - started };
}

/** The package directories the bundles hold, from esbuild's metafile (as scripts/licenses.mjs reads them). */
async function bundledPackages(): Promise<Map<string, { name: string; version: string; dir: string }>> {
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: ['src/cli/index.ts', 'src/action/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    outdir: 'unused',
    logLevel: 'error',
  });
  const packages = new Map<string, { name: string; version: string; dir: string }>();
  for (const input of Object.keys(result.metafile.inputs)) {
    const parts = input.split('/');
    const last = parts.lastIndexOf('node_modules');
    if (last === -1) continue;
    const dir = parts.slice(0, last + (parts[last + 1]!.startsWith('@') ? 3 : 2)).join('/');
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, dir, 'package.json'), 'utf8')) as { name: string; version: string };
    packages.set(`${manifest.name}@${manifest.version}`, { ...manifest, dir });
  }
  return packages;
}

describe('the npm package', () => {
  const dir = tempDir('ska-pack-');
  const project = join(dir, 'project');
  let tarball: string;
  let install: Run;

  before(() => {
    const packed = npm(['pack', '--json', '--pack-destination', dir], REPO_ROOT, dir);
    assert.equal(packed.status, 0, packed.stderr);
    tarball = join(dir, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true }));
    // --offline: a package with no dependencies needs nothing from the registry.
    install = npm(['install', '--offline', '--no-audit', '--no-fund', tarball], project, dir);
    assert.equal(install.status, 0, install.stderr);
  });

  it('declares no dependencies, and installs as one package without a warning', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) {
      assert.equal(manifest[field], undefined, `package.json has ${field}`);
    }
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    assert.deepEqual(Object.keys(lock.packages).sort(), ['', 'node_modules/ssh-key-audit']);
    assert.deepEqual(
      readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.')),
      ['ssh-key-audit'],
    );
    assert.doesNotMatch(install.stderr, /warn|EBADENGINE/i, install.stderr);
    assert.doesNotMatch(install.stdout, /warn/i, install.stdout);
    console.log(`# npm install --offline of the tarball: ${install.milliseconds} ms`);
  });

  it('accepts the running Node in engines', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    const floor = /^>=(\d+)$/.exec(manifest.engines.node);
    assert.ok(floor, `engines.node is a plain floor: ${manifest.engines.node}`);
    assert.ok(Number(process.versions.node.split('.')[0]) >= Number(floor[1]));
  });

  it('runs `npx ssh-key-audit --version` and a scan from the installed bundle', () => {
    const env = { ...process.env, npm_config_offline: 'true', npm_config_cache: join(dir, 'cache') };
    const version = spawnSync('npx', ['ssh-key-audit', '--version'], { cwd: project, env, encoding: 'utf8' });
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout, `ssh-key-audit ${PACKAGE_VERSION}\n`);
    const keys = join(project, 'keys');
    mkdirSync(keys);
    const key = generateKey(keys, 'id_ed25519', 'ed25519');
    const scan = spawnSync('npx', ['ssh-key-audit', 'keys', '--format', 'json'], { cwd: project, env, encoding: 'utf8' });
    assert.equal(scan.status, 1, scan.stderr);
    const report = JSON.parse(scan.stdout) as ScanResult;
    assert.deepEqual(
      report.findings.map((item) => [item.rule, item.path, item.fingerprint]),
      [['private-key', 'keys/id_ed25519', keygenList(`${key}.pub`)[0]!.fingerprint]],
    );
  });

  it('runs the Action bundle from the installed package, with nothing else installed', () => {
    const workspace = join(dir, 'workspace');
    mkdirSync(workspace);
    const output = join(dir, 'github-output');
    writeFileSync(output, '');
    writeFileSync(join(dir, 'summary'), '');
    const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: dir, NO_COLOR: '1' };
    for (const [name, value] of Object.entries(actionDefaults())) env[inputVariable(name)] = value.replace(/\$\{\{[^}]*\}\}/g, '');
    Object.assign(env, { GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: join(dir, 'summary') });
    const action = spawnSync(process.execPath, [join(project, 'node_modules/ssh-key-audit/dist/index.js')], {
      cwd: workspace,
      env,
      encoding: 'utf8',
    });
    assert.equal(action.status, 0, action.stdout + action.stderr);
    assert.match(readFileSync(output, 'utf8'), /^findings<</m);
  });

  it('ships dist/licenses.txt naming every bundled package with its licence and licence text', async () => {
    const file = join(project, 'node_modules/ssh-key-audit/dist/licenses.txt');
    assert.ok(existsSync(file));
    const text = readFileSync(file, 'utf8');
    const sections = new Map<string, string>();
    for (const section of text.split(/\n-{78}\n\n/).slice(1)) sections.set(section.split('\n')[0]!, section);
    const bundled = await bundledPackages();
    assert.ok(bundled.size > 10, `the bundles hold third-party packages: ${[...bundled.keys()].join(', ')}`);
    assert.deepEqual([...sections.keys()].sort(), [...bundled.keys()].sort());
    for (const [id, info] of bundled) {
      const section = sections.get(id)!;
      const manifest = JSON.parse(readFileSync(join(REPO_ROOT, info.dir, 'package.json'), 'utf8')) as { license?: string };
      assert.match(section, new RegExp(`^License: ${manifest.license!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'), id);
      // The text of the package's own licence file, whole; a package without one keeps it in its README.
      const licenceFile = readdirSync(join(REPO_ROOT, info.dir)).find((name) => /^(licen[sc]e|copying)/i.test(name));
      if (licenceFile) {
        const expected = readFileSync(join(REPO_ROOT, info.dir, licenceFile), 'utf8').trim();
        assert.ok(section.includes(expected), `${id}: the text of ${licenceFile} is in the licences file`);
      } else {
        assert.match(section, /Permission is hereby granted|Redistribution and use|Apache License|Permission to use/, id);
      }
    }
  });
});
