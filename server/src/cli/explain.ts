// `paycodes explain <code>`: every catalog entry for a code, best first, as text or JSON.
import type { CatalogEntry } from '../catalog/types';
import type { CodeIndex } from '../catalog/codeIndex';
import { rankEntries } from '../catalog/rank';
import { OUTCOME_LABEL, OUTCOME_MEANING, RETRY_LABEL, RETRY_MEANING } from '../explain/advice';
import { entryName, entryPlace, entryTitle, snapBreakdown } from '../explain/markdown';
import { UsageError, type Io } from './io';

export async function explain(io: Io, index: CodeIndex, code: string, provider: string | undefined, json: boolean): Promise<number> {
  if (provider !== undefined && !index.providerIds().includes(provider)) {
    throw new UsageError(`unknown provider "${provider}" (known: ${index.providerIds().join(', ')})`);
  }
  const found = spellings(code).map((c) => index.lookup(c)).find((entries) => entries.length > 0) ?? [];
  const matches = rankEntries(
    index,
    found.filter((e) => provider === undefined || e.provider === provider),
    { preferredProviders: provider ? [provider] : [] },
  );
  if (json) await io.out(JSON.stringify(matches, null, 2) + '\n');
  else if (matches.length === 0) io.err(`paycodes: no catalog entry for "${code}"${provider ? ` from ${provider}` : ''}\n`);
  else await io.out(matches.map((e) => describe(index, e)).join('\n'));
  return matches.length > 0 ? 0 : 1;
}

/** The spellings a code is looked up by, in order: as given, then upper-cased. */
export function spellings(code: string): string[] {
  return [code, code.toUpperCase()];
}

function describe(index: CodeIndex, e: CatalogEntry): string {
  const lines = [entryTitle(e), `  ${entryPlace(index, e)}`];
  const breakdown = snapBreakdown(e);
  if (breakdown) lines.push(`  ${breakdown}`);
  lines.push(
    `  outcome: ${OUTCOME_LABEL[e.outcome]} — ${OUTCOME_MEANING[e.outcome]}`,
    `  retry:   ${RETRY_LABEL[e.retry]} — ${RETRY_MEANING[e.retry]}`,
  );
  const title = entryName(e);
  for (const text of new Set([e.message, e.description])) {
    if (text && text !== title) lines.push(`  ${text.replace(/\s*\n\s*/g, ' ')}`);
  }
  if (e.resolution) lines.push(`  resolution: ${e.resolution}`);
  if (e.category) lines.push(`  category: ${e.category}`);
  lines.push(`  source: ${e.source}`);
  return lines.join('\n') + '\n';
}
