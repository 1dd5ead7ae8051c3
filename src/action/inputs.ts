/** INPUT_* -> one validated settings object, before any work (as actions/checkout does). */
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { parseCount, parseFailOn, type ScanOptions } from '../core/options.js';
import { resolveOptions, type OptionOverrides } from '../core/policy/settings.js';
import { PR_FILTERS, type PrFilter } from './pr-filter.js';
import { secretNames, validateSecretNames } from './secrets.js';
import { quoteValue } from '../core/quoted-value.js';

export const DEFAULT_CATEGORY = 'ssh-key-audit';
export const DEFAULT_STALE_DEPLOY_KEY_DAYS = 90;
export const DEFAULT_TRACKING_ISSUE_LABEL = 'ssh-key-audit';

export interface ActionSettings {
  options: ScanOptions;
  sarifFile: string;
  reportFile: string;
  annotations: boolean;
  summary: boolean;
  /** SARIF automationDetails, check run name and comment marker, so several configurations coexist. */
  category: string;
  /** The name of the check run that holds the annotations above the per-step limit. */
  checkName: string;
  prFilter: PrFilter;
  prComment: boolean;
  secretEnv: string[];
  deployKeys: boolean;
  staleDeployKeyDays: number;
  /** Also scan every blob reachable from any ref (git history). */
  history: boolean;
  trackingIssue: boolean;
  /** The label that finds the tracking issue again (with its marker) and that a new one is given. */
  trackingIssueLabel: string;
  token: string;
  /** The policy file applied (the config input, else .ssh-key-audit.yml at the scan root), absolute; null for none. */
  config: string | null;
}

function list(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  throw new UsageError(`input ${name} must be true or false, got ${quoteValue(value)}`);
}

function text(name: string, fallback: string): string {
  const value = core.getInput(name).trim();
  return value === '' ? fallback : value;
}

function choice<T extends string>(name: string, values: readonly T[], fallback: T): T {
  const value = text(name, fallback).toLowerCase();
  if (!(values as readonly string[]).includes(value)) {
    throw new UsageError(`input ${name} must be one of ${values.join(', ')}, got ${quoteValue(core.getInput(name).trim())}`);
  }
  return value as T;
}

function category(): string {
  const value = text('category', DEFAULT_CATEGORY);
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/.test(value)) {
    throw new UsageError(`input category must be 1 to 100 letters, digits, '.', '_', '/' or '-', got ${quoteValue(value)}`);
  }
  return value;
}

function label(): string {
  const value = text('tracking-issue-label', DEFAULT_TRACKING_ISSUE_LABEL);
  // REST "List repository issues": `labels` is "a list of comma separated label names", so a comma would split it.
  if (value.includes(','))
    throw new UsageError(`input tracking-issue-label must be one label name without a comma, got ${quoteValue(value)}`);
  return value;
}

/** The inputs that override the policy file: only those set (an empty input leaves the file's value or the default). */
function policyOverrides(): OptionOverrides {
  const overrides: OptionOverrides = {};
  const given = (name: string): string | null => text(name, '') || null;
  if (list('include').length > 0) overrides.include = list('include');
  if (list('exclude').length > 0) overrides.exclude = list('exclude');
  if (list('blocklist').length > 0) overrides.blocklists = list('blocklist');
  const failOn = given('fail-on');
  if (failOn) overrides.failOn = parseFailOn('input fail-on', failOn);
  const minRsaBits = given('min-rsa-bits');
  if (minRsaBits) overrides.minRsaBits = parseCount('input min-rsa-bits', minRsaBits, 512, 16384);
  const maxFileSize = given('max-file-size');
  if (maxFileSize) overrides.maxFileSize = parseCount('input max-file-size', maxFileSize, 1, Number.MAX_SAFE_INTEGER);
  const staleDays = given('stale-deploy-key-days');
  if (staleDays) overrides.staleDeployKeyDays = parseCount('input stale-deploy-key-days', staleDays, 1, 36500);
  const baseline = given('baseline');
  if (baseline) overrides.baseline = baseline;
  return overrides;
}

/**
 * Reports go to RUNNER_TEMP unless a path is given: a file in the workspace would be committed by a later
 * `git add -A` step. The category is in the name, so two configurations in one job keep their own files.
 */
export function defaultReportPath(categoryName: string, extension: 'sarif' | 'json', env: NodeJS.ProcessEnv = process.env): string {
  const base = categoryName === DEFAULT_CATEGORY ? 'ssh-key-audit' : `ssh-key-audit-${categoryName.replace(/[/]/g, '-')}`;
  return join(env['RUNNER_TEMP'] || tmpdir(), `${base}.${extension}`);
}

function checkName(categoryName: string): string {
  const fallback = categoryName === DEFAULT_CATEGORY ? 'ssh-key-audit' : `ssh-key-audit (${categoryName})`;
  const value = text('check-name', fallback);
  if (value.length > 100 || /[\r\n]/.test(value)) throw new UsageError(`input check-name must be one line of at most 100 characters`);
  return value;
}

export async function readSettings(workspace: string): Promise<ActionSettings> {
  const options = await resolveOptions({
    root: workspace,
    paths: list('path'),
    config: text('config', '') || null,
    overrides: policyOverrides(),
  });
  const secretEnv = secretNames(core.getInput('secret-env'));
  validateSecretNames(secretEnv);
  const categoryName = category();
  return {
    options,
    sarifFile: resolve(workspace, text('sarif-file', '') || defaultReportPath(categoryName, 'sarif')),
    reportFile: resolve(workspace, text('report-file', '') || defaultReportPath(categoryName, 'json')),
    annotations: flag('annotations', true),
    summary: flag('summary', true),
    category: categoryName,
    checkName: checkName(categoryName),
    prFilter: choice('pr-filter', PR_FILTERS, 'added'),
    prComment: flag('pr-comment', false),
    secretEnv,
    deployKeys: flag('deploy-keys', false),
    staleDeployKeyDays: options.staleDeployKeyDays ?? DEFAULT_STALE_DEPLOY_KEY_DAYS,
    history: flag('history', false),
    trackingIssue: flag('tracking-issue', false),
    trackingIssueLabel: label(),
    token: core.getInput('github-token'),
    config: options.policyFile === null ? null : resolve(workspace, options.policyFile),
  };
}
