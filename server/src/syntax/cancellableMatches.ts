// A query's matches in the whole tree or near the given extents, given up when `cancelled` says so.
import type { Node, Query, QueryMatch } from 'web-tree-sitter';
import type { Extent } from './editShift';
import { queryRange } from './positions';

/** Undefined when `cancelled` stopped the query: partial matches would read as arms missing. */
export function cancellableMatches(query: Query, root: Node, source: string, cancelled: () => boolean, within?: readonly Extent[]): QueryMatch[] | undefined {
  let stopped = false;
  // Returning true from the progress callback cancels the query (the typings say void; see Query#matches).
  const progressCallback = () => (stopped ||= cancelled());
  const matches: QueryMatch[] = [];
  for (const options of within ? within.map((extent) => queryRange(extent, source)) : [{}]) {
    matches.push(...query.matches(root, { ...options, progressCallback }));
    if (stopped) return undefined;
  }
  return matches;
}
