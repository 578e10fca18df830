// Describes a text change as a tree-sitter edit, so the previous tree can be reused when reparsing.
import TreeSitter = require('web-tree-sitter');
import { LineIndex, toPoint } from './positions';
import type { Range } from './types';

/** Where inserted text ends, starting from `start`. */
function pointAfter(start: TreeSitter.Point, inserted: string): TreeSitter.Point {
  const lastBreak = inserted.lastIndexOf('\n');
  if (lastBreak === -1) return { row: start.row, column: start.column + inserted.length };
  let rows = 0;
  for (let i = inserted.indexOf('\n'); i !== -1; i = inserted.indexOf('\n', i + 1)) rows++;
  return { row: start.row + rows, column: inserted.length - lastBreak - 1 };
}

function edit(index: LineIndex, start: number, oldEnd: number, inserted: string): TreeSitter.Edit {
  const startPosition = toPoint(index.positionAt(start));
  return new TreeSitter.Edit({
    startIndex: start,
    oldEndIndex: oldEnd,
    newEndIndex: start + inserted.length,
    startPosition,
    oldEndPosition: toPoint(index.positionAt(oldEnd)),
    newEndPosition: pointAfter(startPosition, inserted),
  });
}

/** Applies one LSP range change to `text`. */
export function applyRangeChange(text: string, range: Range, inserted: string): { text: string; edit: TreeSitter.Edit } {
  const index = new LineIndex(text);
  const start = index.offsetAt(range.start);
  const end = Math.max(start, index.offsetAt(range.end));
  return { text: text.slice(0, start) + inserted + text.slice(end), edit: edit(index, start, end, inserted) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Compared a block at a time first: string equality runs natively, a character loop in JavaScript does not. */
const BLOCK = 4096;

/** The single span that differs between two versions of a document; undefined when they are equal. */
export function diffEdit(before: string, after: string): TreeSitter.Edit | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + BLOCK <= shorter && before.slice(prefix, prefix + BLOCK) === after.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // An edit boundary inside a surrogate pair would cut a character in two.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  const same = (from: number) => before.slice(before.length - from - BLOCK, before.length - from) === after.slice(after.length - from - BLOCK, after.length - from);
  while (suffix + BLOCK <= shorter - prefix && same(suffix)) suffix += BLOCK;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isHighSurrogate(before.charCodeAt(before.length - suffix - 1))) suffix--;
  return edit(new LineIndex(before), prefix, before.length - suffix, after.slice(prefix, after.length - suffix));
}
