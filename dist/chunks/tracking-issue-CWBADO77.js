#!/usr/bin/env node
import {
  trackingContent
} from "./chunk-E7XPXE2Z.js";
import "./chunk-36W3VZDB.js";
import "./chunk-GYNN6ZCP.js";
import {
  info,
  warning
} from "./chunk-MXTKRPCU.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-P7OTCKH5.js";
import "./chunk-AAXGI36X.js";

// src/action/tracking-issue.ts
function refusal(what, failure) {
  const why = failure.status === 403 || failure.status === 404 ? 'the job needs "permissions: issues: write"' : failure.status === 410 ? "issues are disabled in this repository" : "GitHub refused it";
  return `tracking-issue: cannot ${what} (${failure.detail}): ${why}. The findings are in the job summary, the SARIF and the JSON report.`;
}
function labelled(issue, label) {
  return (issue.labels ?? []).some((item) => (typeof item === "string" ? item : item.name) === label);
}
async function syncTrackingIssue(api, content) {
  const failed = (what, failure) => {
    if (!failure.outage) warning(refusal(what, failure));
    return "failed";
  };
  const listed = await api.attempt(
    "listing the tracking issue",
    (octokit) => octokit.paginate(octokit.rest.issues.listForRepo, { ...api.repository, labels: content.label, state: "all", per_page: 100 })
  );
  if (!listed.ok) return failed(`list the issues labelled ${content.label}`, listed.failure);
  const own = await api.ownAuthor();
  const ours = listed.value.filter((issue) => !issue.pull_request && issue.body?.includes(content.marker) && own(issue.user));
  const open = ours.filter((issue) => issue.state === "open").sort((a, b) => a.number - b.number);
  const closed = ours.filter((issue) => issue.state !== "open").sort((a, b) => b.number - a.number);
  const kept = open[0] ?? closed[0];
  let action;
  if (!kept) {
    if (content.clean) {
      info("tracking-issue: the audit is clean and there is no tracking issue; none is opened.");
      return "none";
    }
    const created = await api.attempt(
      "creating the tracking issue",
      (octokit) => octokit.rest.issues.create({ ...api.repository, title: content.title, body: content.body, labels: [content.label] })
    );
    if (!created.ok) return failed("create the tracking issue", created.failure);
    const issue = created.value.data;
    info(`tracking-issue: opened #${issue.number}${issue.html_url ? ` ${issue.html_url}` : ""}`);
    if (!labelled(issue, content.label)) {
      warning(
        `tracking-issue: GitHub opened #${issue.number} without the label ${content.label}, so the next run cannot find it and would open another. Add the label to #${issue.number} by hand, or give the token push access.`
      );
    }
    action = "created";
  } else if (kept.state === "open" && content.clean) {
    const commented = await api.attempt(
      "commenting on the tracking issue",
      (octokit) => octokit.rest.issues.createComment({ ...api.repository, issue_number: kept.number, body: content.closingComment })
    );
    if (!commented.ok) return failed(`comment on tracking issue #${kept.number}`, commented.failure);
    const closing = await api.attempt(
      "closing the tracking issue",
      (octokit) => octokit.rest.issues.update({
        ...api.repository,
        issue_number: kept.number,
        state: "closed",
        state_reason: "completed",
        body: content.body
      })
    );
    if (!closing.ok) return failed(`close tracking issue #${kept.number}`, closing.failure);
    info(`tracking-issue: the audit is clean; closed #${kept.number}.`);
    action = "closed";
  } else if (kept.state === "open") {
    if (trackingContent(kept.body ?? "") === trackingContent(content.body)) {
      info(`tracking-issue: #${kept.number} is up to date.`);
      action = "unchanged";
    } else {
      const updated = await api.attempt(
        "updating the tracking issue",
        (octokit) => octokit.rest.issues.update({ ...api.repository, issue_number: kept.number, body: content.body })
      );
      if (!updated.ok) return failed(`update tracking issue #${kept.number}`, updated.failure);
      info(`tracking-issue: updated #${kept.number}.`);
      action = "updated";
    }
  } else if (content.clean) {
    info(`tracking-issue: the audit is clean and #${kept.number} is closed.`);
    action = "none";
  } else {
    const reopened = await api.attempt(
      "reopening the tracking issue",
      (octokit) => octokit.rest.issues.update({
        ...api.repository,
        issue_number: kept.number,
        state: "open",
        state_reason: "reopened",
        body: content.body
      })
    );
    if (!reopened.ok) return failed(`reopen tracking issue #${kept.number}`, reopened.failure);
    info(`tracking-issue: findings are back; reopened #${kept.number}.`);
    action = "reopened";
  }
  for (const extra of open.slice(1)) {
    const marked = await api.attempt(
      "closing a duplicate tracking issue",
      (octokit) => octokit.rest.issues.update({ ...api.repository, issue_number: extra.number, state: "closed", state_reason: "duplicate" })
    );
    if (!marked.ok) return failed(`close duplicate tracking issue #${extra.number}`, marked.failure);
    info(`tracking-issue: closed #${extra.number}, a duplicate of #${open[0].number}.`);
  }
  return action;
}
export {
  syncTrackingIssue
};
