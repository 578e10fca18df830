// What JSON Schema cannot say about a catalog: a code listed twice in one family and section, or a code
// that no gateway could send. Each problem costs its own entry only.
import type { CatalogEntry } from './types';

export interface EntryProblem {
  index: number;
  field: keyof CatalogEntry;
  message: string;
}

const MAX_CODE_LENGTH = 64;

function unusableCode(code: string): string | undefined {
  if (code.trim() === '') return 'an empty code can never match';
  if (/\s/.test(code)) return 'a code cannot contain white space';
  if (code.length > MAX_CODE_LENGTH) return `a code longer than ${MAX_CODE_LENGTH} characters is no gateway code`;
  if (!/[A-Za-z0-9]/.test(code)) return 'a code needs at least one letter or digit';
  return undefined;
}

/** `skip`: entries already rejected by the schema, whose fields cannot be trusted. */
export function entryProblems(entries: readonly CatalogEntry[], skip: ReadonlySet<number>): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const seen = new Map<string, number>();
  entries.forEach((e, index) => {
    if (skip.has(index) || e.code === null) return;
    const unusable = unusableCode(e.code);
    if (unusable) {
      problems.push({ index, field: 'code', message: `"${e.code}": ${unusable}` });
      return;
    }
    // Networks (appliesTo) and sections (group) may each word one code their own way, and a gateway may
    // document one code twice under two names (PortOne's 4081): only a repeat of all of them is a mistake.
    const key = [e.provider, e.family, e.group, e.code, (e.appliesTo ?? []).join(','), e.name ?? ''].join('\u0000');
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else problems.push({ index, field: 'code', message: `duplicate code "${e.code}" in family "${e.family}" (first at /entries/${first})` });
  });
  return problems;
}
