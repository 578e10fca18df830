// Worker threads that scan blocks of a log in parallel. Small inputs never start one: a worker costs tens of
// milliseconds and megabytes to start, more than scanning a few megabytes here. Each worker answers its
// blocks in the order it got them; the caller awaits results in the order it sent blocks, so output order
// never depends on which worker was faster.
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CodeIndex } from '../catalog/codeIndex';
import { scanBlock, type BlockJob, type BlockResult } from './scanBlock';

interface Waiting {
  resolve(r: BlockResult): void;
  reject(err: Error): void;
}

interface PoolWorker {
  worker: Worker;
  waiting: Waiting[];
}

export interface ScanPoolOptions {
  /** The bundled worker script (dist/scanWorker.js). */
  script: string;
  /** Worker threads to start once the input is large enough; 0 scans everything on the calling thread. */
  workers?: number;
  /** Bytes scanned on the calling thread before workers start. */
  inlineBytes?: number;
}

/** More workers than this would cost more memory (an isolate each) than they win on a log scan. */
const MAX_WORKERS = 4;
const INLINE_BYTES = 2 * 1024 * 1024;
/**
 * A worker's garbage is short-lived (line strings, occurrences of one block): a small young generation keeps
 * its memory flat, which V8 would otherwise let grow to tens of megabytes per thread.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };

export function defaultWorkers(): number {
  return Math.min(MAX_WORKERS, os.availableParallelism());
}

export class ScanPool {
  private readonly workers: PoolWorker[] = [];
  private readonly wanted: number;
  private readonly inlineBytes: number;
  private sent = 0;
  private failure: Error | undefined;

  constructor(private readonly index: CodeIndex, private readonly options: ScanPoolOptions) {
    this.wanted = options.workers ?? defaultWorkers();
    this.inlineBytes = options.inlineBytes ?? INLINE_BYTES;
  }

  /** Blocks that may be in flight at once: enough to keep every worker busy while results are printed. */
  get capacity(): number {
    return Math.max(1, 2 * this.workers.length);
  }

  scan(job: BlockJob): Promise<BlockResult> {
    this.sent += job.bytes.length;
    if (this.workers.length === 0 && (this.wanted === 0 || this.sent <= this.inlineBytes)) {
      try {
        return Promise.resolve(scanBlock(this.index, job));
      } catch (err) {
        return Promise.reject(err);
      }
    }
    if (this.failure) return Promise.reject(this.failure);
    if (this.workers.length === 0) this.start();
    const target = this.workers.reduce((a, b) => (b.waiting.length < a.waiting.length ? b : a));
    return new Promise<BlockResult>((resolve, reject) => {
      target.waiting.push({ resolve, reject });
      target.worker.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
    });
  }

  private start(): void {
    for (let i = 0; i < this.wanted; i++) {
      const worker = new Worker(this.options.script, { workerData: this.index.catalogs, resourceLimits: WORKER_LIMITS });
      const pw: PoolWorker = { worker, waiting: [] };
      worker.on('message', (r: BlockResult | { error: string }) => {
        const w = pw.waiting.shift();
        if ('error' in r) w?.reject(new Error(r.error));
        else w?.resolve(r);
      });
      const fail = (err: Error) => {
        this.failure ??= err;
        for (const w of pw.waiting.splice(0)) w.reject(err);
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`scan worker exited with code ${code}`)));
      this.workers.push(pw);
    }
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    for (const w of workers) w.worker.removeAllListeners('exit');
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}
