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

/** Per family: where each section's entries stand in the family's list, in order. */
const sectionPositions = new WeakMap<readonly CatalogEntry[], Map<string, number[]>>();

/**
 * The entries of the given sections (all of them when undefined), in catalog order: gathered section by
 * section, since a switch names a few sections of a family that holds thousands of entries.
 */
function inSections(entries: readonly CatalogEntry[], groups: ReadonlySet<string> | undefined): readonly CatalogEntry[] {
  if (!groups) return entries;
  let sections = sectionPositions.get(entries);
  if (!sections) {
    const bySection = new Map<string, number[]>();
    entries.forEach((e, i) => {
      const positions = bySection.get(e.group);
      if (positions) positions.push(i);
      else bySection.set(e.group, [i]);
    });
    sectionPositions.set(entries, (sections = bySection));
  }
  const known = sections;
  return [...groups].flatMap((g) => known.get(g) ?? []).sort((a, b) => a - b).map((i) => entries[i]);
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
