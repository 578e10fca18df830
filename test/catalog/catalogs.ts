// The committed catalog files, read the way the tests need them (not through the server's loader).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { catalogsDir, sharedDir } from '../paths';
import type { CatalogEntry, CatalogFile } from '../../server/src/catalog/types';

export const PROVIDERS = ['setel', 'alipayplus', 'akinon', 'portone', 'doku', 'iso8583'] as const;

export function catalogFileNames(): string[] {
  return fs.readdirSync(catalogsDir).filter((n) => n.endsWith('.json') && n !== 'schema.json').sort();
}

export function readCatalog(provider: string): CatalogFile {
  return JSON.parse(fs.readFileSync(path.join(catalogsDir, `${provider}.json`), 'utf8')) as CatalogFile;
}

/** A seed document's lines, trailing blanks trimmed. */
export function seedLines(file: string): string[] {
  return fs
    .readFileSync(path.join(sharedDir, 'seeds', file), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trimEnd());
}

/** The one entry of a provider with this code (and family, group when given); fails on none or several. */
export function only(entries: readonly CatalogEntry[], code: string, where: Partial<CatalogEntry> = {}): CatalogEntry {
  const found = entries.filter(
    (e) => e.code === code && Object.entries(where).every(([k, v]) => e[k as keyof CatalogEntry] === v),
  );
  if (found.length !== 1) throw new Error(`expected one entry ${code} ${JSON.stringify(where)}, found ${found.length}`);
  return found[0];
}
