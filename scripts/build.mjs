// Bundles the CLI and the Action as ESM: dist/cli.js and dist/index.js are small entries, and what each
// command needs is a chunk in dist/chunks/ loaded when the command runs (esbuild code splitting), so
// `--version` does not parse the whole scanner. sshpk is CommonJS and calls require() for node built-ins,
// so every output file gets a require() from createRequire, under an alias because a bundled dependency
// imports createRequire itself. The bundles hold every library they use, so the published package has no
// dependencies; dist/licenses.txt carries the licences of what they hold.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { writeLicenses } from './licenses.mjs';

const banner = [
  '#!/usr/bin/env node',
  "import { createRequire as __sshKeyAuditRequire } from 'node:module';",
  'const require = __sshKeyAuditRequire(import.meta.url);',
].join('\n');

// Chunk names carry a content hash: remove the previous build's, so dist/ holds exactly what is used.
rmSync('dist/chunks', { recursive: true, force: true });
const bundles = await build({
  entryPoints: { cli: 'src/cli/index.ts', index: 'src/action/index.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The licences travel in dist/licenses.txt instead of comments scattered through the bundles.
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: banner },
  metafile: true,
});

const temp = mkdtempSync(join(tmpdir(), 'ssh-key-audit-build-'));
try {
  await writeLicenses(process.cwd(), [bundles.metafile], temp);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
