// JSON.parse with the failure turned into a 1-based line and column, so a broken catalog says where.
import type { CatalogProblem } from './problem';

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: CatalogProblem };

export function parseJson(file: string, text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(stripBom(text)) };
  } catch (err) {
    const message = (err as Error).message;
    const offset = positionOf(message, text);
    const { line, column } = lineColumn(text, offset ?? text.length);
    return { ok: false, problem: { file, line, column, message: `invalid JSON: ${firstClause(message)}` } };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// V8 says "… at position 123" or, newer, "… (line 4 column 7)"; either way keep the number.
function positionOf(message: string, text: string): number | undefined {
  const pos = /at position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (!lc) return undefined;
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < Number(lc[1]) - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  return offset + Number(lc[2]) - 1;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function firstClause(message: string): string {
  return message.split(/\r?\n/)[0].replace(/^SyntaxError: /, '');
}
