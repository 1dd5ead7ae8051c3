// Bundles the CLI and the Action as ESM: dist/cli.js and dist/index.js are small entries, and what each
// command needs is a chunk in dist/chunks/ loaded when the command runs (esbuild code splitting), so
// `--version` does not parse the whole scanner and a scan loads only what its input needs (issue 17's
// start-up goals). Bundled CommonJS code calls require() for node built-ins, so an output file that uses
// require gets one from createRequire, under an alias because a bundled dependency imports createRequire
// itself. The bundles hold every library they use, so the published package has no dependencies;
// dist/licenses.txt carries the licences of what they hold.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { writeLicenses } from './licenses.mjs';

const banner = [
  '#!/usr/bin/env node',
  "import { createRequire as __sshKeyAuditRequire } from 'node:module';",
  'const require = __sshKeyAuditRequire(import.meta.url);',
].join('\n');

/**
 * @actions/core's index imports two modules the Action never uses, each with top-level code esbuild must
 * keep because it cannot prove it harmless: @actions/http-client (for getIDToken's OIDC client), whose
 * import of undici evaluated ~800 KB of HTTP stack on every run, and platform.js (core.platform, which
 * pulls in @actions/exec and @actions/io). Their top levels only define classes, enums and constants, so
 * they are declared free of side effects: a module nothing uses is left out, and where something does use
 * it (@actions/github's client, loaded when the Action calls the API) it is bundled as before.
 */
const unusedActionsModules = {
  name: 'unused-actions-modules',
  setup(build) {
    build.onResolve({ filter: /^(@actions\/http-client|\.\/platform\.js)$/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      if (args.path === './platform.js' && !/[\\/]@actions[\\/]core[\\/]lib$/.test(args.resolveDir)) return undefined;
      const { path, errors } = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      return errors.length > 0 ? { errors } : { path, sideEffects: false };
    });
  },
};

/**
 * Libraries that a run needs only now and then, called synchronously where they are needed, which rules
 * out a dynamic import: each is bundled on its own as CommonJS (dist/chunks/NAME.cjs), and the ESM bundle
 * imports, in its place, a stand-in that require()s that file on first use. The sources and the tests
 * import the libraries as usual.
 * - sshpk (~390 KB with its dependencies, ~18 ms of CPU to load) reads only PEM private keys.
 * - minimatch (~85 KB) matches --include/--exclude, allow-entry paths and Include globs: a scan without
 *   any of them never uses it. Only our sources get the stand-in (glob ships its own copy; a library that
 *   imported minimatch would need the real module, whose GLOBSTAR it compares with).
 */
const LAZY_LIBRARIES = {
  sshpk: {
    entry: 'node_modules/sshpk/lib/index.js',
    exports: `export default new Proxy({}, { get: (_, name) => library()[name] });`,
  },
  minimatch: {
    entry: 'node_modules/minimatch/dist/esm/index.js',
    exports: [
      'export function minimatch(...args) { return library().minimatch(...args); }',
      // A constructor that returns an object makes new Minimatch(...) that object: the library's own.
      'export class Minimatch { constructor(...args) { return new (library().Minimatch)(...args); } }',
    ].join('\n'),
  },
};

const lazyLibraries = {
  name: 'lazy-libraries',
  setup(build) {
    const names = Object.keys(LAZY_LIBRARIES).join('|');
    build.onResolve({ filter: new RegExp(`^(${names})$`) }, (args) =>
      args.importer.includes('/node_modules/') ? undefined : { path: args.path, namespace: 'lazy-library' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-library' }, (args) => ({
      resolveDir: process.cwd(),
      loader: 'js',
      contents: `
        import { basename, dirname, join } from 'node:path';
        import { fileURLToPath } from 'node:url';
        let loaded;
        // This module lands in an entry (dist/) or in a chunk (dist/chunks/), wherever esbuild puts it.
        function library() {
          const here = dirname(fileURLToPath(import.meta.url));
          loaded ??= require(join(basename(here) === 'chunks' ? here : join(here, 'chunks'), ${JSON.stringify(`${args.path}.cjs`)}));
          return loaded;
        }
        ${LAZY_LIBRARIES[args.path].exports}
      `,
    }));
  },
};

// Chunk names carry a content hash: remove the previous build's, so dist/ holds exactly what is used.
rmSync('dist/chunks', { recursive: true, force: true });
const lazyBundles = await Promise.all(
  Object.entries(LAZY_LIBRARIES).map(([name, { entry }]) =>
    build({
      entryPoints: [entry],
      outfile: `dist/chunks/${name}.cjs`,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      legalComments: 'none',
      logLevel: 'warning',
      metafile: true,
    }),
  ),
);
// The CLI and the Action are built apart: in one build, every module both of them use became a chunk of
// its own, cut finer by each dynamic import, and a run loaded some 30 files where it needs about half.
const entries = [{ cli: 'src/cli/index.ts' }, { index: 'src/action/index.ts' }];
const builds = await Promise.all(
  entries.map((entryPoints) =>
    build({
      entryPoints,
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
      plugins: [unusedActionsModules, lazyLibraries],
    }),
  ),
);
// The batch GCD's and the file loop's workers start from the URL of the module that holds batch-gcd.ts or
// file-loop.ts; the entries do not tell a worker from the main thread, so that module must never be
// dist/cli.js or dist/index.js.
const WORKER_MODULES = ['src/core/checks/big-numbers/batch-gcd.ts', 'src/core/file-loop.ts'];
for (const [file, output] of builds.flatMap((one) => Object.entries(one.metafile.outputs))) {
  const isEntry = entries.some((entry) => Object.values(entry).includes(output.entryPoint));
  for (const module of WORKER_MODULES) {
    if (isEntry && output.inputs[module]) {
      throw new Error(`${file} holds ${module}: its worker would run the whole entry; import it dynamically`);
    }
  }
}

// Each output file that never says `require` loses the banner's createRequire() (most chunks: only the
// runtime helpers' chunk and the lazy libraries' stand-ins call require), which every one of them ran at load.
const shebang = banner.split('\n')[0];
for (const file of builds.flatMap((one) => Object.keys(one.metafile.outputs))) {
  const text = readFileSync(file, 'utf8');
  const body = text.slice(banner.length);
  if (text.startsWith(banner) && !/\brequire\b/.test(body)) writeFileSync(file, shebang + body);
}

const temp = mkdtempSync(join(tmpdir(), 'ssh-key-audit-build-'));
try {
  await writeLicenses(
    process.cwd(),
    [...builds, ...lazyBundles].map((one) => one.metafile),
    temp,
  );
} finally {
  rmSync(temp, { recursive: true, force: true });
}
