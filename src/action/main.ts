/**
 * The Action: mask secrets, read inputs, scan the workspace (and its git history), audit secrets and deploy
 * keys, narrow the findings to the pull request, write SARIF and JSON, annotate, comment, keep the tracking
 * issue, summarise, set outputs, and fail the step only after all reporting is done. GitHub being
 * unreachable or refusing a call costs a warning, never the result: the outcome is decided by the findings.
 * What only some runs need (key readers for secrets and deploy keys, git history, the pull request's git
 * diff, the comment and the tracking issue) is imported when the run needs it, so a plain run starts fast.
 */
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KeyCheckContext } from '../core/checks/key-rules.js';
import { UsageError, writeErrorReason } from '../core/errors.js';
import { failingFindings } from '../core/fail-on.js';
import { guardText, withheldTotal, withheldWarning } from '../core/redact.js';
import { scan } from '../core/scan.js';
import { trimTrailing } from '../core/text-scan.js';
import type { Finding, ScanResult } from '../core/types.js';
import { renderJson } from '../reporters/json-reporter.js';
import { renderSarifWithinLimits } from '../reporters/sarif-limits.js';
import { verdictLine, type SourceLinks } from '../reporters/finding-table.js';
import { renderSummary, scopeLine, type PrScope } from '../reporters/summary-reporter.js';
import { summaryLine } from '../reporters/tally.js';
import { annotate } from './annotations.js';
import { log } from './guarded-log.js';
import type { CheckConclusion } from './check-run.js';
import { readEvent } from './event.js';
import { connect, GitHubApi } from './github-api.js';
import { readSettings } from './inputs.js';
import { filterFindings, pullRequestChanges, type Changes } from './pr-filter.js';
import { auditSecrets, maskSecrets } from './secrets.js';

/** Report paths often name a directory that no checkout has (`sarif-file: results/ssh.sarif`). */
/** Where the analysed files are on GitHub, for links to the line: GITHUB_SHA is the commit checked out. */
function sourceLinks(env: NodeJS.ProcessEnv): SourceLinks | null {
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  const sha = env['GITHUB_SHA'];
  if (!server || !repository || !sha || !/^[0-9a-f]{40,64}$/.test(sha) || !/^[^/\s]+\/[^/\s]+$/.test(repository)) return null;
  return { server: trimTrailing(server, '/'), repository, sha };
}

function writeReport(input: string, path: string, content: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, guardText(content));
  } catch (error) {
    throw new UsageError(`cannot write ${input} ${path}: ${writeErrorReason(error)}`);
  }
}

/** The result narrowed to `findings`; the counts follow, everything else stays. */
function withFindings(result: ScanResult, findings: Finding[]): ScanResult {
  const count = (severity: Finding['severity']): number => findings.filter((finding) => finding.severity === severity).length;
  return {
    ...result,
    findings,
    summary: { ...result.summary, errors: count('error'), warnings: count('warning'), notices: count('notice') },
  };
}

/**
 * Content found only in git history is in no file of the tree, so the reports written for people name it
 * `path@commit` (as skipped history blobs are named): never a file to annotate, never a line of the tree.
 */
function historyShown(result: ScanResult): { shown: ScanResult; historical: Set<string> } {
  const historical = new Set<string>();
  const findings = result.findings.map((finding) => {
    if (!finding.commit) return finding;
    const path = `${finding.path}@${finding.commit.slice(0, 12)}`;
    historical.add(path);
    return { ...finding, path };
  });
  return { shown: { ...result, findings }, historical };
}

export async function run(): Promise<void> {
  const before = withheldTotal();
  try {
    await runGuarded();
  } finally {
    const withheld = withheldTotal() - before;
    if (withheld > 0) log.warning(`ssh-key-audit: ${withheldWarning(withheld)}`);
  }
}

async function runGuarded(): Promise<void> {
  try {
    // Before anything can be printed: the runner hides only values it was told about.
    maskSecrets(core.getInput('secret-env'), process.env);
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const settings = await readSettings(workspace);
    const { options } = settings;
    const event = readEvent(process.env);
    // The key readers and the blocklist load for secrets and deploy keys only (the scan loads its own when a
    // file holds a key). A blocklist file the user names is read here all the same: a broken one is a usage
    // error before any warning or API call, as it always was.
    let checkContext: Omit<KeyCheckContext, 'path'> | null = null;
    const keyCheckContext = async (): Promise<Omit<KeyCheckContext, 'path'>> => {
      const { loadBlocklists } = await import('../core/checks/blocklist.js');
      checkContext ??= {
        minRsaBits: options.minRsaBits,
        now: options.now,
        memo: new Map(),
        blocklist: loadBlocklists(options.blocklists, options.root),
      };
      return checkContext;
    };
    if (options.blocklists.length > 0) await keyCheckContext();
    const secrets =
      settings.secretEnv.length > 0
        ? await auditSecrets(settings.secretEnv, process.env, await keyCheckContext())
        : { keys: [], findings: [], paths: [] };

    const pullRequest = event.pullRequest;
    if (event.name === 'pull_request_target') {
      log.warning(
        'pull_request_target runs check out the base branch unless the workflow checks out the pull request head: the scan then audits the base, not what the pull request adds. Use the pull_request event (it also works for forks, with a read-only token).',
      );
    }
    if (event.problem) log.warning(`cannot read the ${event.name} event (${event.problem}): every finding is reported, as on push.`);
    const wanted = [
      settings.deployKeys ? 'deploy-keys' : '',
      pullRequest && settings.prComment ? 'pr-comment' : '',
      !pullRequest && !event.problem && settings.trackingIssue ? 'tracking-issue' : '',
    ].filter(Boolean);
    let api: GitHubApi | null = null;
    let apiMissing: string | null = null;
    if (!settings.token.trim()) apiMissing = 'no github-token is set';
    else if (!event.repository) apiMissing = 'GITHUB_REPOSITORY is not set';
    else api = await connect(settings.token.trim(), event.repository);
    if (!api && wanted.length > 0) {
      log.warning(
        `${apiMissing}, so ${wanted.join(', ')} cannot use the GitHub API and ${wanted.length === 1 ? 'is' : 'are'} skipped; every finding of the scan is reported.`,
      );
    }
    const deployKeys =
      settings.deployKeys && api
        ? await (await import('./deploy-keys.js')).auditDeployKeys(api, await keyCheckContext(), settings.staleDeployKeyDays)
        : null;
    const virtual = new Set([...secrets.paths, ...(deployKeys?.paths ?? [])]);
    const isFile = (path: string): boolean => !virtual.has(path);
    // Secrets and deploy keys go through the scan so the policy (severities, allow entries, baseline) applies to them.
    const full = await scan(
      options,
      {},
      {
        keys: [...secrets.keys, ...(deployKeys?.keys ?? [])],
        findings: [...secrets.findings, ...(deployKeys?.findings ?? [])],
        ...(settings.history ? { history: (await import('./history.js')).actionHistory(options) } : {}),
      },
    );
    if (full.history?.warning) log.warning(`history: ${full.history.warning}`);

    let reported = full;
    let scope: PrScope | null = null;
    let filterProblem: string | null = null;
    let changes: Changes | null = null;
    if (pullRequest && settings.prFilter !== 'all') {
      const fromApi = api ? await pullRequestChanges(api, pullRequest) : { problem: apiMissing ?? 'no GitHub API', outage: null };
      let source: string | undefined;
      if ('changes' in fromApi) changes = fromApi.changes;
      else {
        // The outcome must not depend on GitHub answering: the checkout knows what the pull request adds.
        const mergeSha = /^[0-9a-f]{40,64}$/.test(process.env['GITHUB_SHA'] ?? '') ? process.env['GITHUB_SHA']! : null;
        const { pullRequestChangesFromGit } = await import('./pr-git.js');
        const fromGit = await pullRequestChangesFromGit(options.root, pullRequest.baseSha, mergeSha);
        const instead =
          'changes' in fromGit
            ? `the lines the pull request adds come from git in the checkout (${fromGit.how})`
            : `git in the checkout cannot tell either (${fromGit.problem}), so every finding is reported and counts`;
        if ('changes' in fromGit) {
          changes = fromGit.changes;
          source = fromGit.how;
        } else {
          filterProblem = `${fromApi.problem}; ${fromGit.problem}`;
        }
        log.warning(
          fromApi.outage?.skipped
            ? `pr-filter: the GitHub API is unavailable (see above); ${instead}.`
            : fromApi.outage
              ? GitHubApi.outageText("listing the pull request's files", fromApi.outage, `pr-filter: ${instead}.`)
              : `pr-filter: ${fromApi.problem}; ${instead}.`,
        );
      }
      if (changes) {
        // Git history is the repository's, not the pull request's lines: like secrets, it is never filtered.
        const treeFindings = full.findings.filter((finding) => !finding.commit);
        const kept = new Set(filterFindings(treeFindings, changes, settings.prFilter, options.root, isFile));
        reported = withFindings(
          full,
          full.findings.filter((finding) => finding.commit || kept.has(finding)),
        );
        scope = {
          number: pullRequest.number,
          filter: settings.prFilter,
          hidden: full.findings.length - reported.findings.length,
          ...(source ? { source } : {}),
          ...(source && !api && apiMissing ? { apiNotAsked: apiMissing } : {}),
        };
      }
    }

    // Code scanning tracks alerts itself and would close those a filtered SARIF left out.
    const sarif = renderSarifWithinLimits(full, { category: settings.category });
    writeReport('sarif-file', settings.sarifFile, sarif.text);
    if (sarif.dropped) log.warning(`sarif-file: ${sarif.dropped}`);
    writeReport('report-file', settings.reportFile, renderJson(reported));

    const failing = failingFindings(reported.findings, options.failOn);
    const verdict = { failOn: options.failOn, failing };
    const conclusion: CheckConclusion = failing.length > 0 ? 'failure' : reported.findings.length > 0 ? 'neutral' : 'success';
    const name = settings.checkName;
    const env = process.env;
    const runUrl =
      env['GITHUB_SERVER_URL'] && env['GITHUB_REPOSITORY'] && env['GITHUB_RUN_ID']
        ? `${env['GITHUB_SERVER_URL']}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}`
        : null;
    const links = sourceLinks(env);
    const { shown, historical } = historyShown(reported);
    const inTree = (path: string): boolean => isFile(path) && !historical.has(path);
    const notes: string[] = [];
    if (settings.annotations) {
      // Annotations carry each finding's path and message into the log: through the guard like every report.
      const guarded = shown.findings.map((finding) => ({ ...finding, path: guardText(finding.path), message: guardText(finding.message) }));
      const note = await annotate(guarded, {
        api,
        sha: event.sha,
        checkName: name,
        checkTitle: `${name}: ${summaryLine(reported.summary)}`,
        checkSummary: [
          `${verdictLine(verdict, reported.findings, 'ssh-key-audit')}.`,
          `${summaryLine(reported.summary)}.`,
          scope ? scopeLine(scope) : '',
          `Every finding is listed in the job summary${runUrl ? ` of [the workflow run](${runUrl})` : ''}.`,
        ]
          .filter(Boolean)
          .join('\n\n'),
        conclusion,
        isFile: inTree,
        apiMissing,
      });
      if (note) notes.push(note);
    }
    if (settings.prComment && pullRequest && api) {
      const [{ commentMarker, renderComment }, { upsertComment }] = await Promise.all([
        import('../reporters/pr-comment-reporter.js'),
        import('./pr-comment.js'),
      ]);
      const marker = commentMarker(settings.category);
      // What the pull request adds: keys in its files on its lines (secrets and deploy keys are no part of it).
      const keys = changes
        ? filterFindings(
            full.keys.filter((key) => !key.commit && isFile(key.path)),
            changes,
            settings.prFilter,
            options.root,
            isFile,
          )
        : full.keys;
      const body = guardText(renderComment(reported, { marker, scope, filterProblem, isFile, runUrl, verdict, links, keys }));
      await upsertComment(api, pullRequest.number, marker, body, reported.findings.length === 0, pullRequest.fromFork);
    } else if (settings.prComment && !pullRequest && !event.problem) {
      log.info(`pr-comment: a ${event.name || 'local'} run has no pull request to comment on.`);
    }
    if (settings.trackingIssue && !pullRequest && !event.problem && api) {
      // The tracking issue follows the repository (a schedule or a push), never a pull request's head.
      const [{ renderClosingComment, renderTrackingIssue, trackingIssueMarker }, { syncTrackingIssue }] = await Promise.all([
        import('../reporters/tracking-issue-reporter.js'),
        import('./tracking-issue.js'),
      ]);
      const marker = trackingIssueMarker(settings.category);
      await syncTrackingIssue(api, {
        marker,
        label: settings.trackingIssueLabel,
        title: `${name}: SSH keys and findings`,
        body: guardText(renderTrackingIssue(full, { marker, isFile, runUrl })),
        clean: full.findings.length === 0,
        closingComment: guardText(renderClosingComment(full, runUrl)),
      });
    } else if (settings.trackingIssue && (pullRequest || event.problem)) {
      log.info(`tracking-issue: a ${event.name} run does not update the tracking issue; it follows scheduled and push runs.`);
    }
    if (sarif.dropped) notes.push(`The SARIF report is cut to code scanning's limits: ${sarif.dropped}`);
    if (settings.summary && process.env['GITHUB_STEP_SUMMARY']) {
      const text = guardText(renderSummary(reported, { isFile, pullRequest: scope, filterProblem, verdict, links, notes }));
      try {
        await core.summary.addRaw(text).write();
      } catch (error) {
        // The summary is one report of several; a full disk or a read-only file must not cost the result.
        log.warning(
          `summary: cannot write the job summary (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the findings are in this log, the SARIF and the JSON report.`,
        );
      }
    }

    const { summary } = reported;
    core.setOutput('findings', reported.findings.length);
    core.setOutput('errors', summary.errors);
    core.setOutput('warnings', summary.warnings);
    core.setOutput('notices', summary.notices);
    core.setOutput('keys', summary.keys);
    core.setOutput('sarif-file', settings.sarifFile);
    core.setOutput('report', settings.reportFile);
    log.info(`ssh-key-audit: ${summaryLine(summary)}${scope ? ` (${scopeLine(scope)})` : ''}`);
    if (failing.length > 0) {
      log.setFailed(`ssh-key-audit: ${failing.length} finding(s) at or above fail-on ${options.failOn}`);
    }
  } catch (error) {
    if (error instanceof UsageError) log.setFailed(`ssh-key-audit: ${error.message}`);
    else log.setFailed(`ssh-key-audit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
