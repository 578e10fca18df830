// Orders the catalog entries a code could be, best first: the field it travels in, the file's own hints
// about its gateway, the user's enabled providers, then catalog order.
import type { CatalogEntry, FamilyInfo } from './types';
import type { CodeIndex } from './codeIndex';
import { normalizeName } from '../detect/codeNames';

export interface RankHints {
  /** Field or variable name the code was found in (resultCode, responseCode, status_code, …). */
  field?: string;
  /** Providers the file itself points at (imports, URLs, identifiers). */
  fileProviders?: readonly string[];
  /** Providers the user listed in `paycodes.providers`. */
  preferredProviders?: readonly string[];
}

/** A family's fields as names compare (`status_code` = `statusCode`), worked out once: every token asks. */
const familyFields = new WeakMap<FamilyInfo, Set<string>>();

function fieldsOf(family: FamilyInfo): Set<string> {
  let fields = familyFields.get(family);
  if (!fields) familyFields.set(family, (fields = new Set(family.fields.map(normalizeName))));
  return fields;
}

export function fieldMatches(index: CodeIndex, entry: CatalogEntry, field: string | undefined): boolean {
  if (!field) return false;
  const family = index.family(entry.provider, entry.family);
  return family !== undefined && fieldsOf(family).has(normalizeName(field));
}

export function rankEntries(index: CodeIndex, entries: readonly CatalogEntry[], hints: RankHints): CatalogEntry[] {
  if (entries.length < 2) return [...entries];
  const score = (e: CatalogEntry): number[] => [
    fieldMatches(index, e, hints.field) ? 0 : 1,
    hints.fileProviders?.includes(e.provider) ? 0 : 1,
    hints.preferredProviders?.includes(e.provider) ? 0 : 1,
    index.providerOrder(e.provider),
  ];
  return entries
    .map((e, i) => ({ e, key: [...score(e), i] }))
    .sort((a, b) => {
      for (let k = 0; k < a.key.length; k++) if (a.key[k] !== b.key[k]) return a.key[k] - b.key[k];
      return 0;
    })
    .map((x) => x.e);
}
