// Parses JSON with positions kept, so that every problem in a catalog or settings file can say where it is
// (line and column, JSON pointer, and the range an editor underlines).
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { CatalogProblem, TextRange } from './problem';

export interface ParsedJson {
  ok: true;
  value: unknown;
  text: string;
  /** The syntax tree with offsets, built only when a problem needs locating: JSON.parse is far faster. */
  root(): Node;
}

export type Parsed = ParsedJson | { ok: false; problem: CatalogProblem };

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

export function parseJson(file: string, text: string): Parsed {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const errors: ParseError[] = [];
    parseTree(body, errors, STRICT);
    const e = errors[0] ?? { error: 0, offset: 0, length: 0 };
    const range = offsetRange(body, e.offset, e.length);
    return {
      ok: false,
      problem: { file, line: range.start.line + 1, column: range.start.character + 1, range, message: `invalid JSON: ${describeParseError(e)}` },
    };
  }
  let tree: Node | undefined;
  return { ok: true, value, text: body, root: () => (tree ??= parseTree(body, [], STRICT)!) };
}

function describeParseError(e: ParseError): string {
  return printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function offsetRange(text: string, offset: number, length: number): TextRange {
  return { start: positionAt(text, offset), end: positionAt(text, offset + Math.max(length, 1)) };
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: end - lineStart };
}

/** The range of the value a JSON pointer names, or of its nearest existing parent. */
export function pointerRange(parsed: ParsedJson, pointer: string): TextRange {
  const segments = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (let n = segments.length; n >= 0; n--) {
    const path = segments.slice(0, n).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const node = findNodeAtLocation(parsed.root(), path);
    if (node) return offsetRange(parsed.text, node.offset, node.length);
  }
  return offsetRange(parsed.text, 0, 1);
}
