// Every loaded catalog entry, findable by code; the one place that knows providers' and families' names.
// Catalogs are added in order, bundled first: an own entry with the provider, family and code of a
// bundled one replaces it, and remembers that it did.
import type { CatalogEntry, CatalogFile, FamilyInfo } from './types';
import type { LoadedCatalog } from './load';
import { entryKey, familyKey } from './keys';

export interface EntryOrigin {
  file: string;
  own: boolean;
  /** The own entry replaced bundled entries of the same provider, family and code. */
  overrides: boolean;
}


export class CodeIndex {
  private readonly byCode = new Map<string, CatalogEntry[]>();
  private readonly providers = new Map<string, CatalogFile>();
  private readonly order = new Map<string, number>();
  private readonly origins = new Map<CatalogEntry, EntryOrigin>();
  private readonly byFamily = new Map<string, CatalogEntry[]>();
  readonly all: CatalogEntry[];
  /** Some code has a hyphen (an own catalog's `ACME-202`): the detector then also reads hyphenated words. */
  readonly hyphenated: boolean;

  /** `catalogs`: what it was built from, so that a worker thread can build the same index. */
  constructor(readonly catalogs: readonly LoadedCatalog[]) {
    let entries: CatalogEntry[] = [];
    for (const { file, origin, catalog } of catalogs) {
      const own = origin === 'own';
      this.addProvider(catalog);
      const overridden = new Set<string>();
      if (own) {
        const replacing = new Set(catalog.entries.filter((e) => e.code !== null).map(entryKey));
        entries = entries.filter((e) => {
          const drop = !this.origins.get(e)!.own && replacing.has(entryKey(e));
          if (drop) overridden.add(entryKey(e));
          return !drop;
        });
      }
      for (const e of catalog.entries) {
        entries.push(e);
        this.origins.set(e, { file, own, overrides: overridden.size > 0 && overridden.has(entryKey(e)) });
      }
    }
    this.all = entries;
    this.hyphenated = entries.some((e) => e.code?.includes('-'));
    for (const e of entries) {
      if (e.code === null) continue;
      const family = this.byFamily.get(familyKey(e));
      if (family) family.push(e);
      else this.byFamily.set(familyKey(e), [e]);
      const list = this.byCode.get(e.code);
      if (list) list.push(e);
      else this.byCode.set(e.code, [e]);
    }
  }

  private addProvider(catalog: CatalogFile): void {
    if (!this.order.has(catalog.provider)) this.order.set(catalog.provider, this.order.size);
    const known = this.providers.get(catalog.provider);
    // An own catalog may extend a bundled provider with new families; the names already known stay.
    const families = known ? [...known.families, ...catalog.families.filter((f) => !known.families.some((k) => k.id === f.id))] : catalog.families;
    this.providers.set(catalog.provider, { ...(known ?? catalog), families, entries: [] });
  }

  lookup(code: string): readonly CatalogEntry[] {
    return this.byCode.get(code) ?? [];
  }

  /** The entries with a code of one family, in catalog order: what a switch over that family can meet. */
  familyEntries(provider: string, family: string): readonly CatalogEntry[] {
    return this.byFamily.get(familyKey({ provider, family })) ?? [];
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  origin(entry: CatalogEntry): EntryOrigin | undefined {
    return this.origins.get(entry);
  }

  providerIds(): string[] {
    return [...this.providers.keys()];
  }

  providerName(provider: string): string {
    return this.providers.get(provider)?.providerName ?? provider;
  }

  /** Position of the provider's catalog in load order: the last tie-breaker when ranking. */
  providerOrder(provider: string): number {
    return this.order.get(provider) ?? Number.MAX_SAFE_INTEGER;
  }

  family(provider: string, family: string): FamilyInfo | undefined {
    return this.providers.get(provider)?.families.find((f) => f.id === family);
  }

  familyName(entry: CatalogEntry): string {
    return this.family(entry.provider, entry.family)?.name ?? entry.family;
  }

  catalog(provider: string): Omit<CatalogFile, 'entries'> | undefined {
    return this.providers.get(provider);
  }
}
