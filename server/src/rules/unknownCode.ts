// unknown-code: a label or a chain's compared literal that is no code of the family in use but one keystroke
// away from exactly one: of the API in use where one is that near, else of the whole family.
import type { CodeIndex } from '../catalog/codeIndex';
import type { CodeSwitch, ResolvedLabel } from './codeSwitch';
import { withinOneEdit } from './editDistance';
import type { Finding } from './finding';
import type { RuleSettings } from './ruleSettings';

export interface Typo {
  label: ResolvedLabel;
  suggestion: string;
}

export function typos(cs: CodeSwitch, index: CodeIndex): Typo[] {
  const found: Typo[] = [];
  let familyCodes: string[] | undefined;
  let scopeCodes: string[] | undefined;
  for (const label of cs.labels) {
    const value = label.value;
    // Constants are someone's own names; only literals written in place can be typos of a code.
    if (value === undefined || value.length < 2 || label.label.kind === 'identifier' || cs.handled.has(value)) continue;
    if (index.lookup(value).some((e) => e.provider === cs.provider && e.family === cs.family)) continue;
    // The API in use first: a placeholder `5002X00` or a six-digit `200240` is one edit from one of its codes.
    scopeCodes ??= [...new Set(cs.scope.map((e) => e.code!))];
    familyCodes ??= [...new Set(index.familyEntries(cs.provider, cs.family).map((e) => e.code!))];
    const inScope = scopeCodes.filter((c) => withinOneEdit(value, c));
    const near = inScope.length > 0 ? inScope : familyCodes.filter((c) => withinOneEdit(value, c));
    if (near.length === 1) found.push({ label, suggestion: near[0] });
  }
  return found;
}

export function unknownCodes(cs: CodeSwitch, index: CodeIndex, settings: RuleSettings): Finding[] {
  const severity = settings.severity['unknown-code'];
  if (severity === 'off') return [];
  const provider = index.providerName(cs.provider);
  return typos(cs, index).map(({ label, suggestion }) => ({
    rule: 'unknown-code',
    severity,
    range: label.label.range,
    message: `'${label.value}' is not ${/^[AEIOU]/i.test(provider) ? 'an' : 'a'} ${provider} code; did you mean ${suggestion}?`,
    codes: [suggestion],
    related: [],
  }));
}
