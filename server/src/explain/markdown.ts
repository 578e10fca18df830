// The hover: one code's meaning in the gateway's own words, best candidate first, others below it.
import type { CatalogEntry } from '../catalog/types';
import type { CodeIndex } from '../catalog/codeIndex';
import { type Evidence, whyLine } from '../detect/evidence';
import { OUTCOME_LABEL, OUTCOME_MEANING, RETRY_LABEL, RETRY_MEANING } from './advice';

/** Beyond this many, other readings of the same code are listed by name only. */
const DETAILED_ALTERNATIVES = 2;

/** Gateway words are text, not Markdown: neutralise inline markup and anything a line could start a block with. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*[\]<>|~])/g, '\\$1')
    .replace(/(^|\n)(\s*)([#+\-=]|\d+[.)])/g, '$1$2\\$3');
}

/** What a person calls the code: its name, else the gateway's message or description; '' when none is given. */
export function entryName(e: CatalogEntry): string {
  return e.name ?? e.message ?? e.description ?? '';
}

export function entryTitle(e: CatalogEntry): string {
  const name = entryName(e);
  return `${e.code ?? '(no code)'}${name ? ` — ${name}` : ''}`;
}

/** `DOKU · SNAP responseCode · Kirim DOKU · HTTP 403`; `groups` when one reading stands in several sections. */
export function entryPlace(index: CodeIndex, e: CatalogEntry, groups: readonly string[] = [e.group]): string {
  const parts = [index.providerName(e.provider), index.familyName(e)];
  const named = groups.filter((g) => g !== 'common');
  if (named.length > 0) parts.push(named.join(', '));
  if (e.httpStatus !== undefined) parts.push(`HTTP ${e.httpStatus}`);
  if (e.appliesTo?.length) parts.push(`applies to ${e.appliesTo.join(', ')}`);
  return parts.join(' · ');
}

/** SNAP codes read as their parts: `HTTP 403 · service 43 Transfer to Bank-Payment Transaction · case 14 Insufficient Funds`. */
export function snapBreakdown(e: CatalogEntry): string | undefined {
  if (e.serviceCode === undefined || e.caseCode === undefined) return undefined;
  const service = `service ${e.serviceCode}${e.serviceName ? ` ${e.serviceName}` : ''}`;
  return `HTTP ${e.httpStatus ?? e.code?.slice(0, 3)} · ${service} · case ${e.caseCode}${e.name ? ` ${e.name}` : ''}`;
}

interface Reading {
  entry: CatalogEntry;
  groups: string[];
}

/** The same words and advice in several sections (a SNAP code shared by e-Wallet and Direct Debit) read once. */
function readings(entries: readonly CatalogEntry[]): Reading[] {
  const byMeaning = new Map<string, Reading>();
  for (const e of entries) {
    const key = JSON.stringify([e.provider, e.family, e.code, e.name, e.message, e.description, e.resolution, e.outcome, e.retry, e.appliesTo, e.serviceCode]);
    const r = byMeaning.get(key);
    if (r) r.groups.push(e.group);
    else byMeaning.set(key, { entry: e, groups: [e.group] });
  }
  return [...byMeaning.values()];
}

function detail(index: CodeIndex, { entry: e, groups }: Reading): string[] {
  const out = [`**${escapeMarkdown(entryTitle(e))}**`, '', `*${escapeMarkdown(entryPlace(index, e, groups))}*`, ''];
  const breakdown = snapBreakdown(e);
  if (breakdown) out.push(escapeMarkdown(breakdown), '');
  out.push(
    `**Outcome:** ${OUTCOME_LABEL[e.outcome]} — ${OUTCOME_MEANING[e.outcome]}  `,
    `**${RETRY_LABEL[e.retry]}:** ${RETRY_MEANING[e.retry]}`,
    '',
  );
  const title = entryName(e);
  for (const w of new Set([e.message, e.description])) {
    if (w && w !== title) out.push(escapeMarkdown(w), '');
  }
  if (e.resultStatus) out.push(`resultStatus: \`${e.resultStatus}\``, '');
  if (e.category) out.push(`Category: ${escapeMarkdown(e.category)}`, '');
  if (e.resolution) out.push(`**Resolution:** ${escapeMarkdown(e.resolution)}`, '');
  out.push(`Source: ${escapeMarkdown(e.source)}`);
  const origin = index.origin(e);
  if (origin?.own) {
    const name = origin.file.split(/[\\/]/).pop()!;
    out.push('', `From your catalog \`${name}\`${origin.overrides ? ' — overrides the bundled entry' : ''}`);
  }
  return out;
}

/** `why`: what made the token under the cursor a code; its line closes the hover. */
export function renderEntries(index: CodeIndex, entries: readonly CatalogEntry[], why: readonly Evidence[] = []): string {
  if (entries.length === 0) return '';
  const [best, ...others] = readings(entries);
  const out = detail(index, best);
  const detailed = others.slice(0, DETAILED_ALTERNATIVES);
  const listed = others.slice(DETAILED_ALTERNATIVES);
  if (others.length > 0) out.push('', '---', '', '**Other readings of this code:**', '');
  for (const r of detailed) out.push(...detail(index, r), '', '---', '');
  for (const { entry: e, groups } of listed) {
    out.push(`- ${escapeMarkdown(entryTitle(e))} — ${escapeMarkdown(entryPlace(index, e, groups))} · ${OUTCOME_LABEL[e.outcome]} · ${RETRY_LABEL[e.retry]}`);
  }
  const reason = whyLine(why);
  if (reason) out.push('', '---', '', `*${escapeMarkdown(reason).replace(/\\`/g, '`')}*`);
  return out.join('\n').replace(/\n---\n\n$/, '\n');
}
