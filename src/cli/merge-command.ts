/** `ssh-key-audit merge REPORT.json...`: one report from many, as JSON, Markdown or SARIF. */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { guardText } from '../core/redact.js';
import { UsageError } from '../core/errors.js';
import { exitCodeFor, parseCommandLine } from './args.js';
import { asReport, mergeReports } from '../core/merge.js';
import { renderMergedJson, renderMergedMarkdown, renderMergedSarif } from '../reporters/merged-reporter.js';
import type { CliIo } from './main.js';

export const MERGE_USAGE = `Usage: ssh-key-audit merge REPORT.json... [--format json|markdown|sarif] [--output FILE]

Combines the JSON reports of several repositories (made with --format json, or the Action's report-file)
into one: totals per repository and severity, the keys found in more than one repository, and primes
shared between repositories' RSA keys. A report is named by its "repository" field, else its file name.`;

const FORMATS = ['json', 'markdown', 'sarif'] as const;

export async function runMerge(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseCommandLine(
      argv,
      { format: { type: 'string' }, output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
      'ssh-key-audit merge',
    );
    if (values.help) {
      io.stdout.write(MERGE_USAGE + '\n');
      return 0;
    }
    const format = values.format ?? 'json';
    if (!(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`merge: --format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
    if (positionals.length === 0) throw new UsageError('merge: name at least one JSON report');
    const reports = positionals.map((file) => {
      let text: string;
      try {
        text = readFileSync(resolve(io.cwd, file), 'utf8');
      } catch (error) {
        throw new UsageError(`merge: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new UsageError(`merge: ${file} is not JSON`);
      }
      const report = asReport(value, file);
      const named = (value as { repository?: unknown }).repository;
      return { repository: typeof named === 'string' && named !== '' ? named : basename(file).replace(/\.json$/i, ''), report };
    });
    const merged = await mergeReports(reports);
    const text =
      format === 'markdown' ? renderMergedMarkdown(merged) : format === 'sarif' ? renderMergedSarif(merged) : renderMergedJson(merged);
    if (values.output) writeFileSync(resolve(io.cwd, values.output), guardText(text));
    else io.stdout.write(text);
    return 0;
  } catch (error) {
    return exitCodeFor(error, io.stderr);
  }
}
