// The figures as a Markdown table, and EVALUATION.md updated in place: each run replaces its own named
// section (`--label`), so re-running is idempotent and a baseline stays beside later measurements.
import * as fs from 'node:fs';
import type { Figures, Ratio } from './score';

export interface RepoRow {
  repo: string;
  role: string;
  files: number;
  figures: Figures;
}

export function pct(r: Ratio): string {
  return r.of === 0 ? '—' : `${((100 * r.hit) / r.of).toFixed(1)}% (${r.hit}/${r.of})`;
}

const HEADER = ['repository', 'role', 'files', 'detections', 'correct', 'wrong', 'unjudged', 'precision', 'recall', 'recall (codes in catalogs)', 'recall ISO map keys', 'recall ISO map keys with a meaning', 'recall SNAP literals', 'lint findings', 'lint recall', 'false warnings'];

function cells(name: string, role: string, files: number | string, f: Figures): string[] {
  return [name, role, String(files), String(f.detections), String(f.correct), String(f.wrong), String(f.unjudged), pct(f.precision), pct(f.recall), pct(f.catalogRecall), pct(f.isoMapRecall), pct(f.isoDefinedRecall), pct(f.snapRecall), String(f.findings), pct(f.lintRecall), pct(f.falseWarnings)];
}

export function markdownTable(rows: readonly RepoRow[], totals: readonly { name: string; figures: Figures }[]): string {
  const line = (c: string[]) => `| ${c.join(' | ')} |`;
  return [
    line(HEADER),
    line(HEADER.map(() => '---')),
    ...rows.map((r) => line(cells(r.repo, r.role, r.files, r.figures))),
    ...totals.map((t) => line(cells(`**${t.name}**`, '', '', t.figures))),
  ].join('\n');
}

const INTRO = `# Real-world evaluation

PayCodes' detector and \`paycodes lint\`, run over public repositories that use the bundled gateways (and some
that do not, as negative controls), scored against hand-made labels. How to run it, the label format and how
to judge: [test/realworld/README.md](test/realworld/README.md). Each section below is one run, replaced when
the run with the same label is repeated.

- **precision**: detections judged correct / detections judged (a code explained as its own family).
- **recall**: labelled true codes the detector explains as their family; the ISO-map and SNAP columns are
  the issue's target classes (ISO 8583 response-code map keys; SNAP 7-digit literals). "codes in catalogs"
  leaves out labelled codes no bundled catalog holds, which no detector can explain.
- **lint recall**: places labelled SHOULD-WARN (or TYPO) with a finding on them.
- **false warnings**: findings at places labelled FINE or at no labelled place / all findings.
- **unjudged**: detections no label speaks of; the script lists them (\`--emit-unjudged\`) for labelling.
`;

export function writeSection(file: string, label: string, body: string): void {
  const begin = `<!-- realworld:${label}:begin -->`;
  const end = `<!-- realworld:${label}:end -->`;
  const section = `${begin}\n${body.trim()}\n${end}`;
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : INTRO;
  const from = old.indexOf(begin);
  const to = old.indexOf(end);
  const next = from !== -1 && to > from ? old.slice(0, from) + section + old.slice(to + end.length) : `${old.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, next);
}
