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

// Documentation and prose: a command shown in a README is an example, not a command that runs.
const PROSE = /\.(md|markdown|rst|txt|adoc|asciidoc|html?|tex|1|5|8)$/i;

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
// so that the tree scan does not pay for them on every file.
const SETTINGS_FILE =
  /(\.(sh|bash|zsh|ksh|ya?ml|cfg|ini|conf|env|toml|j2|jinja2?|groovy|mk|ps1)|(^|\/)(Makefile|Dockerfile|Containerfile|Jenkinsfile|Vagrantfile|[^./]+))$/i;
// A command with flags (`ssh -c`, also inside rsync -e), a config path a script writes (ssh_config,
// sshd_config, .ssh/config), Ansible's switch, RHEL 8's CRYPTO_POLICY. One regular expression over the
// decoded text: measured faster than seven Buffer searches or a walk over every `ssh` of the file.
const OTHER_SETTINGS = /ssh(?: -|d?_config|\/config)|KEY_CHECKING|key_checking|CRYPTO_POLICY/;

function hasOtherSettings(bytes: Buffer, path: string): boolean {
  return SETTINGS_FILE.test(path) && OTHER_SETTINGS.test(bytes.toString('latin1'));
}

/** What the file's name says it is. Path segments, not patterns anchored at the end (polynomial under recheck). */
export function configKindByName(path: string): ConfigKind | null {
  const parts = path.split('/');
  const name = parts[parts.length - 1]!;
  const parent = parts[parts.length - 2];
  if (/^sshd_config(\.|$)/.test(name) || (parent === 'sshd_config.d' && name !== '')) return 'server';
  if (/^ssh_config(\.|$)/.test(name) || (parent === 'ssh_config.d' && name !== '')) return 'client';
  // Dotfiles repositories keep ~/.ssh as `ssh/` or `dot_ssh/` (chezmoi) and link it into place.
  const sshDirectory = (segment: string | undefined): boolean => segment === 'ssh' || segment === '.ssh' || segment === 'dot_ssh';
  if ((name === 'config' && sshDirectory(parent)) || (parent === 'config.d' && name !== '' && sshDirectory(parts[parts.length - 3])))
    return 'client';
  return cryptoPolicyKind(path);
}

// Deciding by content looks at the first meaningful lines only, so a large source file that happens to
// contain a marker costs a few lines of work, not a full parse.
const SNIFF_LINES = 40;
const SNIFF_BYTES = 16384;
const SNIFF_FIRST = 2048;

/** By content: the first lines are nearly all keywords of one side, and a few of them only that side has. */
function configKindByContent(text: string, path: string, truncated = false): ConfigKind | null | undefined {
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
  const head = bytes.subarray(0, SNIFF_BYTES);
  const maybeConfig = CONFIG_MARKERS.some((marker) => head.includes(marker));
  const prose = PROSE.test(context.path);
  const maybeCommand = !prose && (markers.command || hasOtherSettings(bytes, context.path));
  if (!maybeConfig && !maybeCommand) return { findings: [] };
  if (maybeConfig) {
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
