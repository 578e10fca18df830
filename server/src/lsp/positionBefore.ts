// Where a position of a document's text was one edit earlier, when that edit was small: completion answers
// from the analysis of the version before the keystroke (the switch around the cursor is the same) instead
// of waiting for the new version to be parsed and analysed.
import type { Position } from '../syntax/types';

/** Past this many characters changed, the earlier analysis is not trusted to describe the text. */
export const MAX_CHANGED = 200;

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** `offset` in `now` as a position in `before`; undefined when the two differ by more than one small change. */
export function positionBefore(before: string, now: string, offset: number): Position | undefined {
  const shorter = Math.min(before.length, now.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === now.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === now.charCodeAt(now.length - 1 - suffix)) suffix++;
  if (before.length - suffix - prefix > MAX_CHANGED || now.length - suffix - prefix > MAX_CHANGED) return undefined;
  const old = offset <= prefix ? offset : offset >= now.length - suffix ? offset - (now.length - before.length) : prefix;
  return positionAt(before, old);
}
