/**
 * SSH configuration auditing for one file: ssh_config and sshd_config files (by name, or by content that
 * parses as one), and SSH options or ssh-keygen calls on command lines in any other file.
 */
import { checkSetting, type Setting } from '../checks/config-rules.js';
import { findCommandOptions } from './command-lines.js';
import { cryptoPolicyKind, cryptoPolicyKindByContent, findCryptoPolicyOptions } from './crypto-policy.js';
import type { ConfigKind } from './in-force.js';
import { CLIENT_KEYWORDS, CLIENT_ONLY, SERVER_KEYWORDS, SERVER_ONLY } from './keywords.js';
import { type ConfigBlock } from './parse-config.js';
import { findScriptConfigs } from './script-configs.js';
import { findMarkers, type Markers } from '../markers.js';
import { makeFinding } from '../finding.js';
import type { Finding } from '../types.js';

export type { ConfigKind } from './in-force.js';

const COMMAND_BLOCK: ConfigBlock = { kind: 'global', criteria: [], line: 0 };

// Cheap byte-level markers: a file without any of them cannot hold a setting worth parsing.
const CONFIG_MARKERS = [
  'Host',
  'host ',
  'Match',
  'Algorithms',
  'Ciphers',
  'MACs',
  'Permit',
  'Authentication',
  'StrictHostKeyChecking',
  'KnownHostsFile',
  'HostKey',
  'IdentityFile',
  'PubkeyAccepted',
].map((marker) => Buffer.from(marker));

// Settings outside `-o` (short flags, Ansible's switch, configs a script writes, RHEL 8's CRYPTO_POLICY)
// live in scripts, build files, CI and Ansible files, never in program source: only those are searched,
// so that the tree scan does not pay for them on every file. By extension, or any name without one
// (Makefile, Dockerfile, Jenkinsfile, /etc/sysconfig/sshd...).
const SETTINGS_EXTENSIONS = new Set('sh bash zsh ksh yml yaml cfg ini conf env toml j2 jinja jinja2 groovy mk ps1'.split(' '));
// Documentation and prose: a command shown in a README is an example, not a command that runs.
const PROSE_EXTENSIONS = new Set('md markdown rst txt adoc asciidoc htm html tex 1 5 8'.split(' '));

/** The extension of a path's last segment, lower case; null when the name has no dot. */
function extensionOf(path: string): string | null {
  const dot = path.lastIndexOf('.');
  return dot === -1 || dot < path.lastIndexOf('/') ? null : path.slice(dot + 1).toLowerCase();
}

const UNDERSCORE = 0x5f;
// What stands around an `_` in the settings found without a `-`: the config paths a script writes
// (ssh_config, sshd_config), Ansible's switch, RHEL 8's CRYPTO_POLICY.
const AROUND_UNDERSCORE: [before: Buffer, after: Buffer][] = [
  ['ssh', 'config'],
  ['sshd', 'config'],
  ['KEY', 'CHECKING'],
  ['key', 'checking'],
  ['CRYPTO', 'POLICY'],
].map(([before, after]) => [Buffer.from(before!), Buffer.from(after!)]);
// `.ssh/config` (and a dotfiles repository's `ssh/config`): searched from the `/`, rare in scripts
// next to the `s` of `ssh`, which a search for the whole text stopped at all the time.
const SLASH_CONFIG = Buffer.from('/config');
const SSH = Buffer.from('ssh');

function bytesAt(bytes: Buffer, offset: number, expected: Buffer): boolean {
  if (offset < 0 || bytes.length < offset + expected.length) return false;
  for (let index = 0; index < expected.length; index++) if (bytes[offset + index] !== expected[index]) return false;
  return true;
}

/**
 * Whether a script, CI or Ansible file (`extension`: extensionOf its path) can hand settings to ssh other
 * than by `-o` (which the marker pass finds): a client with flags (markers.clientFlags), or `ssh_config`,
 * `sshd_config`, `ssh/config`, `KEY_CHECKING`, `key_checking`, `CRYPTO_POLICY`. Byte searches, no
 * decoding: most of these files have none of them, and a regular expression over their decoded text was
 * most of the config audit's time in a tree scan.
 */
function hasOtherSettings(bytes: Buffer, extension: string | null, markers: Markers): boolean {
  if (extension !== null && !SETTINGS_EXTENSIONS.has(extension)) return false;
  if (markers.clientFlags) return true;
  for (let at = bytes.indexOf(UNDERSCORE); at !== -1; at = bytes.indexOf(UNDERSCORE, at + 1)) {
    for (const [before, after] of AROUND_UNDERSCORE) {
      if (bytesAt(bytes, at + 1, after) && bytesAt(bytes, at - before.length, before)) return true;
    }
  }
  for (let at = bytes.indexOf(SLASH_CONFIG); at !== -1; at = bytes.indexOf(SLASH_CONFIG, at + 1)) {
    if (bytesAt(bytes, at - SSH.length, SSH)) return true;
  }
  return false;
}

/** What the file's name says it is. Path segments, not patterns anchored at the end (polynomial under recheck). */
export function configKindByName(path: string): ConfigKind | null {
  // Every name below, and the crypto-policy back-ends (openssh*), has `ssh` in it.
  if (!path.includes('ssh')) return null;
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  const parentSlash = slash <= 0 ? -1 : path.lastIndexOf('/', slash - 1);
  const parent = slash === -1 ? undefined : path.slice(parentSlash + 1, slash);
  if (name.startsWith('sshd_config') && (name.length === 11 || name[11] === '.')) return 'server';
  if (parent === 'sshd_config.d' && name !== '') return 'server';
  if (name.startsWith('ssh_config') && (name.length === 10 || name[10] === '.')) return 'client';
  if (parent === 'ssh_config.d' && name !== '') return 'client';
  // Dotfiles repositories keep ~/.ssh as `ssh/` or `dot_ssh/` (chezmoi) and link it into place.
  const sshDirectory = (segment: string | undefined): boolean => segment === 'ssh' || segment === '.ssh' || segment === 'dot_ssh';
  if (name === 'config' && sshDirectory(parent)) return 'client';
  if (parent === 'config.d' && name !== '') {
    const grandparent = parentSlash === -1 ? undefined : path.slice(path.lastIndexOf('/', parentSlash - 1) + 1, parentSlash);
    if (sshDirectory(grandparent)) return 'client';
  }
  return cryptoPolicyKind(path);
}

// Deciding by content looks at the first meaningful lines only, so a large source file that happens to
// contain a marker costs a few lines of work, not a full parse.
const SNIFF_LINES = 40;
const SNIFF_BYTES = 16384;
const SNIFF_FIRST = 2048;

const HASH = 0x23;
const EQUALS = 0x3d;
// What String.prototype.trim() and \s remove from latin1 text: tab, line feed, VT, FF, CR, space, NBSP.
const isBlank = (code: number): boolean => (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0;
const isLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** A hash of a keyword's lower-case bytes, as keywordLine computes it while it reads a word. */
function keywordHash(word: string): number {
  let hash = 0;
  for (let index = 0; index < word.length; index++) hash = (Math.imul(hash, 31) + word.charCodeAt(index)) | 0;
  return hash;
}

let keywordHashes: Set<number> | null = null;

/** Whether bytes[start, end) (a trimmed line) starts `Keyword value` or `Keyword=` with a keyword of either side. */
function keywordLine(bytes: Buffer, start: number, end: number): boolean {
  if (!isLetter(bytes[start]!)) return false;
  keywordHashes ??= new Set([...CLIENT_KEYWORDS, ...SERVER_KEYWORDS].map(keywordHash));
  let hash = bytes[start]! | 0x20;
  let at = start + 1;
  for (; at < end; at++) {
    const code = bytes[at]!;
    if (isLetter(code)) hash = (Math.imul(hash, 31) + (code | 0x20)) | 0;
    else if (isDigit(code)) hash = (Math.imul(hash, 31) + code) | 0;
    else break;
  }
  const wordEnd = at;
  while (at < end && isBlank(bytes[at]!)) at++;
  if (at === end || (at === wordEnd && bytes[at] !== EQUALS)) return false;
  // The hash turns away nearly every word that is no keyword without making a string of it.
  if (!keywordHashes.has(hash)) return false;
  const keyword = bytes.toString('latin1', start, wordEnd).toLowerCase();
  return CLIENT_KEYWORDS.has(keyword) || SERVER_KEYWORDS.has(keyword);
}

const NEWLINE = 0x0a;
// Lines are short: a plain loop finds most ends sooner than a call to indexOf, which costs a crossing into C++.
const NEARBY = 256;

/** The offset of the newline that ends the line starting at `start`, or `length`. */
function lineEnd(bytes: Buffer, start: number, length: number): number {
  const near = Math.min(start + NEARBY, length);
  for (let index = start; index < near; index++) if (bytes[index] === NEWLINE) return index;
  const newline = near === length ? -1 : bytes.indexOf(NEWLINE, near);
  return newline === -1 || newline >= length ? length : newline;
}

/**
 * A byte test that configKindByContent can only be non-null on the text of bytes[0, limit) when it passes:
 * one of the first two lines that are neither blank nor comments is a keyword line (two stray lines there
 * end the sniff, and fewer than two lines decide nothing). Most files fail it on their first lines,
 * without any decoding.
 */
export function mayBeConfigByContent(bytes: Buffer, limit = bytes.length): boolean {
  const length = Math.min(limit, bytes.length);
  let meaningful = 0;
  for (let start = 0; start < length && meaningful < 2;) {
    let end = lineEnd(bytes, start, length);
    let first = start;
    start = end + 1;
    while (first < end && isBlank(bytes[first]!)) first++;
    while (end > first && isBlank(bytes[end - 1]!)) end--;
    if (first === end || bytes[first] === HASH) continue;
    meaningful++;
    if (keywordLine(bytes, first, end)) return true;
  }
  return false;
}

/** By content: the first lines are nearly all keywords of one side, and a few of them only that side has. */
export function configKindByContent(text: string, path: string, truncated = false): ConfigKind | null | undefined {
  const keywords: string[] = [];
  let client = 0;
  let server = 0;
  let clientOnly = 0;
  let serverOnly = 0;
  let seen = 0;
  let start = 0;
  for (; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const line = text.slice(start, newline === -1 ? text.length : newline);
    start = newline === -1 ? text.length : newline + 1;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (++seen > SNIFF_LINES) break;
    const keyword = /^([A-Za-z][A-Za-z0-9]*)(?:\s*=|\s+\S)/.exec(trimmed)?.[1]?.toLowerCase();
    keywords.push(keyword ?? '');
    if (!keyword || (!CLIENT_KEYWORDS.has(keyword) && !SERVER_KEYWORDS.has(keyword))) {
      // One stray line is tolerated; a second means this is something else.
      if (seen - Math.max(client, server) > 1) return null;
      continue;
    }
    if (CLIENT_KEYWORDS.has(keyword)) client++;
    if (SERVER_KEYWORDS.has(keyword)) server++;
    if (CLIENT_ONLY.has(keyword)) clientOnly++;
    if (SERVER_ONLY.has(keyword)) serverOnly++;
  }
  // The text ran out before the sniff could decide: the caller may offer more.
  if (start >= text.length && seen < SNIFF_LINES && truncated) return undefined;
  const policy = cryptoPolicyKindByContent(keywords, path);
  if (policy) return policy;
  const lines = Math.min(seen, SNIFF_LINES);
  if (lines < 3) return null;
  if (server >= lines * 0.9 && serverOnly >= 2 && serverOnly > clientOnly) return 'server';
  if (client >= lines * 0.9 && clientOnly >= 2) return 'client';
  return null;
}

export interface ConfigAuditContext {
  path: string;
  minRsaBits: number;
}

export interface ConfigAudit {
  findings: Finding[];
  /**
   * When the file is an ssh_config or sshd_config: its kind and text. Its findings come from the
   * evaluation of the whole tree (ConfigTree), which knows what includes it and what it shadows.
   */
  config?: { kind: ConfigKind; text: string };
}

function auditCommands(text: string, context: ConfigAuditContext): Finding[] {
  const { options, keyGenerations, hostKeyChecking } = findCommandOptions(text);
  const findings: Finding[] = [];
  for (const option of options) {
    const setting: Setting = {
      keyword: option.keyword,
      written: option.written,
      args: [option.value],
      line: option.line,
      block: COMMAND_BLOCK,
      origin: 'command',
      ...(option.flag ? { flag: option.flag } : {}),
    };
    findings.push(...checkSetting(setting, context.path));
  }
  for (const off of hostKeyChecking) {
    findings.push(
      makeFinding(
        'host-key-checking-disabled',
        { path: context.path, line: off.line, fingerprint: null },
        `${off.written} makes Ansible run ssh with StrictHostKeyChecking=no, which accepts any host key, so a man in the middle goes unnoticed; pin the host keys in a known_hosts file and remove the setting.`,
      ),
    );
  }
  for (const generation of keyGenerations) {
    let problem: string | null = null;
    if (generation.type === 'dsa') problem = 'makes a DSA key, which OpenSSH disabled in 7.0 and removed in 10.0';
    else if (generation.type === 'rsa1') problem = 'makes an SSH protocol 1 key, which OpenSSH no longer supports at all';
    else if (generation.type === 'rsa' && generation.bits !== null && generation.bits < context.minRsaBits) {
      problem = `makes a ${generation.bits}-bit RSA key, below the ${context.minRsaBits}-bit minimum`;
    }
    if (problem) {
      findings.push(
        makeFinding(
          'weak-key-generation',
          { path: context.path, line: generation.line, fingerprint: null },
          `This ssh-keygen call ${problem}; generate an Ed25519 key instead (ssh-keygen -t ed25519).`,
        ),
      );
    }
  }
  return findings;
}

export function auditConfigBytes(bytes: Buffer, context: ConfigAuditContext, markers: Markers = findMarkers(bytes)): ConfigAudit {
  const byName = configKindByName(context.path);
  if (byName) return asConfig(bytes, byName, context);
  // Only the head of a file decides whether it is a config, so only the head is searched for markers.
  const head = mayBeConfigByContent(bytes, SNIFF_BYTES) ? bytes.subarray(0, SNIFF_BYTES) : null;
  const maybeConfig = head !== null && CONFIG_MARKERS.some((marker) => head.includes(marker));
  const extension = extensionOf(context.path);
  const prose = extension !== null && PROSE_EXTENSIONS.has(extension);
  const maybeCommand = !prose && (markers.command || hasOtherSettings(bytes, extension, markers));
  if (!maybeConfig && !maybeCommand) return { findings: [] };
  if (maybeConfig && head) {
    // Most files are told apart within their first lines: decode a little first, the rest only if needed.
    const cut = head.length > SNIFF_FIRST ? head.lastIndexOf(0x0a, SNIFF_FIRST) : -1;
    let kind = cut > 0 ? configKindByContent(head.toString('latin1', 0, cut + 1), context.path, true) : undefined;
    if (kind === undefined) kind = configKindByContent(head.toString('latin1'), context.path);
    if (kind) return asConfig(bytes, kind, context);
  }
  if (!maybeCommand) return { findings: [] };
  const text = bytes.toString('latin1');
  const policy = text.includes('CRYPTO_POLICY=') ? auditCryptoPolicy(text, context.path) : [];
  return { findings: [...auditCommands(text, context), ...findScriptConfigs(text, context.path), ...policy] };
}

function asConfig(bytes: Buffer, kind: ConfigKind, context: ConfigAuditContext): ConfigAudit {
  const text = bytes.toString('latin1');
  // RHEL 8's crypto-policy back-end is not config syntax but sshd command-line options in a variable.
  const findings = text.includes('CRYPTO_POLICY') ? auditCryptoPolicy(text, context.path) : [];
  return { findings, config: { kind, text } };
}

function auditCryptoPolicy(text: string, path: string): Finding[] {
  return findCryptoPolicyOptions(text).flatMap((option) =>
    checkSetting(
      {
        keyword: option.keyword,
        written: option.written,
        args: [option.value],
        line: option.line,
        block: COMMAND_BLOCK,
        origin: 'server',
        flag: `-o${option.written}=${option.value}`,
        context: `on sshd's command line (${option.variable})`,
      },
      path,
    ),
  );
}
