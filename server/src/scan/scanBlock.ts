// One block of whole lines of a log, scanned where it was sent (a worker thread, or the main thread for small
// inputs), into what the main thread needs to print it in order: line numbers relative to the block and each
// occurrence's JSON after its line number, so that the main thread only joins strings.
import type { CodeIndex } from '../catalog/codeIndex';
import type { TimeWindow } from './leadingTime';
import { scanLines, ScanSummary, toScanOccurrence, type ScanOccurrence, type SummaryRow } from './logScan';

export interface BlockJob {
  /** Whole lines, each ending in a newline. */
  bytes: Uint8Array;
  window: TimeWindow;
  /** Whether occurrences are wanted, or only the summary. */
  occurrences: boolean;
  /** Providers the log's path and the settings name: evidence for their short codes. */
  providers?: readonly string[];
}

export interface BlockResult {
  lines: number;
  /** Per occurrence: its line, 0-based from the block's first line… */
  lineOf: Int32Array;
  /** …and its JSON from the column on (`,"column":…}`). */
  tails: string[];
  summary: SummaryRow[];
  /** The job's bytes, handed back to be filled again: a block a thread drops would wait for a collection. */
  bytes: Uint8Array;
}

export function scanBlock(index: CodeIndex, job: BlockJob): BlockResult {
  const summary = new ScanSummary();
  const lineOf: number[] = [];
  const tails: string[] = [];
  const buf = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const lines = scanLines(index, { buf, from: 0, to: buf.length }, job.window, (o, time) => {
    const found = toScanOccurrence('', o);
    summary.add(found, time);
    if (!job.occurrences) return;
    lineOf.push(o.line);
    tails.push(occurrenceTail(found));
  }, job.providers);
  return { lines, lineOf: Int32Array.from(lineOf), tails, summary: summary.parts(), bytes: job.bytes };
}

function occurrenceTail(o: ScanOccurrence): string {
  return `,${JSON.stringify({ column: o.column, code: o.code, provider: o.provider, family: o.family, outcome: o.outcome }).slice(1)}`;
}

/** JSON.stringify of the ScanOccurrence, from the JSON of its file name (the same for a whole file), its line and tail. */
export function occurrenceJson(fileJson: string, line: number, tail: string): string {
  return `{"file":${fileJson},"line":${line}${tail}`;
}
