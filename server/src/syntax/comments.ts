// Comments around switch arms and above lines, in whatever comment syntax the language's query names.
// The comments of the constructs that read them are queried once per extraction, in source order; every
// lookup is a binary search into that list, so that a file of many (or deeply nested) switches costs no
// query per switch, and the comments elsewhere in the file (doc comments, mostly) cost nothing.
import type { Node } from 'web-tree-sitter';
import { merged, type Extent } from './editShift';
import type { Grammar } from './grammars';
import { nodeRange, queryRange } from './positions';
import type { SourceComment } from './types';

function text(node: Node, source: string): string {
  return source.slice(node.startIndex, node.endIndex);
}

/** Nothing but indentation precedes the node on its line. */
export function startsLine(node: Node, source: string): boolean {
  return source.slice(node.startIndex - node.startPosition.column, node.startIndex).trim() === '';
}

/** Every comment of the nine languages starts with `//`, `/*`, `#` or (Ruby) `=begin`. */
const COMMENT_START = /[/#]|=begin/;

/** Whether a comment may start inside the extent: the query is not run over text that cannot hold one. */
function mayHoldComment(source: string, extent: Extent): boolean {
  return COMMENT_START.test(source.slice(extent.start, extent.end));
}

/**
 * The comment nodes under `root` meeting the given extents, in source order. Comments do not nest, so their
 * ends are in order too.
 */
export function commentNodes(grammar: Grammar, root: Node, source: string, within: readonly Extent[]): Node[] {
  const captures = merged(within)
    .filter((extent) => mayHoldComment(source, extent))
    .flatMap((extent) => grammar.queries.comments.captures(root, queryRange(extent, source)));
  const byId = new Map(captures.filter((capture) => capture.name === 'comment').map((capture) => [capture.node.id, capture.node]));
  return [...byId.values()].sort((a, b) => a.startIndex - b.startIndex);
}

/** Index of the first of `comments` for which `after` holds, `after` being false then true along the list. */
function firstWhere(comments: readonly Node[], after: (comment: Node) => boolean): number {
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (after(comments[mid])) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The unbroken run of whole-line comments directly above `node`, none starting before `from`. */
export function commentsAbove(node: Node, comments: readonly Node[], source: string, from = 0): Node[] {
  const above: Node[] = [];
  let row = node.startPosition.row - 1;
  for (let i = firstWhere(comments, (c) => c.endIndex > node.startIndex) - 1; i >= 0; i--) {
    const comment = comments[i];
    if (comment.startIndex < from || comment.endPosition.row !== row || !startsLine(comment, source)) break;
    above.unshift(comment);
    row = comment.startPosition.row - 1;
  }
  return above;
}

/** Comments of `construct` directly above one of its arms and within the arm's lines, including one trailing its last line. */
export function armComments(arm: Node, construct: Node, comments: readonly Node[], source: string): SourceComment[] {
  const inside: Node[] = [];
  for (let i = firstWhere(comments, (c) => c.startIndex >= arm.startIndex); i < comments.length; i++) {
    const comment = comments[i];
    if (comment.startPosition.row > arm.endPosition.row || comment.startIndex >= construct.endIndex) break;
    inside.push(comment);
  }
  return [...commentsAbove(arm, comments, source, construct.startIndex), ...inside].map((c) => ({ text: text(c, source), range: nodeRange(c) }));
}

/**
 * The last comment ending on the line above `line`, for `disable-next-line` style suppressions. Queried
 * on that line alone: a document's findings are few, and its comments may be many.
 */
export function commentBefore(grammar: Grammar, root: Node, line: number, source: string): string | undefined {
  if (line <= 0) return undefined;
  const range = { startPosition: { row: line - 1, column: 0 }, endPosition: { row: line, column: 0 } };
  const last = grammar.queries.comments
    .captures(root, range)
    .filter((capture) => capture.name === 'comment' && capture.node.endPosition.row === line - 1)
    .reduce<Node | undefined>((latest, { node }) => (!latest || node.startIndex > latest.startIndex ? node : latest), undefined);
  return last && text(last, source);
}
