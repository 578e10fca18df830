// The test side of detectWorker: one worker, reused across runs, terminated when a run exceeds its bound.
import * as path from 'node:path';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { DetectJob, DetectReply } from './detectWorker';

export class BoundedDetector {
  private worker?: Promise<Worker>;
  /**
   * Set by `close()`. A property that mocha has timed out goes on running; without this, its next run would
   * start a worker after `after()` closed the last one, and that worker would keep the test run from ending.
   */
  private closed = false;

  private started(): Promise<Worker> {
    if (this.closed) return Promise.reject(new Error('the detector worker was closed: the test ended'));
    this.worker ??= (async () => {
      const worker = new Worker(path.join(__dirname, 'detectWorker.js'));
      await once(worker, 'message');
      return worker;
    })();
    return this.worker;
  }

  /** Resolves with the number of occurrences; rejects when the detector throws or runs past `boundMs`. */
  async run(job: DetectJob, boundMs: number, what: string): Promise<number> {
    const worker = await this.started();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        void this.terminate();
        reject(new Error(`${what} did not finish within ${boundMs} ms; the worker was terminated`));
      }, boundMs);
      const onError = (err: Error) => settle({ error: err.stack ?? String(err) });
      const settle = (reply: DetectReply) => {
        clearTimeout(timer);
        // Only these two: removing every listener would take Node's own, and the worker would go deaf.
        worker.off('message', settle);
        worker.off('error', onError);
        if ('error' in reply) reject(new Error(`${what} threw: ${reply.error}`));
        else if (reply.ms > boundMs) reject(new Error(`${what} took ${Math.round(reply.ms)} ms (bound ${boundMs} ms)`));
        else resolve(reply.count);
      };
      worker.on('message', settle);
      worker.on('error', onError);
      worker.postMessage(job);
    });
  }

  /** Resolves once the worker has exited; the next run starts another. */
  private async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await (await worker)?.terminate();
  }

  /** Resolves once the worker has exited, and starts no other: a live worker keeps the test run from ending. */
  async close(): Promise<void> {
    this.closed = true;
    await this.terminate();
  }
}
