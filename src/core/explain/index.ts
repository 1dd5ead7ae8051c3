/**
 * `explain`: from the logs a user has (client output, server logs, a pasted error) to what failed, why,
 * and the fix, with the key and ssh_config they name tied in. Pure: no files, no environment.
 */
import { failure, FAILURES, type FailureId } from './catalogue.js';
import { aliasFor, configFacts, keyFacts, type ConfigFacts, type ExplainContext } from './context.js';
import { FAMILIES } from './failures/index.js';
import { parseLogs, type LogInput } from './parse-log.js';
import { Builder, keyNotes, type WorkaroundBlock } from './reasons.js';
import type { ExplainResult, Transcript } from './types.js';

export type { ExplainContext, KeyFileInput, ConfigInput } from './context.js';
export type { LogInput } from './parse-log.js';
export type * from './types.js';

/** The address or name the log connects to, when it names one. */
function addressOf(transcript: Transcript): string | null {
  if (transcript.host) return transcript.host;
  const negotiation = transcript.events.find((event) => event.kind === 'negotiation-failed' && event.side === 'client');
  return negotiation && negotiation.kind === 'negotiation-failed' ? negotiation.peer : null;
}

/**
 * The name for a scoped workaround, as `ssh NAME` matches Host blocks (ssh_config(5): against the name typed,
 * not the HostName): --host; else the Host pattern the client log says applied; else the alias --config maps
 * to the address in the log; else that address.
 */
function hostOf(transcript: Transcript, context: ExplainContext): string {
  if (context.host) return context.host;
  if (transcript.hostBlock) return transcript.hostBlock.pattern;
  const address = addressOf(transcript);
  const alias = address && context.config ? aliasFor(context.config, address) : null;
  return alias ?? address ?? 'HOST';
}

/** The existing Host block for the host: from --config when given, else where the client log says it is. */
function blockOf(transcript: Transcript, config: ConfigFacts | null, host: string): WorkaroundBlock | null {
  if (config?.hostBlock) return { patterns: config.hostBlock.value, path: config.hostBlock.path, line: config.hostBlock.line };
  const logged = transcript.hostBlock;
  if (!config && logged && logged.pattern === host) return { patterns: logged.pattern, path: logged.path, line: logged.line };
  return null;
}

const AUTHENTICATION = new Set<FailureId>(
  FAILURES.filter((entry) => entry.stage === 'authentication' || entry.stage === 'outcome').map((entry) => entry.id),
);

export function explain(inputs: readonly LogInput[], context: ExplainContext = {}): ExplainResult {
  const transcript = parseLogs(inputs);
  const now = context.now ?? new Date();
  const host = hostOf(transcript, context);
  const keys = (context.keys ?? []).map((key) => keyFacts(key, now));
  const config = context.config ? configFacts(context.config, host) : null;
  const builder = new Builder(transcript, { keys, config, host, block: blockOf(transcript, config, host) }, failure);
  for (const family of FAMILIES) family.explain(builder);
  keyNotes(builder, AUTHENTICATION);
  const explanations = FAILURES.flatMap((entry) => {
    const explanation = builder.explanations.get(entry.id);
    return explanation ? [explanation] : [];
  });
  return {
    inputs: transcript.inputs,
    client: transcript.clientVersion?.text ?? null,
    server: transcript.serverVersion?.text ?? null,
    host: transcript.host ?? context.host ?? null,
    explanations,
    unrecognised: explanations.length > 0 ? [] : transcript.unrecognisedErrors.slice(0, 5),
  };
}
