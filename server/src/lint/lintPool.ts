// Sources that hold a catalog code, parsed and analysed by worker threads once there are enough of them to
// pay for the workers' start (each loads its own grammars): until the calling thread has spent about a
// second on them, they are done there.
import type { CodeIndex } from '../catalog/codeIndex';
import type { LoadedCatalog } from '../catalog/load';
import type { SyntaxService } from '../syntax/syntaxService';
import { defaultWorkers } from '../workers/defaultWorkers';
import { OffloadingPool } from '../workers/workerPool';
import { lintSource, type LintFinding, type LintNote, type LintSettings } from './lintFiles';

export interface LintJob {
  file: string;
  bytes: Uint8Array;
}

export interface LintResult {
  findings: LintFinding[];
  notes: LintNote[];
}

export interface LintWorkerData {
  catalogs: readonly LoadedCatalog[];
  settings: LintSettings;
  wasmDir: string;
}

export interface LintPoolOptions {
  /** The bundled worker script (dist/lintWorker.js). */
  script: string;
  workers?: number;
  /** How long sources are parsed and analysed on the calling thread before workers start (ms). */
  inlineMs?: number;
}

/**
 * About what a worker costs before it pays: its start, then each language's grammar and queries compiled
 * again, and its code warmed up again. Most repositories need less parsing than that (measured on gateway
 * SDKs on two cores: starting workers after 16 files made 4 of 5 mid-size ones 25–35% slower than this).
 */
const INLINE_MS = 1000;

export function lintPool(
  index: CodeIndex, settings: LintSettings, wasmDir: string, syntax: () => SyntaxService, options: LintPoolOptions,
): OffloadingPool<LintJob, LintResult> {
  return new OffloadingPool<LintJob, LintResult>({
    script: options.script,
    workerData: (): LintWorkerData => ({ catalogs: index.catalogs, settings, wasmDir }),
    workers: options.workers ?? defaultWorkers(),
    inline: (job) => runLintJob(job, index, settings, syntax()),
    inlineMs: options.inlineMs ?? INLINE_MS,
  });
}

/** One source's findings and notes, wherever it runs. */
export async function runLintJob(job: LintJob, index: CodeIndex, settings: LintSettings, syntax: SyntaxService): Promise<LintResult> {
  const notes: LintNote[] = [];
  const findings = await lintSource(job.file, job.bytes, { ...settings, index, syntax, onNote: (n) => notes.push(n) });
  return { findings, notes };
}
