/**
 * The Action: read inputs, scan the workspace, write SARIF and JSON, annotate, summarise, set outputs,
 * and fail the step only after all reporting is done.
 */
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../core/errors.js';
import { failingFindings } from '../core/policy.js';
import { scan } from '../core/scan.js';
import type { Finding } from '../core/types.js';
import { renderJson } from '../reporters/json-reporter.js';
import { renderMarkdown } from '../reporters/markdown-reporter.js';
import { renderSarif } from '../reporters/sarif-reporter.js';
import { summaryLine } from '../reporters/tally.js';
import { readSettings } from './inputs.js';

/** Report paths often name a directory that no checkout has (`sarif-file: results/ssh.sarif`). */
function writeReport(input: string, path: string, content: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  } catch (error) {
    throw new UsageError(`cannot write ${input} ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

function annotate(finding: Finding): void {
  const properties = { title: finding.rule, file: finding.path, startLine: finding.line };
  if (finding.severity === 'error') core.error(finding.message, properties);
  else if (finding.severity === 'warning') core.warning(finding.message, properties);
  else core.notice(finding.message, properties);
}

export async function run(): Promise<void> {
  try {
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const settings = readSettings(workspace);
    const result = await scan(settings.options);
    writeReport('sarif-file', settings.sarifFile, renderSarif(result));
    writeReport('report-file', settings.reportFile, renderJson(result));
    if (settings.annotations) result.findings.forEach(annotate);
    if (settings.summary && process.env['GITHUB_STEP_SUMMARY']) {
      await core.summary.addRaw(renderMarkdown(result, { maxFindings: 100 })).write();
    }
    const { summary } = result;
    core.setOutput('findings', result.findings.length);
    core.setOutput('errors', summary.errors);
    core.setOutput('warnings', summary.warnings);
    core.setOutput('notices', summary.notices);
    core.setOutput('keys', summary.keys);
    core.setOutput('sarif-file', settings.sarifFile);
    core.setOutput('report', settings.reportFile);
    core.info(`ssh-key-audit: ${summaryLine(summary)}`);
    const failing = failingFindings(result.findings, settings.options.failOn);
    if (failing.length > 0) {
      core.setFailed(`ssh-key-audit: ${failing.length} finding(s) at or above fail-on ${settings.options.failOn}`);
    }
  } catch (error) {
    if (error instanceof UsageError) core.setFailed(`ssh-key-audit: ${error.message}`);
    else core.setFailed(`ssh-key-audit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
