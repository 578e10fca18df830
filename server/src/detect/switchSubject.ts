// For a case/when/arm label, the expression its switch is over: `switch (resp.resultCode)` → `resp.resultCode`.
// Walks back to the nearest header at the label's indentation or less, the way a reader's eye does.

/** Each header form, with a word it must contain: a cheap test before the regex. */
const HEADERS: [string, RegExp][] = [
  ['switch', /\bswitch\s*\((.+)\)\s*\{?\s*$/], // C-family, Java, JS/TS, PHP, C#
  ['switch', /\bswitch\s+(.+?)\s*\{\s*$/], // Go
  ['switch', /([\w$.\[\]"'()]+)\s+switch\s*\{?\s*$/], // C# switch expression
  ['when', /\bwhen\s*\((.+)\)\s*\{?\s*$/], // Kotlin
  ['match', /\bmatch\s*\((.+)\)\s*\{?\s*$/], // PHP match
  ['match', /^\s*match\s+(.+?):\s*$/], // Python
  ['case', /^\s*(?:\w+\s*=\s*)?case\s+(.*[^:\s])\s*$/], // Ruby (a Python label ends with its colon)
];

const LOOKBACK_LINES = 400;
/** A header is a short line; reading further into a long one (a minified bundle) would only cost time. */
const MAX_HEADER_LENGTH = 400;

/**
 * Subjects already found, per snapshot of a document's lines: the labels of one switch share its header, so
 * reading a file label by label walks each switch once. An entry counts only while its line is unchanged.
 */
const found = new WeakMap<readonly string[], Map<number, { text: string; subject: string | undefined }>>();

function indentation(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

function header(text: string): string | undefined {
  if (text.length > MAX_HEADER_LENGTH) return undefined;
  for (const [word, h] of HEADERS) {
    if (!text.includes(word)) continue;
    const m = h.exec(text);
    if (m) return m[1].trim();
  }
  return undefined;
}

/** `labelStart` is where the label begins on its line: a header before it on that line (`"F" -> when (rc) {` is not). */
export function switchSubject(lines: readonly string[], labelLine: number, labelStart: number): string | undefined {
  const own = lines[labelLine].slice(0, labelStart);
  const inline = /\{\s*$/.test(own) ? header(own) : undefined;
  if (inline) return inline;
  let memo = found.get(lines);
  if (!memo) found.set(lines, (memo = new Map()));
  const subject = walkBack(lines, labelLine, memo);
  memo.set(labelLine, { text: lines[labelLine], subject });
  return subject;
}

function walkBack(lines: readonly string[], labelLine: number, memo: Map<number, { text: string; subject: string | undefined }>): string | undefined {
  const labelIndent = indentation(lines[labelLine]);
  for (let i = labelLine - 1; i >= 0 && i > labelLine - LOOKBACK_LINES; i--) {
    const line = lines[i];
    const indent = indentation(line);
    // Blank lines, deeper lines and a brace on a line of its own (C#, Allman style) are read past.
    if (indent === line.length || indent > labelIndent || /^\s*\{\s*$/.test(line)) continue;
    const sibling = memo.get(i);
    if (sibling && sibling.text === line && indent === labelIndent) return sibling.subject;
    const subject = header(line);
    if (subject) return subject;
    // A shallower line that is no header means the label's block has been left.
    if (indent < labelIndent) return undefined;
  }
  return undefined;
}
