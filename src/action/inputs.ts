/** INPUT_* -> one validated settings object, before any work (as actions/checkout does). */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { defaultOptions, parseCount, parseFailOn, type ScanOptions } from '../core/options.js';

export interface ActionSettings {
  options: ScanOptions;
  sarifFile: string;
  reportFile: string;
  annotations: boolean;
  summary: boolean;
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
  throw new UsageError(`input ${name} must be true or false, got ${JSON.stringify(value)}`);
}

function text(name: string, fallback: string): string {
  const value = core.getInput(name).trim();
  return value === '' ? fallback : value;
}

export function readSettings(workspace: string): ActionSettings {
  const options = defaultOptions(workspace);
  const paths = list('path');
  if (paths.length > 0) options.paths = paths;
  options.include = list('include');
  options.exclude = list('exclude');
  options.blocklists = list('blocklist');
  options.failOn = parseFailOn('input fail-on', text('fail-on', 'error'));
  options.minRsaBits = parseCount('input min-rsa-bits', text('min-rsa-bits', '2048'), 512, 16384);
  options.maxFileSize = parseCount('input max-file-size', text('max-file-size', String(options.maxFileSize)), 1, Number.MAX_SAFE_INTEGER);
  return {
    options,
    sarifFile: resolve(workspace, text('sarif-file', 'ssh-key-audit.sarif')),
    reportFile: resolve(workspace, text('report-file', 'ssh-key-audit.json')),
    annotations: flag('annotations', true),
    summary: flag('summary', true),
  };
}
