/**
 * Findings about SSH settings, wherever they are written: a line of ssh_config or sshd_config, or an
 * `-o Option=value` on a command line. Only settings that actually enable something weak are reported.
 */
import { describeBlock, isGlobalBlock, type ConfigBlock } from '../ssh-config/parse-config.js';
import { matchPatternList, type ScopeStep } from '../ssh-config/effective.js';
import { isUnconditional } from '../ssh-config/in-force.js';
import { addedBy } from '../ssh-config/algorithm-lists.js';
import { DEPRECATED } from '../ssh-config/keywords.js';
import { ALGORITHM_OPTIONS, knownAlgorithms, weaknessOf, type WeaknessRule } from '../data/algorithms.js';
import { liftText } from '../lifted-text.js';
import { makeFinding } from '../finding.js';
import type { RuleId } from '../rules.js';
import type { Finding } from '../types.js';

export interface Setting {
  /** Lower case. */
  keyword: string;
  /** The keyword as written, for messages. */
  written: string;
  args: string[];
  line: number;
  block: ConfigBlock;
  origin: 'client' | 'server' | 'command';
  /**
   * Every Host or Match block the line is conditional on, also those of the files that include it
   * (outermost first). Omitted: `block` alone.
   */
  scope?: ScopeStep[];
  /** The file the line is in, to tell its own blocks from an including file's. */
  path?: string;
  /** How a command line wrote it (`-c aes128-cbc`), when not as `-o Option=value`. */
  flag?: string;
  /** Where it was given, when not in a config file or on an ssh command line ("on sshd's command line"). */
  context?: string;
}

/** The blocks a line is conditional on, in words. */
export function describeScope(scope: readonly ScopeStep[], path: string): string {
  if (scope.length === 0) return describeBlock({ kind: 'global', criteria: [], line: 0 });
  return scope
    .map((step) =>
      step.path === path
        ? describeBlock(step.block)
        : `in the "${step.block.kind === 'host' ? 'Host' : 'Match'} ${step.block.criteria.join(' ')}" block (line ${step.block.line}) of ${step.path} that includes this file`,
    )
    .join(', ');
}

const isGlobal = (setting: Setting): boolean => (setting.scope ? isUnconditional(setting.scope) : isGlobalBlock(setting.block));

const NOUN: Record<WeaknessRule, string> = {
  'weak-kex': 'key exchange',
  'weak-cipher': 'cipher',
  'weak-mac': 'MAC',
  'sha1-signatures-enabled': 'signature algorithm',
};

/**
 * Whether a server line can be in force for root's logins: inside a `Match User` block whose list cannot
 * match "root" (`Match User backup`) it never is, so PermitRootLogin there lets nobody in as root.
 */
function reachesRoot(setting: Setting): boolean {
  const blocks = setting.scope ? setting.scope.map((step) => step.block) : [setting.block];
  return blocks.every((block) => {
    if (block.kind !== 'match') return true;
    for (let index = 0; index < block.criteria.length; index++) {
      const criterion = block.criteria[index]!;
      const equals = criterion.indexOf('=');
      const name = (equals === -1 ? criterion : criterion.slice(0, equals)).toLowerCase();
      if (name === 'all') continue;
      const value = equals === -1 ? (block.criteria[++index] ?? '') : criterion.slice(equals + 1);
      // servconf.c match_usergroup_pattern_list(): user names compare as written.
      if (name === 'user' && !matchPatternList('root', value, false)) return false;
    }
    return true;
  });
}

/** The setting as the user wrote it, cut and bounded (lifted-text.ts): a value can be anything pasted there. */
function quote(setting: Setting): string {
  if (setting.flag) return liftText(setting.flag);
  const value = liftText(setting.args[0] ?? '');
  return setting.origin === 'command' ? `-o ${liftText(setting.written)}=${value}` : `${liftText(setting.written)} ${value}`.trim();
}

function where(setting: Setting): string {
  if (setting.context) return setting.context;
  if (setting.origin === 'command') return 'on this command line';
  return setting.scope ? describeScope(setting.scope, setting.path ?? '') : describeBlock(setting.block);
}

function algorithmFindings(setting: Setting, make: (rule: RuleId, message: string) => Finding): Finding[] {
  const kind = ALGORITHM_OPTIONS[setting.keyword]!;
  const value = setting.args[0] ?? '';
  // Per rule, the names grouped by reason, so the reason is said once: "ssh-rsa, ssh-rsa-cert-v01@... (why)".
  const byRule = new Map<WeaknessRule, Map<string, string[]>>();
  for (const name of addedBy(value, knownAlgorithms(kind))) {
    const weakness = weaknessOf(kind, name);
    if (!weakness) continue;
    const reasons = byRule.get(weakness.rule) ?? new Map<string, string[]>();
    reasons.set(weakness.reason, [...(reasons.get(weakness.reason) ?? []), name]);
    byRule.set(weakness.rule, reasons);
  }
  const findings: Finding[] = [];
  for (const [rule, reasons] of byRule) {
    const names = [...reasons.values()].flat();
    const listed = [...reasons].map(([reason, group]) => `${group.join(', ')} (${reason})`).join('; ');
    if (rule === 'sha1-signatures-enabled') {
      const side = setting.origin === 'server' ? 'client' : 'host';
      const scope =
        setting.origin === 'command' && !setting.context
          ? 'for this connection; use an Ed25519 key instead, or keep the exception in a Host block of ~/.ssh/config for the one old server'
          : isGlobal(setting)
            ? `for every ${side}, ${where(setting)}, not just the old ${side} that needed it; use an Ed25519 key, or move the line into a ${setting.origin === 'server' ? 'Match' : 'Host'} block for that one ${side}`
            : `${where(setting)}; the lasting fix is an Ed25519 key, so the exception can go`;
      findings.push(make(rule, `${quote(setting)} re-enables ${listed} ${scope}.`));
    } else {
      findings.push(
        make(
          rule,
          `${quote(setting)} enables the weak ${NOUN[rule]}${names.length > 1 ? 's' : ''} ${listed} ${where(setting)}; remove ${names.length > 1 ? 'them' : 'it'}.`,
        ),
      );
    }
  }
  return findings;
}

const YES = (value: string | undefined): boolean => value !== undefined && value.toLowerCase() === 'yes';

export function checkSetting(setting: Setting, path: string): Finding[] {
  const make = (rule: RuleId, message: string): Finding => makeFinding(rule, { path, line: setting.line, fingerprint: null }, message);
  const findings: Finding[] = [];
  const first = setting.args[0];
  if (setting.keyword in ALGORITHM_OPTIONS) findings.push(...algorithmFindings(setting, make));

  const deprecation = DEPRECATED[setting.keyword];
  if (deprecation) {
    const instead = deprecation.replacement ? `use ${deprecation.replacement} instead` : 'delete the line';
    findings.push(make('deprecated-option', `${setting.written} is deprecated (${deprecation.history}); ${instead}.`));
  }

  if (setting.origin !== 'server') {
    if (setting.keyword === 'stricthostkeychecking' && first && ['no', 'off'].includes(first.toLowerCase())) {
      findings.push(
        make(
          'host-key-checking-disabled',
          `StrictHostKeyChecking ${first} ${where(setting)} accepts any host key, so a man in the middle goes unnoticed; pin the host key in a known_hosts file (ssh-keyscan once, review, commit) or use accept-new.`,
        ),
      );
    }
    if (setting.keyword === 'userknownhostsfile' && setting.args.some((arg) => arg === '/dev/null')) {
      findings.push(
        make(
          'host-key-checking-disabled',
          `UserKnownHostsFile /dev/null ${where(setting)} forgets every host key, so a changed key is never noticed; point it at a known_hosts file that holds the pinned key.`,
        ),
      );
    }
  } else {
    if (setting.keyword === 'permitrootlogin' && YES(first) && reachesRoot(setting)) {
      findings.push(
        make(
          'root-login',
          `PermitRootLogin yes ${where(setting)} lets root log in directly, with a password wherever passwords are allowed; use "prohibit-password" (keys only) or "no", and log in as a user who escalates.`,
        ),
      );
    }
    if (
      ['passwordauthentication', 'kbdinteractiveauthentication', 'challengeresponseauthentication'].includes(setting.keyword) &&
      YES(first)
    ) {
      findings.push(
        make(
          'password-auth',
          `${setting.written} yes ${where(setting)} allows password logins, which can be guessed and phished; set it to no and use keys or certificates.`,
        ),
      );
    }
    if (setting.keyword === 'permitemptypasswords' && YES(first)) {
      findings.push(
        make(
          'empty-passwords',
          `PermitEmptyPasswords yes ${where(setting)} lets accounts without a password log in with none at all; set it to no.`,
        ),
      );
    }
    if (setting.keyword === 'hostkey' && first && /(^|[/_-])dsa([_.-]|$)/i.test(first.slice(first.lastIndexOf('/') + 1))) {
      findings.push(
        make(
          'dsa-key',
          `HostKey ${liftText(first)} is a DSA host key, which current OpenSSH clients refuse (disabled in 7.0, removed in 10.0); generate an Ed25519 host key and remove this line.`,
        ),
      );
    }
  }
  return findings;
}
