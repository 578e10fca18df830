// `npm run eval:realworld -- <corpus folder> [--label NAME] [--note TEXT] [--repo owner/name …] [--emit-unjudged FILE] [--no-write]`
// Runs the detector and `paycodes lint` over a local export of the corpus, scores both against the labels
// in test/realworld/labels/, prints the figures and what no label covers, and records the figures in
// EVALUATION.md. Not part of `npm test`: the corpus is not in the repository (see README.md).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { catalogsDir, distDir, repoRoot } from '../paths';
import { analysedFiles, readManifest, type CorpusRepo } from './corpus';
import { createDetector, type Detector } from './detections';
import { BRANCH_COLUMNS, CODE_COLUMNS, readLabels } from './labels';
import { lintRepo } from './lintRun';
import { markdownTable, pct, writeSection, type RepoRow } from './report';
import { figures, scoreRepo, sum, type FileDetection, type RepoScore } from './score';
import { tsvLine } from './tsv';

const realworldDir = path.join(repoRoot, 'test', 'realworld');
const labelsDir = path.join(realworldDir, 'labels');

function measuredCommit(): string {
  const git = (...args: string[]) => execFileSync('git', ['-C', repoRoot, ...args], { encoding: 'utf8' }).trim();
  const commit = git('log', '-1', '--format=%h', '--', 'server', 'catalogs');
  return git('status', '--porcelain', '--', 'server', 'catalogs') === '' ? commit : `${commit} + uncommitted changes`;
}

function evaluateRepo(r: CorpusRepo, detector: Detector, texts: Map<string, string[]>): { files: number; score: RepoScore; problems: string[] } {
  const detections: FileDetection[] = [];
  let files = 0;
  for (const [file, text] of analysedFiles(r.dir)) {
    files++;
    const found = detector.detect(path.join(r.dir, file), text);
    if (found.length > 0) texts.set(file, text.split(/\r?\n/));
    detections.push(...found.map((d) => ({ ...d, file })));
  }
  const findings = lintRepo(path.join(distDir, 'cli.js'), r.dir);
  const labels = readLabels(labelsDir, r.repo, r.commit);
  return { files, score: scoreRepo(detections, findings, labels, detector.knows), problems: labels.problems };
}

/** The line around a column, short enough to read in a listing. */
function lineText(texts: Map<string, string[]>, file: string, line: number, column: number): string {
  const text = texts.get(file)?.[line - 1] ?? '';
  const from = Math.max(0, column - 70);
  return `${from > 0 ? '…' : ''}${text.slice(from, column + 70).trim()}`;
}

function printRepo(r: CorpusRepo, s: RepoScore, problems: string[], texts: Map<string, string[]>): void {
  const f = figures(s);
  console.log(`\n## ${r.repo} (${r.role}: ${r.gateways})`);
  console.log(
    `detections ${f.detections}: correct ${f.correct}, wrong ${f.wrong}, unjudged ${f.unjudged}; precision ${pct(f.precision)}; ` +
      `recall ${pct(f.recall)} (codes in catalogs ${pct(f.catalogRecall)}, ISO map keys ${pct(f.isoMapRecall)}, those with a meaning ${pct(f.isoDefinedRecall)}, SNAP ${pct(f.snapRecall)})`,
  );
  console.log(`lint: ${f.findings} findings; recall of SHOULD-WARN ${pct(f.lintRecall)}; false warnings ${pct(f.falseWarnings)}`);
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return;
    console.log(`  ${title}:`);
    for (const i of items) console.log(`    ${i}`);
  };
  list('label problems', problems);
  list('unjudged detections', s.detections.filter((d) => d.status === 'unjudged').map(({ detection: d }) => `${d.file}:${d.line}:${d.column} ${d.code} → ${d.family} ${d.meaning} | ${lineText(texts, d.file, d.line, d.column)}`));
  list('wrong detections', s.detections.filter((d) => d.status === 'wrong').map(({ detection: d, label }) => `${d.file}:${d.line} ${d.code} → ${d.family}; labelled ${label!.verdict}${label!.family ? ` ${label!.family}` : ''}: ${label!.reason}`));
  list('missed true codes', s.trueCodes.filter((t) => !t.found).map(({ label: l, inCatalog }) => `${l.file}:${l.line} ${l.code} (${l.family}, ${l.context}${inCatalog ? '' : ', in no catalog'})`));
  list('lint findings at no labelled place', s.findings.filter((x) => x.status === 'unlabelled').map(({ finding: x }) => `${x.file}:${x.line} ${x.rule}: ${x.message}`));
  list('false warnings', s.findings.filter((x) => x.status === 'false').map(({ finding: x, place }) => `${x.file}:${x.line} ${x.rule}; place labelled FINE: ${place!.reason}`));
  list('SHOULD-WARN places without a finding', s.expectedWarnings.filter((w) => !w.warned).map(({ place: p }) => `${p.file}:${p.line} ${p.verdict}: ${p.reason}`));
}

/** Rows in the labels' own format with an empty verdict, for a person to judge and move into labels/. */
function unjudgedRows(r: CorpusRepo, s: RepoScore): { codes: string[]; branches: string[] } {
  return {
    codes: s.detections
      .filter((d) => d.status === 'unjudged')
      .map(({ detection: d }) => tsvLine([r.repo, r.commit, d.file, d.line, d.code, '', '', '', `detected as ${d.family} at column ${d.column}: ${d.meaning}`])),
    branches: s.findings
      .filter((x) => x.status === 'unlabelled')
      .map(({ finding: x }) => tsvLine([r.repo, r.commit, x.file, x.line, '', `${x.rule}: ${x.message}`])),
  };
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      label: { type: 'string', default: 'current' },
      note: { type: 'string' },
      repo: { type: 'string', multiple: true },
      'emit-unjudged': { type: 'string' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new Error('usage: npm run eval:realworld -- <corpus folder> [--label NAME] [--note TEXT] [--repo owner/name] [--emit-unjudged FILE] [--no-write]');
  const corpusDir = path.resolve(positionals[0]);
  if (!fs.existsSync(path.join(distDir, 'cli.js'))) throw new Error(`${distDir}/cli.js is missing: run node esbuild.mjs first`);
  const only = values.repo;
  const repos = readManifest(path.join(realworldDir, 'manifest.tsv'), corpusDir).filter((r) => !only || only.includes(r.repo));
  const detector = createDetector(catalogsDir);
  const rows: RepoRow[] = [];
  const emitted = { codes: [] as string[], branches: [] as string[] };
  for (const r of repos) {
    if (!fs.existsSync(r.dir)) throw new Error(`${r.dir} is missing: test/realworld/manifest.tsv lists ${r.repo} at ${r.commit}`);
    const texts = new Map<string, string[]>();
    const { files, score, problems } = evaluateRepo(r, detector, texts);
    printRepo(r, score, problems, texts);
    rows.push({ repo: r.repo, role: r.role, files, figures: figures(score) });
    const u = unjudgedRows(r, score);
    emitted.codes.push(...u.codes);
    emitted.branches.push(...u.branches);
  }
  const positive = sum(rows.filter((r) => r.role === 'positive').map((r) => r.figures));
  const negative = sum(rows.filter((r) => r.role === 'negative').map((r) => r.figures));
  const all = sum(rows.map((r) => r.figures));
  const table = markdownTable(rows, [{ name: 'positive repositories', figures: positive }, { name: 'negative controls', figures: negative }, { name: 'all', figures: all }]);
  const commit = measuredCommit();
  console.log(`\n# totals (PayCodes server/ and catalogs/ at ${commit})\n`);
  console.log(`detections in negative controls: ${negative.detections}`);
  console.log(table);

  if (values['emit-unjudged']) {
    const file = path.resolve(values['emit-unjudged']);
    const branchesFile = file.replace(/(\.tsv)?$/, '.branches.tsv');
    fs.writeFileSync(file, [CODE_COLUMNS.join('\t'), ...emitted.codes].join('\n') + '\n');
    fs.writeFileSync(branchesFile, [BRANCH_COLUMNS.join('\t'), ...emitted.branches].join('\n') + '\n');
    console.log(`\n${emitted.codes.length} unjudged detections written to ${file}, ${emitted.branches.length} unlabelled lint findings to ${branchesFile}`);
  }
  if (only || values['no-write']) return;
  const evaluation = path.join(repoRoot, 'EVALUATION.md');
  const body = [
    `## ${values.label}: PayCodes server/ and catalogs/ at ${commit}`,
    '',
    ...(values.note ? [values.note, ''] : []),
    `Corpus: ${rows.length} repositories (${rows.filter((r) => r.role === 'negative').length} negative controls), the commits in the labels. ` +
      `Detections in negative controls: **${negative.detections}**. Precision over all detections: **${pct(all.precision)}**; ` +
      `recall on ISO map keys **${pct(all.isoMapRecall)}** (on those the standard or a network gives a meaning, not reserved or private values: **${pct(all.isoDefinedRecall)}**), on SNAP literals **${pct(all.snapRecall)}**; ` +
      `lint recall **${pct(all.lintRecall)}**, false warnings **${pct(all.falseWarnings)}**.`,
    '',
    table,
  ].join('\n');
  writeSection(evaluation, values.label, body);
  console.log(`\n${path.relative(repoRoot, evaluation)}: section "${values.label}" written`);
}

try {
  main();
} catch (err) {
  console.error(`eval:realworld: ${(err as Error).message}`);
  process.exitCode = 2;
}
