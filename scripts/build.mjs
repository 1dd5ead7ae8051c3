// Bundles the CLI and the Action as ESM: dist/cli.js and dist/index.js are small entries, and what each
// command needs is a chunk in dist/chunks/ loaded when the command runs (esbuild code splitting), so
// `--version` does not parse the whole scanner. sshpk is CommonJS and calls require() for node built-ins,
// so every output file gets a require() from createRequire, under an alias because a bundled dependency
// imports createRequire itself.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const banner = [
  '#!/usr/bin/env node',
  "import { createRequire as __sshKeyAuditRequire } from 'node:module';",
  'const require = __sshKeyAuditRequire(import.meta.url);',
].join('\n');

// Chunk names carry a content hash: remove the previous build's, so dist/ holds exactly what is used.
rmSync('dist/chunks', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/index.ts', index: 'src/action/index.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: banner },
});
