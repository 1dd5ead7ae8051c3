/** The ssh-key-audit command: parse argv, scan, render, write, exit 0/1/2 (3 for a bug). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, writeErrorReason } from '../core/errors.js';
import { guardText } from '../core/redact.js';
import type { ScanResult } from '../core/types.js';
import type { ScanHooks } from '../core/scan.js';
import { VERSION } from '../version.js';
import { exitCodeFor, parseCli, resolveCliOptions, USAGE, type Format } from './args.js';
import { withGuardedIo } from './guarded-io.js';

export interface CliIo {
  cwd: string;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

// Each reporter is loaded when its format is asked for: start-up pays only for what the command uses.
async function render(result: ScanResult, format: Format, color: boolean): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../reporters/json-reporter.js')).renderJson(result);
    case 'sarif':
      return (await import('../reporters/sarif-reporter.js')).renderSarif(result);
    case 'markdown':
      return (await import('../reporters/markdown-reporter.js')).renderMarkdown(result);
    case 'codequality':
      return (await import('../reporters/codequality-reporter.js')).renderCodeQuality(result);
    case 'text':
      return (await import('../reporters/text-reporter.js')).renderText(result, { color });
  }
}

function progressReporter(stderr: CliIo['stderr']): ((done: number, total: number) => void) | undefined {
  if (!stderr.isTTY) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done === total) stderr.write('\r\x1b[K');
    else if (now - last > 100) {
      last = now;
      stderr.write(`\rssh-key-audit: scanned ${done} of ${total} files`);
    }
  };
}

function writeOutput(flag: string, file: string, content: string): void {
  try {
    writeFileSync(file, guardText(content));
  } catch (error) {
    throw new UsageError(`cannot write ${flag} ${file}: ${writeErrorReason(error)}`);
  }
}

/**
 * Every report and every message leaves through the output guard (core/redact.ts); anything it withholds
 * is a reader's bug, said once on stderr after the run.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  return withGuardedIo(io, (guarded) => runGuarded(argv, guarded));
}

async function runGuarded(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const request = parseCli(argv, io.cwd);
    if (request.command === 'help') {
      io.stdout.write(USAGE + '\n');
      return 0;
    }
    if (request.command === 'version') {
      io.stdout.write(`ssh-key-audit ${VERSION}\n`);
      return 0;
    }
    await resolveCliOptions(request);
    if (request.command === 'print-config') {
      const { renderPolicy } = await import('../core/policy/settings.js');
      const policy = await renderPolicy(request.options, request.format === 'json' ? 'json' : 'yaml');
      if (request.output === null) io.stdout.write(policy);
      else writeOutput('--output', request.output, policy);
      return 0;
    }
    const onProgress = progressReporter(io.stderr);
    const [{ scan }, { failingFindings }, { plural, summaryLine }] = await Promise.all([
      import('../core/scan.js'),
      import('../core/fail-on.js'),
      import('../reporters/tally.js'),
    ]);
    // SSH_KEY_AUDIT_THREADS=1|2|worker pins the file loop's threads (tests compare them); unset: where it pays.
    const pinned = io.env['SSH_KEY_AUDIT_THREADS'];
    const fileThreads: ScanHooks['fileThreads'] = pinned === '1' ? 1 : pinned === '2' ? 2 : pinned === 'worker' ? 'worker' : undefined;
    const hooks = { ...(onProgress ? { onProgress } : {}), ...(fileThreads ? { fileThreads } : {}) };
    let result: ScanResult;
    if (request.staged || request.diffBase !== null) {
      const { scanChange } = await import('./change-scan.js');
      const change = await scanChange(request, hooks);
      io.stderr.write(`ssh-key-audit: ${change.note}\n`);
      result = change.result;
    } else {
      const history = request.history ? (await import('../history/history-source.js')).historyForScan(request.options) : undefined;
      result = await scan(request.options, hooks, history ? { history } : {});
    }
    if (result.history?.warning) io.stderr.write(`ssh-key-audit: warning: ${result.history.warning}\n`);
    if (request.command === 'write-baseline') {
      // Writing the baseline is the act of accepting what is there now, so it succeeds whatever it records.
      // What the policy file and inline comments accept stays theirs; what an older baseline accepted is kept.
      const accepted = [...result.findings, ...result.suppressed.filter((item) => item.suppression.kind === 'baseline')];
      const file = request.writeBaseline!;
      const { renderBaseline } = await import('../core/policy/baseline.js');
      writeOutput('--write-baseline', resolve(io.cwd, file), renderBaseline(accepted, file, io.cwd));
      io.stderr.write(`ssh-key-audit: wrote ${file}, accepting ${plural(accepted.length, 'finding')}; ${summaryLine(result.summary)}\n`);
      return 0;
    }
    // NO_COLOR (no-color.org) wins; colour only when the report goes to a terminal.
    const color = request.output === null && io.stdout.isTTY === true && !io.env['NO_COLOR'];
    const report = await render(result, request.format, color);
    if (request.output === null) {
      io.stdout.write(report);
    } else {
      writeOutput('--output', request.output, report);
      io.stderr.write(`ssh-key-audit: wrote ${request.format} report to ${request.output}; ${summaryLine(result.summary)}\n`);
    }
    return failingFindings(result.findings, request.options.failOn).length > 0 ? 1 : 0;
  } catch (error) {
    return exitCodeFor(error, io.stderr);
  }
}
