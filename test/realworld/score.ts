// Compares one repository's detections and lint findings with its labels.
import type { Detection } from './detections';
import type { BranchLabel, CodeLabel, RepoLabels } from './labels';
import type { LintFindingJson } from './lintRun';

export type FileDetection = Detection & { file: string };

export interface JudgedDetection {
  detection: FileDetection;
  label?: CodeLabel;
  status: 'correct' | 'wrong' | 'unjudged';
}

export interface JudgedFinding {
  finding: LintFindingJson;
  place?: BranchLabel;
  status: 'warranted' | 'false' | 'unlabelled';
}

export interface Ratio {
  hit: number;
  of: number;
}

export interface RepoScore {
  detections: JudgedDetection[];
  /** Labelled true codes (verdict `code`) and whether the detector explained them as their family. */
  trueCodes: { label: CodeLabel; found: boolean; inCatalog: boolean }[];
  findings: JudgedFinding[];
  /** SHOULD-WARN and TYPO places and whether a finding of the right rule is on them. */
  expectedWarnings: { place: BranchLabel; warned: boolean }[];
}

/** A finding belongs to the place whose branching keyword is on its line or up to this many lines above. */
const HEADER_LINES = 2;

const key = (file: string, line: number, code: string) => `${file}\u0000${line}\u0000${code}`;

export function scoreRepo(
  detections: readonly FileDetection[], findings: readonly LintFindingJson[], labels: RepoLabels, knows: (code: string) => boolean,
): RepoScore {
  const open = new Map<string, CodeLabel[]>();
  for (const l of labels.codes) open.set(key(l.file, l.line, l.code), [...(open.get(key(l.file, l.line, l.code)) ?? []), l]);
  const foundLabels = new Set<CodeLabel>();
  const judged = detections.map((d): JudgedDetection => {
    const label = open.get(key(d.file, d.line, d.code))?.shift();
    if (!label) return { detection: d, status: 'unjudged' };
    const correct = label.verdict === 'code' && label.family === d.family;
    if (correct) foundLabels.add(label);
    return { detection: d, label, status: correct ? 'correct' : 'wrong' };
  });
  const trueCodes = labels.codes.filter((l) => l.verdict === 'code').map((label) => ({ label, found: foundLabels.has(label), inCatalog: knows(label.code) }));

  const warned = new Set<BranchLabel>();
  const judgedFindings = findings.map((f): JudgedFinding => {
    const place = placeOf(f, labels.branches);
    if (!place) return { finding: f, status: 'unlabelled' };
    if (place.verdict === 'FINE') return { finding: f, place, status: 'false' };
    warned.add(place);
    return { finding: f, place, status: 'warranted' };
  });
  const expectedWarnings = labels.branches.filter((b) => b.verdict !== 'FINE').map((place) => ({ place, warned: warned.has(place) }));
  return { detections: judged, trueCodes, findings: judgedFindings, expectedWarnings };
}

function placeOf(f: LintFindingJson, places: readonly BranchLabel[]): BranchLabel | undefined {
  const inFile = places.filter((p) => p.file === f.file);
  if (f.rule === 'unknown-code') return inFile.find((p) => p.verdict === 'TYPO' && p.line === f.line);
  return inFile
    .filter((p) => p.verdict !== 'TYPO' && p.line <= f.line && f.line <= p.line + HEADER_LINES)
    .sort((a, b) => b.line - a.line)[0];
}

export const count = <T>(xs: readonly T[], p: (x: T) => boolean) => xs.filter(p).length;

export function ratio<T>(xs: readonly T[], hit: (x: T) => boolean): Ratio {
  return { hit: count(xs, hit), of: xs.length };
}

export const add = (a: Ratio, b: Ratio): Ratio => ({ hit: a.hit + b.hit, of: a.of + b.of });

/** The figures a report shows for one repository or a total. */
export interface Figures {
  detections: number;
  correct: number;
  wrong: number;
  unjudged: number;
  /** correct / judged */
  precision: Ratio;
  recall: Ratio;
  /** recall over the true codes some bundled catalog holds */
  catalogRecall: Ratio;
  isoMapRecall: Ratio;
  /** recall over the ISO map keys that have a meaning (the standard's or a network's): reserved and private values have none to show */
  isoDefinedRecall: Ratio;
  snapRecall: Ratio;
  findings: number;
  lintRecall: Ratio;
  /** findings at FINE places or at no labelled place / all findings */
  falseWarnings: Ratio;
}

export const isIsoMapKey = (l: CodeLabel) => l.family === 'iso8583' && l.context === 'map-key';
export const isSnap = (l: CodeLabel) => l.family === 'snap';

export function figures(s: RepoScore): Figures {
  const correct = count(s.detections, (d) => d.status === 'correct');
  const wrong = count(s.detections, (d) => d.status === 'wrong');
  return {
    detections: s.detections.length,
    correct,
    wrong,
    unjudged: s.detections.length - correct - wrong,
    precision: { hit: correct, of: correct + wrong },
    recall: ratio(s.trueCodes, (t) => t.found),
    catalogRecall: ratio(s.trueCodes.filter((t) => t.inCatalog), (t) => t.found),
    isoMapRecall: ratio(s.trueCodes.filter((t) => isIsoMapKey(t.label)), (t) => t.found),
    isoDefinedRecall: ratio(s.trueCodes.filter((t) => isIsoMapKey(t.label) && t.inCatalog), (t) => t.found),
    snapRecall: ratio(s.trueCodes.filter((t) => isSnap(t.label)), (t) => t.found),
    findings: s.findings.length,
    lintRecall: ratio(s.expectedWarnings, (w) => w.warned),
    falseWarnings: ratio(s.findings, (f) => f.status !== 'warranted'),
  };
}

export function sum(all: readonly Figures[]): Figures {
  const zero: Ratio = { hit: 0, of: 0 };
  return all.reduce(
    (a, f) => ({
      detections: a.detections + f.detections,
      correct: a.correct + f.correct,
      wrong: a.wrong + f.wrong,
      unjudged: a.unjudged + f.unjudged,
      precision: add(a.precision, f.precision),
      recall: add(a.recall, f.recall),
      catalogRecall: add(a.catalogRecall, f.catalogRecall),
      isoMapRecall: add(a.isoMapRecall, f.isoMapRecall),
      isoDefinedRecall: add(a.isoDefinedRecall, f.isoDefinedRecall),
      snapRecall: add(a.snapRecall, f.snapRecall),
      findings: a.findings + f.findings,
      lintRecall: add(a.lintRecall, f.lintRecall),
      falseWarnings: add(a.falseWarnings, f.falseWarnings),
    }),
    { detections: 0, correct: 0, wrong: 0, unjudged: 0, precision: zero, recall: zero, catalogRecall: zero, isoMapRecall: zero, isoDefinedRecall: zero, snapRecall: zero, findings: 0, lintRecall: zero, falseWarnings: zero },
  );
}
