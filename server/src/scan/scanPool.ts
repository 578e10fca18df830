// Worker threads that scan blocks of a log in parallel. Small inputs never start one: a worker costs tens of
// milliseconds and megabytes to start, more than scanning a few megabytes here.
import type { ResourceLimits } from 'node:worker_threads';
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
 * A worker's garbage is short-lived (line strings, occurrences of one block) and what it keeps is the code
 * index. Left alone, V8 lets each worker's heap grow by tens of megabytes before collecting it; small
 * generations keep it near what is live: 16 MB besides the index (measured below 16 MB in all with the
 * bundled catalogs), and room for the index at four times its size as JSON.
 */
function workerLimits(index: CodeIndex): ResourceLimits {
  const catalogMb = JSON.stringify(index.catalogs).length / 2 ** 20;
  return { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 16 + Math.ceil(4 * catalogMb) };
}

/** Blocks of a log scanned by workers once the log is large enough. */
export function scanPool(index: CodeIndex, options: ScanPoolOptions): OffloadingPool<BlockJob, BlockResult> {
  return new OffloadingPool<BlockJob, BlockResult>({
    script: options.script,
    workerData: () => index.catalogs,
    workers: options.workers ?? Math.max(1, defaultWorkers() - 1),
    callerTakesAt: 2,
    resourceLimits: () => workerLimits(index),
    inline: async (job) => scanBlock(index, job),
    cost: (job) => job.bytes.length,
    inlineCost: options.inlineBytes ?? INLINE_BYTES,
  });
}
