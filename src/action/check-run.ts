/**
 * A check run holding every annotation, for runs with more findings than a step may annotate. Created with
 * the first batch, then updated with the rest: the Checks API takes at most 50 annotations per request and
 * appends each update's annotations to the run (REST reference, "Create a check run", output.annotations).
 */
import type { AnnotationSpec } from '../reporters/annotation-reporter.js';
import type { ApiFailure, GitHubApi } from './github-api.js';

export const ANNOTATIONS_PER_REQUEST = 50;

export type CheckConclusion = 'success' | 'neutral' | 'failure';

export interface CheckRunContent {
  name: string;
  headSha: string;
  title: string;
  /** Markdown; the API takes at most 65535 characters. */
  summary: string;
  conclusion: CheckConclusion;
  annotations: readonly AnnotationSpec[];
}

const LEVELS = { error: 'failure', warning: 'warning', notice: 'notice' } as const;
const MAX_SUMMARY = 65_535;

function checkAnnotation(spec: AnnotationSpec) {
  return {
    path: spec.path!,
    start_line: spec.line,
    end_line: spec.line,
    annotation_level: LEVELS[spec.severity],
    title: spec.title,
    message: spec.message,
  };
}

/**
 * `ok`: every annotation is in the run. `partial`: the run exists and was completed, but only `sent` of the
 * annotations made it before a batch failed; the run's summary says so. `failed`: no run was created.
 */
export type CheckRunOutcome =
  | { ok: true; url: string; requests: number }
  | { ok: false; url: string; sent: number; failure: ApiFailure }
  | { ok: false; url: null; sent: 0; failure: ApiFailure };

function runUrl(data: { id?: unknown; html_url?: unknown }): string {
  return typeof data.html_url === 'string' ? data.html_url : `check run ${String(data.id)}`;
}

export async function publishCheckRun(api: GitHubApi, content: CheckRunContent): Promise<CheckRunOutcome> {
  const batches: ReturnType<typeof checkAnnotation>[][] = [];
  for (let start = 0; start < content.annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    batches.push(content.annotations.slice(start, start + ANNOTATIONS_PER_REQUEST).map(checkAnnotation));
  }
  if (batches.length === 0) batches.push([]);
  const output = (annotations: ReturnType<typeof checkAnnotation>[], summary = content.summary) => ({
    title: content.title,
    summary: summary.slice(0, MAX_SUMMARY),
    annotations,
  });
  const done = () => ({ status: 'completed' as const, conclusion: content.conclusion, completed_at: new Date().toISOString() });
  const created = await api.attempt('creating the check run', (octokit) =>
    octokit.rest.checks.create({
      ...api.repository,
      name: content.name,
      head_sha: content.headSha,
      ...(batches.length === 1 ? done() : { status: 'in_progress' as const }),
      output: output(batches[0]!),
    }),
  );
  if (!created.ok) return { ok: false, url: null, sent: 0, failure: created.failure };
  const id = created.value.data.id;
  if (typeof id !== 'number') {
    return { ok: false, url: null, sent: 0, failure: { status: null, detail: 'GitHub answered without a check run id', outage: false } };
  }
  const url = runUrl(created.value.data);
  let sent = batches[0]!.length;
  for (let index = 1; index < batches.length; index++) {
    const last = index === batches.length - 1;
    const updated = await api.attempt('adding annotations to the check run', (octokit) =>
      octokit.rest.checks.update({ ...api.repository, check_run_id: id, ...(last ? done() : {}), output: output(batches[index]!) }),
    );
    if (!updated.ok) {
      // A run left in_progress shows a spinner on the pull request for ever: complete it whatever happened.
      const missing = content.annotations.length - sent;
      const note = `**${missing} of ${content.annotations.length} annotations are missing from this check run**: adding them failed (${updated.failure.detail}). Every finding is in the job summary, the SARIF and the JSON report.`;
      await api.attempt(
        'completing the check run',
        (octokit) =>
          octokit.rest.checks.update({
            ...api.repository,
            check_run_id: id,
            ...done(),
            output: output([], `${note}\n\n${content.summary}`),
          }),
        { always: true },
      );
      return { ok: false, url, sent, failure: updated.failure };
    }
    sent += batches[index]!.length;
  }
  return { ok: true, url, requests: batches.length };
}
