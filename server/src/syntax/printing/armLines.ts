// Fills a language's arm template for each case to insert: the shared shape of every printed arm.
import type { ArmTemplate, LanguageSpec } from '../languages/languageSpec';
import type { CaseToInsert } from '../types';
import { stringLiteral } from './stringLiterals';

export interface PrintableCase {
  label: string;
  insert: CaseToInsert;
}

/** A printed line, at arm level (0) or one level deeper (1). */
export interface PrintedLine {
  depth: 0 | 1;
  text: string;
}

export function oneLine(text: string, spec: LanguageSpec): string {
  let line = text.replace(/\s+/g, ' ').trim();
  for (const breaker of spec.printer.commentBreakers ?? []) line = line.split(breaker).join(`${breaker[0]} ${breaker.slice(1)}`);
  return line;
}

export function fill(pattern: string, label: string, insert: CaseToInsert, spec: LanguageSpec): string {
  const advice = insert.todo.replace(/\s+/g, ' ').trim();
  const values: Record<string, string> = {
    label,
    todo: stringLiteral(`TODO: ${advice}`, spec.printer.preferredQuote, spec),
    advice: stringLiteral(advice, spec.printer.preferredQuote, spec),
  };
  return pattern.replace(/\{(label|todo|advice)\}/g, (_, key: string) => values[key]);
}

/** Consecutive cases with the same advice share one body where the language lets labels stack. */
function groups(cases: readonly PrintableCase[], stack: boolean): PrintableCase[][] {
  const grouped: PrintableCase[][] = [];
  for (const printable of cases) {
    const last = grouped.at(-1);
    if (stack && last && last[0].insert.todo === printable.insert.todo) last.push(printable);
    else grouped.push([printable]);
  }
  return grouped;
}

export function armLines(template: ArmTemplate, cases: readonly PrintableCase[], spec: LanguageSpec): PrintedLine[] {
  const comment = (text: string) => `${spec.printer.lineComment} ${oneLine(text, spec)}`;
  const gap = spec.printer.trailingCommentGap ?? ' ';
  if ('inline' in template) {
    return cases.map(({ label, insert }) => ({
      depth: 0,
      text: `${fill(template.inline, label, insert, spec)}${template.separator ?? ''}${gap}${comment(insert.comment)}`,
    }));
  }
  return groups(cases, template.stackable ?? false).flatMap((group): PrintedLine[] => {
    const { label, insert } = group[0];
    return [
      ...group.map((member): PrintedLine => ({ depth: 0, text: `${fill(template.head, member.label, member.insert, spec)}${gap}${comment(member.insert.comment)}` })),
      { depth: 1, text: comment(`TODO: ${insert.todo}`) },
      ...template.body.map((line): PrintedLine => ({ depth: 1, text: fill(line, label, insert, spec) })),
      ...(template.close ? [{ depth: 0, text: template.close } as const] : []),
    ];
  });
}
