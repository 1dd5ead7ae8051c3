/**
 * RHEL, Fedora, CentOS Stream and Amazon Linux crypto-policy back-ends for OpenSSH
 * (update-crypto-policies(8)): `/etc/crypto-policies/back-ends/opensshserver.config` for sshd and
 * `openssh.config` for ssh. RHEL 9 and later write keyword lines that the distribution's
 * `sshd_config.d/50-redhat.conf` and `ssh_config.d/50-redhat.conf` Include; RHEL 8 writes one shell
 * assignment, `CRYPTO_POLICY='-oCiphers=… -oMACs=…'`, that sshd.service passes on sshd's command line
 * (through /etc/sysconfig/sshd, which may also set it). Command-line options come before every config line,
 * so they are in force.
 */
import { ALGORITHM_OPTIONS } from '../data/algorithms.js';
import { SERVER_KEYWORDS } from './keywords.js';
import type { ConfigKind } from './in-force.js';

/** The kind a back-end's name says, or null. */
export function cryptoPolicyKind(path: string): ConfigKind | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'opensshserver.config' || name === 'opensshserver.txt') return 'server';
  if (name === 'openssh.config' || name === 'openssh.txt') return 'client';
  return null;
}

/** Keywords a back-end sets: only algorithm lists and key sizes. */
const POLICY_KEYWORDS = new Set([...Object.keys(ALGORITHM_OPTIONS), 'gssapikexalgorithms', 'requiredrsasize']);

/**
 * By content: every line sets an algorithm list (the RHEL 9 form, copied under any name). The side is
 * the name's guess (a "server" in the path) since both sides take the same keywords.
 */
export function cryptoPolicyKindByContent(keywords: readonly string[], path: string): ConfigKind | null {
  if (keywords.length < 2 || !keywords.every((keyword) => POLICY_KEYWORDS.has(keyword))) return null;
  return /server|sshd/i.test(path) ? 'server' : 'client';
}

export interface PolicyOption {
  line: number;
  keyword: string;
  written: string;
  value: string;
  /** The shell variable it was given in. */
  variable: string;
}

const ASSIGNMENT = /^\s*(?:export\s+)?(CRYPTO_POLICY|OPTIONS)=(.*)$/;
const OPTION = /(?:^|[\s'"])-o\s*([A-Za-z]+)[=\s]([^\s'"]+)/g;

/** The `-oKeyword=value` options of `CRYPTO_POLICY=` (and sysconfig's `OPTIONS=`) assignments. */
export function findCryptoPolicyOptions(text: string): PolicyOption[] {
  const options: PolicyOption[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const assignment = ASSIGNMENT.exec(lines[index]!);
    if (!assignment) continue;
    for (const match of assignment[2]!.matchAll(OPTION)) {
      const keyword = match[1]!.toLowerCase();
      if (!SERVER_KEYWORDS.has(keyword) && !POLICY_KEYWORDS.has(keyword)) continue;
      options.push({ line: index + 1, keyword, written: match[1]!, value: match[2]!, variable: assignment[1]! });
    }
  }
  return options;
}
