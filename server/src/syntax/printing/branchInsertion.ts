// Prints the branches a fix adds to an if/else-if chain: after its last tested branch (so before its final
// `else`), each a test like the chain's own, written with the chain's own connector, opener and indentation.
import type { LanguageSpec } from '../languages/languageSpec';
import { LineIndex } from '../positions';
import type { CaseToInsert, PrintResult, SkippedCase, SwitchSite } from '../types';
import { fill, oneLine } from './armLines';
import { fileIndentUnit, leading } from './indentation';
import { isPortableNumber } from './labelLiterals';
import { exitsLikeNeighbours } from './neighbours';
import { stringLiteral } from './stringLiterals';

/** A value as the chain's test writes it; undefined when the test's kind cannot hold it. */
export function chainValue(site: SwitchSite, insert: CaseToInsert, spec: LanguageSpec): string | undefined {
  const test = site.chain!.test;
  if (insert.name) return insert.name;
  if (test.kind === 'number') return isPortableNumber(insert.value) ? insert.value : undefined;
  if (test.kind === 'string') return stringLiteral(insert.value, test.quote || spec.printer.preferredQuote, spec);
  return undefined;
}

/** One more test of the chain's subject, as the chain writes its tests. */
export function chainTest(site: SwitchSite, value: string): string {
  const { before, after } = site.chain!.test;
  return `${before}${value}${after}`;
}

function bodyIndent(site: SwitchSite, lines: LineIndex, head: string, spec: LanguageSpec): string {
  const first = site.arms[0]?.condition;
  for (let line = (first?.end.line ?? site.keywordRange.start.line) + 1; first && line <= site.arms[0].range.end.line; line++) {
    const text = lines.lineText(line);
    if (text.trim() === '') continue;
    const indent = leading(text);
    if (indent.length > head.length && indent.startsWith(head)) return indent;
    break;
  }
  return head + (fileIndentUnit(lines) ?? spec.printer.indentUnit);
}

export function printBranches(spec: LanguageSpec, site: SwitchSite, text: string, cases: readonly CaseToInsert[], eol: string): PrintResult {
  if (site.hasSyntaxError) return { skipped: [], refused: 'the chain has a syntax error' };
  const chain = site.chain;
  if (!chain) return { skipped: [], refused: 'not a chain' };
  const printable: { value: string; insert: CaseToInsert }[] = [];
  const skipped: SkippedCase[] = [];
  for (const insert of cases) {
    const value = chainValue(site, insert, spec);
    if (value === undefined) skipped.push({ value: insert.value, reason: `the chain's tests cannot be written with '${insert.value}'` });
    else printable.push({ value, insert });
  }
  if (printable.length === 0) return { skipped };
  const lines = new LineIndex(text);
  const head = leading(lines.lineText(site.keywordRange.start.line));
  const body = bodyIndent(site, lines, head, spec);
  const comment = (line: string) => `${spec.printer.lineComment} ${oneLine(line, spec)}`;
  const exits = exitsLikeNeighbours(site);
  const connector = chain.connector ?? spec.printer.chain.connector.replace('{indent}', head).replace(/\n/g, eol);
  const groups: (typeof printable)[] = [];
  for (const p of printable) {
    const last = groups.at(-1);
    if (last && last[0].insert.todo === p.insert.todo) last.push(p);
    else groups.push([p]);
  }
  const branches = groups.map((group) => {
    const { insert } = group[0];
    const ending = exits ? fill(spec.printer.notImplemented, '', insert, spec) : spec.printer.chain.emptyBody;
    // No label carries the code here, so each comment names it.
    const named = (p: (typeof printable)[number]) => `${p.insert.value}: ${p.insert.comment}`;
    const bodyLines = [...group.map((p) => comment(named(p))), comment(`TODO: ${insert.todo}`), ...(ending ? [ending] : [])].map((l) => body + l);
    const condition = group.map((p) => chainTest(site, p.value)).join(chain.or);
    const opened = `${connector}${condition}${chain.opener}`;
    const close = chain.separate && spec.printer.chain.close ? `${eol}${head}${spec.printer.chain.close}` : '';
    return chain.braces ? `${opened}{${eol}${bodyLines.join(eol)}${eol}${head}}` : `${opened}${eol}${bodyLines.join(eol)}${close}`;
  });
  return { edit: { range: { start: chain.end, end: chain.end }, newText: branches.join('') }, skipped };
}
