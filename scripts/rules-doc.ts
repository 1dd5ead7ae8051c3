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
  '## How keys are found',
  '',
  'Keys are found by content, in any file, and read through the layers real files put around them. A key found',
  'through a layer has the same type, size and fingerprint as the plain key, so every rule above applies to it.',
  '',
  '- **Text encodings.** UTF-16 LE/BE with a byte-order mark is transcoded, a UTF-8 byte-order mark is dropped',
  '  (`key-file-encoding` says where OpenSSH itself would not read the file). UTF-16 without a byte-order mark is',
  '  a binary file (`skipped`).',
  '- **Decoration around a key block.** String escapes (`\\n`, `\\r\\n`, `\\/`, `\\uXXXX`, `\\xXX`), XML/HTML',
  '  character references (`&#10;`, `&#xD;`, `&#43;`, `&lt;`), a prefix and a suffix that every body line shares',
  '  (string concatenation `"...\\n" +`, adjacent literals, shell continuations `\\n\\`, diff `+`, mail `> `,',
  '  comment markers `#`, `//`, ` * `), and whitespace inside the base64, including line breaks turned into spaces.',
  '- **Escapes inside a public key token.** `\\/`, `\\u002B`, `\\u002F`, `\\u003D` (JSON writers of PHP and .NET).',
  '- **Base64 values.** A base64 token of 104 characters or more, on one line or wrapped at a fixed width over',
  '  several lines (`base64` wraps at 76), that decodes to text holding a key (Kubernetes',
  '  Secrets, Helm values, cloud-init `encoding: b64`, `.env` files), and gzip inside it (cloud-init `gz+b64`).',
  '  The key is reported at the line of the token with `layers` (`["base64"]`, `["base64", "gzip"]`), and the',
  '  name the value is stored under classifies its lines (`known_hosts: ...`). A value inside a value is read',
  '  once more (two values deep at most) when the outer value shows a marker: gzip, or key text of its own.',
  '- **URL encoding.** A value percent-encoded as a whole (`-----BEGIN%20...`, `ssh-ed25519%20AAAA...`, or `+` for',
  '  spaces in form encoding), reported with `layers` `["percent"]`.',
  '- **Not read:** base64url, other compression than gzip, archives and',
  '  binary files, encrypted containers (the fingerprint of an encrypted PEM or PKCS#8 key is `null`), and a',
  '  value that is base64 of base64 with nothing readable between the two layers.',
  '',
];
for (const rule of RULES) {
  lines.push(`## ${rule.id}`, '', `**${rule.title}** · default severity: \`${rule.severity}\``, '');
  lines.push(`**What it detects.** ${rule.detects}`, '', `**Why it matters.** ${rule.why}`, '', `**How to fix.** ${rule.fix}`, '');
}
const text = lines.join('\n');

writeOrCheck(target, text, 'docs/rules.md', 'npm run docs');
