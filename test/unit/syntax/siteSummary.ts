// A one-line reading of a SwitchSite, so extraction expectations stay short and readable.
import type { CaseLabel, LiteralValue, SwitchSite } from '../../../server/src/syntax/types';
import { LineIndex } from '../../../server/src/syntax/positions';

function literal(value: LiteralValue): string {
  return value.kind === 'number' ? value.value : `${value.quote}${value.value}${value.quote}`;
}

export function labelSummary(label: CaseLabel): string {
  if (label.prefix) return `${literal({ ...label, kind: label.kind as LiteralValue['kind'] })}…${label.prefix.codeLength ? `(${label.prefix.codeLength})` : ''}`;
  if (label.kind === 'string' || label.kind === 'number') return literal({ ...label, kind: label.kind });
  if (label.kind === 'identifier') return label.constant ? `${label.value}=${label.constant.literal ? literal(label.constant.literal) : '?'}` : label.value;
  return `other(${label.text})`;
}

/** `header → name, [chain|map] statement|expression clause|rule: labels of each arm; default [comments]`; a prefix label ends in `…`. */
export function siteSummary(site: SwitchSite, text: string): string {
  const lines = new LineIndex(text);
  const header = text.slice(lines.offsetAt(site.headerRange.start), lines.offsetAt(site.headerRange.end));
  const arms = site.arms.map((arm) => arm.labels.map(labelSummary).join(' | ')).join(', ');
  const fallback = site.defaultArm ? `; default${site.defaultArm.comments.map((c) => ` ${c.text}`).join('')}` : '';
  const kind = `${site.construct ? `${site.construct} ` : ''}${site.isExpression ? 'expression' : 'statement'} ${site.armForm}`;
  return `${header} → ${site.subject.name ?? '?'}, ${kind}: ${arms}${fallback}${site.hasSyntaxError ? ' (syntax error)' : ''}`;
}
