/**
 * Configs written by a script (CI jobs, Dockerfiles, provisioning): text that `echo`, `printf`, `tee` or a
 * heredoc writes into a path ending in ssh_config, sshd_config, sshd_config.d/… or .ssh/config, and the
 * replacement text of `sed -i 's/…/…/'` (or its a/i/c commands) on such a path. The lines written into one
 * path in one file form a config of that kind (`>` starts it afresh, `>>` appends), evaluated like any other
 * (blocks, first value wins) and reported at the script line that writes each setting.
 */
import { checkSetting } from '../checks/config-rules.js';
import type { Finding } from '../types.js';
import { walkConfig, type ConfigSource } from './effective.js';
import { judgeEntries, type ConfigKind } from './in-force.js';

const NOT_IN_PATH = /[\s"';|&<>]/;
const CONFIG_NAMES = ['sshd_config', 'ssh_config', '.ssh/config'];

/**
 * The ssh config path a shell word names (one quote at either end dropped), or null: the whole path or a part
 * after a `/` is `sshd_config`, `ssh_config` or `.ssh/config`, or one of them + `.d/` + more; no blank, quote,
 * `;`, `|`, `&`, `<` or `>` in it. Checked at each `/` with startsWith, not with
 * `/^["']?((?:[^\s"';|&<>]*\/)?(?:sshd?_config(?:\.d\/[^\s"';|&<>]+)?|\.ssh\/config(?:\.d\/[^\s"';|&<>]+)?))["']?$/`,
 * which retried every `/` of a long path that did not fit (the square of its length).
 */
export function configTarget(word: string): string | null {
  let start = 0;
  let end = word.length;
  if (start < end && (word[start] === '"' || word[start] === "'")) start++;
  if (start < end && (word[end - 1] === '"' || word[end - 1] === "'")) end--;
  const path = word.slice(start, end);
  if (NOT_IN_PATH.test(path)) return null;
  for (let at = 0; at !== -1 && at < path.length; at = path.indexOf('/', at) + 1 || -1) {
    for (const name of CONFIG_NAMES) {
      if (!path.startsWith(name, at)) continue;
      const rest = at + name.length;
      if (rest === path.length || (path.startsWith('.d/', rest) && path.length > rest + 3)) return path;
    }
  }
  return null;
}

interface Written {
  text: string;
  line: number;
}

interface Token {
  text: string;
  /** Unquoted shell operator (`>`, `>>`, `|`, `;`, `&&`, `<<`...). */
  operator: boolean;
  quoted: boolean;
}

/** Shell words of one line, quotes removed, operators apart: enough to see `echo … > path`. */
function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < line.length) {
    const char = line[index]!;
    if (char === ' ' || char === '\t') {
      index++;
      continue;
    }
    if ('<>|;&'.includes(char)) {
      let end = index + 1;
      while (end < line.length && '<>|&-'.includes(line[end]!) && end - index < 3) end++;
      tokens.push({ text: line.slice(index, end), operator: true, quoted: false });
      index = end;
      continue;
    }
    let text = '';
    let quoted = false;
    while (index < line.length && !' \t<>|;&'.includes(line[index]!)) {
      const current = line[index]!;
      if (current === '"' || current === "'") {
        quoted = true;
        const close = line.indexOf(current, index + 1);
        const end = close === -1 ? line.length : close;
        let part = line.slice(index + 1, end);
        if (current === '"') part = part.replace(/\\(["\\$`])/g, '$1');
        text += part;
        index = end + 1;
      } else if (current === '\\' && index + 1 < line.length) {
        text += line.slice(index, index + 2);
        index += 2;
      } else {
        text += current;
        index++;
      }
    }
    tokens.push({ text, operator: false, quoted });
  }
  return tokens;
}

/** echo -e / printf / dash's echo: `\n` and `\t` in the text are a newline and a tab. */
const unescape = (text: string): string => text.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\\\/g, '\\');

/** `sed` expressions: the text `s/x/TEXT/`, `a TEXT`, `i TEXT` and `c TEXT` put into the file. */
function sedTexts(expression: string): string[] {
  const texts: string[] = [];
  const substitute = /(?:^|[;}\s/])s(.)/g;
  for (let match = substitute.exec(expression); match; match = substitute.exec(expression)) {
    const delimiter = match[1]!;
    if (/[\s\\\n]/.test(delimiter)) continue;
    let at = match.index + match[0].length;
    const parts: string[] = [];
    let part = '';
    while (at < expression.length && parts.length < 2) {
      const char = expression[at]!;
      if (char === '\\' && at + 1 < expression.length) {
        part += expression[at + 1] === delimiter ? delimiter : expression.slice(at, at + 2);
        at += 2;
        continue;
      }
      if (char === delimiter) {
        parts.push(part);
        part = '';
      } else part += char;
      at++;
    }
    // `&` puts back whatever matched, which the script does not show.
    if (parts.length === 2 && !/(^|[^\\])&/.test(parts[1]!)) texts.push(parts[1]!.replace(/\\(\d)/g, ''));
    substitute.lastIndex = at;
  }
  const append = appendedText(expression);
  if (append !== null && !/^[/$\d]*s/.test(expression)) texts.push(append);
  return texts;
}

interface Write {
  target: string;
  append: boolean;
  lines: Written[];
}

const ADDRESS_END = /[/$\d}]/;
const BLANK = /\s/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * The text of sed's `a`, `i` or `c` command in one expression, or null: the command letter at the start or
 * after an address (`/`, `$`, a digit, `}`), blanks and one optional `\` after it, then the text to the end,
 * which holds no line break (blanks before it are dropped, but one is kept if nothing else follows). A loop
 * for `/(?:^|[/$\d}])\s*([aic])\\?\s*(.+)$/`, which went to the end from every start before failing on a
 * line break there (the square of a long run of blanks).
 */
export function appendedText(expression: string): string | null {
  const length = expression.length;
  let lastBreak = -1;
  for (let at = 0; at < length; at++) if (LINE_BREAK.test(expression[at]!)) lastBreak = at;
  // The text from `from` on: blanks skipped, the rest to the end; all blanks gives back the last one.
  const textFrom = (from: number): string | null => {
    let at = from;
    while (at < length && BLANK.test(expression[at]!)) at++;
    if (at < length) return at > lastBreak ? expression.slice(at) : null;
    return length - 1 >= from && lastBreak !== length - 1 ? expression.slice(length - 1) : null;
  };
  const commandAt = (from: number): string | null => {
    let at = from;
    while (at < length && BLANK.test(expression[at]!)) at++;
    if (!'aic'.includes(expression[at] ?? '_')) return null;
    at++;
    if (expression[at] === '\\') return textFrom(at + 1) ?? textFrom(at);
    return textFrom(at);
  };
  for (let start = 0; start < length; start++) {
    if (start === 0) {
      const found = commandAt(0);
      if (found !== null) return found;
    }
    if (ADDRESS_END.test(expression[start]!)) {
      const found = commandAt(start + 1);
      if (found !== null) return found;
    }
  }
  return null;
}

/** What one line (with the lines of its heredoc) writes into an ssh config path. */
function writesOf(line: string, lineNumber: number, heredoc: () => Written[]): Write[] {
  const tokens = tokenize(line);
  const writes: Write[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.operator) continue;
    const command = token.text.slice(token.text.lastIndexOf('/') + 1);
    // The command's own words, up to the next operator.
    let end = index + 1;
    while (end < tokens.length && !tokens[end]!.operator) end++;
    const words = tokens.slice(index + 1, end).map((word) => word.text);
    const after = tokens.slice(end);
    if (command === 'echo' || command === 'printf') {
      const args = [...words];
      while (args.length > 0 && /^-[neE]+$/.test(args[0]!)) args.shift();
      const text = unescape(command === 'printf' ? args.slice(0, 1).join('') : args.join(' '));
      const target = redirectTarget(after);
      if (target) writes.push({ ...target, lines: text.split('\n').map((part) => ({ text: part, line: lineNumber })) });
    } else if (command === 'sed' && words.some((word) => /^-[a-zA-Z]*i/.test(word) || word.startsWith('--in-place'))) {
      const files = words.filter((word) => configTarget(word) !== null);
      if (files.length === 0) continue;
      const expressions: string[] = [];
      for (let at = 0; at < words.length; at++) {
        if (words[at] === '-e' || words[at] === '--expression') expressions.push(words[++at] ?? '');
      }
      if (expressions.length === 0) {
        const first = words.find((word) => !word.startsWith('-') && configTarget(word) === null);
        if (first) expressions.push(first);
      }
      const texts = expressions.flatMap(sedTexts).flatMap((text) => unescape(text).split('\n'));
      for (const file of files) {
        writes.push({ target: configTarget(file)!, append: true, lines: texts.map((text) => ({ text, line: lineNumber })) });
      }
    } else if ((command === 'cat' || command === 'tee') && HEREDOC.test(line)) {
      let target: { target: string; append: boolean } | null = null;
      if (command === 'tee') {
        const file = words.find((word) => configTarget(word) !== null);
        if (file) target = { target: configTarget(file)!, append: words.includes('-a') || words.includes('--append') };
      }
      target ??= redirectTarget(tokens.slice(index + 1));
      if (target) writes.push({ ...target, lines: heredoc() });
    } else continue;
    // A command that writes is done; a word before it (`sudo`, `RUN`, a YAML `-`) is not a command.
    index = end;
  }
  return writes;
}

/** `> path`, `>> path` or `| [sudo] tee [-a] path` among the words after a command. */
function redirectTarget(tokens: readonly Token[]): { target: string; append: boolean } | null {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.operator && (token.text === '>' || token.text === '>>' || token.text === '>|')) {
      const file = tokens[index + 1];
      if (file && !file.operator && configTarget(file.text) !== null)
        return { target: configTarget(file.text)!, append: token.text === '>>' };
    }
    if (token.operator && token.text === '|') {
      let at = index + 1;
      if (tokens[at]?.text === 'sudo') at++;
      if (tokens[at]?.text !== 'tee') continue;
      const words: string[] = [];
      for (at++; at < tokens.length && !tokens[at]!.operator; at++) words.push(tokens[at]!.text);
      const file = words.find((word) => configTarget(word) !== null);
      if (file) return { target: configTarget(file)!, append: words.includes('-a') || words.includes('--append') };
    }
  }
  return null;
}

const HEREDOC = /<<-?\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1/;
const COMMENT = /^\s*(?:#|\/\/)/;
const CUE = /sshd?_config|\.ssh\/config/;

export function findScriptConfigs(text: string, path: string): Finding[] {
  if (!CUE.test(text)) return [];
  const lines = text.split('\n');
  const configs = new Map<string, Written[]>();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.replace(/\r$/, '');
    if (COMMENT.test(line)) continue;
    const heredocStart = index;
    let consumed = index;
    const heredoc = (): Written[] => {
      const delimiter = HEREDOC.exec(line)?.[2];
      if (!delimiter) return [];
      const body: Written[] = [];
      for (let at = heredocStart + 1; at < lines.length; at++) {
        const bodyLine = lines[at]!.replace(/\r$/, '');
        consumed = at;
        if (bodyLine.trim() === delimiter) break;
        body.push({ text: bodyLine, line: at + 1 });
      }
      return body;
    };
    if (!CUE.test(line)) continue;
    for (const write of writesOf(line, index + 1, heredoc)) {
      const existing = write.append ? (configs.get(write.target) ?? []) : [];
      configs.set(write.target, [...existing, ...write.lines]);
    }
    index = consumed;
  }
  const findings: Finding[] = [];
  for (const [target, written] of configs) {
    const kind: ConfigKind = /sshd_config/.test(target) ? 'server' : 'client';
    findings.push(...auditWritten(written, kind, path));
  }
  return findings;
}

function auditWritten(written: readonly Written[], kind: ConfigKind, path: string): Finding[] {
  const text = written.map((item) => item.text.replace(/\r/g, '')).join('\n');
  const lineOf = (virtual: number): number => written[virtual - 1]?.line ?? 0;
  const source: ConfigSource = { read: () => text, include: () => [] };
  const findings: Finding[] = [];
  for (const { entry, shadowedBy } of judgeEntries(walkConfig(path, source), kind)) {
    if (shadowedBy) continue;
    const { directive } = entry;
    const scope = entry.scope.map((step) => ({ ...step, block: { ...step.block, line: lineOf(step.block.line) } }));
    const block = { ...directive.block, line: lineOf(directive.block.line) };
    findings.push(...checkSetting({ ...directive, line: lineOf(directive.line), block, origin: kind, scope, path }, path));
  }
  return findings;
}
