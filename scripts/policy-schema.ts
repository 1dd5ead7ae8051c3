// Writes schema/ssh-key-audit.schema.json from the policy schema in src/core/policy/schema.ts (which reads the
// rule catalogue and the key types); with --check, fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { policySchema, SCHEMA_PATH } from '../src/core/policy/schema.js';

const target = new URL(`../${SCHEMA_PATH}`, import.meta.url);
const text = JSON.stringify(policySchema(), null, 2) + '\n';

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (current !== text) {
    console.error(`${SCHEMA_PATH} is stale: run \`npm run docs\` and commit the result`);
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
