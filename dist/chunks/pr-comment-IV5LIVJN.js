#!/usr/bin/env node
import {
  warning
} from "./chunk-MXTKRPCU.js";
import "./chunk-AAXGI36X.js";

// src/action/pr-comment.ts
function refusal(detail, status, fromFork) {
  const why = status === 403 && fromFork ? "a pull request from a fork gets a read-only GITHUB_TOKEN" : status === 403 || status === 404 ? 'the job needs "permissions: pull-requests: write"' : "GitHub refused it";
  return `pr-comment: cannot update the pull request comment (${detail}): ${why}. The findings are in the job summary.`;
}
async function upsertComment(api, pullNumber, marker, body, clean, fromFork) {
  const listed = await api.attempt(
    "listing pull request comments",
    (octokit) => octokit.paginate(octokit.rest.issues.listComments, { ...api.repository, issue_number: pullNumber, per_page: 100 })
  );
  if (!listed.ok) {
    if (!listed.failure.outage) warning(refusal(listed.failure.detail, listed.failure.status, fromFork));
    return;
  }
  const own = await api.ownAuthor();
  const ours = listed.value.filter((comment) => comment.body?.includes(marker) && own(comment.user));
  const [kept, ...extra] = ours;
  let written;
  if (kept) {
    written = kept.body === body ? { ok: true, value: null } : await api.attempt(
      "updating the pull request comment",
      (octokit) => octokit.rest.issues.updateComment({ ...api.repository, comment_id: kept.id, body })
    );
  } else if (!clean) {
    written = await api.attempt(
      "commenting on the pull request",
      (octokit) => octokit.rest.issues.createComment({ ...api.repository, issue_number: pullNumber, body })
    );
  } else {
    return;
  }
  if (!written.ok) {
    if (!written.failure.outage) warning(refusal(written.failure.detail, written.failure.status, fromFork));
    return;
  }
  for (const comment of extra) {
    const removed = await api.attempt(
      "deleting a duplicate pull request comment",
      (octokit) => octokit.rest.issues.deleteComment({ ...api.repository, comment_id: comment.id })
    );
    if (!removed.ok) {
      if (!removed.failure.outage) warning(refusal(removed.failure.detail, removed.failure.status, fromFork));
      return;
    }
  }
}
export {
  upsertComment
};
