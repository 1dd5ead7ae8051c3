/** Renderers for `ssh-key-audit merge`: JSON, Markdown for a job summary, and SARIF. */
import type { MergedReport } from '../core/merge.js';
import type { ScanResult } from '../core/types.js';
import { RULES_DOC_URL } from '../version.js';
import { cell, codeCell } from './markdown-reporter.js';
import { renderSarif } from './sarif-reporter.js';

export function renderMergedJson(merged: MergedReport): string {
  return JSON.stringify(merged, null, 2) + '\n';
}

export function renderMergedMarkdown(merged: MergedReport, maxRows = 200): string {
  const { totals } = merged;
  const out = ['## ssh-key-audit: organisation report', ''];
  out.push('| Repositories | Keys | Errors | Warnings | Notices |', '| ---: | ---: | ---: | ---: | ---: |');
  out.push(`| ${totals.repositories} | ${totals.keys} | ${totals.error} | ${totals.warning} | ${totals.notice} |`, '');
  out.push(
    '### Repositories',
    '',
    '| Repository | Keys | Errors | Warnings | Notices | Skipped |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const repo of merged.repositories) {
    out.push(`| ${cell(repo.repository)} | ${repo.keys} | ${repo.errors} | ${repo.warnings} | ${repo.notices} | ${repo.skipped} |`);
  }
  out.push('');
  if (merged.sharedKeys.length > 0) {
    out.push('### Keys in more than one repository', '', '| Key | Where |', '| --- | --- |');
    for (const key of merged.sharedKeys.slice(0, maxRows)) {
      const where = key.locations
        .map((location) => `${cell(location.repository)}: \`${codeCell(location.path)}:${location.line}\``)
        .join('<br>');
      out.push(`| ${cell(key.type)} ${key.bits ?? ''} \`${key.fingerprint}\` | ${where} |`);
    }
    if (merged.sharedKeys.length > maxRows) out.push('', `…and ${merged.sharedKeys.length - maxRows} more shared keys in the JSON report.`);
    out.push('');
  }
  if (merged.findings.length > 0) {
    out.push('### Findings', '', '| Repository | Severity | Rule | Location | Message |', '| --- | --- | --- | --- | --- |');
    for (const finding of merged.findings.slice(0, maxRows)) {
      const rule = `[${finding.rule}](${RULES_DOC_URL}#${finding.rule})`;
      out.push(
        `| ${cell(finding.repository)} | ${finding.severity} | ${rule} | \`${codeCell(finding.path)}:${finding.line}\` | ${cell(finding.message)} |`,
      );
    }
    if (merged.findings.length > maxRows) out.push('', `…and ${merged.findings.length - maxRows} more findings in the JSON report.`);
    out.push('');
  }
  return out.join('\n') + '\n';
}

/** One SARIF run whose locations are REPOSITORY/PATH, for viewers that take a merged file. */
export function renderMergedSarif(merged: MergedReport): string {
  const asScan: ScanResult = {
    tool: merged.tool,
    root: '/',
    keys: [],
    findings: merged.findings.map(({ repository, ...finding }) => ({ ...finding, path: `${repository}/${finding.path}` })),
    suppressed: [],
    skipped: [],
    summary: {
      files: 0,
      keys: merged.totals.keys,
      errors: merged.totals.error,
      warnings: merged.totals.warning,
      notices: merged.totals.notice,
      skipped: 0,
      suppressed: 0,
    },
  };
  return renderSarif(asScan, { category: 'ssh-key-audit-organisation' });
}
