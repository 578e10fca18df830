// Where in a line a code is being written: the token under the cursor (inside its quotes or bare), and what
// the detector says governs that spot (a switch's subject, the field it is assigned to or compared with).
// Completion opens only where this names a code; comments and unrelated strings give no place at all.
import { governingName, type Governing } from '../detect/governingName';
import { tokenContext, type TokenContext } from '../detect/tokenContext';
import type { Position, Range } from '../syntax/types';

export interface CodePlace {
  /** The partial token the completion replaces (between the quotes when there are quotes). */
  range: Range;
  typed: string;
  /** The quote the token already stands in; absent for a bare token. */
  quote?: string;
  ctx: TokenContext;
  governing: Governing;
}

const QUOTES = `"'\``;
const isTokenChar = (c: string | undefined) => c !== undefined && /[\w$]/.test(c);
const HASH_COMMENTS = new Set(['python', 'ruby', 'yaml', 'php', 'shellscript']);
const SLASH_COMMENTS = new Set(['java', 'kotlin', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'go', 'php', 'csharp', 'jsonc']);
const STRING = /"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`(?:\\.|[^`\\])*`/g;

/** Whether the cursor sits in a comment, read lexically from its line (strings removed first). */
function inComment(languageId: string, before: string): boolean {
  const code = before.replace(STRING, '""');
  if (/^\s*\*/.test(before) && SLASH_COMMENTS.has(languageId)) return true;
  if (SLASH_COMMENTS.has(languageId) && (code.includes('//') || code.lastIndexOf('/*') > code.lastIndexOf('*/'))) return true;
  return HASH_COMMENTS.has(languageId) && code.includes('#');
}

/** The quote a string still open at `at` started with, if any: `"abc` → `"`. */
function openString(line: string, at: number): string | undefined {
  let open: string | undefined;
  for (let i = 0; i < at; i++) {
    const c = line[i];
    if (open !== undefined && c === '\\') i++;
    else if (open === undefined && QUOTES.includes(c)) open = c;
    else if (c === open) open = undefined;
  }
  return open;
}

export function codePlace(lines: readonly string[], languageId: string, position: Position): CodePlace | undefined {
  const line = lines[position.line];
  if (line === undefined || position.character > line.length) return undefined;
  let start = position.character;
  while (isTokenChar(line[start - 1])) start--;
  let end = position.character;
  while (isTokenChar(line[end])) end++;
  const open = openString(line, start);
  if (inComment(languageId, line.slice(0, open === undefined ? start : start - 1))) return undefined;
  // A string that holds words besides the token (`"insufficient funds for …"`) is no code's place.
  if (open !== undefined && line[start - 1] !== open) return undefined;
  // The closing quote may not be typed yet: read the line as if it were.
  const read = open !== undefined && line[end] !== open ? `${line.slice(0, end)}${open}${line.slice(end)}` : line;
  const readLines = read === line ? lines : lines.map((l, i) => (i === position.line ? read : l));
  const ctx = tokenContext(read, start, end);
  return {
    range: { start: { line: position.line, character: start }, end: { line: position.line, character: end } },
    typed: line.slice(start, position.character),
    quote: open,
    ctx,
    governing: governingName(readLines, position.line, ctx, true),
  };
}
