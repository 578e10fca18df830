// File-level evidence: `response[:status] == '00'` says little alone, but in a file whose response-code map
// lists `'00'`, `'05'` and `'51'` it is that family's code. The families a file shows with evidence of their
// own (a response-code name, a map, a switch, the family's field) are worked out once per text.
import type { Evidence } from './evidence';
import { familyKey } from '../catalog/keys';
import type { CatalogEntry } from '../catalog/types';

/** Reading a whole file for this is worth it for source files a person edits, not for huge logs. */
const MAX_LINES = 20_000;
const STRONG = new Set<Evidence['kind']>(['response-name', 'code-map', 'code-switch', 'family-field']);

interface Shown {
  line: number;
  entries: readonly CatalogEntry[];
  evidence: readonly Evidence[];
}

const memo = new WeakMap<readonly string[], ReadonlyMap<string, number>>();

/** `detect` lists the occurrences of `lines` found without file-level evidence. */
export function familiesShownIn(lines: readonly string[], detect: (lines: readonly string[]) => Iterable<Shown>): ReadonlyMap<string, number> {
  let shown = memo.get(lines);
  if (shown) return shown;
  const families = new Map<string, number>();
  if (lines.length <= MAX_LINES) {
    for (const o of detect(lines)) {
      if (!o.evidence.some((e) => STRONG.has(e.kind))) continue;
      for (const e of o.entries) if (!families.has(familyKey(e))) families.set(familyKey(e), o.line);
    }
  }
  shown = families;
  memo.set(lines, shown);
  return shown;
}
