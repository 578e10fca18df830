// Codes in log text, line by line, in constant memory: the core of `paycodes scan` and the workspace scan.
// The bytes are read once by the code matcher; only the lines it finds candidates (a word that is a code,
// not glued into a number) are decoded and handed to the detector, which decides in context as it does in
// the editor.
import type { Readable } from 'node:stream';
import type { CodeIndex } from '../catalog/codeIndex';
import type { Outcome } from '../catalog/types';
import { codesInLine, MAX_LINE_SCAN, type DetectOptions, type Occurrence } from '../detect/findCodes';
import { fileHead, HINT_WINDOW, logProviderEvidence } from '../detect/providerHints';
import { fileChunks, lineBlocks, type LineBlock } from './boundedLines';
import { codeMatcher, wordsAsOffsets } from './codeMatcher';
import { leadingTime, outsideWindow, type LineTime, type TimeWindow } from './leadingTime';

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
  /** The earliest and latest leading times of the lines it was found on, when they had one. */
  first?: LineTime;
  last?: LineTime;
}

/** Counts per code, provider and outcome, in order of first appearance. */
export class ScanSummary {
  // Found by code, then among that code's few rows: every occurrence of a log passes here, and a key built
  // of three strings per occurrence cost the scan more than the counting.
  private readonly byCode = new Map<string, SummaryRow[]>();
  private readonly rows: SummaryRow[] = [];

  add(o: Pick<ScanOccurrence, 'code' | 'provider' | 'outcome'>, time?: LineTime): void {
    const row = this.find(o);
    if (!row) {
      this.insert({ code: o.code, provider: o.provider, outcome: o.outcome, count: 1, first: time, last: time });
      return;
    }
    row.count++;
    this.widen(row, time, time);
  }

  /** Adds the counts of a later part of the input (a worker's block). */
  merge(part: SummaryRow): void {
    const row = this.find(part);
    if (!row) {
      this.insert({ ...part });
      return;
    }
    row.count += part.count;
    this.widen(row, part.first, part.last);
  }

  /** In order of first appearance: what a worker hands back. */
  parts(): SummaryRow[] {
    return [...this.rows];
  }

  /** Most frequent first. */
  toArray(): SummaryRow[] {
    return this.parts().sort((a, b) => b.count - a.count);
  }

  private find(o: Pick<SummaryRow, 'code' | 'provider' | 'outcome'>): SummaryRow | undefined {
    for (const r of this.byCode.get(o.code) ?? []) if (r.provider === o.provider && r.outcome === o.outcome) return r;
    return undefined;
  }

  private insert(row: SummaryRow): void {
    const same = this.byCode.get(row.code);
    if (same) same.push(row);
    else this.byCode.set(row.code, [row]);
    this.rows.push(row);
  }

  /** The earliest first and the latest last time seen; of equal times, the later one counts as last. */
  private widen(row: SummaryRow, first: LineTime | undefined, last: LineTime | undefined): void {
    if (first && (!row.first || first.ms < row.first.ms)) row.first = first;
    if (last && (!row.last || last.ms >= row.last.ms)) row.last = last;
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
export const MAX_LINE_BYTES = 3 * MAX_LINE_SCAN;

/** How scanLines reads a block. */
export interface LineScan {
  /** Lines whose leading time falls outside it are skipped. */
  window: TimeWindow;
  /** Providers the settings name: evidence for their short codes in every log. */
  providers?: readonly string[];
  /** Providers the log's head or path names, as the editor reads a file's. */
  fileProviders?: readonly string[];
  /** Gateways without a catalog the log's path names (logEvidence): their files' short codes are their own. */
  otherGateways?: readonly string[];
  /** Whether occurrences come with their line's leading time even without a window (a summary's first and last seen). */
  times?: boolean;
}

/**
 * The occurrences in a block of whole lines, in order; `line` counts from the block's first line, 0-based,
 * and `time` is the line's leading time when the window or `times` asks for it. Returns the number of lines
 * in the block.
 */
export function scanLines(
  index: CodeIndex, block: LineBlock, scan: LineScan,
  onFound: (o: Occurrence, time: LineTime | undefined, lineText: string) => void,
): number {
  // A log's lines are read one by one: what its head, its path and the settings name stand for the whole file.
  const opts: DetectOptions = {
    index, log: true, preferredProviders: scan.providers ?? [], fileProviders: scan.fileProviders, otherGateways: scan.otherGateways,
  };
  const lines = [''];
  const { window } = scan;
  const filtered = window.since !== undefined || window.until !== undefined;
  return codeMatcher(index).candidateLines(block.buf, block.from, block.to, 0, MAX_LINE_SCAN, (start, end, line, words) => {
    lines[0] = lineText(block.buf, start, end);
    // A `\r` the line text dropped was one byte and one character.
    const crlf = end > start && block.buf[end - 1] === 0x0d ? 1 : 0;
    const found = codesInLine(lines, 0, opts, wordsAsOffsets(words, end - start - crlf, lines[0].length));
    if (found.length === 0) return;
    const time = filtered || scan.times ? leadingTime(lines[0]) : undefined;
    if (filtered && outsideWindow(window, time)) return;
    for (const o of found) onFound({ ...o, line }, time, lines[0]);
  });
}

/** What a log's head (its first lines, read as the editor reads a file's) and its path say of whose it is. */
export function logEvidence(index: CodeIndex, file: string, head: Uint8Array): Pick<LineScan, 'fileProviders' | 'otherGateways'> {
  const bytes = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, HINT_WINDOW));
  const { named, others } = logProviderEvidence(index, fileHead(bytes.toString('utf8')), file);
  return { fileProviders: named, otherGateways: others };
}

/** `lineText` is the occurrence's line as the detector read it (for readers of the line around the code). */
export type OnOccurrence = (o: ScanOccurrence, lineText: string) => void | Promise<void>;

/**
 * Streams one log: every occurrence goes to `onOccurrence`, in order, as soon as its line is read. A returned
 * promise (output waiting to drain) is awaited before the next chunk is read: backpressure, a chunk at a time.
 */
export function scanStream(file: string, input: Readable, index: CodeIndex, onOccurrence: OnOccurrence, providers?: readonly string[]): Promise<void> {
  return scanChunks(file, input, index, onOccurrence, providers);
}

/** Scans a log file on disk, read in place into one reused buffer. */
export function scanFile(file: string, index: CodeIndex, onOccurrence: OnOccurrence, providers?: readonly string[]): Promise<void> {
  return scanChunks(file, fileChunks(file), index, onOccurrence, providers);
}

/** `providers`: the settings' (`paycodes.providers`), as `paycodes scan` reads them. */
async function scanChunks(
  file: string, chunks: AsyncIterable<Buffer | string>, index: CodeIndex, onOccurrence: OnOccurrence, providers?: readonly string[],
): Promise<void> {
  // Output that could not be written at once: awaited after the chunk, so its occurrences die young.
  let pending: Promise<void>[] = [];
  let lineNo = 0;
  let scan: LineScan | undefined;
  for await (const block of lineBlocks(chunks, MAX_LINE_BYTES)) {
    scan ??= { window: {}, providers, ...logEvidence(index, file, block.buf.subarray(block.from, block.to)) };
    const base = lineNo;
    lineNo += scanLines(index, block, scan, (o, _time, text) => {
      const written = onOccurrence(toScanOccurrence(file, { ...o, line: base + o.line }), text);
      if (written) pending.push(written);
    });
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
