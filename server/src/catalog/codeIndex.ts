// Every loaded catalog entry, findable by code; the one place that knows providers' and families' names.
import type { CatalogEntry, CatalogFile, FamilyInfo } from './types';
import type { LoadedCatalog } from './load';

export class CodeIndex {
  private readonly byCode = new Map<string, CatalogEntry[]>();
  private readonly providers = new Map<string, CatalogFile>();
  private readonly order = new Map<string, number>();
  readonly all: CatalogEntry[] = [];

  constructor(catalogs: LoadedCatalog[]) {
    for (const { catalog } of catalogs) {
      if (!this.providers.has(catalog.provider)) this.order.set(catalog.provider, this.order.size);
      this.providers.set(catalog.provider, catalog);
      for (const entry of catalog.entries) {
        this.all.push(entry);
        if (entry.code === null) continue;
        const list = this.byCode.get(entry.code);
        if (list) list.push(entry);
        else this.byCode.set(entry.code, [entry]);
      }
    }
  }

  lookup(code: string): readonly CatalogEntry[] {
    return this.byCode.get(code) ?? [];
  }

  has(code: string): boolean {
    return this.byCode.has(code);
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

  catalog(provider: string): CatalogFile | undefined {
    return this.providers.get(provider);
  }
}
