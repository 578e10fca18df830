// Switches that reach out of the region searched again after an edit. Such a switch was no switch before
// (typing the subject of `when {` completes it), or it would have been taken into the region with the
// switches the edit touched. A query limited to the region may not meet its keyword, so it is looked for
// among the nodes holding an end of the region, each of which the query is asked about on its own.
import type { Node, Query, TreeCursor } from 'web-tree-sitter';
import type { ParsedDocument } from './documentCache';
import { assignsSlice } from './chainTests';
import { liesWithin, type Extent } from './editShift';
import { isScopeNode } from './nodeKinds';

/**
 * The nodes from the root down to the leaf holding `index`, through a cursor: Node#parent walks down from
 * the root on every call (and TreeCursor#gotoFirstChildForIndex finds no child in this version).
 */
function pathTo(root: Node, index: number): Node[] {
  const cursor: TreeCursor = root.walk();
  try {
    const path = [cursor.currentNode];
    while (cursor.gotoFirstChild()) {
      while (cursor.endIndex <= index && cursor.gotoNextSibling());
      if (cursor.startIndex > index || cursor.endIndex <= index) break;
      path.push(cursor.currentNode);
    }
    return path;
  } finally {
    cursor.delete();
  }
}

/** Whether the chain query captures `node` as a branch: it may head a chain. */
function isBranch(query: Query, node: Node): boolean {
  return query.matches(node, { maxStartDepth: 0 }).some((match) => match.captures.some((c) => c.name === 'branch' && c.node.id === node.id));
}

/** Whether the query captures `node` itself as a switch with its keyword and subject. */
function isSwitch(query: Query, node: Node): boolean {
  let keyword = false;
  let subject = false;
  for (const match of query.matches(node, { maxStartDepth: 0 })) {
    if (!match.captures.some((c) => c.name === 'switch' && c.node.id === node.id)) continue;
    keyword ||= match.captures.some((c) => c.name === 'keyword');
    subject ||= match.captures.some((c) => c.name === 'subject');
  }
  return keyword && subject;
}

/**
 * The extents of the switches holding an end of one of `region`'s extents without lying inside it; and of
 * the function around an assignment of a slice holding one, since a chain further down may test it
 * (`$http = substr($rc, 0, 3); … if ($http === '200')`) and has to be read again.
 */
export function switchesAcross(document: ParsedDocument, region: readonly Extent[]): Extent[] {
  const query = document.grammar.queries.switches;
  const seen = new Set<number>();
  const across: Extent[] = [];
  for (const extent of region) {
    for (const end of [extent.start, Math.max(extent.start, extent.end - 1)]) {
      let scope: Node | undefined;
      for (const node of pathTo(document.tree.rootNode, end)) {
        if (isScopeNode(node)) scope = node;
        if (scope && !liesWithin(scope, region) && assignsSlice(node, document.text)) across.push({ start: scope.startIndex, end: scope.endIndex });
        if (seen.has(node.id)) continue;
        seen.add(node.id);
        if (!liesWithin(node, region) && (isSwitch(query, node) || isBranch(document.grammar.queries.chains, node))) across.push({ start: node.startIndex, end: node.endIndex });
      }
    }
  }
  return across;
}
