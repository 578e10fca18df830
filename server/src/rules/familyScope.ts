// The entries a construct over one family can meet, given the sections and SNAP services its labels name
// and the enum constants it is written with. Worked out once per index and combination: a DOKU family holds
// thousands of entries, and a file can hold many switches over it.
import type { CodeIndex } from '../catalog/codeIndex';
import type { CatalogEntry } from '../catalog/types';

export interface FamilyScope {
  /** Every entry of every code in scope, in catalog order. */
  scopeEntries: readonly CatalogEntry[];
  /** The first entry of each code in scope. */
  scope: readonly CatalogEntry[];
}

/** Combinations kept per index; past this many (a long editing session) the memo starts again. */
const MAX_KEPT = 512;
const memo = new WeakMap<CodeIndex, Map<string, FamilyScope>>();

/** Per family: its sections' names, and which of them each entry (by its place in the family) is in. */
const sectionsMemo = new WeakMap<readonly CatalogEntry[], { names: Map<string, number>; of: Uint16Array }>();

/**
 * The entries of the given sections (all of them when undefined), in catalog order. A switch names a few
 * sections of a family that holds thousands of entries, and most switches name another combination: each
 * entry's section is compared as a number, not looked up by name.
 */
function inSections(entries: readonly CatalogEntry[], groups: ReadonlySet<string> | undefined): readonly CatalogEntry[] {
  if (!groups) return entries;
  let sections = sectionsMemo.get(entries);
  if (!sections) {
    const names = new Map<string, number>();
    const of = new Uint16Array(entries.length);
    entries.forEach((e, i) => {
      if (!names.has(e.group)) names.set(e.group, names.size + 1);
      of[i] = names.get(e.group)!;
    });
    sectionsMemo.set(entries, (sections = { names, of }));
  }
  const wanted = new Uint8Array(sections.names.size + 1);
  for (const g of groups) wanted[sections.names.get(g) ?? 0] = 1;
  wanted[0] = 0;
  const found: CatalogEntry[] = [];
  for (let i = 0; i < entries.length; i++) if (wanted[sections.of[i]] === 1) found.push(entries[i]);
  return found;
}

/** `groups`: the sections in scope, or undefined for every section. */
export function familyScope(
  index: CodeIndex, provider: string, family: string,
  groups: ReadonlySet<string> | undefined, services: ReadonlySet<string>, members: ReadonlySet<string> | undefined,
): FamilyScope {
  const sorted = (s: ReadonlySet<string> | undefined) => (s ? [...s].sort().join('\u0001') : '\u0002');
  const key = [provider, family, sorted(groups), sorted(services), sorted(members)].join('\u0000');
  let kept = memo.get(index);
  if (!kept) memo.set(index, (kept = new Map()));
  let found = kept.get(key);
  if (!found) {
    const scopeEntries = inSections(index.familyEntries(provider, family), groups).filter(
      (e) => (services.size === 0 || !e.serviceCode || services.has(e.serviceCode)) && (!members || members.has(e.code!)),
    );
    found = { scopeEntries, scope: [...new Map(scopeEntries.map((e) => [e.code!, e])).values()] };
    if (kept.size >= MAX_KEPT) kept.clear();
    kept.set(key, found);
  }
  return found;
}
