/**
 * secret-env: SSH keys kept in Actions secrets, mapped into the step's environment. Each value is masked
 * before anything else happens, then audited like a file named `secret:NAME`. Nothing read from a value
 * reaches a report: comments, option names and certificate ids are dropped, and only type, size,
 * fingerprint and findings remain.
 */
import * as core from '@actions/core';
import type { KeyCheckContext } from '../core/checks/key-rules.js';
import { UsageError } from '../core/errors.js';
import type { Finding, KeyRecord } from '../core/types.js';

// toolkit docs/commands.md: "Do not mask short values"; a short line such as `-----` or `Q==` would turn
// every occurrence in the log into ***. Lines this short carry no usable key material on their own.
const MIN_MASKED_LINE = 8;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function secretNames(input: string): string[] {
  return input
    .split(/[\n,]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** Registers every value and each of its lines as a secret; runs first, before any input is validated. */
export function maskSecrets(input: string, env: NodeJS.ProcessEnv): void {
  for (const name of secretNames(input)) {
    const value = NAME.test(name) ? env[name] : undefined;
    if (!value) continue;
    core.setSecret(value);
    for (const line of value.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed.length >= MIN_MASKED_LINE && trimmed !== value) core.setSecret(trimmed);
    }
  }
}

export function validateSecretNames(names: readonly string[]): void {
  for (const name of names) {
    if (!NAME.test(name)) {
      throw new UsageError(`input secret-env must list environment variable names (letters, digits and _), got ${JSON.stringify(name)}`);
    }
  }
}

export interface SecretAudit {
  keys: KeyRecord[];
  findings: Finding[];
  /** Where each audited key came from, for the summary: `secret:NAME`. */
  paths: string[];
}

function scrub(record: KeyRecord): KeyRecord {
  const clean: KeyRecord = { ...record, source: 'secret', comment: null };
  delete clean.options;
  if (clean.certificate) clean.certificate = { ...clean.certificate, keyId: '[redacted]', principals: [] };
  return clean;
}

/**
 * Audits each named variable. A private key in a secret is where it belongs, so `private-key` is not a
 * finding there; every key from a secret is reported with source `secret`, private halves included.
 */
export async function auditSecrets(
  names: readonly string[],
  env: NodeJS.ProcessEnv,
  context: Omit<KeyCheckContext, 'path'>,
): Promise<SecretAudit> {
  // The key readers load only for a run that names secrets (maskSecrets above runs in every run).
  const { inventoryBytes } = await import('../core/inventory.js');
  const audit: SecretAudit = { keys: [], findings: [], paths: [] };
  for (const name of names) {
    const value = env[name];
    const path = `secret:${name}`;
    if (!value) {
      core.warning(
        `secret-env: ${name} is empty or not set, so it was not audited. Map the secret into this step's env: (env: ${name}: \${{ secrets.${name} }}); workflows triggered by a pull request from a fork get no secrets.`,
      );
      continue;
    }
    const inventory = inventoryBytes(Buffer.from(value, 'utf8'), { ...context, path }, 'secret');
    if (inventory.keys.length === 0 && inventory.findings.length === 0) {
      core.warning(`secret-env: ${name} holds no SSH key that ssh-key-audit can read, so there was nothing to audit.`);
      continue;
    }
    // One secret can hold several keys (an authorized_keys list): each is named by its place, `secret:NAME[2]`,
    // since a line number would point into a value nobody can see.
    const lines = [...new Set(inventory.keys.map((key) => key.line))].sort((a, b) => a - b);
    const nameAt = (line: number): string => (lines.length > 1 && lines.includes(line) ? `${path}[${lines.indexOf(line) + 1}]` : path);
    audit.paths.push(...new Set([path, ...lines.map(nameAt)]));
    audit.keys.push(...inventory.keys.map((key) => ({ ...scrub(key), path: nameAt(key.line) })));
    const keyIds = inventory.keys.flatMap((key) => (key.certificate ? [key.certificate.keyId] : []));
    for (const finding of inventory.findings) {
      if (finding.rule === 'private-key') continue;
      let message = finding.message;
      for (const keyId of keyIds) if (keyId !== '') message = message.split(`"${keyId}"`).join('"[redacted]"');
      audit.findings.push({ ...finding, path: nameAt(finding.line), message });
    }
  }
  return audit;
}
