/**
 * `explain`: from the logs a user has (client output, server logs, a pasted error) to what failed, why,
 * and the fix, with the key and ssh_config they name tied in. Pure: no files, no environment.
 */
import { configFacts, keyFacts, type ExplainContext } from './context.js';
import { parseLogs, type LogInput } from './parse-log.js';
import { explainTranscript } from './reasons.js';
import type { ExplainResult, Transcript } from './types.js';

export type { ExplainContext, KeyFileInput, ConfigInput } from './context.js';
export type { LogInput } from './parse-log.js';
export type * from './types.js';

/** The host a scoped workaround should name: the one given, else the one the log connects to. */
function hostOf(transcript: Transcript, context: ExplainContext): string {
  if (context.host) return context.host;
  if (transcript.host) return transcript.host;
  const negotiation = transcript.events.find((event) => event.kind === 'negotiation-failed' && event.side === 'client');
  return negotiation && negotiation.kind === 'negotiation-failed' ? negotiation.peer : 'HOST';
}

export function explain(inputs: readonly LogInput[], context: ExplainContext = {}): ExplainResult {
  const transcript = parseLogs(inputs);
  const now = context.now ?? new Date();
  const host = hostOf(transcript, context);
  const keys = (context.keys ?? []).map((key) => keyFacts(key, now));
  const config = context.config ? configFacts(context.config, host) : null;
  const explanations = explainTranscript(transcript, { keys, config, host });
  return {
    inputs: transcript.inputs,
    client: transcript.clientVersion?.text ?? null,
    server: transcript.serverVersion?.text ?? null,
    host: transcript.host ?? context.host ?? null,
    explanations,
    unrecognised: explanations.length > 0 ? [] : transcript.unrecognisedErrors.slice(0, 5),
  };
}
