// Moves what was found in one version of a document to where it sits in the next, so that the results for
// the parts a keystroke did not touch survive it.
import type { Edit } from 'web-tree-sitter';
import type { Position } from './types';

/** A span of the text in UTF-16 offsets, end exclusive. */
export interface Extent {
  start: number;
  end: number;
}

/** Extents that overlap or merely touch; touching counts, since text typed at a node's edge may join it. */
export function touches(a: Extent, b: Extent): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The extents joined where they overlap or touch, in source order. */
export function merged(extents: readonly Extent[]): Extent[] {
  const out: Extent[] = [];
  for (const e of [...extents].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && e.start <= last.end) last.end = Math.max(last.end, e.end);
    else out.push({ ...e });
  }
  return out;
}

/** Whether the node's span lies inside one of the extents. */
export function liesWithin(node: { startIndex: number; endIndex: number }, extents: readonly Extent[]): boolean {
  return extents.some((e) => e.start <= node.startIndex && node.endIndex <= e.end);
}

/** The extent after the edit; undefined when it touches the edited span, as what it covers may have changed. */
export function shiftExtent(extent: Extent, edit: Edit): Extent | undefined {
  if (extent.end < edit.startIndex) return extent;
  if (extent.start <= edit.oldEndIndex) return undefined;
  const delta = edit.newEndIndex - edit.oldEndIndex;
  return delta === 0 ? extent : { start: extent.start + delta, end: extent.end + delta };
}

/** Where a touched extent lies after the edit: wherever its text went, including what replaced it. */
export function coverAfter(extent: Extent, edit: Edit): Extent {
  const delta = edit.newEndIndex - edit.oldEndIndex;
  return {
    start: Math.min(extent.start, edit.startIndex),
    end: extent.end <= edit.oldEndIndex ? Math.max(extent.end, edit.newEndIndex) : extent.end + delta,
  };
}

function isPosition(value: object): value is Position {
  return typeof (value as Position).line === 'number' && typeof (value as Position).character === 'number';
}

function shiftPosition(p: Position, edit: Edit): Position {
  const { startPosition: start, oldEndPosition: oldEnd, newEndPosition: newEnd } = edit;
  if (p.line < start.row || (p.line === start.row && p.character < start.column)) return p;
  if (p.line > oldEnd.row) return newEnd.row === oldEnd.row ? p : { line: p.line + newEnd.row - oldEnd.row, character: p.character };
  if (p.line === oldEnd.row && p.character >= oldEnd.column) {
    return { line: newEnd.row, character: newEnd.column + p.character - oldEnd.column };
  }
  // Inside the replaced span: whatever was there now ends where the new text does.
  return { line: newEnd.row, character: newEnd.column };
}

/**
 * Plain data (sites, definitions) with every LSP position in it moved by the edit. Objects in which nothing
 * moved are returned as they are, so that results cached per object stay valid.
 */
export function shiftPositions<T>(value: T, edit: Edit): T {
  if (typeof value !== 'object' || value === null) return value;
  if (isPosition(value)) return shiftPosition(value, edit) as T;
  // Runs over every switch below an inserted line on each keystroke: no allocation unless something moved.
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const shifted = shiftPositions(value[i], edit);
      if (shifted !== value[i]) (copy ??= value.slice())[i] = shifted;
    }
    return (copy ?? value) as T;
  }
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key in record) {
    const item = record[key];
    if (typeof item !== 'object' || item === null) continue;
    const shifted = shiftPositions(item, edit);
    if (shifted !== item) (copy ??= { ...record })[key] = shifted;
  }
  return (copy ?? value) as T;
}
