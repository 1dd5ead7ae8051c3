/**
 * Microsoft's SARIF Multitool from the npm registry, with GitHub code scanning's ingestion rules (GHnnnn)
 * switched on: the validator the SARIF tests run every report through.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The SARIF Multitool's platform binary: an absolute path, from the package's own index.js. */
export const MULTITOOL = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;

/**
 * Makes the binary executable and writes a validation config with GitHub's rules on; returns its path.
 * npm leaves install scripts of dependencies unrun unless approved, and the platform package's only
 * script is `chmod u+x Sarif.Multitool`.
 */
export function githubRulesConfig(dir: string): string {
  try {
    accessSync(MULTITOOL, constants.X_OK);
  } catch {
    chmodSync(MULTITOOL, statSync(MULTITOOL).mode | 0o100);
  }
  // GitHub's ingestion rules (GHnnnn) are disabled by default in the Multitool, and --rule-kind only picks
  // among enabled rules, so `--rule-kind "Gh;Sarif"` alone runs none of them. A configuration that sets them
  // to Error (the only RuleEnabledState that enables a rule without lowering its level) turns them on.
  const exported = join(dir, 'exported.xml');
  const exporting = spawnSync(MULTITOOL, ['export-validation-config', exported], { encoding: 'utf8', timeout: 180_000 });
  assert.equal(exporting.status, 0, exporting.stdout + exporting.stderr);
  let enabled = 0;
  const config = readFileSync(exported, 'utf8').replace(
    /(<Properties Key="GH\d+\.[A-Za-z]+\.Options">\s*<Property Key="RuleEnabled" Value=)"Default"/g,
    (_, head: string) => {
      enabled++;
      return `${head}"Error"`;
    },
  );
  assert.ok(enabled >= 10, `only ${enabled} GitHub rules found in the Multitool's configuration`);
  const githubRules = join(dir, 'github-rules.xml');
  writeFileSync(githubRules, config);
  return githubRules;
}

export interface ValidatorFinding {
  level: string;
  ruleId: string;
  text: string;
}

export interface ValidatorOutcome {
  findings: ValidatorFinding[];
  /** Notifications the tool raised about itself (it could not read the file, a rule crashed). */
  toolErrors: string[];
  console: string;
}

/** `Sarif.Multitool validate`, its SARIF output read back with the messages formatted. */
export function validate(file: string, config: string): ValidatorOutcome {
  const output = `${file}.validation.json`;
  const child = spawnSync(
    MULTITOOL,
    // The file goes first: list-valued options such as --log take every following word that is not an option.
    ['validate', file, '--rule-kind', 'Gh;Sarif', '--config', config, '--output', output, '--log', 'ForceOverwrite'],
    { encoding: 'utf8', timeout: 180_000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } },
  );
  if (child.error) throw child.error;
  const console = `${child.stdout}${child.stderr}`;
  assert.equal(child.status, 0, `the validator itself failed:\n${console}`);
  const log = JSON.parse(readFileSync(output, 'utf8')) as {
    runs: {
      tool: { driver: { rules?: { id: string; messageStrings?: Record<string, { text: string }> }[] } };
      invocations?: { executionSuccessful: boolean; toolExecutionNotifications?: { level?: string; message: { text: string } }[] }[];
      results?: { ruleId: string; level?: string; message: { id?: string; text?: string; arguments?: string[] } }[];
    }[];
  };
  const run = log.runs[0]!;
  const strings = new Map((run.tool.driver.rules ?? []).map((rule) => [rule.id, rule.messageStrings ?? {}]));
  const findings = (run.results ?? []).map((result) => {
    const template = result.message.text ?? strings.get(result.ruleId)?.[result.message.id ?? '']?.text ?? result.message.id ?? '';
    const text = template.replace(/\{(\d+)\}/g, (_, index: string) => result.message.arguments?.[Number(index)] ?? '');
    // SARIF §3.27.10: a result without a level is a warning.
    return { level: result.level ?? 'warning', ruleId: result.ruleId, text };
  });
  const toolErrors = (run.invocations ?? []).flatMap((invocation) => [
    ...(invocation.executionSuccessful ? [] : ['execution was not successful']),
    ...(invocation.toolExecutionNotifications ?? []).filter((item) => item.level === 'error').map((item) => item.message.text),
  ]);
  return { findings, toolErrors, console };
}

export function assertValid(outcome: ValidatorOutcome): void {
  assert.deepEqual(outcome.toolErrors, [], outcome.console);
  const problems = outcome.findings.filter((finding) => finding.level === 'error' || finding.level === 'warning');
  assert.deepEqual(
    problems.map((finding) => `${finding.level} ${finding.ruleId}: ${finding.text}`),
    [],
    `the SARIF Multitool reports problems:\n${outcome.console}`,
  );
}
