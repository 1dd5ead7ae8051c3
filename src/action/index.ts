/** Entry of dist/index.js, the Action's main. */
import { isMainThread } from 'node:worker_threads';
import { run } from './main.js';

// The batch GCD of a large scan runs this same bundle in worker threads: there, only its worker code runs.
if (isMainThread) await run();
