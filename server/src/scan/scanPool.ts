// Worker threads that scan blocks of a log in parallel. Small inputs never start one: a worker costs tens of
// milliseconds and megabytes to start, more than scanning a few megabytes here.
import { defaultWorkers } from '../workers/defaultWorkers';
import type { CodeIndex } from '../catalog/codeIndex';
import { OffloadingPool } from '../workers/workerPool';
import { scanBlock, type BlockJob, type BlockResult } from './scanBlock';

export interface ScanPoolOptions {
  /** The bundled worker script (dist/scanWorker.js). */
  script: string;
  /** Worker threads to start once the input is large enough; 0 scans everything on the calling thread. */
  workers?: number;
  /** Bytes scanned on the calling thread before workers start. */
  inlineBytes?: number;
}

const INLINE_BYTES = 2 * 1024 * 1024;
/**
 * A worker's garbage is short-lived (line strings, occurrences of one block): a small young generation keeps
 * its memory flat, which V8 would otherwise let grow to tens of megabytes per thread.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };

/** Blocks of a log scanned by workers once the log is large enough. */
export function scanPool(index: CodeIndex, options: ScanPoolOptions): OffloadingPool<BlockJob, BlockResult> {
  return new OffloadingPool<BlockJob, BlockResult>({
    script: options.script,
    workerData: () => index.catalogs,
    workers: options.workers ?? defaultWorkers(),
    resourceLimits: WORKER_LIMITS,
    inline: async (job) => scanBlock(index, job),
    cost: (job) => job.bytes.length,
    inlineCost: options.inlineBytes ?? INLINE_BYTES,
  });
}
