/**
 * SARIF 2.1.0 for GitHub code scanning: one run, rules from the catalogue with markdown help, and a
 * partial fingerprint of our own built from rule, path and key fingerprint, so alerts survive line shifts.
 * Fields follow GitHub's "SARIF support for code scanning" page; the tests run the SARIF Multitool
 * validator with GitHub's ingestion rules.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { RULES, securitySeverity, type Rule } from '../core/rules.js';
import { byLocation } from '../core/order.js';
import type { Finding, ScanResult, Severity, SuppressedFinding, Suppression } from '../core/types.js';
import { RULES_DOC_URL, REPOSITORY_URL } from '../version.js';

const LEVELS: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'note' };

export interface SarifOptions {
  /** runAutomationDetails.id prefix, so several runs can coexist in code scanning. */
  category?: string;
}

function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}

export function ruleHelpMarkdown(rule: Rule): string {
  return `**What it detects.** ${rule.detects}\n\n**Why it matters.** ${rule.why}\n\n**How to fix.** ${rule.fix}`;
}

function sarifRule(rule: Rule): object {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.detects },
    help: { text: `${rule.detects} ${rule.why} Fix: ${rule.fix}`, markdown: ruleHelpMarkdown(rule) },
    helpUri: `${RULES_DOC_URL}#${rule.id}`,
    defaultConfiguration: { level: LEVELS[rule.severity] },
    properties: {
      tags: ['security', 'ssh'],
      precision: 'very-high',
      'security-severity': securitySeverity(rule),
    },
  };
}

/** Stable across line moves: a key finding is identified by its key, any other by its message. */
export function findingFingerprint(finding: Finding): string {
  const identity = [finding.rule, finding.path, finding.fingerprint ?? finding.message].join('\0');
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}

/** SARIF §3.35: an inline comment is `inSource`; the policy file and the baseline are `external`. */
function sarifSuppression(suppression: Suppression): object {
  return {
    kind: suppression.kind === 'inline' ? 'inSource' : 'external',
    status: 'accepted',
    justification: suppression.reason,
    properties: {
      source: suppression.source,
      suppressedBy: suppression.kind,
      ...(suppression.expires ? { expires: suppression.expires } : {}),
    },
  };
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * Relative to %SRCROOT% for a file under the root; an absolute file:// URI for a file outside it (a PATH
 * typed absolute or with ../), as SARIF §3.4.4 allows no uriBaseId-relative URI that climbs out of its base.
 */
function artifactLocation(path: string, root: string): { uri: string; uriBaseId?: string } {
  if (path.startsWith('/')) return { uri: pathToFileUri(path, false) };
  if (path === '..' || path.startsWith('../')) return { uri: pathToFileUri(posix.join(root.replace(/\\/g, '/'), path), false) };
  return { uri: encodePath(path), uriBaseId: '%SRCROOT%' };
}

export function renderSarif(result: ScanResult, options: SarifOptions = {}): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  // Suppressed findings are results too (SARIF §3.27.23), so code scanning shows them as dismissed, not gone.
  const all: (Finding | SuppressedFinding)[] = [...result.findings, ...result.suppressed].sort(byLocation);
  const results = all.map((finding) => ({
    ruleId: finding.rule,
    ruleIndex: ruleIndex.get(finding.rule),
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.path, result.root),
          region: { startLine: finding.line },
        },
      },
    ],
    partialFingerprints: { 'sshKeyAudit/v1': findingFingerprint(finding) },
    ...('suppression' in finding ? { suppressions: [sarifSuppression(finding.suppression)] } : {}),
    ...(finding.fingerprint || finding.commit
      ? {
          properties: {
            ...(finding.fingerprint ? { keyFingerprint: finding.fingerprint } : {}),
            ...(finding.commit ? { commit: finding.commit } : {}),
          },
        }
      : {}),
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: REPOSITORY_URL,
            rules: RULES.map(sarifRule),
          },
        },
        automationDetails: { id: `${options.category ?? 'ssh-key-audit'}/` },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileUri(result.root) } },
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function pathToFileUri(directory: string, isDirectory = true): string {
  const withSlash = !isDirectory || directory.endsWith('/') ? directory : `${directory}/`;
  return `file://${encodePath(withSlash.replace(/\\/g, '/').replace(/^(?!\/)/, '/'))}`;
}
