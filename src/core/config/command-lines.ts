/**
 * SSH options on command lines in scripts, Makefiles, Dockerfiles and workflow YAML: `-o Option=value`,
 * `-oOption=value` and `-o "Option value"` given to ssh, scp, sftp, rsync -e, GIT_SSH_COMMAND or
 * core.sshCommand; and ssh-keygen invocations that make weak keys. Comment lines are not commands.
 */
import { CLIENT_KEYWORDS } from './keywords.js';

export interface CommandOption {
  line: number;
  keyword: string;
  written: string;
  value: string;
}

export interface KeyGeneration {
  line: number;
  type: string;
  bits: number | null;
}

// A line that runs (or configures) an OpenSSH client.
const SSH_COMMAND = /(?:^|[^A-Za-z0-9_.-])(?:ssh|scp|sftp|autossh|sshpass|rsync|GIT_SSH_COMMAND|sshCommand)(?![A-Za-z0-9_-])/;
const OPTION = /(?:^|[\s'"=(])-o\s*(["']?)([A-Za-z]+)(?:\s*=\s*|(?<=["'][A-Za-z]+)\s+)([^\s"';&|)`]+)/g;
// One ssh-keygen call: its arguments run to the end of the command (&&, ;, |) or the line. A call
// quoted in backticks is documentation (Markdown code in help text or comments), not a command.
const KEYGEN = /(?:^|[^A-Za-z0-9_.`-])ssh-keygen(?![A-Za-z0-9_-])([^;&|`\n]*)/g;
// `#` (shell, YAML, Makefile, Python), `//` and `--`, `;` (ini), `REM` (batch), `*` inside block comments.
const COMMENT_LINE = /^\s*(?:#|\/\/|--|;|\*|rem\s)/i;

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

export function findCommandOptions(text: string): { options: CommandOption[]; keyGenerations: KeyGeneration[] } {
  const options: CommandOption[] = [];
  const keyGenerations: KeyGeneration[] = [];
  // Only lines with -o or ssh-keygen can matter: found with indexOf rather than by visiting every line.
  const starts = new Set<number>();
  linesWith(text, '-o', starts);
  // Without -t, ssh-keygen makes its default key type, which is fine.
  linesWith(text, 'ssh-keygen', starts, '-t');
  let lineNumber = 1;
  let counted = 0;
  for (const lineStart of [...starts].sort((a, b) => a - b)) {
    for (let next = text.indexOf('\n', counted); next !== -1 && next < lineStart; next = text.indexOf('\n', next + 1)) lineNumber++;
    counted = lineStart;
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (COMMENT_LINE.test(line)) continue;
    if (line.includes('-o') && SSH_COMMAND.test(line)) {
      for (const match of line.matchAll(OPTION)) {
        const keyword = match[2]!.toLowerCase();
        if (!CLIENT_KEYWORDS.has(keyword)) continue;
        options.push({ line: lineNumber, keyword, written: match[2]!, value: match[3]! });
      }
    }
    if (!line.includes('ssh-keygen') || !line.includes('-t')) continue;
    for (const keygen of line.matchAll(KEYGEN)) {
      const type = /(?:^|\s)-t\s*["']?([A-Za-z0-9-]+)/.exec(keygen[1]!)?.[1]?.toLowerCase();
      const bits = /(?:^|\s)-b\s*["']?(\d+)/.exec(keygen[1]!)?.[1];
      if (type) keyGenerations.push({ line: lineNumber, type, bits: bits ? Number(bits) : null });
    }
  }
  return { options, keyGenerations };
}
