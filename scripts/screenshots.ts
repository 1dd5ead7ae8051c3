// Renders the Action's job summary and pull request comment for the README's demo tree (examples/) with
// the real reporters, as GitHub would show them (GitHub's Markdown stylesheet, github-markdown-css), in
// headless Chromium, and writes docs/summary.png and docs/pr-comment.png.
// Needs Chromium at /usr/bin/chromium (Debian: apt-get install chromium fonts-noto-color-emoji).
// Run: npm run screenshots
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { chromium } from 'playwright-core';
import { filterFindings, type Changes } from '../src/action/pr-filter.js';
import { failingFindings } from '../src/core/fail-on.js';
import { resolveOptions } from '../src/core/policy/settings.js';
import { scan } from '../src/core/scan.js';
import type { Finding } from '../src/core/types.js';
import { commentMarker, renderComment } from '../src/reporters/pr-comment-reporter.js';
import { renderSummary } from '../src/reporters/summary-reporter.js';

const root = fileURLToPath(new URL('../examples/', import.meta.url));
const docs = (name: string): string => fileURLToPath(new URL(`../docs/${name}`, import.meta.url));
const css = readFileSync(fileURLToPath(new URL('../node_modules/github-markdown-css/github-markdown-light.css', import.meta.url)), 'utf8');
const executablePath = process.env['CHROMIUM'] ?? '/usr/bin/chromium';

// A made-up repository and commit: the links show their shape, they lead nowhere.
const links = { server: 'https://github.com', repository: 'acme/infra', sha: '3f2c9a1e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39' };

const options = await resolveOptions({ root, paths: ['.'], config: null, overrides: {} });
const result = await scan(options);
const verdict = { failOn: options.failOn, failing: failingFindings(result.findings, options.failOn) };
const summary = renderSummary(result, { verdict, links });

// A pull request that adds the CI deploy key and a line with the 1024-bit RSA key.
const changes: Changes = new Map([
  ['ci/deploy_key', null],
  ['legacy/id_rsa_1024.pub', new Set([1])],
]);
const isFile = (): boolean => true;
const added = filterFindings(result.findings, changes, 'added', root, isFile);
const count = (severity: Finding['severity']): number => added.filter((finding) => finding.severity === severity).length;
const pullRequest = {
  ...result,
  findings: added,
  summary: { ...result.summary, errors: count('error'), warnings: count('warning'), notices: count('notice') },
};
const comment = renderComment(pullRequest, {
  marker: commentMarker('ssh-key-audit'),
  scope: { number: 42, filter: 'added', hidden: result.findings.length - added.length },
  isFile,
  runUrl: 'https://github.com/acme/infra/actions/runs/1',
  verdict: { failOn: options.failOn, failing: failingFindings(added, options.failOn) },
  links,
  keys: filterFindings(result.keys, changes, 'added', root, isFile),
});

/** GitHub's page around the Markdown: the job summary pane and a comment box, at their usual widths. */
function page(markdown: string, width: number, frame: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
    body { margin: 0; background: #f6f8fa; font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
    #frame { width: ${width}px; margin: 16px; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
    #frame > header { padding: 8px 16px; border-bottom: 1px solid #d0d7de; background: #f6f8fa; border-radius: 6px 6px 0 0; font-size: 14px; color: #57606a; }
    .markdown-body { padding: 16px 24px; font-size: 14px; }
  </style></head><body><div id="frame"><header>${frame}</header><article class="markdown-body">${marked.parse(markdown, { gfm: true, async: false })}</article></div></body></html>`;
}

const browser = await chromium.launch({
  executablePath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const shots: [string, string, number, string][] = [
    ['summary.png', summary, 1012, '<b>ssh-key-audit summary</b>'],
    ['pr-comment.png', comment, 780, '<b>github-actions</b> <span>bot commented</span>'],
  ];
  for (const [name, markdown, width, frame] of shots) {
    const tab = await browser.newPage({ viewport: { width: width + 32, height: 600 }, deviceScaleFactor: 1 });
    // Nothing may be fetched: every resource is inline, and any request is a mistake in this script.
    await tab.route('**/*', (route) => route.abort());
    await tab.setContent(page(markdown, width, frame), { waitUntil: 'load' });
    await tab.locator('#frame').screenshot({ path: docs(name) });
    await tab.close();
    console.log(`docs/${name}`);
  }
} finally {
  await browser.close();
}
