// The catalogs that ship with PayCodes, next to the bundle (dist/../catalogs).
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import shipped from 'paycodes:shipped-catalogs';
import { CatalogSet } from './catalogSet';
import { loadCatalogDir, type Checks, type LoadResult } from './load';
import { validateCatalog } from './validate';

export const bundledCatalogsDir = path.join(__dirname, '..', 'catalogs');

export function bundledCatalogSet(catalogsDir = bundledCatalogsDir): CatalogSet {
  return new CatalogSet(loadBundledCatalogs(catalogsDir));
}

export function loadBundledCatalogs(catalogsDir = bundledCatalogsDir): LoadResult {
  return loadCatalogDir(catalogsDir, checksOfBundled);
}

/**
 * A catalog byte for byte as this build shipped it is read unchecked: the tests check those against the
 * schema and the entry checks (test/catalog/schema.test.ts, test/unit/catalogLoad.test.ts), and checking
 * their 3 MB again cost every start of the CLI and the server about 70 ms. A file that differs (an edited or
 * broken install) is checked in full, so its problems are said and its broken entries dropped.
 */
export function checksOfBundled(bytes: Buffer, file: string): Checks {
  const digest = shipped[path.basename(file)];
  return digest !== undefined && createHash('sha1').update(bytes).digest('hex') === digest ? null : validateCatalog;
}
