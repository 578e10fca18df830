// The literal a position sits in, across lines: the list, set, map or enum body whose bracket is still open
// before it, and the name that literal is given (`SOFT_DECLINE_CODES = Set.of(`, `"cardAdvice": {`,
// `enum CardRc {`). In YAML, indentation stands in for brackets: the less indented `key:` line above owns
// the block. The walk reads a bounded amount of text, so a hover stays cheap whatever the file.
import { codeBrackets } from './lineComment';
import { IDENT, TYPE } from './patterns';

export interface Enclosing {
  /** The name the literal is assigned to or declared as; none for a call's arguments or a bare block. */
  owner?: string;
  /** The type the owner is declared with, when it is: `SOFT: ReadonlyArray<CardRc> = [`. */
  ownerType?: string;
  /** The line the literal opens on. */
  line: number;
  /** What builds it, when that says it is a map whose arguments alternate keys and values: `Map.of`. */
  mapBuilder?: boolean;
}

const MAX_LINES = 40;
const MAX_CHARS = 2048;
/** A literal's lines are short; on a longer line (a minified blob) only this much before the position is read. */
const LINE_CHARS = 512;
/** How much of the text before a bracket can name it: `private static final Map<String, Advice> X = Map.of(`. */
const OPENER_CHARS = 240;
/** Literals nest a few deep before their name (`X = new HashSet<>(Arrays.asList(`, `[("05", …)`); text that nests deeper is no such literal. */
const MAX_NESTING = 3;

// What builds a collection before its bracket: `Set.of`, `new HashSet<>`, `map[string]bool`, `[]string`, `%w`, `new()`.
const CONSTRUCTOR = String.raw`(?:new\s+)?[\w$.%]*(?:<[^;{}()]*>)?(?:\[[\w\s.*]*\][\w$.*]*)*(?:\(\s*\))?`;
// A YAML or JSON key may hold dashes: `soft-decline-response-codes: [`.
const OWNER = String.raw`[A-Za-z_$][\w$]*(?:-[\w$]+)*`;
// A match can only start at the first letter of a run of word characters: from a later letter, the same text
// also matches from that first one, which is further left. Saying so up front spares the engine a try at every
// letter of every word, the detector's single largest cost on a log.
const OWNER_START = String.raw`(?=[A-Za-z_$])(?:(?<![\w$])|(?<=(?<![\w$])\d+))`;
const ASSIGNED = new RegExp(
  String.raw`${OWNER_START}(${OWNER})\\?["'\x60]?\s*\]?(?:\s*:\s*(${TYPE}))?\s*(?::=|=>|(?<![<>!=])=|(?<!:):(?!:)|\bto\b)\s*(${CONSTRUCTOR})\s*$`,
);
// What every ASSIGNED match ends with: an operator, then a constructor up to the end. Far cheaper to try, since it
// can only start at an operator: a log line's text before a bracket (`Pool stats (`) rarely has one there.
const ASSIGNED_TAIL = new RegExp(String.raw`(?:=>|:|=|\bto\b)\s*${CONSTRUCTOR}\s*$`);
/** Builders whose arguments are key, value, key, value: Java's `Map.of`, Guava's `ImmutableMap.of`. */
const MAP_BUILDER = /\bMap\.of$/;
const DECLARED = new RegExp(String.raw`\b(?:enum|class|object|struct|interface|record|type)\s+(?:class\s+)?(${IDENT})[^{;=]*$`);
// Brackets a literal passes through on the way to its name: a constructor inside another (`frozenset({`,
// `new HashSet<>(Arrays.asList(`) and the arguments of an enum constant (`DO_NOT_HONOR("05")`).
const NESTED = new RegExp(String.raw`(?:^|[\[({,])\s*${CONSTRUCTOR}\s*$|^\s*[A-Z][\w$]*\s*$`);
// A YAML key that opens a block, or a Python class whose body is indented under it.
const BLOCK_KEY = /^\s*(?:-\s+)?["']?([\w$.-]+)["']?\s*:\s*(?:#.*)?$|^\s*class\s+([A-Za-z_]\w*).*:\s*$/;

export function enclosing(lines: readonly string[], lineNo: number, column: number): Enclosing | undefined {
  let depth = 0;
  let budget = MAX_CHARS;
  let nesting = 0;
  for (let i = lineNo; i >= 0 && i > lineNo - MAX_LINES && budget > 0; i--) {
    const offset = i === lineNo ? Math.max(0, column - LINE_CHARS) : 0;
    const text = i === lineNo ? lines[i].slice(offset, column) : lines[i];
    if (i !== lineNo && (text.length > LINE_CHARS || text.length > budget)) break;
    budget -= text.length;
    const { brackets } = codeBrackets(text);
    for (let k = brackets.length - 1; k >= 0; k--) {
      const at = brackets[k];
      const c = text[at];
      if (c === ')' || c === ']' || c === '}') {
        depth++;
        continue;
      }
      if (depth > 0) {
        depth--;
        continue;
      }
      const before = c === '{' ? braceOpener(lines, i, offset + at) : textBefore(lines[i], offset + at);
      const assigned = ASSIGNED_TAIL.test(before) ? ASSIGNED.exec(before) : null;
      if (assigned) return { owner: assigned[1], ownerType: assigned[2], line: i, mapBuilder: c === '(' && MAP_BUILDER.test(assigned[3]) };
      const declared = c === '{' ? DECLARED.exec(before) : null;
      if (declared) return { owner: declared[1], line: i };
      if (++nesting > MAX_NESTING || !NESTED.test(before)) return { line: i };
    }
  }
  return depth === 0 ? blockParent(lines, lineNo) : undefined;
}

function textBefore(line: string, column: number): string {
  return line.slice(Math.max(0, column - OPENER_CHARS), column);
}

/** The text a brace follows; for a brace on a line of its own (Allman style), the line above it. */
function braceOpener(lines: readonly string[], line: number, column: number): string {
  const before = textBefore(lines[line], column);
  if (before.trim() !== '' || line === 0) return before;
  return textBefore(lines[line - 1], lines[line - 1].length);
}

/** YAML: the `key:` line that a more indented line belongs to (a `- item` may sit level with its key). */
function blockParent(lines: readonly string[], lineNo: number): Enclosing | undefined {
  const own = lines[lineNo];
  const indent = indentation(own);
  const item = /^\s*-\s/.test(own);
  // Nothing is less indented than a line at the margin, and only an item sits level with its key: no parent
  // (and no walk up a log, whose every line starts at the margin).
  if (indent === 0 && !item) return undefined;
  for (let i = lineNo - 1; i >= 0 && i > lineNo - MAX_LINES; i--) {
    const line = lines[i];
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    const ind = indentation(line);
    if (ind > indent || (ind === indent && !(item && !/^\s*-\s/.test(line)))) continue;
    const key = BLOCK_KEY.exec(line);
    return key ? { owner: key[1] ?? key[2], line: i } : undefined;
  }
  return undefined;
}

function indentation(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}
