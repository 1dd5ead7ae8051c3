/** The one options type both adapters build, validated in one place. */
import { UsageError } from './errors.js';
import { isKnownKeyType } from './keys/key-types.js';
import { RULES } from './rules.js';
import type { FailOn, Severity } from './types.js';
import { quoteValue } from './quoted-value.js';

/** A rule's severity as the policy sets it; `off` drops its findings. */
export type RuleSetting = Severity | 'off';

/** One `allow:` entry of the policy file: which findings it accepts, why, and until when. */
export interface AllowEntry {
  fingerprint?: string;
  rule?: string;
  /** Glob over finding paths, relative to the directory of the policy file. */
  path?: string;
  reason: string;
  /** YYYY-MM-DD, the last day (UTC) the entry holds. */
  expires?: string;
  /** Line of the entry in the policy file. */
  line: number;
}

export interface ScanOptions {
  /** Files or directories to scan; each directory is its own containment root for symlinks. */
  paths: string[];
  /** Reported paths are relative to this directory (the working directory or the workspace). */
  root: string;
  include: string[];
  exclude: string[];
  minRsaBits: number;
  maxFileSize: number;
  failOn: FailOn;
  /** Files of fingerprints or public keys to report as compromised-key, on top of the built-in list. */
  blocklists: string[];
  /** Injected clock for certificate validity and the expiry of allow entries. */
  now: Date;
  /** Key types (plain SSH wire names) the policy allows; any other key is disallowed-key-type. null: any. */
  allowedKeyTypes: string[] | null;
  /** Severity overrides by rule id. */
  rules: Record<string, RuleSetting>;
  allow: AllowEntry[];
  /** The policy file the settings came from, relative to root; null when there is none. */
  policyFile: string | null;
  /** A baseline file (relative to root) whose findings are accepted; null for none. */
  baseline: string | null;
  /** For the Action's deploy-key check; null leaves its own default. */
  staleDeployKeyDays: number | null;
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
export const DEFAULT_MIN_RSA_BITS = 2048;
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];

export function defaultOptions(root: string): ScanOptions {
  return {
    paths: ['.'],
    root,
    include: [],
    exclude: [],
    minRsaBits: DEFAULT_MIN_RSA_BITS,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    failOn: 'error',
    blocklists: [],
    now: new Date(),
    allowedKeyTypes: null,
    rules: {},
    allow: [],
    policyFile: null,
    baseline: null,
    staleDeployKeyDays: null,
  };
}

/** Parses a whole number option; `name` is how the user spelled it (flag or input), for the message. */
export function parseCount(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${name} must be a whole number, got ${quoteValue(value)}`);
  const parsed = Number(value.trim());
  if (parsed < min || parsed > max) throw new UsageError(`${name} must be between ${min} and ${max}, got ${parsed}`);
  return parsed;
}

export function parseFailOn(name: string, value: string): FailOn {
  const normalised = value.trim().toLowerCase();
  if (!(FAIL_ON_VALUES as readonly string[]).includes(normalised)) {
    throw new UsageError(`${name} must be one of ${FAIL_ON_VALUES.join(', ')}, got ${quoteValue(value)}`);
  }
  return normalised as FailOn;
}

export function validateOptions(options: ScanOptions): ScanOptions {
  if (options.paths.length === 0) throw new UsageError('no path to scan was given');
  if (!Number.isInteger(options.minRsaBits) || options.minRsaBits < 512 || options.minRsaBits > 16384) {
    throw new UsageError(`the minimum RSA size must be between 512 and 16384 bits, got ${options.minRsaBits}`);
  }
  if (!Number.isInteger(options.maxFileSize) || options.maxFileSize < 1) {
    throw new UsageError(`the maximum file size must be a positive number of bytes, got ${options.maxFileSize}`);
  }
  parseFailOn('fail-on', options.failOn);
  for (const [id, setting] of Object.entries(options.rules)) {
    if (!RULES.some((rule) => rule.id === id)) throw new UsageError(`unknown rule ${quoteValue(id)} (docs/rules.md lists them)`);
    if (!['off', 'notice', 'warning', 'error'].includes(setting)) {
      throw new UsageError(`rule ${id} must be off, notice, warning or error, got ${quoteValue(setting)}`);
    }
  }
  for (const type of options.allowedKeyTypes ?? []) {
    if (!isKnownKeyType(type)) throw new UsageError(`unknown key type ${quoteValue(type)} in the allowed key types`);
  }
  if (options.allowedKeyTypes?.length === 0) throw new UsageError('the allowed key types cannot be empty');
  if (options.staleDeployKeyDays !== null && (!Number.isInteger(options.staleDeployKeyDays) || options.staleDeployKeyDays < 1)) {
    throw new UsageError(`the stale deploy key age must be a positive number of days, got ${options.staleDeployKeyDays}`);
  }
  for (const entry of options.allow) {
    if (entry.reason.trim() === '') throw new UsageError(`the allow entry at line ${entry.line} needs a reason`);
    if (entry.fingerprint === undefined && entry.path === undefined) {
      throw new UsageError(`the allow entry at line ${entry.line} needs a fingerprint or a path`);
    }
  }
  return options;
}
