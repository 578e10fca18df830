// The catalogs that ship with PayCodes, next to the bundle (dist/../catalogs), and the schema every
// catalog, bundled or a team's own, is checked against.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CatalogSet } from './catalogSet';
import { loadCatalogDir, type LoadResult } from './load';
import { parseJson } from './parseJson';
import { createValidator, type Validator } from './validate';

export const bundledCatalogsDir = path.join(__dirname, '..', 'catalogs');

export function schemaValidator(catalogsDir = bundledCatalogsDir): Validator | LoadResult {
  const file = path.join(catalogsDir, 'schema.json');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { catalogs: [], problems: [{ file, message: `cannot read the catalog schema: ${(err as NodeJS.ErrnoException).code}` }] };
  }
  const parsed = parseJson(file, text);
  if (!parsed.ok) return { catalogs: [], problems: [parsed.problem] };
  try {
    return createValidator(parsed.value as object);
  } catch (err) {
    return { catalogs: [], problems: [{ file, message: `invalid schema: ${(err as Error).message}` }] };
  }
}

/** Without a usable schema nothing can be trusted, so no catalog loads; the problem says why. */
export function bundledCatalogSet(catalogsDir = bundledCatalogsDir): CatalogSet {
  const validator = schemaValidator(catalogsDir);
  return typeof validator === 'function'
    ? new CatalogSet(loadCatalogDir(catalogsDir, validator), validator)
    : new CatalogSet(validator, undefined);
}

export function loadBundledCatalogs(catalogsDir = bundledCatalogsDir): LoadResult {
  const validator = schemaValidator(catalogsDir);
  return typeof validator === 'function' ? loadCatalogDir(catalogsDir, validator) : validator;
}
