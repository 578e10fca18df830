// The catalogs that ship with PayCodes, next to the bundle (dist/../catalogs).
import * as path from 'node:path';
import { CatalogSet } from './catalogSet';
import { loadCatalogDir, type LoadResult } from './load';

export const bundledCatalogsDir = path.join(__dirname, '..', 'catalogs');

export function bundledCatalogSet(catalogsDir = bundledCatalogsDir): CatalogSet {
  return new CatalogSet(loadBundledCatalogs(catalogsDir));
}

/** Read as they ship, unchecked: the tests check them against the schema and the entry checks. */
export function loadBundledCatalogs(catalogsDir = bundledCatalogsDir): LoadResult {
  return loadCatalogDir(catalogsDir, null);
}
