// The catalogs as flat rows, for the lookup tables of log platforms (Splunk, Elasticsearch, Datadog):
// every entry with a code, bundled and own merged as the editor sees them (an own entry replaces the
// bundled one it overrides), in catalog order.
import type { CodeIndex } from '../catalog/codeIndex';
import { entryName } from '../explain/markdown';

export const ROW_FIELDS = ['code', 'provider', 'family', 'group', 'name', 'outcome', 'retry', 'message'] as const;

export type CatalogRow = Record<(typeof ROW_FIELDS)[number], string>;

export function catalogRows(index: CodeIndex): CatalogRow[] {
  return index.all.flatMap((e) =>
    e.code === null
      ? []
      : [{ code: e.code, provider: e.provider, family: e.family, group: e.group, name: entryName(e), outcome: e.outcome, retry: e.retry, message: e.message ?? e.description ?? '' }],
  );
}

/** The most rows one code has: a code can mean different things at different providers and families. */
export function maxRowsPerCode(rows: readonly CatalogRow[]): number {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
  return Math.max(1, ...counts.values());
}
