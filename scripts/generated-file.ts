// Shared by the scripts that write generated files (docs/rules.md, docs/troubleshooting.md, the policy
// schema): write the file, or with --check fail when the committed one differs from what would be written.
import { readFileSync, writeFileSync } from 'node:fs';

export function writeOrCheck(target: URL, text: string, name: string, command: string): void {
  if (!process.argv.includes('--check')) {
    writeFileSync(target, text);
    return;
  }
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (current !== text) {
    console.error(`${name} is stale: run \`${command}\` and commit the result`);
    process.exit(1);
  }
}
