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
    const scopeEntries = index.familyEntries(provider, family).filter(
      (e) => (!groups || groups.has(e.group)) && (services.size === 0 || !e.serviceCode || services.has(e.serviceCode)) && (!members || members.has(e.code!)),
    );
    found = { scopeEntries, scope: [...new Map(scopeEntries.map((e) => [e.code!, e])).values()] };
    if (kept.size >= MAX_KEPT) kept.clear();
    kept.set(key, found);
  }
  return found;
}
