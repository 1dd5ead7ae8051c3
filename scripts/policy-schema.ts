// Writes schema/ssh-key-audit.schema.json from the policy schema in src/core/policy/schema.ts (which reads the
// rule catalogue and the key types); with --check, fails when the committed file is stale.
import { policySchema, SCHEMA_PATH } from '../src/core/policy/schema.js';
import { writeOrCheck } from './generated-file.js';

const target = new URL(`../${SCHEMA_PATH}`, import.meta.url);
const text = JSON.stringify(policySchema(), null, 2) + '\n';

writeOrCheck(target, text, SCHEMA_PATH, 'npm run docs');
