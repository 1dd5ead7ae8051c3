/** The JSON rendering of `explain`, for machines: the ExplainResult with the tool's name and version. */
import type { ExplainResult } from '../core/explain/types.js';

export function renderExplainJson(result: ExplainResult, tool: { name: string; version: string }): string {
  return JSON.stringify({ tool, ...result }, null, 2) + '\n';
}
