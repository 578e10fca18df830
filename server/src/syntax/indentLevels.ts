// How deep a file's indentation goes, bounded from above cheaply: the indentation stack of an off-side-rule
// scanner never holds more levels than the file has distinct indentations.

/** Whether `text` could need more than `limit` indentation levels. */
export function mayExceedIndentLevels(text: string, limit: number): boolean {
  const indents = new Set<string>();
  for (const match of text.matchAll(/^[ \t\f]+(?=[^\s])/gm)) {
    indents.add(match[0]);
    if (indents.size > limit) return true;
  }
  return false;
}
