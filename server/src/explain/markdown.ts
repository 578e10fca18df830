// The hover: one code's meaning in the gateway's own words, best candidate first, others below it.
import type { CatalogEntry } from '../catalog/types';
import type { CodeIndex } from '../catalog/codeIndex';
import { OUTCOME_LABEL, OUTCOME_MEANING, RETRY_LABEL, RETRY_MEANING } from './advice';

/** Beyond this many, other readings of the same code are listed by name only. */
const DETAILED_ALTERNATIVES = 2;

/** Gateway words are text, not Markdown: neutralise inline markup and anything a line could start a block with. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*[\]<>|~])/g, '\\$1')
    .replace(/(^|\n)(\s*)([#+\-=]|\d+[.)])/g, '$1$2\\$3');
}

export function entryTitle(e: CatalogEntry): string {
  const name = e.name ?? e.message ?? e.description ?? '';
  return `${e.code ?? '(no code)'}${name ? ` — ${name}` : ''}`;
}

/** `DOKU · SNAP responseCode · Kirim DOKU · HTTP 403` */
export function entryPlace(index: CodeIndex, e: CatalogEntry): string {
  const parts = [index.providerName(e.provider), index.familyName(e)];
  if (e.group && e.group !== 'common') parts.push(e.group);
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

function detail(index: CodeIndex, e: CatalogEntry): string[] {
  const out = [`**${escapeMarkdown(entryTitle(e))}**`, '', `*${escapeMarkdown(entryPlace(index, e))}*`, ''];
  const breakdown = snapBreakdown(e);
  if (breakdown) out.push(escapeMarkdown(breakdown), '');
  out.push(
    `**Outcome:** ${OUTCOME_LABEL[e.outcome]} — ${OUTCOME_MEANING[e.outcome]}  `,
    `**${RETRY_LABEL[e.retry]}:** ${RETRY_MEANING[e.retry]}`,
    '',
  );
  const title = e.name ?? e.message ?? e.description;
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

export function renderEntries(index: CodeIndex, entries: readonly CatalogEntry[]): string {
  if (entries.length === 0) return '';
  const [best, ...others] = entries;
  const out = detail(index, best);
  const detailed = others.slice(0, DETAILED_ALTERNATIVES);
  const listed = others.slice(DETAILED_ALTERNATIVES);
  if (others.length > 0) out.push('', '---', '', '**Other readings of this code:**', '');
  for (const e of detailed) out.push(...detail(index, e), '', '---', '');
  for (const e of listed) {
    out.push(`- ${escapeMarkdown(entryTitle(e))} — ${escapeMarkdown(entryPlace(index, e))} · ${OUTCOME_LABEL[e.outcome]} · ${RETRY_LABEL[e.retry]}`);
  }
  return out.join('\n').replace(/\n---\n\n$/, '\n');
}
