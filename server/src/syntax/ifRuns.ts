// Runs of separate `if`s over one subject, read as one chain: `if (F) { return; } if (S) { … }`. The tests
// of one subject against different codes exclude each other, so the run decides as an if/else-if chain
// does, and what no `if` takes falls out of the run.
//
// Each lone `if` is found on its own (a fragment, see `SwitchSite.lone`), and the runs are joined from the
// fragments and the text between them only: the same whether the fragments were found again after an edit
// or carried over, so that incremental and whole-document searches agree.
import { LineIndex } from './positions';
import type { SwitchSite } from './types';

const COMMENT = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|#[^\n]*/g;

/** Between two ifs of a run: blanks and comments only. Code right after the first if is the usual answer, found at once. */
function onlyComments(gap: string): boolean {
  const first = /\S/.exec(gap)?.[0];
  return first === undefined || ((first === '/' || first === '#') && gap.replace(COMMENT, '').trim() === '');
}

/** The run as one chain, whose new branches are ifs of their own after the last one, as the run writes them. */
function joined(run: readonly SwitchSite[], text: string, lines: LineIndex): SwitchSite {
  const [first] = run;
  const last = run.at(-1)!;
  const { lone, ...head } = first;
  const indent = lines.lineText(first.keywordRange.start.line).slice(0, first.keywordRange.start.character);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return {
    ...head,
    ...(first.chain && { chain: { ...first.chain, connector: `${eol}${/^\s*$/.test(indent) ? indent : ''}${lone!.opening}`, end: last.range.end, separate: true } }),
    range: { start: first.range.start, end: last.range.end },
    arms: run.flatMap((site) => site.arms),
    hasSyntaxError: run.some((site) => site.hasSyntaxError),
  };
}

/** The sites with each run of two or more lone ifs over one subject joined into a chain, and the other lone ifs left out. */
export function joinIfRuns(sites: readonly SwitchSite[], text: string): SwitchSite[] {
  if (!sites.some((site) => site.lone)) return [...sites];
  let lines: LineIndex | undefined;
  const adjacent = (a: SwitchSite, b: SwitchSite) => {
    if (a.lone!.subject !== b.lone!.subject || a.keywordRange.start.character !== b.keywordRange.start.character) return false;
    lines ??= new LineIndex(text);
    const from = lines.offsetAt(a.range.end);
    const to = lines.offsetAt(b.range.start);
    return from <= to && onlyComments(text.slice(from, to));
  };
  // A run takes the place of its first if, among the other sites in their order.
  const out: (SwitchSite | SwitchSite[])[] = [];
  let run: SwitchSite[] = [];
  for (const site of sites) {
    if (!site.lone) {
      out.push(site);
      continue;
    }
    if (run.length === 0 || !adjacent(run.at(-1)!, site)) out.push((run = []));
    run.push(site);
  }
  return out.flatMap((item) => (!Array.isArray(item) ? [item] : item.length >= 2 ? [joined(item, text, (lines ??= new LineIndex(text)))] : []));
}
