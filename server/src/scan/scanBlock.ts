// One block of whole lines of a log, scanned where it was sent (a worker thread, or the main thread for small
// inputs), into what the main thread prints as it is: the block's JSON lines, already encoded. The main thread
// numbers the block's lines before sending it, so that it only writes bytes and merges summaries: printing a
// million occurrences on the thread that also reads and writes cost it more than reading.
import type { CodeIndex } from '../catalog/codeIndex';
import { scanLines, ScanSummary, toScanOccurrence, type LineScan, type SummaryRow } from './logScan';

/** A block and how to read it: `times` when the summary's first and last seen are printed (the table). */
export interface BlockJob extends LineScan {
  /** Whole lines, each ending in a newline. */
  bytes: Uint8Array;
  /** Where occurrences go, when they are wanted (otherwise only the summary). */
  output?: {
    file: string;
    /** The 1-based number of the block's first line in its file. */
    firstLine: number;
  };
}

export interface BlockResult {
  /** Each occurrence as `,\n{…}` (JSON.stringify of its ScanOccurrence), in order, in UTF-8. */
  json: Uint8Array;
  summary: SummaryRow[];
  /** The job's bytes, handed back to be filled again: a block a thread drops would wait for a collection. */
  bytes: Uint8Array;
}

const encoder = new TextEncoder();

export function scanBlock(index: CodeIndex, job: BlockJob): BlockResult {
  const summary = new ScanSummary();
  const { output } = job;
  let json = '';
  const buf = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  // scanLines counts lines from the block's first one, which the main thread numbered.
  const before = (output?.firstLine ?? 1) - 1;
  scanLines(index, { buf, from: 0, to: buf.length }, job, (o, time) => {
    const found = toScanOccurrence(output?.file ?? '', { ...o, line: before + o.line });
    summary.add(found, time);
    if (output) json += `,\n${JSON.stringify(found)}`;
  });
  return { json: encoder.encode(json), summary: summary.parts(), bytes: job.bytes };
}

/** The number of lines in a block of whole lines: its newlines. */
export function linesIn(block: Uint8Array): number {
  const buf = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  let count = 0;
  for (let at = buf.indexOf(0x0a); at >= 0; at = buf.indexOf(0x0a, at + 1)) count++;
  return count;
}
