// Writes docs/rules.md from the rule catalogue (src/core/rules.ts); with --check, fails when it is stale.
import { RULES } from '../src/core/rules.js';
import { writeOrCheck } from './generated-file.js';

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

writeOrCheck(target, text, 'docs/rules.md', 'npm run docs');
