// paycodes/lookupEntries: every catalog entry as a row the client's quick pick can show and filter.
import type { CodeIndex } from '../catalog/codeIndex';
import { OUTCOME_LABEL, RETRY_LABEL } from '../explain/advice';
import { entryName, renderEntries } from '../explain/markdown';
import type { LookupItem } from './protocol';

export function lookupItems(index: CodeIndex): LookupItem[] {
  return index.all
    .filter((e) => e.code !== null)
    .map((e) => ({
      code: e.code!,
      name: entryName(e),
      summary: `${index.providerName(e.provider)} · ${OUTCOME_LABEL[e.outcome]} · ${RETRY_LABEL[e.retry]}`,
      detail: [e.message, e.description, index.familyName(e), e.group].filter((t) => t && t !== e.name).join(' · '),
      markdown: renderEntries(index, [e]),
    }));
}
