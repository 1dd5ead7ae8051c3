// Bundles the CLI and the Action into single ESM files. sshpk is CommonJS and calls require() for node
// built-ins, so the bundle gets a require() from createRequire, under an alias because a bundled
// dependency imports createRequire itself.
import { build } from 'esbuild';

const banner = [
  "import { createRequire as __sshKeyAuditRequire } from 'node:module';",
  'const require = __sshKeyAuditRequire(import.meta.url);',
].join('\n');

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${banner}` } });
await build({ ...common, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js', banner: { js: banner } });
