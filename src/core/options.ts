/** The one options type both adapters build, validated in one place. */
import { UsageError } from './errors.js';
import type { FailOn } from './types.js';

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
  /** Injected clock for certificate validity. */
  now: Date;
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
  };
}

/** Parses a whole number option; `name` is how the user spelled it (flag or input), for the message. */
export function parseCount(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${name} must be a whole number, got ${JSON.stringify(value)}`);
  const parsed = Number(value.trim());
  if (parsed < min || parsed > max) throw new UsageError(`${name} must be between ${min} and ${max}, got ${parsed}`);
  return parsed;
}

export function parseFailOn(name: string, value: string): FailOn {
  const normalised = value.trim().toLowerCase();
  if (!(FAIL_ON_VALUES as readonly string[]).includes(normalised)) {
    throw new UsageError(`${name} must be one of ${FAIL_ON_VALUES.join(', ')}, got ${JSON.stringify(value)}`);
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
  return options;
}
