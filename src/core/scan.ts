/** The scan: discover files, inventory each, add cross-file findings, order and count. Pure of any adapter. */
import { closeSync } from 'node:fs';
import { findDuplicates } from './checks/duplicates.js';
import type { MathMemo } from './checks/key-math.js';
import type { ModulusLocation } from './checks/big-numbers/shared-primes.js';
import { discover } from './discover.js';
import type { FileThreads } from './file-loop.js';
import { binaryReason, loadKeyReaders, mayHoldKey, readFile, scanBytes, type FileOutcome, type FileScanContext } from './file-scan.js';
import { ConfigTree, auditStandaloneConfig } from './ssh-config/config-tree.js';
import { TreeSource } from './ssh-config/tree-source.js';
import { findMarkers } from './markers.js';
import { validateOptions, type ScanOptions } from './options.js';
import { byLocation, byPath } from './order.js';
import { decodeTextBytes } from './text-encoding.js';
import { applyPolicy } from './policy/apply.js';
import { loadBaseline } from './policy/baseline.js';
import type { InlineDirective } from './policy/inline.js';
import type { Finding, KeyRecord, ScanResult, Skipped, Summary } from './types.js';
import { VERSION } from '../version.js';

export interface ScanHooks {
  /** Called after each file; adapters turn it into a progress line. */
  onProgress?: (done: number, total: number) => void;
  /** Threads for the file loop (file-loop.ts): 1, or 2 whatever the tree's size; absent: 2 where it pays. */
  fileThreads?: FileThreads;
}

/**
 * Keys and findings from outside the file tree (the Action's secrets and deploy keys), handed to the scan
 * so that the policy (severities, allow entries, baseline) applies to them as to everything else.
 */
export interface ExtraSources {
  keys?: readonly KeyRecord[];
  findings?: readonly Finding[];
  /** Content from git history (--history), read by the adapter; each blob is scanned like a file. */
  history?: HistorySource;
}

export interface HistoryBlob {
  path: string;
  commit: string;
  /** null when the blob was not read (over the size limit): `skipped` says why. */
  bytes: Buffer | null;
  skipped?: string;
}

export interface HistorySource {
  blobs: AsyncIterable<HistoryBlob>;
  total: number;
  shallow: boolean;
  warning?: string;
}

/** Counts of the findings that count; `suppressed` is how many were accepted by the policy. */
export function summarise(findings: readonly Finding[], files: number, keys: number, skipped: number, suppressed = 0): Summary {
  const count = (severity: Finding['severity']): number => findings.filter((item) => item.severity === severity).length;
  return { files, keys, errors: count('error'), warnings: count('warning'), notices: count('notice'), skipped, suppressed };
}

export async function scan(input: ScanOptions, hooks: ScanHooks = {}, extra: ExtraSources = {}): Promise<ScanResult> {
  const options = validateOptions(input);
  const memo: MathMemo = new Map();
  // The key readers, sshpk's stand-in and the blocklist are a third of the bundle: a scan that meets no key
  // marker never loads them. A blocklist file the user names is read now all the same, so a broken one is
  // a usage error whatever the tree holds.
  const readers = options.blocklists.length > 0 ? await loadKeyReaders(options.blocklists, options.root) : null;
  const context: FileScanContext = { minRsaBits: options.minRsaBits, now: options.now, maxFileSize: options.maxFileSize, memo, readers };
  // Its own chunk in the bundle: the worker starts from the URL of the module that holds file-loop.ts.
  const { FileLoop } = await import('./file-loop.js');
  const fileLoop = new FileLoop(context, {
    blocklists: options.blocklists,
    root: options.root,
    ...(hooks.fileThreads ? { threads: hooks.fileThreads } : {}),
  });
  const discovery = await discover(options.paths, options.root, options.include, options.exclude, (count) => fileLoop.listed(count));
  const keys: KeyRecord[] = [];
  const findings: Finding[] = [];
  const skipped: Skipped[] = [...discovery.skipped];
  const baseline = options.baseline === null ? null : loadBaseline(options.baseline, options.root);
  // Inline suppressions, found while each file's bytes are at hand: only the directives are kept.
  const directives = new Map<string, InlineDirective[]>();
  const moduli = new Map<string, { n: Buffer; locations: ModulusLocation[] }>();
  // ssh_config/sshd_config files are judged together once all are known: Include and first-value-wins
  // cross files. Included files are read inside the scanned tree only (never the scanning machine's).
  // Made at the first config found: the index of every listed path costs a large tree without one.
  let configTree: ConfigTree | null = null;
  const configs = (): ConfigTree => {
    if (configTree) return configTree;
    const filesByPath = new Map(discovery.files.map((file) => [file.path, file]));
    return (configTree = new ConfigTree(
      new TreeSource(filesByPath.keys(), (path) => {
        const outcome = readFile(filesByPath.get(path)!, options.maxFileSize);
        // A config larger than a read window is no config OpenSSH would read whole either.
        if ('stream' in outcome) closeSync(outcome.stream.fd);
        return 'bytes' in outcome ? outcome.bytes.toString('latin1') : null;
      }),
    ));
  };
  let scanned = 0;
  /** Adds what one file (or one blob, with its commit) holds to the scan's keys, findings, moduli and configs. */
  const apply = (path: string, outcome: FileOutcome, commit?: string): void => {
    if (outcome.directives) directives.set(path, outcome.directives);
    const found = outcome.findings ?? [];
    if (outcome.config) {
      if (commit) found.push(...auditStandaloneConfig(path, outcome.config.kind, outcome.config.text));
      else configs().add(path, outcome.config.kind, outcome.config.text);
    }
    const inventoried = outcome.keys ?? [];
    if (commit) for (const item of [...inventoried, ...found]) item.commit = commit;
    keys.push(...inventoried);
    findings.push(...found);
    for (const { n, key } of outcome.moduli ?? []) {
      const record = inventoried[key]!;
      const id = Buffer.from(n.buffer, n.byteOffset, n.byteLength).toString('hex');
      const location = { path: record.path, line: record.line, fingerprint: record.fingerprint! };
      const entry = moduli.get(id);
      if (entry) entry.locations.push(location);
      else moduli.set(id, { n: n as Buffer, locations: [location] });
    }
  };
  const outcomes = await fileLoop.scan(discovery.files, hooks.onProgress);
  discovery.files.forEach((file, index) => {
    const outcome = outcomes[index]!;
    apply(file.path, outcome);
    if (outcome.skipped === undefined) scanned++;
    else skipped.push({ path: file.path, reason: outcome.skipped });
  });
  let historyScanned = 0;
  for await (const blob of extra.history?.blobs ?? []) {
    const where = `${blob.path}@${blob.commit.slice(0, 12)}`;
    if (!blob.bytes) {
      skipped.push({ path: where, reason: blob.skipped ?? 'not read' });
      continue;
    }
    const decoded = decodeTextBytes(blob.bytes);
    const binary = binaryReason(decoded.bytes);
    if (binary) {
      skipped.push({ path: where, reason: binary });
      continue;
    }
    historyScanned++;
    const outcome: FileOutcome = {};
    const markers = findMarkers(decoded.bytes);
    if (context.readers === null && mayHoldKey(markers)) context.readers = await loadKeyReaders(options.blocklists, options.root);
    scanBytes(blob.path, decoded.bytes, markers, context, outcome, undefined, decoded.encoding);
    apply(blob.path, outcome, blob.commit);
  }
  // Assigned inside configs(), which TypeScript's narrowing does not follow.
  const tree = configTree as ConfigTree | null;
  if (tree) findings.push(...tree.audit());
  // Old copies of a key in history are not copies in use: duplicate-key looks at the current tree only.
  findings.push(...findDuplicates(keys.filter((key) => key.commit === undefined)));
  // The batch GCD (and its worker code) loads only when there is an RSA modulus to check.
  if (moduli.size > 0) findings.push(...(await (await import('./checks/big-numbers/shared-primes.js')).findSharedPrimes(moduli)));
  keys.push(...(extra.keys ?? []));
  findings.push(...(extra.findings ?? []));
  // Keep this last: severities and suppressions apply to every finding, whichever module added it.
  const policy = applyPolicy({ keys, findings, directives }, options, baseline);
  keys.sort(byLocation);
  policy.findings.sort(byLocation);
  policy.suppressed.sort(byLocation);
  skipped.sort(byPath);
  const summary = summarise(policy.findings, scanned, keys.length, skipped.length, policy.suppressed.length);
  if (policy.baselineFixed !== undefined) summary.baselineFixed = policy.baselineFixed;
  const result: ScanResult = {
    tool: { name: 'ssh-key-audit', version: VERSION },
    root: options.root,
    keys,
    findings: policy.findings,
    suppressed: policy.suppressed,
    skipped,
    summary,
  };
  if (extra.history) {
    const { total, shallow, warning } = extra.history;
    result.history = { blobs: total, scanned: historyScanned, shallow, ...(warning ? { warning } : {}) };
  }
  return result;
}
