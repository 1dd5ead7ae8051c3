// Writes docs/rules.md from the rule catalogue (src/core/rules.ts); with --check, fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../src/core/rules.js';

const target = new URL('../docs/rules.md', import.meta.url);

const lines = [
  '# ssh-key-audit rules',
  '',
  '<!-- Generated from src/core/rules.ts by `npm run docs`; edit the catalogue, not this file. -->',
  '',
  'Every finding names one of these rules. Severities are the defaults: `error` fails a run with the default `--fail-on error`.',
  '',
  '| Rule | Severity | Title |',
  '| --- | --- | --- |',
  ...RULES.map((rule) => `| [\`${rule.id}\`](#${rule.id}) | ${rule.severity} | ${rule.title} |`),
  '',
];
for (const rule of RULES) {
  lines.push(`## ${rule.id}`, '', `**${rule.title}** · default severity: \`${rule.severity}\``, '');
  lines.push(`**What it detects.** ${rule.detects}`, '', `**Why it matters.** ${rule.why}`, '', `**How to fix.** ${rule.fix}`, '');
}
const text = lines.join('\n');

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (current !== text) {
    console.error('docs/rules.md is stale: run `npm run docs` and commit the result');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
