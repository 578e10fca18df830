// Comments around switch arms and above lines, in whatever comment syntax the language's query names.
// A document's comments are queried once, in source order; every lookup is a binary search into that list,
// so that a file of many (or deeply nested) switches costs no query per switch.
import type { Node } from 'web-tree-sitter';
import type { Grammar } from './grammars';
import { nodeRange } from './positions';
import type { SourceComment } from './types';

function text(node: Node, source: string): string {
  return source.slice(node.startIndex, node.endIndex);
}

/** Nothing but indentation precedes the node on its line. */
export function startsLine(node: Node, source: string): boolean {
  return source.slice(node.startIndex - node.startPosition.column, node.startIndex).trim() === '';
}

/** Comment nodes inside `node`, in source order. Comments do not nest, so their ends are in order too. */
export function commentNodes(grammar: Grammar, node: Node): Node[] {
  return grammar.queries.comments
    .captures(node)
    .filter((capture) => capture.name === 'comment')
    .map((capture) => capture.node)
    .sort((a, b) => a.startIndex - b.startIndex);
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

/** The last comment ending on the line above `line`, for `disable-next-line` style suppressions. */
export function commentBefore(comments: readonly Node[], line: number, source: string): string | undefined {
  if (line <= 0) return undefined;
  const next = firstWhere(comments, (c) => c.endPosition.row >= line);
  const last = comments[next - 1];
  return last && last.endPosition.row === line - 1 ? text(last, source) : undefined;
}
