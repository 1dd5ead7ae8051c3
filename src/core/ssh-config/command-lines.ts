/**
 * SSH options on command lines in scripts, Makefiles, Dockerfiles, Jenkinsfiles and workflow YAML:
 * `-o Option=value`, `-oOption=value` and `-o "Option value"`, and the short flags that set the same
 * options (ssh(1): `-c cipher_spec` is Ciphers, `-m mac_spec` is MACs), given to ssh, scp, sftp, autossh,
 * rsync -e, GIT_SSH_COMMAND or core.sshCommand; option strings handed to ssh by Ansible (ansible.cfg
 * `ssh_args`, `ansible_ssh_common_args`/`ansible_ssh_extra_args` in inventories and vars) or by a workflow
 * input (`ssh-options:`, `ssh_args:`, `args:`); Ansible's `host_key_checking = False`; and ssh-keygen
 * invocations that make weak keys. Lines continued with `\` are read as one command, reported at its
 * first line. Comment lines are not commands.
 */
import { CLIENT_KEYWORDS } from './keywords.js';

export interface CommandOption {
  line: number;
  keyword: string;
  written: string;
  value: string;
  /** How it was written when not as `-o` (`-c aes128-cbc`). */
  flag?: string;
}

/** Ansible's `host_key_checking = False` (ansible.cfg) or ANSIBLE_HOST_KEY_CHECKING=False (environment). */
export interface HostKeyCheckingOff {
  line: number;
  written: string;
}

export interface KeyGeneration {
  line: number;
  type: string;
  bits: number | null;
}

// A line that runs (or configures) an OpenSSH client.
const SSH_COMMAND = /(?:^|[^A-Za-z0-9_.-])(?:ssh|scp|sftp|autossh|sshpass|rsync|GIT_SSH_COMMAND|sshCommand)(?![A-Za-z0-9_-])/;
// A key whose value is ssh options: Ansible's ssh_args / ansible_ssh_common_args / ansible_ssh_extra_args
// (and scp_extra_args, sftp_extra_args), a workflow input such as ssh-options, ssh_opts or args.
const OPTION_KEY =
  /(?:^|[\s"'{,-])(?:(?:ansible_)?(?:ssh|scp|sftp)[_-](?:common[_-]|extra[_-])?(?:args|arguments|options|opts)|args|options|opts)\s*[:=]/i;
const HOST_KEY_CHECKING = /(?:^|[^A-Za-z0-9_])((?:ansible_)?host_key_checking)\s*[=:]\s*["']?(false|no|off|0)["']?\s*(?:$|[#;,}\s])/i;
// Client programs whose short flags we read, with the flags that take an argument (ssh(1), scp(1), sftp(1)).
const FLAGS_WITH_ARGUMENT: Record<string, string> = {
  ssh: 'BbcDEeFIiJLlmOoPpQRSWw',
  slogin: 'BbcDEeFIiJLlmOoPpQRSWw',
  autossh: 'MBbcDEeFIiJLlmOoPpQRSWw',
  scp: 'cDFiJloPSX',
  sftp: 'BbcDFiJloPRSsX',
};
// Which short flags set an option, per program (scp and sftp have -c but no -m).
const SHORT_OPTIONS: Record<string, Record<string, string>> = {
  ssh: { c: 'Ciphers', m: 'MACs' },
  slogin: { c: 'Ciphers', m: 'MACs' },
  autossh: { c: 'Ciphers', m: 'MACs' },
  scp: { c: 'Ciphers' },
  sftp: { c: 'Ciphers' },
};
// `-o Keyword=value`, `-oKeyword value` needs the quote: `-o "Keyword value"` (see optionsOf).
const OPTION_START = new Set(["'", '"', '=', '(']);
const QUOTE = new Set(["'", '"']);
const VALUE_END = new Set(['"', "'", ';', '&', '|', ')', '`']);
const BLANK = /\s/;
const LETTER = /[A-Za-z]/;
// One ssh-keygen call: its arguments run to the end of the command (&&, ;, |) or the line. A call
// quoted in backticks is documentation (Markdown code in help text or comments), not a command.
// A loop (keygenArguments), not `/(?:^|[^A-Za-z0-9_.`-])ssh-keygen(?![A-Za-z0-9_-])([^;&|`\n]*)/g`, which
// recheck found polynomial on lines of backticks.
const KEYGEN = 'ssh-keygen';
const NAME_CHAR = /^[A-Za-z0-9_-]$/;
const ARGUMENTS_END = new Set([';', '&', '|', '`', '\n']);

/** The arguments of every `ssh-keygen` call on a line (a word of its own, not inside backticks' `x.ssh-keygen`). */
function keygenArguments(line: string): string[] {
  const calls: string[] = [];
  for (let at = line.indexOf(KEYGEN), from: number; at !== -1; at = line.indexOf(KEYGEN, from)) {
    from = at + KEYGEN.length;
    const before = at === 0 ? '' : line[at - 1]!;
    if (before !== '' && (NAME_CHAR.test(before) || before === '.' || before === '`')) continue;
    if (from < line.length && NAME_CHAR.test(line[from]!)) continue;
    let stop = from;
    while (stop < line.length && !ARGUMENTS_END.has(line[stop]!)) stop++;
    calls.push(line.slice(from, stop));
    // The arguments are this call's: a later `ssh-keygen` among them is a word, not a second call.
    from = stop;
  }
  return calls;
}
// `#` (shell, YAML, Makefile, Python), `//`, `/*` and `--`, `;` (ini), `REM` (batch), `*` inside block comments.
const COMMENT_LINE = /^\s*(?:#|\/\/|\/\*|--|;|\*|rem\s)/i;

function skip(line: string, at: number, take: (char: string) => boolean): number {
  while (at < line.length && take(line[at]!)) at++;
  return at;
}

/**
 * Every `-o` option on a line, as `[keyword, value]`: `-o` after the line start, a blank, a quote, `=` or
 * `(`; blanks; an optional quote; the keyword (letters); then `=` (blanks around it allowed) or, after a
 * quote only, blanks; then the value up to a blank, quote, `;`, `&`, `|`, `)` or backtick. Each search goes
 * on after the previous option. A loop, not the regular expression it replaces
 * (`/(?:^|[\s'"=(])-o\s*(["']?)([A-Za-z]+)(?:\s*=\s*|(?<=["'][A-Za-z]+)\s+)([^\s"';&|)`]+)/g`), whose
 * look-behind re-read the keyword at every start: a line of `-oA` words cost the square of its length.
 */
export function optionsOf(line: string): [keyword: string, value: string][] {
  const found: [string, string][] = [];
  const isValue = (char: string): boolean => !VALUE_END.has(char) && !BLANK.test(char);
  let from = 0;
  for (let start = line.indexOf('-o', from); start !== -1; start = line.indexOf('-o', from)) {
    from = start + 1;
    if (start > 0 && !OPTION_START.has(line[start - 1]!) && !BLANK.test(line[start - 1]!)) continue;
    let at = skip(line, start + 2, (char) => BLANK.test(char));
    const quoted = QUOTE.has(line[at] ?? '');
    if (quoted) at++;
    const keywordEnd = skip(line, at, (char) => LETTER.test(char));
    if (keywordEnd === at) continue;
    const keyword = line.slice(at, keywordEnd);
    let valueStart = -1;
    const equals = skip(line, keywordEnd, (char) => BLANK.test(char));
    if (line[equals] === '=') {
      const after = skip(line, equals + 1, (char) => BLANK.test(char));
      if (after < line.length && isValue(line[after]!)) valueStart = after;
    }
    if (valueStart === -1 && quoted && equals > keywordEnd && isValue(line[equals] ?? ' ')) valueStart = equals;
    if (valueStart === -1) continue;
    const valueEnd = skip(line, valueStart, isValue);
    found.push([keyword, line.slice(valueStart, valueEnd)]);
    from = valueEnd;
  }
  return found;
}

/** Start offsets of the lines holding `needle` (and `also`, when given), each once. */
function linesWith(text: string, needle: string, into: Set<number>, also?: string): void {
  for (let found = text.indexOf(needle); found !== -1;) {
    const start = text.lastIndexOf('\n', found) + 1;
    const end = text.indexOf('\n', found);
    const stop = end === -1 ? text.length : end;
    if (also === undefined || text.slice(start, stop).includes(also)) into.add(start);
    found = end === -1 ? -1 : text.indexOf(needle, end);
  }
}

/** The short flags of every ssh, scp, sftp or autossh call on a (joined) command line. */
function shortFlagOptions(line: string, lineNumber: number): CommandOption[] {
  // Quotes only group words for the shell; ssh sees the words, so they are split like any other.
  const words = line.split(/[\s"'`;|&()]+/).filter((word) => word !== '');
  const options: CommandOption[] = [];
  for (let index = 0; index < words.length; index++) {
    let word = words[index]!;
    const assigned = word.lastIndexOf('=');
    if (assigned !== -1 && !word.startsWith('-')) word = word.slice(assigned + 1);
    const program = word.slice(word.lastIndexOf('/') + 1);
    const withArgument = FLAGS_WITH_ARGUMENT[program];
    if (!withArgument) continue;
    const short = SHORT_OPTIONS[program]!;
    // ssh(1) reads options after the destination too (ssh.c starts getopt again); the next word ends them.
    let destinations = program === 'scp' || program === 'sftp' ? 0 : 1;
    for (index++; index < words.length; index++) {
      const flag = words[index]!;
      if (!flag.startsWith('-') || flag === '-' || flag.startsWith('--')) {
        if (destinations-- > 0 && !flag.startsWith('--')) continue;
        break;
      }
      for (let at = 1; at < flag.length; at++) {
        const letter = flag[at]!;
        if (!withArgument.includes(letter)) continue;
        const glued = flag.slice(at + 1);
        const value = glued !== '' ? glued : (words[++index] ?? '');
        const keyword = short[letter];
        if (keyword && value !== '') {
          options.push({ line: lineNumber, keyword: keyword.toLowerCase(), written: keyword, value, flag: `-${letter} ${value}` });
        }
        break;
      }
    }
    index--;
  }
  return options;
}

// A short flag word ending in c or m (`-c`, `-vc`, `-caes128-cbc` starts with -c).
const SHORT_FLAG = /(?<=[\s"'=])-[A-Za-z]{0,8}[cm]/g;
const SHORT_FLAG_LINE = /(?<=[\s"'=])-[A-Za-z]{0,8}[cm]/;

// A YAML key whose value is a block scalar (`key: >-`, `key: |`) on the lines below.
const BLOCK_KEY = /:\s*[>|][-+]?\s*$/;

/** The line before `lineStart` is an option key with a block scalar value (`ansible_ssh_common_args: >-`). */
function underBlockKey(text: string, lineStart: number): boolean {
  if (lineStart === 0) return false;
  const previous = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  return BLOCK_KEY.test(previous) && OPTION_KEY.test(previous);
}

const endsContinued = (text: string, end: number): boolean => {
  let at = end - 1;
  while (at >= 0 && (text[at] === ' ' || text[at] === '\t' || text[at] === '\r')) at--;
  return at >= 0 && text[at] === '\\';
};

export function findCommandOptions(text: string): {
  options: CommandOption[];
  keyGenerations: KeyGeneration[];
  hostKeyChecking: HostKeyCheckingOff[];
} {
  const options: CommandOption[] = [];
  const keyGenerations: KeyGeneration[] = [];
  const hostKeyChecking: HostKeyCheckingOff[] = [];
  // Only lines with these can matter: found with indexOf rather than by visiting every line.
  const starts = new Set<number>();
  linesWith(text, '-o', starts);
  // -c and -m, also bundled after other flags (`ssh -vc 3des-cbc`): only where a client could run.
  if (text.includes('ssh') || text.includes('scp') || text.includes('sftp')) {
    for (const match of text.matchAll(SHORT_FLAG)) starts.add(text.lastIndexOf('\n', match.index) + 1);
  }
  linesWith(text, 'host_key_checking', starts);
  linesWith(text, 'HOST_KEY_CHECKING', starts);
  // Without -t, ssh-keygen makes its default key type, which is fine.
  linesWith(text, 'ssh-keygen', starts, '-t');
  // A command continued over lines with `\` starts at the first of them, and is read once.
  const logical = new Set<number>();
  for (const start of starts) {
    let first = start;
    for (let back = 0; first > 0 && back < 200 && endsContinued(text, first - 1); back++) first = text.lastIndexOf('\n', first - 2) + 1;
    logical.add(first);
  }
  let lineNumber = 1;
  let counted = 0;
  for (const lineStart of [...logical].sort((a, b) => a - b)) {
    for (let next = text.indexOf('\n', counted); next !== -1 && next < lineStart; next = text.indexOf('\n', next + 1)) lineNumber++;
    counted = lineStart;
    let lineEnd = text.indexOf('\n', lineStart);
    let line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (COMMENT_LINE.test(line)) continue;
    // Join the continuation lines (a bounded number, so one file of backslashes stays linear).
    for (let joined = 0; lineEnd !== -1 && endsContinued(text, lineEnd) && joined < 200; joined++) {
      const nextEnd = text.indexOf('\n', lineEnd + 1);
      line = line.replace(/\\\s*$/, ' ') + text.slice(lineEnd + 1, nextEnd === -1 ? text.length : nextEnd);
      lineEnd = nextEnd;
    }
    const sshLine = SSH_COMMAND.test(line) || OPTION_KEY.test(line) || underBlockKey(text, lineStart);
    if (line.includes('-o') && sshLine) {
      for (const [written, value] of optionsOf(line)) {
        const keyword = written.toLowerCase();
        if (!CLIENT_KEYWORDS.has(keyword)) continue;
        options.push({ line: lineNumber, keyword, written, value });
      }
    }
    if (SHORT_FLAG_LINE.test(line) && SSH_COMMAND.test(line)) options.push(...shortFlagOptions(line, lineNumber));
    const checking = HOST_KEY_CHECKING.exec(line);
    if (checking) hostKeyChecking.push({ line: lineNumber, written: `${checking[1]!}=${checking[2]!}` });
    if (!line.includes('ssh-keygen') || !line.includes('-t')) continue;
    for (const keygen of keygenArguments(line)) {
      const type = /(?:^|\s)-t\s*["']?([A-Za-z0-9-]+)/.exec(keygen)?.[1]?.toLowerCase();
      const bits = /(?:^|\s)-b\s*["']?(\d+)/.exec(keygen)?.[1];
      if (type) keyGenerations.push({ line: lineNumber, type, bits: bits ? Number(bits) : null });
    }
  }
  return { options, keyGenerations, hostKeyChecking };
}
