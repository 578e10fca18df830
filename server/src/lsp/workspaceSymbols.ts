// workspace/symbol: codes as symbols — Ctrl+T `#SYSTEM_BUSY` or `#insufficient` finds a code by the code
// and by its name, and opens where its meaning is written (see entryLocation).
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { CodeIndex } from '../catalog/codeIndex';
import type { CatalogEntry } from '../catalog/types';
import { OUTCOME_LABEL, RETRY_LABEL } from '../explain/advice';
import { entryName } from '../explain/markdown';
import { entryLocation } from './entryLocation';
import { entryKey } from '../catalog/keys';

/** The editor lists this many at most; a query that matches more is still being typed. */
export const MAX_SYMBOLS = 200;

/** `System busy`, `system_busy` and `SYSTEM-BUSY` are one query. */
const squash = (s: string) => s.toLowerCase().replace(/[\s_\-.]+/g, '');

export function workspaceSymbols(index: CodeIndex, query: string): SymbolInformation[] {
  const wanted = squash(query.replace(/^#/, ''));
  if (wanted === '') return [];
  const seen = new Set<string>();
  const found: CatalogEntry[] = [];
  for (const e of index.all) {
    if (e.code === null) continue;
    const k = entryKey(e);
    if (seen.has(k) || !(squash(e.code).includes(wanted) || squash(entryName(e)).includes(wanted))) continue;
    seen.add(k);
    found.push(e);
    if (found.length >= MAX_SYMBOLS) break;
  }
  return found.map((e) => {
    const name = entryName(e);
    return {
      // The editor filters on the name too: it must carry the words a person searches by.
      name: name && name !== e.code ? `${e.code} — ${name}` : e.code!,
      kind: SymbolKind.Constant,
      containerName: `${index.providerName(e.provider)} ${index.familyName(e)} · ${OUTCOME_LABEL[e.outcome]} · ${RETRY_LABEL[e.retry]}`,
      location: entryLocation(index, e),
    };
  });
}
