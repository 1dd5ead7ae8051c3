/** Entry of dist/index.js, the Action's main. */
import { run } from './main.js';

// The batch GCD's worker threads start from its own chunk, never from this entry (scripts/build.mjs checks),
// so nothing here needs to tell a worker from the main thread (node:worker_threads costs a bare start 3%).
await run();
