// Tab-separated files with a header row: the corpus manifest and the labels.
import * as fs from 'node:fs';

export function readTsv(file: string): Record<string, string>[] {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const columns = header.split('\t');
  return lines
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l, i) => {
      const cells = l.split('\t');
      if (cells.length > columns.length) throw new Error(`${file}:${i + 2}: ${cells.length} cells, the header has ${columns.length}`);
      return Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? '']));
    });
}

export function tsvLine(cells: readonly (string | number)[]): string {
  return cells.map((c) => String(c).replace(/[\t\r\n]+/g, ' ')).join('\t');
}
