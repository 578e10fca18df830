// A worker thread of `paycodes scan` (bundled as dist/scanWorker.js): builds the main thread's code index from
// the catalogs it was handed, then scans the blocks it is sent.
import { workerData } from 'node:worker_threads';
import { CodeIndex } from '../catalog/codeIndex';
import type { LoadedCatalog } from '../catalog/load';
import { serveJobs } from '../workers/serveJobs';
import { scanBlock, type BlockJob } from './scanBlock';

const index = new CodeIndex(workerData as LoadedCatalog[]);
serveJobs((job: BlockJob) => scanBlock(index, job), (result) => [result.json.buffer as ArrayBuffer, result.bytes.buffer as ArrayBuffer]);
