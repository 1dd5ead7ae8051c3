/**
 * ssh_config(5) / sshd_config(5) lines as OpenSSH reads them (readconf.c, servconf.c): keywords are
 * case-insensitive, `keyword value` or `keyword=value`, double-quoted arguments, `#` comments (whole
 * lines, or an unquoted token starting with `#`), and Host / Match blocks that last until the next one.
 */
import { liftText } from '../lifted-text.js';

export interface ConfigBlock {
  kind: 'global' | 'host' | 'match';
  /** The Host patterns or Match criteria as written. */
  criteria: string[];
  line: number;
}

export interface Directive {
  /** Lower case. */
  keyword: string;
  /** As written, for messages. */
  written: string;
  args: string[];
  line: number;
  block: ConfigBlock;
}

const GLOBAL: ConfigBlock = { kind: 'global', criteria: [], line: 0 };

/** Splits arguments as OpenSSH's argv_split() does: whitespace separates, quotes group, `#` ends the line. */
export function splitArguments(text: string): string[] | null {
  const args: string[] = [];
  let index = 0;
  while (index < text.length) {
    while (index < text.length && (text[index] === ' ' || text[index] === '\t')) index++;
    if (index >= text.length || text[index] === '#') break;
    let arg = '';
    let quote: string | null = null;
    while (index < text.length) {
      const char = text[index]!;
      if (quote) {
        if (char === quote) quote = null;
        else if (char === '\\' && (text[index + 1] === quote || text[index + 1] === '\\')) arg += text[++index];
        else arg += char;
      } else if (char === '"' || char === "'") {
        quote = char;
      } else if (char === ' ' || char === '\t') {
        break;
      } else if (char === '\\' && index + 1 < text.length) {
        arg += text[++index];
      } else {
        arg += char;
      }
      index++;
    }
    if (quote) return null;
    args.push(arg);
  }
  return args;
}

export interface ParsedConfig {
  directives: Directive[];
  /** Lines that are neither blank, comments nor `keyword args`: used to decide whether a file is a config. */
  malformed: number[];
}

export function parseConfig(text: string): ParsedConfig {
  const directives: Directive[] = [];
  const malformed: number[] = [];
  let block = GLOBAL;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!.replace(/\r$/, '');
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const head = /^([A-Za-z][A-Za-z0-9]*)(?:\s*=\s*|\s+|$)/.exec(trimmed);
    const args = head ? splitArguments(trimmed.slice(head[0].length)) : null;
    if (!head || !args) {
      malformed.push(index + 1);
      continue;
    }
    const keyword = head[1]!.toLowerCase();
    const line = index + 1;
    if (keyword === 'host' || keyword === 'match') {
      block = { kind: keyword, criteria: args, line };
    }
    directives.push({ keyword, written: head[1]!, args, line, block });
  }
  return { directives, malformed };
}

export function describeBlock(block: ConfigBlock): string {
  if (block.kind === 'global') return 'outside any Host or Match block';
  // Host patterns are lifted text: cut and bounded like any other (lifted-text.ts).
  return `in the "${block.kind === 'host' ? 'Host' : 'Match'} ${liftText(block.criteria.join(' '))}" block (line ${block.line})`;
}

/** A block that applies to every host: the top of the file, `Host *` or `Match all`. */
export function isGlobalBlock(block: ConfigBlock): boolean {
  if (block.kind === 'global') return true;
  if (block.kind === 'host') return block.criteria.length > 0 && block.criteria.every((pattern) => pattern === '*');
  return block.criteria.length === 1 && block.criteria[0]!.toLowerCase() === 'all';
}
