// Reads catalog files from disk; a broken file is reported and skipped, the others load.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CatalogFile } from './types';
import type { CatalogProblem } from './problem';
import { parseJson } from './parseJson';
import type { Validator } from './validate';

export interface LoadedCatalog {
  file: string;
  catalog: CatalogFile;
}

export interface LoadResult {
  catalogs: LoadedCatalog[];
  problems: CatalogProblem[];
}

/** Catalogs far larger than any gateway's code list are refused rather than parsed. */
const MAX_CATALOG_BYTES = 16 * 1024 * 1024;

export function loadCatalogText(file: string, text: string, validate: Validator): LoadResult {
  const parsed = parseJson(file, text);
  if (!parsed.ok) return { catalogs: [], problems: [parsed.problem] };
  const problems = validate(file, parsed.value);
  if (problems.length > 0) return { catalogs: [], problems };
  return { catalogs: [{ file, catalog: parsed.value as CatalogFile }], problems: [] };
}

export function loadCatalogFile(file: string, validate: Validator): LoadResult {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_CATALOG_BYTES) {
      return { catalogs: [], problems: [{ file, message: `file is ${size} bytes; catalogs are limited to ${MAX_CATALOG_BYTES}` }] };
    }
    return loadCatalogText(file, fs.readFileSync(file, 'utf8'), validate);
  } catch (err) {
    return { catalogs: [], problems: [{ file, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` }] };
  }
}

/** Every `*.json` in a folder except the schema, in name order so that catalog order is stable. */
export function loadCatalogDir(dir: string, validate: Validator): LoadResult {
  const files = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.json') && n !== 'schema.json')
    .sort()
    .map((n) => path.join(dir, n));
  return mergeResults(files.map((f) => loadCatalogFile(f, validate)));
}

export function mergeResults(results: LoadResult[]): LoadResult {
  return {
    catalogs: results.flatMap((r) => r.catalogs),
    problems: results.flatMap((r) => r.problems),
  };
}
