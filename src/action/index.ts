/** Entry of dist/index.js, the Action's main. */
import { run } from './main.js';

await run();
