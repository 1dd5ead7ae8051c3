/**
 * Inline suppressions: `ssh-key-audit: ignore RULE[,RULE...] -- reason` in a comment (`#`, `//`, `;`, `--`,
 * `/* *\/`, `<!-- -->`) on a finding's line or on the line above it. The scan passes each file's bytes here
 * while it has them: a file without the marker costs one byte search, and only the directives are kept.
 */

export interface InlineDirective {
  line: number;
  rules: string[];
  /** null when written without `-- reason`: such a directive suppresses nothing and is itself a finding. */
  reason: string | null;
}

const MARKER = Buffer.from('ssh-key-audit:');
const NEWLINE = 0x0a;
// A comment opener, the marker, `ignore` and the rule ids; whatever follows is parsed for the reason.
const DIRECTIVE = /(?:#|\/\/|;|--|\/\*|<!--|^\s*\*)\s*ssh-key-audit:\s*ignore\s+([a-z0-9][a-z0-9-]*(?:\s*,\s*[a-z0-9][a-z0-9-]*)*)(.*)$/;
// ` -- reason`, before the end of a block comment if there is one.
const REASON = /^\s+--\s*(.*?)\s*(?:\*\/|-->)?\s*$/;

export function parseDirective(text: string, line: number): InlineDirective | null {
  const match = DIRECTIVE.exec(text);
  if (!match) return null;
  const rules = match[1]!.split(',').map((rule) => rule.trim());
  const reason = REASON.exec(match[2]!)?.[1] ?? '';
  return { line, rules, reason: reason === '' ? null : reason };
}

export function findDirectives(bytes: Buffer): InlineDirective[] {
  let at = bytes.indexOf(MARKER);
  if (at === -1) return [];
  const directives: InlineDirective[] = [];
  let line = 1;
  let counted = 0;
  while (at !== -1) {
    for (let index = counted; index < at; index++) if (bytes[index] === NEWLINE) line++;
    counted = at;
    const start = bytes.lastIndexOf(NEWLINE, at) + 1;
    const newline = bytes.indexOf(NEWLINE, at);
    const end = newline === -1 ? bytes.length : newline;
    const directive = parseDirective(bytes.toString('utf8', start, end).replace(/\r$/, ''), line);
    if (directive) directives.push(directive);
    at = newline === -1 ? -1 : bytes.indexOf(MARKER, end);
  }
  return directives;
}
