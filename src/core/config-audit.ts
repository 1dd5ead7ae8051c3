/**
 * SSH configuration auditing for one file: ssh_config and sshd_config files (by name, or by content that
 * parses as one), and SSH options or ssh-keygen calls on command lines in any other file.
 */
import { checkSetting, type Setting } from './checks/config-rules.js';
import { findCommandOptions } from './config/command-lines.js';
import { CLIENT_KEYWORDS, CLIENT_ONLY, SERVER_KEYWORDS, SERVER_ONLY } from './config/keywords.js';
import { parseConfig, type ConfigBlock } from './config/parse-config.js';
import { findMarkers, type Markers } from './markers.js';
import { ruleById } from './rules.js';
import type { Finding } from './types.js';

export type ConfigKind = 'client' | 'server';

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

/** What the file's name says it is. */
export function configKindByName(path: string): ConfigKind | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/^sshd_config(\.|$)/.test(name) || /(^|\/)sshd_config\.d\/[^/]+$/.test(path)) return 'server';
  if (/^ssh_config(\.|$)/.test(name) || /(^|\/)ssh_config\.d\/[^/]+$/.test(path)) return 'client';
  if (/(^|\/)\.ssh\/config$/.test(path) || /(^|\/)\.ssh\/config\.d\/[^/]+$/.test(path)) return 'client';
  return null;
}

// Deciding by content looks at the first meaningful lines only, so a large source file that happens to
// contain a marker costs a few lines of work, not a full parse.
const SNIFF_LINES = 40;
const SNIFF_BYTES = 16384;

/** By content: the first lines are nearly all keywords of one side, and a few of them only that side has. */
// Lines are decoded one at a time: most files are ruled out by their first few lines, so decoding the
// whole head first cost more than the sniff itself (issue 17).
function configKindByContent(head: Buffer): ConfigKind | null {
  let client = 0;
  let server = 0;
  let clientOnly = 0;
  let serverOnly = 0;
  let seen = 0;
  for (let start = 0; start < head.length;) {
    const newline = head.indexOf(0x0a, start);
    const line = head.toString('latin1', start, newline === -1 ? head.length : newline);
    start = newline === -1 ? head.length : newline + 1;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (++seen > SNIFF_LINES) break;
    const keyword = /^([A-Za-z][A-Za-z0-9]*)(?:\s*=|\s+\S)/.exec(trimmed)?.[1]?.toLowerCase();
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
  /** When the file is an ssh_config or sshd_config: its kind and the Include arguments it names. */
  config?: { kind: ConfigKind; includes: string[] };
}

function auditConfig(text: string, kind: ConfigKind, path: string, parsed = parseConfig(text)): ConfigAudit {
  const includes = parsed.directives.filter((directive) => directive.keyword === 'include').flatMap((directive) => directive.args);
  return {
    findings: parsed.directives.flatMap((directive) => checkSetting({ ...directive, origin: kind }, path)),
    config: { kind, includes },
  };
}

/** A file another config includes is a config of the same kind, whatever its name or length. */
export function auditIncludedConfig(bytes: Buffer, kind: ConfigKind, path: string): ConfigAudit {
  return auditConfig(bytes.toString('latin1'), kind, path);
}

function auditCommands(text: string, context: ConfigAuditContext): Finding[] {
  const { options, keyGenerations } = findCommandOptions(text);
  const findings: Finding[] = [];
  for (const option of options) {
    const setting: Setting = {
      keyword: option.keyword,
      written: option.written,
      args: [option.value],
      line: option.line,
      block: COMMAND_BLOCK,
      origin: 'command',
    };
    findings.push(...checkSetting(setting, context.path));
  }
  const severity = ruleById('weak-key-generation').severity;
  for (const generation of keyGenerations) {
    let problem: string | null = null;
    if (generation.type === 'dsa') problem = 'makes a DSA key, which OpenSSH disabled in 7.0 and removed in 10.0';
    else if (generation.type === 'rsa1') problem = 'makes an SSH protocol 1 key, which OpenSSH no longer supports at all';
    else if (generation.type === 'rsa' && generation.bits !== null && generation.bits < context.minRsaBits) {
      problem = `makes a ${generation.bits}-bit RSA key, below the ${context.minRsaBits}-bit minimum`;
    }
    if (problem) {
      findings.push({
        rule: 'weak-key-generation',
        severity,
        path: context.path,
        line: generation.line,
        message: `This ssh-keygen call ${problem}; generate an Ed25519 key instead (ssh-keygen -t ed25519).`,
        fingerprint: null,
      });
    }
  }
  return findings;
}

export function auditConfigBytes(bytes: Buffer, context: ConfigAuditContext, markers: Markers = findMarkers(bytes)): ConfigAudit {
  const byName = configKindByName(context.path);
  if (byName) return auditConfig(bytes.toString('latin1'), byName, context.path);
  // Only the head of a file decides whether it is a config, so only the head is searched for markers.
  const head = bytes.subarray(0, SNIFF_BYTES);
  const maybeConfig = CONFIG_MARKERS.some((marker) => head.includes(marker));
  const maybeCommand = markers.command && !PROSE.test(context.path);
  if (!maybeConfig && !maybeCommand) return { findings: [] };
  if (maybeConfig) {
    const kind = configKindByContent(head);
    if (kind) return auditConfig(bytes.toString('latin1'), kind, context.path);
  }
  if (!maybeCommand) return { findings: [] };
  const text = bytes.toString('latin1');
  return { findings: auditCommands(text, context) };
}
