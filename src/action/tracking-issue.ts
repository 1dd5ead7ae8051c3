/**
 * tracking-issue: one open issue per category, found again by its label and hidden marker, that holds the
 * current inventory and findings. Created only when there are findings, edited when the result changes,
 * closed with a comment when the audit is clean, reopened when findings come back; a run with the same
 * result sends no write. GitHub refusing a call costs one warning, never the result.
 */
import * as core from '@actions/core';
import { trackingContent } from '../reporters/tracking-issue-reporter.js';
import type { ApiFailure, Author, GitHubApi } from './github-api.js';

export interface TrackingIssueContent {
  marker: string;
  label: string;
  /** Given to a new issue only; a title someone changed stays. */
  title: string;
  body: string;
  clean: boolean;
  closingComment: string;
}

interface Issue {
  number: number;
  state: string;
  body?: string | null;
  html_url?: string;
  pull_request?: unknown;
  user?: Author | null;
  labels?: (string | { name?: string })[];
}

export type TrackingIssueAction = 'created' | 'updated' | 'unchanged' | 'reopened' | 'closed' | 'none' | 'failed';

function refusal(what: string, failure: ApiFailure): string {
  const why =
    failure.status === 403 || failure.status === 404
      ? 'the job needs "permissions: issues: write"'
      : failure.status === 410
        ? 'issues are disabled in this repository'
        : 'GitHub refused it';
  return `tracking-issue: cannot ${what} (${failure.detail}): ${why}. The findings are in the job summary, the SARIF and the JSON report.`;
}

function labelled(issue: Issue, label: string): boolean {
  return (issue.labels ?? []).some((item) => (typeof item === 'string' ? item : item.name) === label);
}

/** Brings the tracking issue in line with `content`; says what it did in one info line, or why not in one warning. */
export async function syncTrackingIssue(api: GitHubApi, content: TrackingIssueContent): Promise<TrackingIssueAction> {
  const failed = (what: string, failure: ApiFailure): TrackingIssueAction => {
    if (!failure.outage) core.warning(refusal(what, failure));
    return 'failed';
  };
  // state=all: a closed issue is reopened rather than joined by a new one, so at most one ever exists.
  const listed = await api.attempt('listing the tracking issue', (octokit) =>
    octokit.paginate(octokit.rest.issues.listForRepo, { ...api.repository, labels: content.label, state: 'all', per_page: 100 }),
  );
  if (!listed.ok) return failed(`list the issues labelled ${content.label}`, listed.failure);
  // REST "List repository issues": every pull request is an issue too, told apart by its `pull_request` key.
  const own = await api.ownAuthor();
  const ours = (listed.value as Issue[]).filter((issue) => !issue.pull_request && issue.body?.includes(content.marker) && own(issue.user));
  const open = ours.filter((issue) => issue.state === 'open').sort((a, b) => a.number - b.number);
  const closed = ours.filter((issue) => issue.state !== 'open').sort((a, b) => b.number - a.number);
  const kept = open[0] ?? closed[0];
  let action: TrackingIssueAction;

  if (!kept) {
    if (content.clean) {
      core.info('tracking-issue: the audit is clean and there is no tracking issue; none is opened.');
      return 'none';
    }
    const created = await api.attempt('creating the tracking issue', (octokit) =>
      octokit.rest.issues.create({ ...api.repository, title: content.title, body: content.body, labels: [content.label] }),
    );
    if (!created.ok) return failed('create the tracking issue', created.failure);
    const issue = created.value.data as Issue;
    core.info(`tracking-issue: opened #${issue.number}${issue.html_url ? ` ${issue.html_url}` : ''}`);
    // REST "Create an issue": labels from a token without push access "are silently dropped".
    if (!labelled(issue, content.label)) {
      core.warning(
        `tracking-issue: GitHub opened #${issue.number} without the label ${content.label}, so the next run cannot find it and would open another. Add the label to #${issue.number} by hand, or give the token push access.`,
      );
    }
    action = 'created';
  } else if (kept.state === 'open' && content.clean) {
    const commented = await api.attempt('commenting on the tracking issue', (octokit) =>
      octokit.rest.issues.createComment({ ...api.repository, issue_number: kept.number, body: content.closingComment }),
    );
    if (!commented.ok) return failed(`comment on tracking issue #${kept.number}`, commented.failure);
    const closing = await api.attempt('closing the tracking issue', (octokit) =>
      octokit.rest.issues.update({
        ...api.repository,
        issue_number: kept.number,
        state: 'closed',
        state_reason: 'completed',
        body: content.body,
      }),
    );
    if (!closing.ok) return failed(`close tracking issue #${kept.number}`, closing.failure);
    core.info(`tracking-issue: the audit is clean; closed #${kept.number}.`);
    action = 'closed';
  } else if (kept.state === 'open') {
    if (trackingContent(kept.body ?? '') === trackingContent(content.body)) {
      core.info(`tracking-issue: #${kept.number} is up to date.`);
      action = 'unchanged';
    } else {
      const updated = await api.attempt('updating the tracking issue', (octokit) =>
        octokit.rest.issues.update({ ...api.repository, issue_number: kept.number, body: content.body }),
      );
      if (!updated.ok) return failed(`update tracking issue #${kept.number}`, updated.failure);
      core.info(`tracking-issue: updated #${kept.number}.`);
      action = 'updated';
    }
  } else if (content.clean) {
    core.info(`tracking-issue: the audit is clean and #${kept.number} is closed.`);
    action = 'none';
  } else {
    const reopened = await api.attempt('reopening the tracking issue', (octokit) =>
      octokit.rest.issues.update({
        ...api.repository,
        issue_number: kept.number,
        state: 'open',
        state_reason: 'reopened',
        body: content.body,
      }),
    );
    if (!reopened.ok) return failed(`reopen tracking issue #${kept.number}`, reopened.failure);
    core.info(`tracking-issue: findings are back; reopened #${kept.number}.`);
    action = 'reopened';
  }

  // Two runs racing can each open one; the later copies are closed as duplicates of the one kept.
  for (const extra of open.slice(1)) {
    const marked = await api.attempt('closing a duplicate tracking issue', (octokit) =>
      octokit.rest.issues.update({ ...api.repository, issue_number: extra.number, state: 'closed', state_reason: 'duplicate' }),
    );
    if (!marked.ok) return failed(`close duplicate tracking issue #${extra.number}`, marked.failure);
    core.info(`tracking-issue: closed #${extra.number}, a duplicate of #${open[0]!.number}.`);
  }
  return action;
}
