// Scores the detector's findings in one fixture against what a reader would call codes there, and adds the
// scores up per language into a precision/recall table.

export interface Expected {
  /** 1-based, as an editor shows it. */
  line: number;
  code: string;
  /** The gateway that must rank first, where the fixture says. */
  provider?: string;
}

export interface Found {
  line: number;
  code: string;
  provider: string;
}

export interface FileScore {
  truePositives: number;
  falsePositives: Found[];
  misses: Expected[];
  wrongProvider: { expected: Expected; found: Found }[];
}

const key = (o: { line: number; code: string }) => `${o.line}\u0000${o.code}`;

/** Occurrences are matched by line and code, as many times as each is listed (a line may hold a code twice). */
export function scoreFile(expected: readonly Expected[], found: readonly Found[]): FileScore {
  const open = new Map<string, Expected[]>();
  for (const e of expected) open.set(key(e), [...(open.get(key(e)) ?? []), e]);
  const result: FileScore = { truePositives: 0, falsePositives: [], misses: [], wrongProvider: [] };
  for (const f of found) {
    const match = open.get(key(f))?.shift();
    if (!match) {
      result.falsePositives.push(f);
      continue;
    }
    result.truePositives++;
    if (match.provider !== undefined && match.provider !== f.provider) result.wrongProvider.push({ expected: match, found: f });
  }
  for (const rest of open.values()) result.misses.push(...rest);
  return result;
}

export interface Totals {
  files: number;
  expected: number;
  truePositives: number;
  falsePositives: number;
  misses: number;
}

export const precision = (t: Totals) => (t.truePositives + t.falsePositives === 0 ? 1 : t.truePositives / (t.truePositives + t.falsePositives));
export const recall = (t: Totals) => (t.expected === 0 ? 1 : t.truePositives / t.expected);

export class Tally {
  readonly byLanguage = new Map<string, Totals>();

  add(language: string, expected: number, score: FileScore): void {
    const t = this.byLanguage.get(language) ?? { files: 0, expected: 0, truePositives: 0, falsePositives: 0, misses: 0 };
    t.files++;
    t.expected += expected;
    t.truePositives += score.truePositives;
    t.falsePositives += score.falsePositives.length;
    t.misses += score.misses.length;
    this.byLanguage.set(language, t);
  }

  overall(): Totals {
    const sum: Totals = { files: 0, expected: 0, truePositives: 0, falsePositives: 0, misses: 0 };
    for (const t of this.byLanguage.values()) {
      for (const k of Object.keys(sum) as (keyof Totals)[]) sum[k] += t[k];
    }
    return sum;
  }

  table(): string {
    const rows = [...this.byLanguage].sort(([a], [b]) => a.localeCompare(b)).map(([language, t]) => row(language, t));
    const lines = [header(), ...rows, row('overall', this.overall())];
    return lines.join('\n');
  }
}

const COLUMNS = ['language', 'files', 'expected', 'found', 'false pos.', 'missed', 'precision', 'recall'];
const WIDTHS = [12, 6, 9, 6, 11, 7, 10, 7];

function cells(values: string[]): string {
  return values.map((v, i) => (i === 0 ? v.padEnd(WIDTHS[i]) : v.padStart(WIDTHS[i]))).join('  ');
}

function header(): string {
  return cells(COLUMNS);
}

function row(language: string, t: Totals): string {
  return cells([
    language, String(t.files), String(t.expected), String(t.truePositives + t.falsePositives), String(t.falsePositives),
    String(t.misses), precision(t).toFixed(3), recall(t).toFixed(3),
  ]);
}
