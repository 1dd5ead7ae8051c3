/**
 * Annotations on files and lines. Up to GitHub's per-step limit they are workflow commands, which need no
 * token and work on pull requests from forks; above it, one check run holds them all, and if that cannot
 * be created the step annotates what it may and says in a notice how many are left out and where they are.
 */
import * as core from '@actions/core';
import type { Finding } from '../core/types.js';
import { ANNOTATIONS_PER_LEVEL, annotationSpecs, selectPerLevel, type AnnotationSpec } from '../reporters/annotation-reporter.js';
import { moreText } from '../reporters/urgency.js';
import { publishCheckRun, type CheckConclusion } from './check-run.js';
import type { GitHubApi } from './github-api.js';

export interface AnnotationContext {
  api: GitHubApi | null;
  /** The commit a check run belongs to (the pull request head), null when unknown. */
  sha: string | null;
  checkName: string;
  checkTitle: string;
  checkSummary: string;
  conclusion: CheckConclusion;
  isFile: (path: string) => boolean;
  /** Why the API is not available (no token, no repository), for the notice. */
  apiMissing: string | null;
}

function command(spec: AnnotationSpec): void {
  const properties: core.AnnotationProperties = { title: spec.title };
  if (spec.path !== null) {
    properties.file = spec.path;
    properties.startLine = spec.line;
  }
  if (spec.severity === 'error') core.error(spec.message, properties);
  else if (spec.severity === 'warning') core.warning(spec.message, properties);
  else core.notice(spec.message, properties);
}

const LIMIT = `GitHub shows at most ${ANNOTATIONS_PER_LEVEL} error, ${ANNOTATIONS_PER_LEVEL} warning and ${ANNOTATIONS_PER_LEVEL} notice annotations per step`;

/** What the job summary should add about annotations: null when every finding was annotated. */
export type AnnotationNote = string | null;

export async function annotate(findings: readonly Finding[], context: AnnotationContext): Promise<AnnotationNote> {
  const specs = annotationSpecs(findings, context.isFile);
  if (selectPerLevel(specs).hidden === 0) {
    specs.forEach(command);
    return null;
  }
  let why: string;
  let note: AnnotationNote = null;
  const inFiles = specs.filter((spec) => spec.path !== null);
  if (context.api && context.sha) {
    const published = await publishCheckRun(context.api, {
      name: context.checkName,
      headSha: context.sha,
      title: context.checkTitle,
      summary: context.checkSummary,
      conclusion: context.conclusion,
      annotations: inFiles,
    });
    if (published.ok) {
      const elsewhere = selectPerLevel(specs.filter((spec) => spec.path === null));
      elsewhere.shown.forEach(command);
      core.notice(
        `${LIMIT}, so all ${inFiles.length} findings in files are annotated in the check run "${context.checkName}": ${published.url}`,
      );
      return null;
    }
    const { failure } = published;
    if (published.url !== null) {
      note = `The check run "${context.checkName}" (${published.url}) holds the first ${published.sent} of ${inFiles.length} annotations, most urgent first: adding the rest failed (${failure.detail}).`;
    }
    why = failure.outage
      ? 'the GitHub API is unavailable'
      : failure.status === 403
        ? `the check run that would hold them all was refused (${failure.detail}): a pull request from a fork gets a read-only token, and other runs need "permissions: checks: write"`
        : `the check run that would hold them all failed (${failure.detail})`;
  } else {
    why = context.apiMissing ?? 'the commit is unknown';
  }
  const selection = selectPerLevel(specs);
  selection.shown.forEach(command);
  core.notice(
    `${selection.hidden} more findings are not annotated (${moreText(selection.hiddenBySeverity)}): ${LIMIT}, and ${why}. The most urgent are annotated; every finding is in the job summary, the SARIF and the JSON report.`,
  );
  return note;
}
