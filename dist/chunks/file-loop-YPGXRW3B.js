#!/usr/bin/env node
import {
  loadKeyReaders,
  scanListedFile
} from "./chunk-R4ZJ3Q6X.js";
import "./chunk-JEPBBKKA.js";
import "./chunk-ETGSMTXK.js";
import "./chunk-ACTYS6I7.js";
import "./chunk-ZO5PTKSB.js";
import "./chunk-GEDZCDBK.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";

// src/core/file-loop.ts
import { availableParallelism, loadavg } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
var ROLE = "ssh-key-audit file loop";
var BATCH = 32;
var MIN_FILES_FOR_WORKER = 1e4;
function batchRange(batch, count) {
  return [batch * BATCH, Math.min(count, (batch + 1) * BATCH)];
}
function asBuffer(bytes) {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
async function runWorker(input, files) {
  const claims = new Int32Array(input.claims);
  const context = {
    minRsaBits: input.minRsaBits,
    now: input.now,
    maxFileSize: input.maxFileSize,
    memo: /* @__PURE__ */ new Map(),
    readers: await loadKeyReaders(input.blocklists, input.root)
  };
  const batches = Math.ceil(files.length / BATCH);
  for (let batch = Atomics.add(claims, 0, 1); batch < batches; batch = Atomics.add(claims, 0, 1)) {
    const outcomes = [];
    const [from, to] = batchRange(batch, files.length);
    for (let index = from; index < to; index++) {
      const file = files[index];
      if (file.open !== void 0 && typeof file.open !== "string") file.open = asBuffer(file.open);
      const outcome = scanListedFile(file, context);
      if (outcome.moduli) outcome.moduli = outcome.moduli.map(({ n, key }) => ({ n: new Uint8Array(n), key }));
      outcomes.push(outcome);
      Atomics.add(claims, 1, 1);
    }
    parentPort.postMessage({ batch, outcomes });
  }
  parentPort.postMessage({ finished: true });
}
if (!isMainThread && workerData?.role === ROLE) {
  parentPort.once("message", (files) => void runWorker(workerData, files));
}
var WORKER_YOUNG_GENERATION_MB = 8;
function startWorker(context, settings) {
  const claims = new SharedArrayBuffer(8);
  const input = {
    role: ROLE,
    minRsaBits: context.minRsaBits,
    now: context.now,
    maxFileSize: context.maxFileSize,
    blocklists: settings.blocklists,
    root: settings.root,
    claims
  };
  let worker;
  try {
    const self = new URL(import.meta.url);
    const fromSource = self.pathname.endsWith(".ts");
    const entry = fromSource ? `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(self.href)}); })` : self;
    worker = new Worker(entry, {
      eval: fromSource,
      workerData: input,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB }
    });
  } catch {
    return null;
  }
  worker.unref();
  const reported = /* @__PURE__ */ new Map();
  const helper = { worker, claims: new Int32Array(claims), reported: Promise.resolve(reported), failure: null };
  helper.reported = new Promise((resolve) => {
    let ended = false;
    const end = (failure) => {
      if (ended) return;
      ended = true;
      helper.failure = failure;
      void worker.terminate();
      resolve(reported);
    };
    worker.on("message", (message) => {
      if ("finished" in message) end(null);
      else reported.set(message.batch, message.outcomes);
    });
    worker.on("error", (error) => end(`worker error (${error.name})`));
    worker.on("exit", (code) => end(`worker exited with ${code} before it finished`));
  });
  return helper;
}
function hasIdleCore() {
  const cores = availableParallelism();
  return cores > 1 && loadavg()[0] < cores;
}
var FileLoop = class {
  constructor(context, settings) {
    this.context = context;
    this.settings = settings;
  }
  context;
  settings;
  helper = null;
  started = false;
  /** Files the worker scanned in the last `scan` (0 with one thread). */
  workerFiles = 0;
  /** The walk's running count of listed entries. */
  listed(count) {
    if (!this.started && this.settings.threads === void 0 && count >= MIN_FILES_FOR_WORKER) this.start();
  }
  start() {
    this.started = true;
    if (this.settings.threads !== void 0 || hasIdleCore()) this.helper = startWorker(this.context, this.settings);
  }
  /** The first file with a key marker (scanned without readers): loads the key readers and scans it again. */
  async withKeyReaders(file) {
    this.context.readers = await loadKeyReaders(this.settings.blocklists, this.settings.root);
    return scanListedFile(file, this.context);
  }
  /** Every listed file's outcome, in the listed order. `onProgress` gets (files done, files listed). */
  async scan(files, onProgress) {
    const { context } = this;
    const { threads } = this.settings;
    const wanted = threads === void 0 ? files.length >= MIN_FILES_FOR_WORKER : threads !== 1;
    if (!this.started && wanted && files.length > 0) this.start();
    const helper = this.helper;
    this.workerFiles = 0;
    if (!helper && threads === "worker" && files.length > 0) throw new Error("the file-loop worker could not be started");
    const outcomes = new Array(files.length);
    if (!helper) {
      for (let index = 0; index < files.length; index++) {
        const outcome = scanListedFile(files[index], context);
        outcomes[index] = outcome.needsKeyReaders ? await this.withKeyReaders(files[index]) : outcome;
        onProgress?.(index + 1, files.length);
      }
      return outcomes;
    }
    helper.worker.postMessage(files);
    const { claims } = helper;
    const batches = Math.ceil(files.length / BATCH);
    let doneHere = 0;
    let shown = 0;
    const progress = () => {
      shown = Math.min(files.length, ++doneHere + Atomics.load(claims, 1));
      onProgress?.(shown, files.length);
    };
    for (let batch = threads === "worker" ? batches : Atomics.add(claims, 0, 1); batch < batches; batch = Atomics.add(claims, 0, 1)) {
      const [from, to] = batchRange(batch, files.length);
      for (let index = from; index < to; index++) {
        const outcome = scanListedFile(files[index], context);
        outcomes[index] = outcome.needsKeyReaders ? await this.withKeyReaders(files[index]) : outcome;
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
    if (threads === "worker" && helper.failure !== null) throw new Error(`the file-loop worker failed: ${helper.failure}`);
    for (let index = 0; index < files.length; index++) {
      if (outcomes[index] === void 0) {
        const outcome = scanListedFile(files[index], context);
        outcomes[index] = outcome.needsKeyReaders ? await this.withKeyReaders(files[index]) : outcome;
        progress();
      }
    }
    if (shown < files.length) onProgress?.(files.length, files.length);
    return outcomes;
  }
};
export {
  FileLoop,
  MIN_FILES_FOR_WORKER
};
