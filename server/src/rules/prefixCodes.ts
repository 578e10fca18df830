// The SNAP codes a prefix check covers: `startsWith("202")` is every code whose HTTP part is 202 (202xx00,
// to be polled); `rc / 10000 == 500` every seven-digit code starting 500. Only families whose codes carry
// an HTTP status and a service code are read this way: elsewhere a prefix means nothing.
import type { CodeIndex } from '../catalog/codeIndex';
import type { CatalogEntry } from '../catalog/types';

const structured = new WeakMap<CodeIndex, readonly CatalogEntry[]>();
const byPrefix = new WeakMap<CodeIndex, Map<string, readonly CatalogEntry[]>>();

function structuredEntries(index: CodeIndex): readonly CatalogEntry[] {
  let entries = structured.get(index);
  if (!entries) {
    entries = index.providerIds().flatMap((provider) =>
      (index.catalog(provider)?.families ?? []).flatMap((f) => index.familyEntries(provider, f.id).filter((e) => e.serviceCode !== undefined && e.code !== undefined)));
    structured.set(index, entries);
  }
  return entries;
}

export function prefixEntries(index: CodeIndex, prefix: string, codeLength?: number): readonly CatalogEntry[] {
  let cache = byPrefix.get(index);
  if (!cache) byPrefix.set(index, (cache = new Map()));
  const key = `${prefix}/${codeLength ?? ''}`;
  let entries = cache.get(key);
  if (!entries) {
    entries = structuredEntries(index).filter((e) => e.code!.startsWith(prefix) && (codeLength === undefined || e.code!.length === codeLength));
    if (cache.size > 256) cache.clear();
    cache.set(key, entries);
  }
  return entries;
}
