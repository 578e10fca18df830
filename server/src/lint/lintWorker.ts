// A worker thread of `paycodes lint` (bundled as dist/lintWorker.js): its own grammars and code index, built
// from the catalogs and settings the main thread hands it; it parses and analyses the sources it is sent.
import { workerData } from 'node:worker_threads';
import { CodeIndex } from '../catalog/codeIndex';
import { serveJobs } from '../workers/serveJobs';
import { batchSyntaxService } from './lintFiles';
import { runLintJob, type LintJob, type LintWorkerData } from './lintPool';

const data = workerData as LintWorkerData;
const index = new CodeIndex(data.catalogs);
const syntax = batchSyntaxService(data.wasmDir, data.settings.maxBytes);

serveJobs((job: LintJob) => runLintJob(job, index, data.settings, syntax));
