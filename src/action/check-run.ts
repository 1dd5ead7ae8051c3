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

export type CheckRunOutcome = { ok: true; url: string; requests: number } | { ok: false; failure: ApiFailure };

export async function publishCheckRun(api: GitHubApi, content: CheckRunContent): Promise<CheckRunOutcome> {
  const batches: ReturnType<typeof checkAnnotation>[][] = [];
  for (let start = 0; start < content.annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    batches.push(content.annotations.slice(start, start + ANNOTATIONS_PER_REQUEST).map(checkAnnotation));
  }
  if (batches.length === 0) batches.push([]);
  const output = (annotations: ReturnType<typeof checkAnnotation>[]) => ({
    title: content.title,
    summary: content.summary.slice(0, MAX_SUMMARY),
    annotations,
  });
  const done = { status: 'completed' as const, conclusion: content.conclusion, completed_at: new Date().toISOString() };
  const created = await api.attempt('creating the check run', (octokit) =>
    octokit.rest.checks.create({
      ...api.repository,
      name: content.name,
      head_sha: content.headSha,
      ...(batches.length === 1 ? done : { status: 'in_progress' as const }),
      output: output(batches[0]!),
    }),
  );
  if (!created.ok) return created;
  const id = created.value.data.id;
  for (let index = 1; index < batches.length; index++) {
    const last = index === batches.length - 1;
    const updated = await api.attempt('adding annotations to the check run', (octokit) =>
      octokit.rest.checks.update({ ...api.repository, check_run_id: id, ...(last ? done : {}), output: output(batches[index]!) }),
    );
    if (!updated.ok) return updated;
  }
  return { ok: true, url: created.value.data.html_url ?? `check run ${id}`, requests: batches.length };
}
