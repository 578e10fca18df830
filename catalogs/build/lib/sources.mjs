// Where every catalog's words come from: the seed documents and reference tables in the shared folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Seed file per provider; the file name is what entries cite as their `source`. */
export const SEEDS = Object.freeze({
  setel: '000_98bda7b524bce99b.txt',
  alipayplus: '001_fc99854404158bd6.txt',
  akinon: '002_b0de84e6e46b4412.txt',
  portone: '003_a12cb08356af2edc.txt',
  doku: '004_7fe0917d43904855.txt',
});

/** A seed's lines with trailing blanks trimmed; seeds are plain UTF-8 text. */
export function readSeedLines(sharedDir, provider) {
  return readLines(join(sharedDir, 'seeds', SEEDS[provider]));
}

/** A reference table (`reference/<name>.tsv`) as objects keyed by its header row; `#` lines are comments. */
export function readReferenceTable(sharedDir, name) {
  const [header, ...rows] = readLines(join(sharedDir, 'reference', `${name}.tsv`)).filter(
    (line) => line !== '' && !line.startsWith('#'),
  );
  const keys = header.split('\t');
  return rows.map((row) => {
    const cells = row.split('\t');
    if (cells.length !== keys.length) throw new Error(`${name}.tsv: expected ${keys.length} cells in "${row}"`);
    return Object.fromEntries(keys.map((k, i) => [k, cells[i]]));
  });
}

function readLines(file) {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trimEnd());
}
