// The worker side of a WorkerPool: answers each job in turn; a job that throws answers with its message
// instead of killing the thread, so that one bad input costs that input only.
import { parentPort, type Transferable } from 'node:worker_threads';
import type { JobAnswer } from './workerPool';

export function serveJobs<J, R>(handle: (job: J) => R | Promise<R>, transferOf: (result: R) => Transferable[] = () => []): void {
  // Jobs run one after the other even when handling one awaits: answers must come back in the order asked.
  let previous: Promise<void> = Promise.resolve();
  parentPort!.on('message', (job: J) => {
    previous = previous.then(async () => {
      let answer: JobAnswer<R>;
      try {
        answer = { result: await handle(job) };
      } catch (err) {
        parentPort!.postMessage({ error: (err as Error).message.split('\n')[0] } satisfies JobAnswer<R>);
        return;
      }
      parentPort!.postMessage(answer, transferOf(answer.result));
    });
  });
}
