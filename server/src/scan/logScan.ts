// Codes in log text, line by line, in constant memory: the core of `paycodes scan` and the workspace scan.
import type { Readable } from 'node:stream';
import type { CodeIndex } from '../catalog/codeIndex';
import type { Outcome } from '../catalog/types';
import { codesInLine, MAX_LINE_SCAN, type Occurrence } from '../detect/findCodes';
import { boundedLines } from './boundedLines';

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

/** Streams one log: every occurrence goes to `onOccurrence` as soon as its line is read. */
export async function scanStream(
  file: string, input: Readable, index: CodeIndex, onOccurrence: (o: ScanOccurrence) => void | Promise<void>,
): Promise<void> {
  const window = [''];
  let lineNo = 0;
  for await (const line of boundedLines(input, MAX_LINE_SCAN)) {
    window[0] = line;
    for (const o of codesInLine(window, 0, { index, log: true })) await onOccurrence(toScanOccurrence(file, { ...o, line: lineNo }));
    lineNo++;
  }
}

