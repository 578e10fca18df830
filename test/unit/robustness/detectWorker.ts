// Runs the detector on a worker thread for the time-bound properties: a detector that hangs on some input
// is terminated and fails its bound, instead of blocking mocha's only thread for minutes.
import { parentPort } from 'node:worker_threads';
import type { DetectOptions } from '../../../server/src/detect/findCodes';
import { bundledIndex } from './fuzz';
import { drain } from './drain';

export interface DetectJob {
  text: string;
  log: boolean;
}

export type DetectReply = { count: number; ms: number } | { error: string };

const index = bundledIndex();
// Loading the catalogs is not the detector's time: the bound starts once the worker says it is ready.
parentPort!.postMessage('ready');

parentPort!.on('message', ({ text, log }: DetectJob) => {
  const opts: DetectOptions = { index, log };
  const started = performance.now();
  try {
    const count = drain(text, opts);
    parentPort!.postMessage({ count, ms: performance.now() - started } satisfies DetectReply);
  } catch (err) {
    parentPort!.postMessage({ error: (err as Error).stack ?? String(err) } satisfies DetectReply);
  }
});
