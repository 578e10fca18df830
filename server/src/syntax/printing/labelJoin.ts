// Adds codes to an arm that already handles codes the same way ("Handle like …"): more labels on a switch
// arm, or one more test on a chain's branch. Nothing new to fill in, so nothing that could break the build.
import type { LanguageSpec } from '../languages/languageSpec';
import { LineIndex } from '../positions';
import type { CaseToInsert, SwitchArm, SwitchSite, TextEdit } from '../types';
import { fill, oneLine } from './armLines';
import { chainTest, chainValue } from './branchInsertion';
import { leading } from './indentation';
import { labelStyle, printLabel } from './labelLiterals';

export function printJoinedLabels(spec: LanguageSpec, site: SwitchSite, arm: SwitchArm, text: string, cases: readonly CaseToInsert[], eol: string): TextEdit | undefined {
  if (site.hasSyntaxError || site.construct === 'map' || cases.length === 0) return undefined;
  if (site.construct === 'chain') {
    const values = cases.map((c) => chainValue(site, c, spec));
    if (!arm.condition || values.some((v) => v === undefined)) return undefined;
    const at = arm.condition.end;
    return { range: { start: at, end: at }, newText: values.map((v) => `${site.chain!.or}${chainTest(site, v!)}`).join('') };
  }
  const style = labelStyle(site, spec);
  const printed = cases.map((c) => printLabel(c, style, spec));
  const labels = printed.flatMap((p) => ('label' in p ? [p.label] : []));
  const last = arm.labels.at(-1);
  if (!last || labels.length !== cases.length) return undefined;
  const join = spec.printer.labelJoin?.[site.armForm];
  if (join !== undefined) return { range: { start: last.range.end, end: last.range.end }, newText: labels.map((l) => `${join}${l}`).join('') };
  // Otherwise a clause of its own right above the arm, falling through into it.
  const template = spec.printer.arms[site.armForm];
  const lines = new LineIndex(text);
  const line = lines.lineText(arm.range.start.line);
  if (!template || !('head' in template) || line.slice(0, arm.range.start.character).trim() !== '') return undefined;
  const indent = leading(line);
  const gap = spec.printer.trailingCommentGap ?? ' ';
  const clause = (label: string, insert: CaseToInsert) => `${fill(template.head, label, insert, spec)}${gap}${spec.printer.lineComment} ${oneLine(insert.comment, spec)}`;
  return { range: { start: arm.range.start, end: arm.range.start }, newText: labels.map((l, i) => `${clause(l, cases[i])}${eol}${indent}`).join('') };
}
