// Splits what was found in the previous version of a document into what an edit left alone, moved to its
// new place, and the region that has to be searched again.
import type { Edit } from 'web-tree-sitter';
import { coverAfter, merged, shiftExtent, shiftPositions, touches, type Extent } from './editShift';

/** A result and the span of text it was read from. */
export interface Located<T> {
  extent: Extent;
  value: T;
}

export interface Reuse<T> {
  /** Untouched results, shifted to the new text, in their previous order. */
  kept: Located<T>[];
  /** Disjoint extents of the new text, in order: no kept result touches them, and all the rest lies inside. */
  region: Extent[];
}

export interface ReuseOptions<T> {
  /** May reject a result the edit did not touch, from what the new tree says of its span. */
  holds?: (record: Located<T>) => boolean;
  /** Moves a result found after the edit to its new place; by default every position in it is shifted. */
  move?: (value: T, edit: Edit) => T;
}

/**
 * Results nest (a switch inside a switch's arm), so a result the edit missed may still sit inside one it
 * touched: whatever touches the region joins it, until nothing does. Results before the edit stay as they are.
 */
export function reuseAcross<T>(previous: readonly Located<T>[], edit: Edit | undefined, changed: readonly Extent[], options: ReuseOptions<T> = {}): Reuse<T> {
  const { holds = () => true, move = shiftPositions } = options;
  const dirty: Extent[] = [...changed];
  if (edit) dirty.push({ start: edit.startIndex, end: edit.newEndIndex });
  const candidates: Located<T>[] = [];
  for (const record of previous) {
    const extent = edit ? shiftExtent(record.extent, edit) : record.extent;
    if (!extent) {
      dirty.push(coverAfter(record.extent, edit!));
      continue;
    }
    // After the edit, lines may have moved even where offsets did not (a line break replaced by a space).
    const value = edit && record.extent.end >= edit.startIndex ? move(record.value, edit) : record.value;
    const moved = extent === record.extent && value === record.value ? record : { extent, value };
    if (holds(moved)) candidates.push(moved);
    else dirty.push(extent);
  }
  return widened({ kept: candidates, region: [] }, dirty);
}

/** The region grown by `extents`, and by every kept result it then touches, until none does. */
export function widened<T>(reuse: Reuse<T>, extents: readonly Extent[]): Reuse<T> {
  let { kept } = reuse;
  let region = merged([...reuse.region, ...extents]);
  for (;;) {
    const touched = kept.filter((c) => region.some((r) => touches(c.extent, r)));
    if (touched.length === 0) return { kept, region };
    kept = kept.filter((c) => !touched.includes(c));
    region = merged([...region, ...touched.map((c) => c.extent)]);
  }
}
