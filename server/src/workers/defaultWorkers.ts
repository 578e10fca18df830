// How many worker threads the CLI starts by default.
import * as os from 'node:os';

/** More workers than this would cost more memory (an isolate each) than they win. */
const MAX_WORKERS = 4;

/** Worker threads for a CLI run: one per core, within MAX_WORKERS. */
export function defaultWorkers(): number {
  return Math.min(MAX_WORKERS, os.availableParallelism());
}
