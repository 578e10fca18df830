// Decides whether a switch is over payment codes, and of which family; then what that API can return.
// A switch counts when at least two labels are long, specific codes of one family, or when its subject
// names a code (`resultCode`, `rc`, `status_code`, or the family's own field) and at least one label is a code
// of the family.
// Months, HTTP methods, page sizes and attempt counters never qualify, even with code-like labels.
import type { CatalogEntry } from '../catalog/types';
import type { CodeIndex } from '../catalog/codeIndex';
import { fieldMatches } from '../catalog/rank';
import { isCodeName, isGenericCodeName } from '../detect/codeNames';
import { isSpecific } from '../detect/lexeme';
import type { CaseLabel, SwitchSite } from '../syntax/types';

export interface ResolvedLabel {
  label: CaseLabel;
  /** The literal value, or the value of the same-file constant the label names. */
  value?: string;
}

export interface CodeSwitch {
  site: SwitchSite;
  provider: string;
  family: string;
  labels: ResolvedLabel[];
  /** Label values that are codes of the family. */
  handled: Set<string>;
  /** One entry per code the API behind this switch can return: the family's common codes plus the labels' groups. */
  scope: CatalogEntry[];
  /** Every entry of every code in scope (a code can read differently per network or section). */
  scopeEntries: CatalogEntry[];
}

export function resolveLabel(label: CaseLabel): ResolvedLabel {
  if (label.kind === 'string' || label.kind === 'number') return { label, value: label.value };
  if (label.kind === 'identifier' && label.constant?.literal) return { label, value: label.constant.literal.value };
  return { label };
}

/** The site's labels in source order, each with the value it stands for. */
export function resolvedLabels(site: SwitchSite): ResolvedLabel[] {
  return site.arms.flatMap((a) => a.labels).map(resolveLabel);
}

const familyKey = (e: CatalogEntry) => `${e.provider}\u0000${e.family}`;

export function codeSwitch(site: SwitchSite, index: CodeIndex): CodeSwitch | undefined {
  const labels = resolvedLabels(site);
  // A bare `code` or `status` says little alone, but a switch over it with codes of one family is a code switch.
  const subjectIsCode = site.subject.name !== undefined && (isCodeName(site.subject.name) || isGenericCodeName(site.subject.name));
  const votes = new Map<string, { labels: number; specific: number; fieldMatch: boolean; entry: CatalogEntry }>();
  for (const { value } of labels) {
    if (value === undefined) continue;
    const seen = new Set<string>();
    for (const e of index.lookup(value)) {
      const key = familyKey(e);
      if (seen.has(key)) continue;
      seen.add(key);
      const v = votes.get(key) ?? { labels: 0, specific: 0, fieldMatch: fieldMatches(index, e, site.subject.name), entry: e };
      v.labels++;
      if (isSpecific(value)) v.specific++;
      votes.set(key, v);
    }
  }
  const eligible = [...votes.values()].filter((v) => (subjectIsCode || v.fieldMatch ? v.labels >= 1 : v.specific >= 2));
  if (eligible.length === 0) return undefined;
  eligible.sort((a, b) =>
    Number(b.fieldMatch) - Number(a.fieldMatch) || b.labels - a.labels || index.providerOrder(a.entry.provider) - index.providerOrder(b.entry.provider));
  const { provider, family } = eligible[0].entry;
  return withScope(site, index, provider, family, labels);
}

function withScope(site: SwitchSite, index: CodeIndex, provider: string, family: string, labels: ResolvedLabel[]): CodeSwitch {
  const inFamily = (e: CatalogEntry) => e.provider === provider && e.family === family;
  const labelEntries = labels.flatMap((l) => (l.value === undefined ? [] : index.lookup(l.value).filter(inFamily)));
  const handled = new Set(labelEntries.map((e) => e.code!));
  const groups = new Set(['common', ...labelEntries.map((e) => e.group)]);
  // SNAP codes carry their service (API) in the middle digits: the labels' services are the API in use.
  const services = new Set(labelEntries.flatMap((e) => (e.serviceCode ? [e.serviceCode] : [])));
  const scopeEntries = index.familyEntries(provider, family).filter(
    (e) => groups.has(e.group) && (services.size === 0 || !e.serviceCode || services.has(e.serviceCode)),
  );
  const scope = [...new Map(scopeEntries.map((e) => [e.code!, e])).values()];
  return { site, provider, family, labels, handled, scope, scopeEntries };
}
