/** Small hand-made scan results for the reporter tests: nothing here is produced by the code under test. */
import type { Finding, KeyRecord, ScanResult } from '../../src/core/types.js';

export const DOCS = 'https://github.com/ssh-key-audit/ssh-key-audit/blob/main/docs/rules.md';
export const SHA = '0123456789abcdef0123456789abcdef01234567';
export const LINKS = { server: 'https://github.example', repository: 'acme/infra', sha: SHA };

export function key(path: string, line: number, type: string, bits: number | null, fingerprint: string | null): KeyRecord {
  return { path, line, source: 'public-key', type, bits, fingerprint, comment: null };
}

export function finding(rule: Finding['rule'], severity: Finding['severity'], path: string, line: number, message: string): Finding {
  return { rule, severity, path, line, message, fingerprint: null };
}

export function result(findings: Finding[], keys: KeyRecord[], files: number): ScanResult {
  const count = (severity: Finding['severity']): number => findings.filter((item) => item.severity === severity).length;
  return {
    tool: { name: 'ssh-key-audit', version: '0.1.0' },
    root: '/repo',
    keys,
    findings,
    suppressed: [],
    skipped: [],
    summary: {
      files,
      keys: keys.length,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      skipped: 0,
      suppressed: 0,
    },
  };
}

/**
 * A repository with old problems, in path order as the scan gives them: duplicate-key notices under aaa/,
 * a DSA key that is also a duplicate, a root-login warning, and a committed private key last of all.
 */
export function mixed(): ScanResult {
  return result(
    [
      finding('duplicate-key', 'notice', 'aaa/authorized_keys', 1, 'The same key is also at keys/dsa.pub:1.'),
      finding('duplicate-key', 'notice', 'aaa/authorized_keys', 2, 'The same key is also at aaa/authorized_keys:1.'),
      finding('root-login', 'warning', 'etc/sshd_config', 4, 'PermitRootLogin yes lets root log in.'),
      finding('dsa-key', 'error', 'keys/dsa.pub', 1, 'DSA keys no longer work with OpenSSH 10.'),
      finding('duplicate-key', 'notice', 'keys/dsa.pub', 1, 'The same key is also at aaa/authorized_keys:1.'),
      finding('private-key', 'error', 'zzz/id_ed25519', 1, 'A private key is committed here.'),
    ],
    [
      key('aaa/authorized_keys', 1, 'ssh-ed25519', 256, 'SHA256:aaa'),
      key('aaa/authorized_keys', 2, 'ssh-ed25519', 256, 'SHA256:aaa'),
      key('keys/dsa.pub', 1, 'ssh-dss', 1024, 'SHA256:ddd'),
      key('zzz/id_ed25519', 1, 'ssh-ed25519', 256, 'SHA256:zzz'),
    ],
    4,
  );
}
