/**
 * `ssh-key-audit merge`: many JSON reports (one per repository, as an organisation's matrix job makes
 * them) combined into one: a key inventory across repositories, keys found in several repositories,
 * primes shared between repositories (batch GCD over every RSA key), totals per repository and severity.
 */
import { findSharedPrimes, type ModulusLocation } from './checks/big-numbers/shared-primes.js';
import { UsageError } from './errors.js';
import { byLocation } from './order.js';
import type { Finding, KeyRecord, ScanResult, Severity, Summary } from './types.js';
import { VERSION } from '../version.js';

export interface NamedReport {
  repository: string;
  report: ScanResult;
}

export interface KeyLocation {
  repository: string;
  path: string;
  line: number;
  source: KeyRecord['source'];
}

export interface MergedKey {
  fingerprint: string;
  type: string;
  bits: number | null;
  locations: KeyLocation[];
}

export interface MergedFinding extends Finding {
  repository: string;
}

export interface RepositoryTotals extends Pick<Summary, 'files' | 'keys' | 'errors' | 'warnings' | 'notices' | 'skipped'> {
  repository: string;
}

export interface MergedReport {
  tool: { name: string; version: string };
  repositories: RepositoryTotals[];
  keys: MergedKey[];
  /** Keys present in more than one repository: the interesting case, with every place named. */
  sharedKeys: MergedKey[];
  findings: MergedFinding[];
  totals: Record<Severity, number> & { repositories: number; keys: number };
}

/** Checks that a parsed JSON value is an ssh-key-audit report; `name` is for the message. */
export function asReport(value: unknown, name: string): ScanResult {
  const report = value as Partial<ScanResult> | null;
  if (
    !report ||
    report.tool?.name !== 'ssh-key-audit' ||
    !Array.isArray(report.keys) ||
    !Array.isArray(report.findings) ||
    !report.summary
  ) {
    throw new UsageError(`${name} is not an ssh-key-audit JSON report (make it with --format json)`);
  }
  return report as ScanResult;
}

export async function mergeReports(reports: readonly NamedReport[]): Promise<MergedReport> {
  const names = new Set<string>();
  for (const { repository } of reports) {
    if (names.has(repository)) throw new UsageError(`two reports are both named ${repository}: give each repository's report its own name`);
    names.add(repository);
  }
  const keys = new Map<string, MergedKey>();
  const moduli = new Map<string, { n: Buffer; locations: ModulusLocation[] }>();
  const findings: MergedFinding[] = [];
  for (const { repository, report } of reports) {
    for (const key of report.keys) {
      if (!key.fingerprint || key.commit) continue;
      const location: KeyLocation = { repository, path: key.path, line: key.line, source: key.source };
      const entry = keys.get(key.fingerprint);
      if (entry) entry.locations.push(location);
      else keys.set(key.fingerprint, { fingerprint: key.fingerprint, type: key.type, bits: key.bits, locations: [location] });
      const n = key.rsaModulus && /^[0-9a-f]+$/.test(key.rsaModulus) ? Buffer.from(key.rsaModulus, 'hex') : null;
      if (n) {
        const id = n.toString('hex');
        const at = { path: key.path, line: key.line, fingerprint: key.fingerprint, group: repository };
        const modulus = moduli.get(id);
        if (modulus) modulus.locations.push(at);
        else moduli.set(id, { n, locations: [at] });
      }
    }
    for (const finding of report.findings) findings.push({ ...finding, repository });
  }
  // Primes shared within one repository were reported by its own scan; across repositories only a merge sees them.
  const repositoryOf = new Map(
    [...moduli.values()].flatMap((entry) => entry.locations.map((at) => [`${at.path}\0${at.line}\0${at.fingerprint}`, at.group!])),
  );
  for (const finding of await findSharedPrimes(moduli, { acrossGroupsOnly: true })) {
    findings.push({ ...finding, repository: repositoryOf.get(`${finding.path}\0${finding.line}\0${finding.fingerprint}`) ?? '' });
  }
  const inventory = [...keys.values()].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1));
  const shared = inventory.filter((key) => new Set(key.locations.map((location) => location.repository)).size > 1);
  findings.sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : byLocation(a, b)));
  const count = (severity: Severity): number => findings.filter((finding) => finding.severity === severity).length;
  return {
    tool: { name: 'ssh-key-audit', version: VERSION },
    repositories: reports.map(({ repository, report }) => ({
      repository,
      files: report.summary.files,
      keys: report.summary.keys,
      // Counted from the merged findings, so a prime shared with another repository counts here too.
      errors: findings.filter((finding) => finding.repository === repository && finding.severity === 'error').length,
      warnings: findings.filter((finding) => finding.repository === repository && finding.severity === 'warning').length,
      notices: findings.filter((finding) => finding.repository === repository && finding.severity === 'notice').length,
      skipped: report.summary.skipped,
    })),
    keys: inventory,
    sharedKeys: shared,
    findings,
    totals: {
      repositories: reports.length,
      keys: inventory.length,
      error: count('error'),
      warning: count('warning'),
      notice: count('notice'),
    },
  };
}
