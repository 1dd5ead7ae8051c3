/**
 * The organisation report of `ssh-key-audit merge`, rendered from a hand-made MergedReport: every expected
 * line below is written out by hand from the Markdown a reader of the job summary sees.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MergedReport } from '../../src/core/merge.js';
import { renderMergedJson, renderMergedMarkdown, renderMergedSarif } from '../../src/reporters/merged-reporter.js';
import { DOCS } from './reporter-fixtures.js';

const FP = 'SHA256:' + 'k'.repeat(43);

function merged(findingCount: number): MergedReport {
  const shared = {
    fingerprint: FP,
    type: 'ssh-rsa',
    bits: 1024,
    locations: [
      { repository: 'acme/web', path: 'deploy/id.pub', line: 1, source: 'public-key' as const },
      { repository: 'acme/db|old', path: 'keys/a`b.pub', line: 3, source: 'public-key' as const },
    ],
  };
  return {
    tool: { name: 'ssh-key-audit', version: '0.1.0' },
    repositories: [
      { repository: 'acme/web', files: 10, keys: 1, errors: 1, warnings: 0, notices: 0, skipped: 2 },
      { repository: 'acme/db|old', files: 4, keys: 1, errors: 0, warnings: 1, notices: 0, skipped: 0 },
    ],
    keys: [shared],
    sharedKeys: [shared],
    findings: Array.from({ length: findingCount }, (_, index) => ({
      repository: index === 0 ? 'acme/web' : 'acme/db|old',
      rule: index === 0 ? ('weak-rsa-key' as const) : ('duplicate-key' as const),
      severity: index === 0 ? ('error' as const) : ('notice' as const),
      path: index === 0 ? 'deploy/id.pub' : 'keys/a`b.pub',
      line: index + 1,
      message: index === 0 ? 'This 1024-bit RSA key is too short.' : 'Also at *there*.',
      fingerprint: FP,
    })),
    totals: { repositories: 2, keys: 2, error: 1, warning: 1, notice: 0 },
  };
}

describe('merged reporter', () => {
  it('renders the totals, one row per repository, the shared keys and the findings, escaped for GFM tables', () => {
    assert.equal(
      renderMergedMarkdown(merged(2)),
      [
        '## ssh-key-audit: organisation report',
        '',
        '| Repositories | Keys | Errors | Warnings | Notices |',
        '| ---: | ---: | ---: | ---: | ---: |',
        '| 2 | 2 | 1 | 1 | 0 |',
        '',
        '### Repositories',
        '',
        '| Repository | Keys | Errors | Warnings | Notices | Skipped |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        '| acme/web | 1 | 1 | 0 | 0 | 2 |',
        '| acme/db\\|old | 1 | 0 | 1 | 0 | 0 |',
        '',
        '### Keys in more than one repository',
        '',
        '| Key | Where |',
        '| --- | --- |',
        `| ssh-rsa 1024 \`${FP}\` | acme/web: \`deploy/id.pub:1\`<br>acme/db\\|old: \`keys/a'b.pub:3\` |`,
        '',
        '### Findings',
        '',
        '| Repository | Severity | Rule | Location | Message |',
        '| --- | --- | --- | --- | --- |',
        `| acme/web | error | [weak-rsa-key](${DOCS}#weak-rsa-key) | \`deploy/id.pub:1\` | This 1024-bit RSA key is too short. |`,
        `| acme/db\\|old | notice | [duplicate-key](${DOCS}#duplicate-key) | \`keys/a'b.pub:2\` | Also at \\*there\\*. |`,
        '',
        '',
      ].join('\n'),
    );
  });

  it('cuts the findings at maxRows and says how many more the JSON report holds', () => {
    const lines = renderMergedMarkdown(merged(5), 3).split('\n');
    assert.equal(lines.filter((line) => line.startsWith('| acme/db\\|old | notice |')).length, 2);
    assert.ok(lines.includes('…and 2 more findings in the JSON report.'), lines.join('\n'));
  });

  it('leaves out the shared-key and findings sections when there is nothing to list', () => {
    const empty = { ...merged(0), sharedKeys: [] };
    const text = renderMergedMarkdown(empty);
    assert.ok(!text.includes('### Keys in more than one repository'));
    assert.ok(!text.includes('### Findings'));
  });

  it('JSON is the report itself; SARIF locates each finding at REPOSITORY/PATH', () => {
    const report = merged(2);
    assert.deepEqual(JSON.parse(renderMergedJson(report)), JSON.parse(JSON.stringify(report)));
    const sarif = JSON.parse(renderMergedSarif(report)) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    assert.deepEqual(
      sarif.runs[0]!.results.map((result) => [result.ruleId, result.locations[0]!.physicalLocation.artifactLocation.uri]).sort(),
      [
        ['duplicate-key', 'acme/db%7Cold/keys/a%60b.pub'],
        ['weak-rsa-key', 'acme/web/deploy/id.pub'],
      ],
    );
  });
});
