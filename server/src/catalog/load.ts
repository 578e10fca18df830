// Reads catalog files. A file that is not a catalog at all is reported and skipped; an entry that breaks
// the schema or the entry checks is reported and dropped, and the rest of its file still loads.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { entryProblems } from './entryChecks';
import type { CatalogFile } from './types';
import type { CatalogProblem } from './problem';
import { parseJson, pointerRange } from './parseJson';
import type { Validator } from './validate';

/** The schema's check (with the entry checks), or null for a file read unchecked (bundled.ts says when). */
export type Checks = Validator | null;

/** The checks a file gets, chosen from its bytes. */
export type ChecksFor = (bytes: Buffer, file: string) => Checks;

export type CatalogOrigin = 'bundled' | 'own';

export interface LoadedCatalog {
  file: string;
  /** Absent for bundled catalogs. */
  origin?: CatalogOrigin;
  catalog: CatalogFile;
}

export interface LoadResult {
  catalogs: LoadedCatalog[];
  problems: CatalogProblem[];
}

/** Catalogs far larger than any gateway's code list are refused rather than parsed. */
const MAX_CATALOG_BYTES = 16 * 1024 * 1024;
const ENTRY_POINTER = /^\/entries\/(\d+)(?:\/|$)/;

export function loadCatalogText(file: string, text: string, validate: Checks, origin: CatalogOrigin = 'bundled'): LoadResult {
  const parsed = parseJson(file, text);
  if (!parsed.ok) return { catalogs: [], problems: [parsed.problem] };
  if (validate === null) return { catalogs: [{ file, origin, catalog: parsed.value as CatalogFile }], problems: [] };
  const located = (p: CatalogProblem): CatalogProblem => ({ ...p, range: pointerRange(parsed, p.pointer ?? '') });
  const schemaProblems = validate(file, parsed.value).map(located);
  const broken = new Set<number>();
  for (const p of schemaProblems) {
    const m = ENTRY_POINTER.exec(p.pointer ?? '');
    if (!m) return { catalogs: [], problems: schemaProblems };
    broken.add(Number(m[1]));
  }
  const catalog = parsed.value as CatalogFile;
  const checked = entryProblems(catalog.entries, broken);
  for (const c of checked) broken.add(c.index);
  const problems = [
    ...schemaProblems,
    ...checked.map((c) => located({ file, pointer: `/entries/${c.index}/${c.field}`, message: c.message })),
  ];
  const kept = { ...catalog, entries: catalog.entries.filter((_, i) => !broken.has(i)) };
  return { catalogs: [{ file, origin, catalog: kept }], problems };
}

export function loadCatalogFile(file: string, checksFor: ChecksFor, origin: CatalogOrigin = 'bundled'): LoadResult {
  return loadCatalogBytes(file, (bytes) => loadCatalogText(file, bytes.toString('utf8'), checksFor(bytes, file), origin));
}

/** A catalog file's bytes, given to `load`; a file too large or unreadable is a problem of its own. */
export function loadCatalogBytes(file: string, load: (bytes: Buffer) => LoadResult): LoadResult {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_CATALOG_BYTES) {
      return { catalogs: [], problems: [{ file, message: `file is ${size} bytes; catalogs are limited to ${MAX_CATALOG_BYTES}` }] };
    }
    return load(fs.readFileSync(file));
  } catch (err) {
    return { catalogs: [], problems: [{ file, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` }] };
  }
}

/** Every `*.json` in a folder except the schema, in name order so that catalog order is stable. */
export function loadCatalogDir(dir: string, checksFor: ChecksFor): LoadResult {
  return loadEachCatalogIn(dir, (file) => loadCatalogFile(file, checksFor));
}

/** The files loadCatalogDir reads, each read by `loadFile`. */
export function loadEachCatalogIn(dir: string, loadFile: (file: string) => LoadResult): LoadResult {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (err) {
    return { catalogs: [], problems: [{ file: dir, message: `cannot read the catalog folder: ${(err as NodeJS.ErrnoException).code}` }] };
  }
  const files = names.filter((n) => n.endsWith('.json') && n !== 'schema.json').sort().map((n) => path.join(dir, n));
  return mergeResults(files.map(loadFile));
}

export function mergeResults(results: LoadResult[]): LoadResult {
  return {
    catalogs: results.flatMap((r) => r.catalogs),
    problems: results.flatMap((r) => r.problems),
  };
}
