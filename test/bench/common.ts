// What every benchmark shares: where data goes, the catalogs' codes, the machine, tables and BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { catalogsDir, repoRoot } from '../paths';

/** Generated data and the snapshot of dist/ the run measures; ignored by git. */
export const benchDir = process.env.PAYCODES_BENCH_DIR ?? path.join(repoRoot, '.bench');
export const benchmarksFile = path.join(repoRoot, 'BENCHMARKS.md');

export interface BenchEntry {
  provider: string;
  family: string;
  group: string;
  code: string;
  name?: string;
  message?: string;
  description?: string;
  outcome: string;
  retry: string;
}

/** Every entry with a code in the bundled catalogs, in file then entry order. */
export function loadCatalogEntries(): BenchEntry[] {
  const files = fs.readdirSync(catalogsDir).filter((f) => f.endsWith('.json') && f !== 'schema.json').sort();
  const entries: BenchEntry[] = [];
  for (const f of files) {
    const catalog = JSON.parse(fs.readFileSync(path.join(catalogsDir, f), 'utf8')) as { entries: (BenchEntry & { code: string | null })[] };
    for (const e of catalog.entries) if (e.code !== null) entries.push(e);
  }
  return entries;
}

export function entriesOf(entries: readonly BenchEntry[], provider: string, family?: string): BenchEntry[] {
  return entries.filter((e) => e.provider === provider && (family === undefined || e.family === family));
}

export interface Machine {
  date: string;
  commit: string;
  cores: number;
  node: string;
  cpu: string;
  memoryGb: number;
}

export function machine(): Machine {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    if (dirty) commit += ' (+ uncommitted changes)';
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit,
    cores: os.availableParallelism(),
    node: process.version,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
  };
}

export function toolVersion(cmd: string, args: string[] = ['--version']): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).split('\n')[0].trim();
  } catch {
    return 'not installed';
  }
}

/** A Markdown table (it reads as a plain table in a terminal too). */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map(String));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.map(line)].join('\n');
}

export type Verdict = 'met' | 'NOT met' | 'n/a';

export interface Target {
  what: string;
  target: string;
  measured: string;
  verdict: Verdict;
  note?: string;
}

export function verdict(ok: boolean | undefined): Verdict {
  return ok === undefined ? 'n/a' : ok ? 'met' : 'NOT met';
}

export function targetsTable(targets: readonly Target[]): string {
  return table(['target', 'goal', 'measured', 'verdict', 'what limits it'], targets.map((t) => [t.what, t.target, t.measured, t.verdict, t.note ?? '']));
}

const INTRO = `# PayCodes benchmarks

How fast PayCodes is on production-size logs and on every keystroke (issue 7). Run them with

    npm run bench                        # all three, with the 1 GB log
    npm run bench -- --only scan         # one or more of: scan, lsp, lint (or PAYCODES_BENCH_ONLY=scan)
    npm run bench -- --skip-1g           # or PAYCODES_BENCH_SKIP_1G=1
    npm run bench -- --runs 5            # repetitions of each timed command, median reported (default 3;
                                         # --runs-1g, default 1, for the 1 GB log: ripgrep -w takes minutes there)
    npm run bench -- --profile           # also profile PayCodes' side of each benchmark (node --cpu-prof)
    npm run bench -- --dist DIR --no-append   # measure another build; print only

They are not part of \`npm test\`. Generated data is deterministic (seeded), streamed to disk and reused
by later runs: logs and sources in \`.bench/\` (git-ignored), the lint tree in the system temp folder
(\`paycodes lint\` honours .gitignore, so an ignored folder would lint nothing). A run measures a
snapshot of \`dist/\` taken when it starts. Each run appends its figures below with the date, commit,
machine and load average. Timings are ratios against a peer measured in the same run where there is one
(ripgrep for the log scan and for reading the lint tree). Peak RSS comes from \`/usr/bin/time -v\`
(apt package \`time\`) for the CLI and ripgrep, and from \`/proc/<pid>/status\` for the language server.

Results, newest last:
`;

export function appendBenchmarks(section: string): void {
  if (!fs.existsSync(benchmarksFile)) fs.writeFileSync(benchmarksFile, INTRO);
  fs.appendFileSync(benchmarksFile, `\n${section.trimEnd()}\n`);
}

export function machineLine(m: Machine): string {
  return `${m.date} · commit ${m.commit} · ${m.cores} cores (${m.cpu}) · ${m.memoryGb} GB · Node ${m.node}`;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

export const fmt = {
  ms: (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)) + ' ms',
  s: (ms: number) => (ms / 1000).toFixed(2) + ' s',
  mb: (bytes: number) => (bytes / 2 ** 20).toFixed(1) + ' MB',
  mbps: (bytes: number, ms: number) => {
    const v = bytes / 2 ** 20 / (ms / 1000);
    return v.toFixed(v < 10 ? 2 : 0) + ' MB/s';
  },
  ratio: (v: number) => v.toFixed(2),
};

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** What a benchmark is given by the runner. */
export interface BenchContext {
  /** The build under measurement: a snapshot of dist/ next to a copy of catalogs/. */
  cliJs: string;
  serverJs: string;
  dataDir: string;
  runs: number;
  runs1g: number;
  skip1g: boolean;
  profile: boolean;
}

export interface BenchResult {
  title: string;
  /** Markdown: tables and notes. */
  body: string;
  targets: Target[];
}

export function loadLine(): string {
  const [a, b, c] = os.loadavg();
  return `load average ${a.toFixed(2)} ${b.toFixed(2)} ${c.toFixed(2)}`;
}

/** Writes the catalogs' distinct codes one per line (ripgrep's pattern file) and returns its path. */
export function codesFile(dataDir: string, entries: readonly BenchEntry[]): string {
  const file = path.join(dataDir, 'codes.txt');
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, [...new Set(entries.map((e) => e.code))].join('\n') + '\n');
  return file;
}
