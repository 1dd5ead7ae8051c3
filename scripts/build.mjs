// Bundles the CLI and the Action into single ESM files. sshpk is CommonJS and calls require() for node
// built-ins, so the bundle gets a require() from createRequire, under an alias because a bundled
// dependency imports createRequire itself. The bundles hold every library they use, so the published
// package has no dependencies; dist/licenses.txt carries the licences of what they hold.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { writeLicenses } from './licenses.mjs';

const banner = [
  "import { createRequire as __sshKeyAuditRequire } from 'node:module';",
  'const require = __sshKeyAuditRequire(import.meta.url);',
].join('\n');

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The licences travel in dist/licenses.txt instead of comments scattered through the bundles.
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
};

const cli = await build({
  ...common,
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist/cli.js',
  banner: { js: `#!/usr/bin/env node\n${banner}` },
});
const action = await build({ ...common, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js', banner: { js: banner } });

const temp = mkdtempSync(join(tmpdir(), 'ssh-key-audit-build-'));
try {
  await writeLicenses(process.cwd(), [cli.metafile, action.metafile], temp);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
