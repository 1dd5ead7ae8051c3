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
const TEXT_MARKER = 'ssh-key-audit:';
// What may open the comment that holds the marker: `#`, `//`, `;`, `--` (also ending `<!--`), `/*`, or a
// `*` that starts the line (a continuation line of a block comment).
const OPENERS = ['#', '//', ';', '--', '/*'];
const RULE_START = /^[a-z0-9]$/;
const RULE_CHAR = /^[a-z0-9-]$/;

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\r' || char === '\n' || char === '\v' || char === '\f';
}

function skipBlanks(text: string, at: number): number {
  while (isBlank(text[at])) at++;
  return at;
}

/** A comment opener just before `marker`, blanks between: read backwards, so many markers on a line stay linear. */
function opensComment(text: string, marker: number): boolean {
  let end = marker;
  while (end > 0 && isBlank(text[end - 1])) end--;
  if (OPENERS.some((opener) => end >= opener.length && text.startsWith(opener, end - opener.length))) return true;
  if (text[end - 1] !== '*') return false;
  let start = end - 1;
  while (start > 0 && isBlank(text[start - 1])) start--;
  return start === 0;
}

/** A rule id (`[a-z0-9][a-z0-9-]*`) at `at`: its end, or -1. */
function ruleEnd(text: string, at: number): number {
  if (!RULE_START.test(text[at] ?? '')) return -1;
  let end = at + 1;
  while (RULE_CHAR.test(text[end] ?? '')) end++;
  return end;
}

/** The reason of ` -- reason`, without a closing `*\/` or `-->`; '' when there is none. */
function reasonOf(rest: string): string {
  if (!isBlank(rest[0])) return '';
  const after = rest.slice(skipBlanks(rest, 0));
  if (!after.startsWith('--')) return '';
  let reason = after.slice(2).trim();
  if (reason.endsWith('*/')) reason = reason.slice(0, -2).trimEnd();
  else if (reason.endsWith('-->')) reason = reason.slice(0, -3).trimEnd();
  return reason;
}

/**
 * `ssh-key-audit: ignore RULE[, RULE...] -- reason` after a comment opener, read by a loop: the regular
 * expression this replaces was cubic in a run of blanks (adjacent `\s*` around optional parts).
 */
function directiveAt(text: string, marker: number): { rules: string[]; rest: string } | null {
  if (!opensComment(text, marker)) return null;
  let at = skipBlanks(text, marker + TEXT_MARKER.length);
  if (!text.startsWith('ignore', at)) return null;
  at += 'ignore'.length;
  if (!isBlank(text[at])) return null;
  at = skipBlanks(text, at);
  let end = ruleEnd(text, at);
  if (end === -1) return null;
  const rules = [text.slice(at, end)];
  for (;;) {
    const comma = skipBlanks(text, end);
    if (text[comma] !== ',') break;
    const next = skipBlanks(text, comma + 1);
    const nextEnd = ruleEnd(text, next);
    if (nextEnd === -1) break;
    rules.push(text.slice(next, nextEnd));
    end = nextEnd;
  }
  return { rules, rest: text.slice(end) };
}

export function parseDirective(text: string, line: number): InlineDirective | null {
  for (let marker = text.indexOf(TEXT_MARKER); marker !== -1; marker = text.indexOf(TEXT_MARKER, marker + 1)) {
    const found = directiveAt(text, marker);
    if (!found) continue;
    const reason = reasonOf(found.rest);
    return { line, rules: found.rules, reason: reason === '' ? null : reason };
  }
  return null;
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
