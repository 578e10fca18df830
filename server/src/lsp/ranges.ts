// Positions against ranges, as LSP counts them (0-based lines, UTF-16 characters, ends inclusive here).
import type { Range } from '../syntax/types';

export const contains = (r: Range, line: number, character: number) =>
  (r.start.line < line || (r.start.line === line && r.start.character <= character)) &&
  (r.end.line > line || (r.end.line === line && r.end.character >= character));

/** Lines a range spans: the measure of which of two nested ranges is the inner one. */
export const extent = (r: Range) => (r.end.line - r.start.line) * 1e6 + r.end.character - r.start.character;
