// Comments around switch arms and above lines, in whatever comment syntax the language's query names.
import type { Node, Tree } from 'web-tree-sitter';
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

/** Comment nodes inside `node`, in source order. */
export function commentNodes(grammar: Grammar, node: Node): Node[] {
  return grammar.queries.comments
    .captures(node)
    .filter((capture) => capture.name === 'comment')
    .map((capture) => capture.node)
    .sort((a, b) => a.startIndex - b.startIndex);
}

/** The unbroken run of whole-line comments directly above `node`, taken from `comments` (in source order). */
export function commentsAbove(node: Node, comments: Node[], source: string): Node[] {
  const above: Node[] = [];
  let row = node.startPosition.row - 1;
  for (const comment of comments.filter((c) => c.endIndex <= node.startIndex).reverse()) {
    if (comment.endPosition.row !== row || !startsLine(comment, source)) break;
    above.unshift(comment);
    row = comment.startPosition.row - 1;
  }
  return above;
}

/** Comments directly above an arm and within its lines, including one trailing its last line. */
export function armComments(arm: Node, comments: Node[], source: string): SourceComment[] {
  const inside = comments.filter((c) => c.startIndex >= arm.startIndex && c.startPosition.row <= arm.endPosition.row);
  return [...commentsAbove(arm, comments, source), ...inside].map((c) => ({ text: text(c, source), range: nodeRange(c) }));
}

/** The last comment ending on the line above `line`, for `disable-next-line` style suppressions. */
export function commentBefore(grammar: Grammar, tree: Tree, line: number, source: string): string | undefined {
  if (line <= 0) return undefined;
  const onPreviousLine = grammar.queries.comments
    .captures(tree.rootNode, { startPosition: { row: line - 1, column: 0 }, endPosition: { row: line, column: 0 } })
    .filter((capture) => capture.name === 'comment' && capture.node.endPosition.row === line - 1)
    .map((capture) => capture.node)
    .sort((a, b) => a.startIndex - b.startIndex);
  const last = onPreviousLine.at(-1);
  return last && text(last, source);
}
