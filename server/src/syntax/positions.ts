// web-tree-sitter is fed UTF-16 JavaScript strings, so its indices and columns count UTF-16 code units:
// the unit LSP characters use, and the unit JavaScript string offsets use. Rows break at `\n` only,
// as LSP lines do for `\n` and `\r\n` (a lone `\r` is not treated as a line break here).
// One exception: a query's index range is handed to the WebAssembly side as it is, and there it counts
// bytes of the UTF-16 text, two per code unit.
import type { Node, Point, QueryOptions } from 'web-tree-sitter';
import type { Extent } from './editShift';
import type { Position, Range } from './types';

/**
 * Query options limiting a query to the matches that meet the lines of `extent`. A limited query skips the
 * nodes lying wholly outside its range, so a pattern needing one (`const` before a constant's name) would
 * miss; widening to whole lines keeps such a node in range where it shares a line with the rest.
 */
export function queryRange(extent: Extent, source: string): QueryOptions {
  const start = source.lastIndexOf('\n', extent.start - 1) + 1;
  const lineEnd = source.indexOf('\n', extent.end);
  return { startIndex: start * 2, endIndex: (lineEnd === -1 ? source.length : lineEnd) * 2 };
}

export function toPosition(point: Point): Position {
  return { line: point.row, character: point.column };
}

export function toPoint(position: Position): Point {
  return { row: position.line, column: position.character };
}

export function nodeRange(node: Node): Range {
  return { start: toPosition(node.startPosition), end: toPosition(node.endPosition) };
}

export function spanRange(first: Node, last: Node): Range {
  return { start: toPosition(first.startPosition), end: toPosition(last.endPosition) };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Offsets of line starts, to turn positions into string offsets and back. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 0), this.starts.length - 1)];
  }

  /** The line's text without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$/, '');
  }

  /** Clamps like LSP: a character past the line's end means the end of the line. */
  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    return this.lineStart(position.line) + Math.min(Math.max(position.character, 0), this.lineText(position.line).length);
  }

  positionAt(offset: number): Position {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.starts[low] };
  }
}
