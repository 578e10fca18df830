// How a document's text differs from the text of its last analysis, when the difference is one line: the
// line being typed in. Completion then reads the switch around the cursor from that analysis instead of
// waiting for the new version's (see completion.ts for when that answer is the same).

/** The line is unchanged, new (inserted whole, the lines after it moved down by one), or typed in: `was` is what it held. */
export type LineChange = { kind: 'same' } | { kind: 'inserted' } | { kind: 'edited'; was: string };

/**
 * How `now` differs from `before` when everything outside its line `[start, end)` (`end` past the line
 * break, or the text's end) is as it was; undefined when more than that line changed.
 */
export function lineChange(before: string, now: string, start: number, end: number): LineChange | undefined {
  const tail = now.length - end;
  if (before.length < start + tail) return undefined;
  if (!before.startsWith(now.slice(0, start)) || !before.endsWith(now.slice(end))) return undefined;
  const was = before.slice(start, before.length - tail);
  const line = now.slice(start, end);
  const broken = line.endsWith('\n');
  if (was === line) return { kind: 'same' };
  // A line with its break where there was nothing: new. Without a break it is the last line, which was empty.
  if (was === '') return broken ? { kind: 'inserted' } : { kind: 'edited', was };
  // What was there must be one line too, ending as this one does.
  const breakAt = was.indexOf('\n');
  if (breakAt !== (broken ? was.length - 1 : -1)) return undefined;
  return { kind: 'edited', was: was.replace(/\r?\n$/, '') };
}
