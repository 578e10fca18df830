// Prints the cases a fix inserts into a switch, as one edit in the language and style of that switch.
import type { ArmTemplate, LanguageSpec } from '../languages/languageSpec';
import { LineIndex } from '../positions';
import type { CaseToInsert, PrintResult, SkippedCase, SwitchSite } from '../types';
import { armLines } from './armLines';
import { printBranches } from './branchInsertion';
import { exitsLikeNeighbours } from './neighbours';
import type { PrintableCase } from './armLines';
import { indentation } from './indentation';
import { insertionEdit } from './insertionEdit';
import { labelStyle, printLabel } from './labelLiterals';

function armTemplate(site: SwitchSite, spec: LanguageSpec): ArmTemplate | undefined {
  const arms = spec.printer.arms;
  const template = (site.isExpression ? arms[`${site.armForm}.expression`] : undefined) ?? arms[site.armForm];
  // Where the other arms return or throw, an arm that falls out would not compile ("missing return").
  if (template && 'head' in template && !site.isExpression && exitsLikeNeighbours(site)) return { ...template, body: [spec.printer.notImplemented] };
  return template;
}

export function printCases(
  spec: LanguageSpec,
  site: SwitchSite,
  text: string,
  cases: readonly CaseToInsert[],
  eol: string = text.includes('\r\n') ? '\r\n' : '\n',
): PrintResult {
  if (site.construct === 'chain') return printBranches(spec, site, text, cases, eol);
  if (site.construct === 'map') return { skipped: [], refused: 'a dispatch map takes no inserted cases' };
  if (site.hasSyntaxError) return { skipped: [], refused: 'the switch has a syntax error' };
  const template = armTemplate(site, spec);
  if (!template) return { skipped: [], refused: `no ${site.armForm} arm syntax for ${spec.name}` };
  const style = labelStyle(site, spec);
  const printable: PrintableCase[] = [];
  const skipped: SkippedCase[] = [];
  for (const insert of cases) {
    const printed = printLabel(insert, style, spec);
    if ('label' in printed) printable.push({ label: printed.label, insert });
    else skipped.push({ value: insert.value, reason: printed.reason });
  }
  if (printable.length === 0) return { skipped };
  const lines = new LineIndex(text);
  const indent = indentation(site, lines, spec.printer);
  const rendered = armLines(template, printable, spec).map((line) => (line.depth === 0 ? indent.arm : indent.body) + line.text);
  const separator = 'inline' in template ? template.separator : undefined;
  const edit = insertionEdit(site, lines, rendered, eol, indent, separator);
  return edit ? { edit, skipped } : { skipped, refused: 'the switch has no arm or end to insert cases at' };
}
