// The bundled catalogs narrowed to a few codes, for a run that looks those up and exits (`paycodes explain`).
// A catalog as shipped is not parsed whole: the entries of those codes are cut from the file at the byte
// ranges the build noted (esbuild.mjs) and parsed alone, which spares each run 3 MB of JSON.parse and the
// index over it. An edited or broken file is loaded and checked in full, its problems said as ever, then narrowed.
import * as path from 'node:path';
import shippedEntries from 'paycodes:shipped-entries';
import { bundledCatalogsDir, checksOfBundled } from './bundled';
import { loadCatalogBytes, loadCatalogText, loadEachCatalogIn, type LoadResult } from './load';
import type { CatalogEntry, CatalogFile } from './types';

/** Every bundled catalog (providers, families and order unchanged), holding only the entries of `codes`. */
export function loadBundledCatalogsOf(codes: readonly string[], catalogsDir = bundledCatalogsDir): LoadResult {
  const wanted = new Set(codes);
  return loadEachCatalogIn(catalogsDir, (file) =>
    loadCatalogBytes(file, (bytes) => {
      const checks = checksOfBundled(bytes, file);
      const shipped = checks === null ? shippedEntries[path.basename(file)] : undefined;
      if (shipped === undefined) return narrowed(loadCatalogText(file, bytes.toString('utf8'), checks), wanted);
      const ranges = [...wanted].flatMap((code) => rangesOf(shipped.spans, code)).sort((a, b) => a[0] - b[0]);
      const entries = ranges.map(([start, end]) => JSON.parse(bytes.toString('utf8', start, end)) as CatalogEntry);
      return { catalogs: [{ file, origin: 'bundled', catalog: { ...(shipped.head as CatalogFile), entries } }], problems: [] };
    }),
  );
}

/** An entry with no code counts as "null", as the build files it. */
function narrowed(result: LoadResult, wanted: ReadonlySet<string>): LoadResult {
  return {
    ...result,
    catalogs: result.catalogs.map((c) => ({ ...c, catalog: { ...c.catalog, entries: c.catalog.entries.filter((e) => wanted.has(String(e.code))) } })),
  };
}

/** The byte ranges of a code's entries, from its line in `spans` (codes hold no white space: see esbuild.mjs). */
function rangesOf(spans: string, code: string): [number, number][] {
  if (/\s/.test(code)) return [];
  const at = spans.indexOf(`\n${code}\t`);
  if (at === -1) return [];
  const offsets = spans.slice(at + code.length + 2, spans.indexOf('\n', at + 1)).split(' ').map(Number);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < offsets.length; i += 2) out.push([offsets[i], offsets[i + 1]]);
  return out;
}
