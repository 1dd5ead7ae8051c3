/**
 * The effective options: defaults, then the policy file, then what the adapter was told (flags, inputs).
 * Both adapters build their options here, so the precedence and the file lookup are the same for both.
 * The policy reader (yaml and ajv, about half a megabyte of bundle) is loaded only when there is a policy
 * file to read, and yaml's printer only when print-config asks for YAML: a scan without one starts faster.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { reportPath } from '../discover.js';
import { UsageError } from '../errors.js';
import { defaultOptions, validateOptions, type ScanOptions } from '../options.js';
import { RULES } from '../rules.js';
import { POLICY_FILE_NAME, SCHEMA_URL } from './schema.js';

/** Settings given on the command line or as Action inputs; each one set replaces the policy file's. */
export type OptionOverrides = Partial<
  Pick<
    ScanOptions,
    'include' | 'exclude' | 'minRsaBits' | 'maxFileSize' | 'failOn' | 'blocklists' | 'baseline' | 'staleDeployKeyDays' | 'now'
  >
>;

export interface OptionRequest {
  /** Reported paths, --config, --baseline and blocklists given as flags are relative to this directory. */
  root: string;
  /** Empty or absent: `.`. */
  paths?: string[];
  /** An explicit policy file; absent or null looks for .ssh-key-audit.yml at the scan root. */
  config?: string | null;
  overrides?: OptionOverrides;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The scan root: the first path when it is a directory, else the root (a single file has no policy of its own). */
function scanRoot(root: string, paths: readonly string[]): string {
  const first = resolve(root, paths[0] ?? '.');
  try {
    return statSync(first).isDirectory() ? first : root;
  } catch {
    return root;
  }
}

/** The policy file that applies, absolute, or null. */
export function findPolicyFile(root: string, paths: readonly string[], config: string | null | undefined): string | null {
  if (config !== null && config !== undefined) {
    const absolute = resolve(root, config);
    if (!isFile(absolute)) throw new UsageError(`policy file not found: ${config}`);
    return absolute;
  }
  const candidate = resolve(scanRoot(root, paths), POLICY_FILE_NAME);
  return isFile(candidate) ? candidate : null;
}

export async function resolveOptions(request: OptionRequest): Promise<ScanOptions> {
  const options = defaultOptions(request.root);
  if (request.paths && request.paths.length > 0) options.paths = [...request.paths];
  const policyFile = findPolicyFile(request.root, options.paths, request.config);
  if (policyFile !== null) {
    const shown = reportPath(request.root, policyFile);
    const { loadPolicyFile } = await import('./policy-file.js');
    const file = loadPolicyFile(policyFile, shown);
    options.policyFile = shown;
    if (file.failOn !== undefined) options.failOn = file.failOn;
    if (file.minRsaBits !== undefined) options.minRsaBits = file.minRsaBits;
    if (file.allowedKeyTypes !== undefined) options.allowedKeyTypes = file.allowedKeyTypes;
    if (file.rules !== undefined) options.rules = file.rules;
    if (file.include !== undefined) options.include = file.include;
    if (file.exclude !== undefined) options.exclude = file.exclude;
    if (file.maxFileSize !== undefined) options.maxFileSize = file.maxFileSize;
    // Written relative to the policy file, which need not sit in the root.
    if (file.blocklists !== undefined)
      options.blocklists = file.blocklists.map((item) => reportPath(request.root, resolve(dirname(policyFile), item)));
    if (file.staleDeployKeyDays !== undefined) options.staleDeployKeyDays = file.staleDeployKeyDays;
    if (file.allow !== undefined) options.allow = file.allow;
  }
  for (const [name, value] of Object.entries(request.overrides ?? {})) {
    if (value !== undefined) (options as unknown as Record<string, unknown>)[name] = value;
  }
  return validateOptions(options);
}

/** The effective policy in the policy file's own terms, so the printout is itself a valid policy file. */
export function effectivePolicy(options: ScanOptions): Record<string, unknown> {
  const policy: Record<string, unknown> = {
    'fail-on': options.failOn,
    'min-rsa-bits': options.minRsaBits,
  };
  if (options.allowedKeyTypes !== null) policy['allowed-key-types'] = options.allowedKeyTypes;
  policy['rules'] = Object.fromEntries(RULES.map((rule) => [rule.id, options.rules[rule.id] ?? rule.severity]));
  policy['include'] = options.include;
  policy['exclude'] = options.exclude;
  policy['max-file-size'] = options.maxFileSize;
  policy['blocklists'] = options.blocklists;
  if (options.staleDeployKeyDays !== null) policy['stale-deploy-key-days'] = options.staleDeployKeyDays;
  policy['allow'] = options.allow.map((entry) => {
    const printed: Record<string, string> = {};
    for (const key of ['fingerprint', 'rule', 'path', 'reason', 'expires'] as const)
      if (entry[key] !== undefined) printed[key] = entry[key];
    return printed;
  });
  return policy;
}

export async function renderPolicy(options: ScanOptions, format: 'yaml' | 'json'): Promise<string> {
  const policy = effectivePolicy(options);
  if (format === 'json') return JSON.stringify(policy, null, 2) + '\n';
  const sources = ['defaults', ...(options.policyFile ? [options.policyFile] : []), 'command-line flags or inputs'].join(' < ');
  const header = [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    `# The effective ssh-key-audit policy (${sources}).`,
    ...(options.baseline ? [`# Findings in the baseline ${options.baseline} are accepted too.`] : []),
  ];
  const { policyYaml } = await import('./policy-yaml.js');
  return `${header.join('\n')}\n${policyYaml(policy)}`;
}
