// Codes in log text, line by line, in constant memory: the core of `paycodes scan` and the workspace scan.
// The bytes are read once by the code matcher; only the lines it finds candidates (a word that is a code,
// not glued into a number) are decoded and handed to the detector, which decides in context as it does in
// the editor.
import type { Readable } from 'node:stream';
import type { CodeIndex } from '../catalog/codeIndex';
import type { Outcome } from '../catalog/types';
import { codesInLine, MAX_LINE_SCAN, type DetectOptions, type Occurrence } from '../detect/findCodes';
import { fileChunks, lineBlocks } from './boundedLines';
import { codeMatcher } from './codeMatcher';

export interface ScanOccurrence {
  file: string;
  line: number;
  column: number;
  code: string;
  provider: string;
  family: string;
  outcome: Outcome;
}

export interface SummaryRow {
  code: string;
  provider: string;
  outcome: Outcome;
  count: number;
}

/** Counts per code, provider and outcome, in order of first appearance. */
export class ScanSummary {
  private readonly rows = new Map<string, SummaryRow>();

  add(o: Pick<ScanOccurrence, 'code' | 'provider' | 'outcome'>): void {
    const key = `${o.provider}\u0000${o.code}\u0000${o.outcome}`;
    const row = this.rows.get(key);
    if (row) row.count++;
    else this.rows.set(key, { code: o.code, provider: o.provider, outcome: o.outcome, count: 1 });
  }

  toArray(): SummaryRow[] {
    return [...this.rows.values()].sort((a, b) => b.count - a.count);
  }
}

export function toScanOccurrence(file: string, o: Occurrence): ScanOccurrence {
  const best = o.entries[0];
  return { file, line: o.line + 1, column: o.start + 1, code: o.code, provider: best.provider, family: best.family, outcome: best.outcome };
}

/**
 * Bytes kept of an overlong line. The detector reads the first MAX_LINE_SCAN characters; a UTF-16 unit
 * takes at most three UTF-8 bytes, so this many bytes always decode to at least that many characters.
 */
const MAX_LINE_BYTES = 3 * MAX_LINE_SCAN;

/** `lineText` is the occurrence's line as the detector read it (for readers of the line around the code). */
export type OnOccurrence = (o: ScanOccurrence, lineText: string) => void | Promise<void>;

/**
 * Streams one log: every occurrence goes to `onOccurrence`, in order, as soon as its line is read. A returned
 * promise (output waiting to drain) is awaited before the next chunk is read: backpressure, a chunk at a time.
 */
export function scanStream(file: string, input: Readable, index: CodeIndex, onOccurrence: OnOccurrence): Promise<void> {
  return scanChunks(file, input, index, onOccurrence);
}

/** Scans a log file on disk, read in place into one reused buffer. */
export function scanFile(file: string, index: CodeIndex, onOccurrence: OnOccurrence): Promise<void> {
  return scanChunks(file, fileChunks(file), index, onOccurrence);
}

async function scanChunks(file: string, chunks: AsyncIterable<Buffer | string>, index: CodeIndex, onOccurrence: OnOccurrence): Promise<void> {
  const matcher = codeMatcher(index);
  const opts: DetectOptions = { index, log: true };
  const window = [''];
  // Output that could not be written at once: awaited after the chunk, so its occurrences die young.
  let pending: Promise<void>[] = [];
  let buf: Buffer = Buffer.alloc(0);
  const detect = (start: number, end: number, line: number) => {
    window[0] = lineText(buf, start, end);
    for (const o of codesInLine(window, 0, opts)) {
      const written = onOccurrence(toScanOccurrence(file, { ...o, line }), window[0]);
      if (written) pending.push(written);
    }
  };
  let lineNo = 0;
  for await (const block of lineBlocks(chunks, MAX_LINE_BYTES)) {
    buf = block.buf;
    lineNo += matcher.candidateLines(block.buf, block.from, block.to, lineNo, MAX_LINE_SCAN, detect);
    if (pending.length === 0) continue;
    const waiting = pending;
    pending = [];
    await Promise.all(waiting);
  }
}

/** A line as the detector reads it: at most MAX_LINE_SCAN characters, without the `\r` of a CRLF. */
function lineText(buf: Buffer, start: number, end: number): string {
  let text = buf.toString('utf8', start, Math.min(end, start + MAX_LINE_BYTES));
  if (text.length > MAX_LINE_SCAN) text = text.slice(0, MAX_LINE_SCAN);
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
