// A worker thread of `paycodes scan` (bundled as dist/scanWorker.js): builds the main thread's code index from
// the catalogs it was handed, then scans the blocks it is sent, one at a time, answering in order.
import { parentPort, workerData } from 'node:worker_threads';
import { CodeIndex } from '../catalog/codeIndex';
import type { LoadedCatalog } from '../catalog/load';
import { scanBlock, type BlockJob } from './scanBlock';

const index = new CodeIndex(workerData as LoadedCatalog[]);
parentPort!.on('message', (job: BlockJob) => {
  let result;
  try {
    result = scanBlock(index, job);
  } catch (err) {
    parentPort!.postMessage({ error: (err as Error).message });
    return;
  }
  parentPort!.postMessage(result, [result.lineOf.buffer as ArrayBuffer]);
});
