/**
 * The file loop: every listed file read and scanned into a FileOutcome (file-scan.ts), on two threads when
 * the machine has two cores and the tree is large enough to repay a worker's start-up. The main thread and
 * one worker_thread take batches of the listed files from a shared counter, so whichever thread the
 * machine's load favours does more; outcomes come back indexed by their place in the list, and the scan
 * applies them in that order, so the report is the same byte for byte whatever thread read each file.
 *
 * The worker is this module loaded again (its own URL, in the source or in the bundle's chunk), which runs
 * `runWorker` when it finds its role in workerData. It reads files exactly as the main thread does (the
 * same readFile: O_NOFOLLOW, O_NONBLOCK, the device/inode check, --max-file-size). A worker that fails for
 * any reason costs time, never files: the batches it claimed and did not report are scanned on the main
 * thread, where a bug throws as it would with one thread.
 */
import { availableParallelism, loadavg } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { FileToScan } from './discover.js';
import { loadKeyReaders, scanListedFile, type FileOutcome, type FileScanContext } from './file-scan.js';

const ROLE = 'ssh-key-audit file loop';
/** Files per claim: small enough to share a tree evenly, large enough that the messages cost nothing. */
const BATCH = 32;
/**
 * Below this many files one thread is as fast. The main thread's own CPU drops with a worker from 2,000
 * files on (5,000 files 710 -> 540 ms, 20,000 files 1,580 -> 1,100 ms; the worker's own CPU 300 and 700 ms),
 * but wall time is what a user waits for: on the idle 2-core bench machine, two threads took 0.854 s against
 * 0.770 s for one on bench-tree-5000 and 1.296 s against 1.543 s on bench-tree (npm run bench, median of 5).
 * Linear between the two, the worker pays from about 8,800 files.
 */
export const MIN_FILES_FOR_WORKER = 10_000;

export type FileThreads = 1 | 2 | 'worker';

export interface FileLoopSettings {
  /**
   * 1: the main thread only; 2: a worker too, whatever the tree's size; absent: 2 where it pays.
   * 'worker': every file in the worker and a failed worker is an error (for tests of the worker itself).
   */
  threads?: FileThreads;
  /** For the worker's own copy of the blocklist (it is read again there rather than cloned). */
  blocklists: readonly string[];
  root: string;
}

interface WorkerInput {
  role: typeof ROLE;
  minRsaBits: number;
  now: Date;
  maxFileSize: number;
  blocklists: readonly string[];
  root: string;
  /** Int32Array over it: [0] the next batch to claim, [1] files the worker has done (progress). */
  claims: SharedArrayBuffer;
}

type WorkerMessage = { batch: number; outcomes: FileOutcome[] } | { finished: true };

function batchRange(batch: number, count: number): [number, number] {
  return [batch * BATCH, Math.min(count, (batch + 1) * BATCH)];
}

/** Structured clone turns a Buffer into a plain Uint8Array: back to a Buffer over the same memory. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The worker's side: waits for the list, then claims batches until none is left. */
async function runWorker(input: WorkerInput, files: FileToScan[]): Promise<void> {
  const claims = new Int32Array(input.claims);
  // A worker only runs for large trees, which hold keys more often than not: its readers load up front.
  const context: FileScanContext = {
    minRsaBits: input.minRsaBits,
    now: input.now,
    maxFileSize: input.maxFileSize,
    memo: new Map(),
    readers: await loadKeyReaders(input.blocklists, input.root),
  };
  const batches = Math.ceil(files.length / BATCH);
  for (let batch = Atomics.add(claims, 0, 1); batch < batches; batch = Atomics.add(claims, 0, 1)) {
    const outcomes: FileOutcome[] = [];
    const [from, to] = batchRange(batch, files.length);
    for (let index = from; index < to; index++) {
      const file = files[index]!;
      if (file.open !== undefined && typeof file.open !== 'string') file.open = asBuffer(file.open);
      const outcome = scanListedFile(file, context);
      // A modulus may be a view into a larger buffer, which a clone would copy whole: its own bytes only.
      if (outcome.moduli) outcome.moduli = outcome.moduli.map(({ n, key }) => ({ n: new Uint8Array(n), key }));
      outcomes.push(outcome);
      Atomics.add(claims, 1, 1);
    }
    parentPort!.postMessage({ batch, outcomes } satisfies WorkerMessage);
  }
  parentPort!.postMessage({ finished: true } satisfies WorkerMessage);
}

if (!isMainThread && (workerData as Partial<WorkerInput> | null)?.role === ROLE) {
  // A rejection is unhandled, which ends the worker with an error: the main thread scans what it claimed.
  parentPort!.once('message', (files: FileToScan[]) => void runWorker(workerData as WorkerInput, files));
}

// The worker's young generation: V8's default lets it grow to 3 x 16 MiB, which the scan's short-lived
// strings reach and which peak RSS pays for; measured no slower at this size.
const WORKER_YOUNG_GENERATION_MB = 8;

interface Helper {
  worker: Worker;
  claims: Int32Array;
  /** Resolves with the outcomes the worker reported, by batch, once it has finished, failed or exited. */
  reported: Promise<Map<number, FileOutcome[]>>;
  /** What ended it early, when something did (an error's name only: its message may quote a file). */
  failure: string | null;
}

function startWorker(context: FileScanContext, settings: FileLoopSettings): Helper | null {
  const claims = new SharedArrayBuffer(8);
  const input: WorkerInput = {
    role: ROLE,
    minRsaBits: context.minRsaBits,
    now: context.now,
    maxFileSize: context.maxFileSize,
    blocklists: settings.blocklists,
    root: settings.root,
    claims,
  };
  let worker: Worker;
  try {
    const self = new URL(import.meta.url);
    // Run from the TypeScript source (the tests, under tsx), the worker registers tsx itself: Node 20 does
    // not apply the parent's module hooks to a worker. The bundle loads its own chunk.
    const fromSource = self.pathname.endsWith('.ts');
    const entry = fromSource
      ? `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(self.href)}); })`
      : self;
    worker = new Worker(entry, {
      eval: fromSource,
      workerData: input,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
  } catch {
    return null; // no worker here (an option the worker refuses, a platform without threads): one thread
  }
  worker.unref();
  const reported = new Map<number, FileOutcome[]>();
  const helper: Helper = { worker, claims: new Int32Array(claims), reported: Promise.resolve(reported), failure: null };
  helper.reported = new Promise<Map<number, FileOutcome[]>>((resolve) => {
    let ended = false;
    const end = (failure: string | null): void => {
      if (ended) return; // the exit that follows `finished` or an error
      ended = true;
      helper.failure = failure;
      void worker.terminate();
      resolve(reported);
    };
    worker.on('message', (message: WorkerMessage) => {
      if ('finished' in message) end(null);
      else reported.set(message.batch, message.outcomes);
    });
    worker.on('error', (error: Error) => end(`worker error (${error.name})`));
    worker.on('exit', (code) => end(`worker exited with ${code} before it finished`));
  });
  return helper;
}

/**
 * Whether a second thread can run beside this one: more than one core, and fewer tasks waiting to run than
 * cores (the load average; 0 where the platform has none). On a busy machine the worker only adds its
 * start-up and a second warm-up to the CPU time: measured 0.3 s more CPU and no faster at a load of 10 on 2 cores.
 */
function hasIdleCore(): boolean {
  const cores = availableParallelism();
  return cores > 1 && loadavg()[0]! < cores;
}

/**
 * The file loop of one scan. Made before discovery: `listed` starts the worker as soon as the walk has
 * listed enough files, so that its start-up overlaps the rest of the walk.
 */
export class FileLoop {
  private helper: Helper | null = null;
  private started = false;
  /** Files the worker scanned in the last `scan` (0 with one thread). */
  workerFiles = 0;

  constructor(
    private readonly context: FileScanContext,
    private readonly settings: FileLoopSettings,
  ) {}

  /** The walk's running count of listed entries. */
  listed(count: number): void {
    if (!this.started && this.settings.threads === undefined && count >= MIN_FILES_FOR_WORKER) this.start();
  }

  private start(): void {
    this.started = true;
    if (this.settings.threads !== undefined || hasIdleCore()) this.helper = startWorker(this.context, this.settings);
  }

  /** The first file with a key marker (scanned without readers): loads the key readers and scans it again. */
  private async withKeyReaders(file: FileToScan): Promise<FileOutcome> {
    this.context.readers = await loadKeyReaders(this.settings.blocklists, this.settings.root);
    return scanListedFile(file, this.context);
  }

  /** Every listed file's outcome, in the listed order. `onProgress` gets (files done, files listed). */
  async scan(files: readonly FileToScan[], onProgress?: (done: number, total: number) => void): Promise<FileOutcome[]> {
    const { context } = this;
    const { threads } = this.settings;
    const wanted = threads === undefined ? files.length >= MIN_FILES_FOR_WORKER : threads !== 1;
    if (!this.started && wanted && files.length > 0) this.start();
    const helper = this.helper;
    this.workerFiles = 0;
    if (!helper && threads === 'worker' && files.length > 0) throw new Error('the file-loop worker could not be started');
    const outcomes = new Array<FileOutcome | undefined>(files.length);
    if (!helper) {
      for (let index = 0; index < files.length; index++) {
        const outcome = scanListedFile(files[index]!, context);
        outcomes[index] = outcome.needsKeyReaders ? await this.withKeyReaders(files[index]!) : outcome;
        onProgress?.(index + 1, files.length);
      }
      return outcomes as FileOutcome[];
    }
    helper.worker.postMessage(files);
    const { claims } = helper;
    const batches = Math.ceil(files.length / BATCH);
    let doneHere = 0;
    let shown = 0;
    const progress = (): void => {
      shown = Math.min(files.length, ++doneHere + Atomics.load(claims, 1));
      onProgress?.(shown, files.length);
    };
    for (let batch = threads === 'worker' ? batches : Atomics.add(claims, 0, 1); batch < batches; batch = Atomics.add(claims, 0, 1)) {
      const [from, to] = batchRange(batch, files.length);
      for (let index = from; index < to; index++) {
        const outcome = scanListedFile(files[index]!, context);
        outcomes[index] = outcome.needsKeyReaders ? await this.withKeyReaders(files[index]!) : outcome;
        progress();
      }
    }
    for (const [batch, reported] of await helper.reported) {
      const [from] = batchRange(batch, files.length);
      this.workerFiles += reported.length;
      reported.forEach((outcome, offset) => {
        if (outcome.moduli) for (const modulus of outcome.moduli) modulus.n = asBuffer(modulus.n);
        outcomes[from + offset] = outcome;
      });
    }
    if (threads === 'worker' && helper.failure !== null) throw new Error(`the file-loop worker failed: ${helper.failure}`);
    // What a failed worker claimed and never reported.
    for (let index = 0; index < files.length; index++) {
      if (outcomes[index] === undefined) {
        const outcome = scanListedFile(files[index]!, context);
        outcomes[index] = outcome.needsKeyReaders ? await this.withKeyReaders(files[index]!) : outcome;
        progress();
      }
    }
    // The worker's last files were done after the main thread's: the adapter hears that all are done.
    if (shown < files.length) onProgress?.(files.length, files.length);
    return outcomes as FileOutcome[];
  }
}
