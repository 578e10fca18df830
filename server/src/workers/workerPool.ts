// A fixed set of worker threads running jobs of one kind. Each worker answers its jobs in the order it got
// them; a caller that awaits results in the order it sent jobs gets output that never depends on which
// worker was faster. A job goes to the worker with the fewest waiting.
import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';

interface Waiting<R> {
  resolve(r: R): void;
  reject(err: Error): void;
}

interface PoolWorker<R> {
  worker: Worker;
  waiting: Waiting<R>[];
}

/** What a worker posts back (see serveJobs). */
export type JobAnswer<R> = { result: R } | { error: string };

export class WorkerPool<J, R> {
  private readonly workers: PoolWorker<R>[] = [];
  private failure: Error | undefined;

  constructor(script: string, workerData: unknown, size: number, resourceLimits?: ResourceLimits) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData, resourceLimits });
      const pw: PoolWorker<R> = { worker, waiting: [] };
      worker.on('message', (answer: JobAnswer<R>) => {
        const w = pw.waiting.shift();
        if ('error' in answer) w?.reject(new Error(answer.error));
        else w?.resolve(answer.result);
      });
      const fail = (err: Error) => {
        this.failure ??= err;
        for (const w of pw.waiting.splice(0)) w.reject(err);
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`worker thread exited with code ${code}`)));
      this.workers.push(pw);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Jobs waiting at the least busy worker. */
  get leastWaiting(): number {
    return Math.min(...this.workers.map((w) => w.waiting.length));
  }

  run(job: J, transfer: Transferable[] = []): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    const target = this.workers.reduce((a, b) => (b.waiting.length < a.waiting.length ? b : a));
    return new Promise<R>((resolve, reject) => {
      target.waiting.push({ resolve, reject });
      target.worker.postMessage(job, transfer);
    });
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    for (const w of workers) w.worker.removeAllListeners('exit');
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}

interface OffloadBase<J, R> {
  /** The bundled worker script. */
  script: string;
  /** What each worker starts from (the catalogs, settings); asked for once, when workers start. */
  workerData(): unknown;
  workers: number;
  /** Asked for once, when workers start. */
  resourceLimits?(): ResourceLimits;
  /** Runs a job on the calling thread. */
  inline(job: J): Promise<R>;
  /**
   * The calling thread keeps taking jobs once workers run, whenever every worker has this many waiting: a
   * thread of its own that costs no isolate, when the caller has little else to do.
   */
  callerTakesAt?: number;
}

/**
 * When workers start: once the jobs run on the calling thread pass a cost known beforehand (a log block's
 * bytes), or once they have kept it busy for a time (a source's parse and analysis, whose cost its size
 * does not tell).
 */
type InlineBudget<J> = { cost(job: J): number; inlineCost: number } | { inlineMs: number };

export type OffloadOptions<J, R> = OffloadBase<J, R> & InlineBudget<J>;

/**
 * Jobs run on the calling thread until there is enough work to pay for starting workers (tens of milliseconds
 * and megabytes each, and for lint each worker's own grammars); then on workers. Results keep the order the
 * caller awaits them in.
 */
export class OffloadingPool<J, R> {
  private pool: WorkerPool<J, R> | undefined;
  private spent = 0;
  private busyMs = 0;

  constructor(private readonly options: OffloadOptions<J, R>) {}

  /**
   * Jobs that may be in flight at once: enough to keep every worker busy while results are printed. None
   * while jobs run here: each is awaited as soon as it is sent, so that the time it takes is its own.
   */
  get capacity(): number {
    if (!this.pool) return 0;
    return 2 * (this.pool.size + (this.options.callerTakesAt !== undefined ? 1 : 0));
  }

  run(job: J, transfer: Transferable[] = []): Promise<R> {
    const o = this.options;
    if (!this.pool) {
      if ('cost' in o) this.spent += o.cost(job);
      if (o.workers === 0 || this.withinInlineBudget()) return this.inline(job);
    }
    this.pool ??= new WorkerPool(o.script, o.workerData(), o.workers, o.resourceLimits?.());
    if (o.callerTakesAt !== undefined && this.pool.leastWaiting >= o.callerTakesAt) return this.inline(job);
    return this.pool.run(job, transfer);
  }

  close(): Promise<void> {
    return this.pool?.close() ?? Promise.resolve();
  }

  /** Whether the jobs run here so far, the one being sent counted by its cost, leave room for it here. */
  private withinInlineBudget(): boolean {
    const o = this.options;
    return 'inlineMs' in o ? this.busyMs < o.inlineMs : this.spent <= o.inlineCost;
  }

  private inline(job: J): Promise<R> {
    const start = performance.now();
    let result: Promise<R>;
    try {
      result = this.options.inline(job);
    } catch (err) {
      result = Promise.reject(err);
    }
    // Timed only while the time decides when workers start.
    if (!this.pool && 'inlineMs' in this.options) {
      const done = () => {
        this.busyMs += performance.now() - start;
      };
      result.then(done, done);
    }
    return result;
  }
}
