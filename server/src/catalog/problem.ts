// A catalog file, or part of one, that cannot be used, said in one line: where it is broken and why.

/** 0-based, like LSP ranges: what an editor underlines. */
export interface TextRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface CatalogProblem {
  file: string;
  /** JSON pointer of the offending value, when the JSON parsed but broke a rule. */
  pointer?: string;
  /** 1-based position, when the JSON itself did not parse. */
  line?: number;
  column?: number;
  range?: TextRange;
  message: string;
}

export function formatProblem(p: CatalogProblem): string {
  const where = p.pointer !== undefined ? `#${p.pointer}` : p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : '';
  return `${p.file}${where}: ${p.message}`;
}
