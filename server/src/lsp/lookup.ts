// paycodes/lookupEntries: the catalogs as rows the client's quick pick can show and filter, one row per
// meaning. Rows that say the same (a SNAP case shared by many services: 403XX14 Insufficient Funds) are one
// row, its services listed in its detail, as the hover reads one code shared by several sections once.
import type { CodeIndex } from '../catalog/codeIndex';
import type { CatalogEntry } from '../catalog/types';
import { OUTCOME_LABEL, RETRY_LABEL } from '../explain/advice';
import { entryName, renderEntries } from '../explain/markdown';
import type { LookupItem } from './protocol';

/** Words that differ in case or spacing only (`Insufficient Funds`, `Insufficient funds`) say the same. */
const words = (t: string | undefined) => t?.toLowerCase().replace(/\s+/g, ' ').trim();

/** What a row means, whatever its code: the same template, words and advice. */
const meaning = (e: CatalogEntry) => {
  const said = [...new Set([e.name, e.message, e.description].map(words).filter(Boolean))];
  return JSON.stringify([e.provider, e.family, e.template ?? e.code, said, words(e.resolution), e.outcome, e.retry, e.appliesTo]);
};

export function lookupItems(index: CodeIndex): LookupItem[] {
  const rows = new Map<string, CatalogEntry[]>();
  for (const e of index.all) {
    if (e.code === null) continue;
    const k = meaning(e);
    const row = rows.get(k);
    if (row) row.push(e);
    else rows.set(k, [e]);
  }
  return [...rows.values()].map((entries) => row(index, entries));
}

function row(index: CodeIndex, entries: CatalogEntry[]): LookupItem {
  const e = entries[0];
  const byCode = new Map<string, CatalogEntry[]>();
  for (const x of entries) byCode.set(x.code!, [...(byCode.get(x.code!) ?? []), x]);
  const said = [e.message, e.description].filter((t) => t && words(t) !== words(e.name));
  const item: LookupItem = {
    code: byCode.size > 1 ? e.template ?? e.code! : e.code!,
    name: entryName(e),
    summary: `${index.providerName(e.provider)} · ${OUTCOME_LABEL[e.outcome]} · ${RETRY_LABEL[e.retry]}`,
    detail: [...said, index.familyName(e), places(entries, byCode)].filter(Boolean).join(' · '),
    markdown: renderEntries(index, entries),
  };
  if (byCode.size > 1) {
    item.codes = [...byCode].map(([code, readings]) => ({
      code,
      name: entryName(readings[0]),
      place: [...new Set(readings.map(place))].join(', '),
      markdown: renderEntries(index, readings),
    }));
  }
  return item;
}

/** `service 43 Transfer to Bank`, or the section when there is no service. */
function place(e: CatalogEntry): string {
  return e.serviceCode !== undefined ? `service ${e.serviceCode}${e.serviceName ? ` ${e.serviceName}` : ''}` : e.group;
}

/** The services (or sections) a row stands for, with their codes when they differ. */
function places(entries: CatalogEntry[], byCode: Map<string, CatalogEntry[]>): string {
  if (byCode.size > 1) return `${byCode.size} services: ${[...byCode].map(([code, readings]) => `${code} ${place(readings[0])}`).join(', ')}`;
  return [...new Set(entries.map((e) => e.group))].join(', ');
}
