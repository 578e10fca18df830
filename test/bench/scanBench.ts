// Benchmark 1: `paycodes scan` over a 200 MB and a 1 GB production-like log, against ripgrep counting the
// catalogs' long codes as whole words, what a user would run (`rg -o -w -F -c -f long-codes.txt`): the
// headline ratio. Secondary rows: the table output, one thread (`--jobs 0`), and ripgrep with every one of
// the catalogs' codes as a pattern (a pathological case for ripgrep's -w), on the 200 MB log only.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isSpecific } from '../../server/src/detect/lexeme';
import {
  codesFile, fmt, loadCatalogEntries, log, median, table, verdict, type BenchContext, type BenchEntry, type BenchResult, type Target,
} from './common';
import { explainMisses, profileIn, profileSection } from './profileRun';
import { ensureLog, type LogStats } from './genLog';
import { measure, type Measured } from './measure';

interface Tool {
  name: string;
  cmd: string;
  args: (logFile: string) => string[];
  /** Occurrences (matches) it reports. */
  count: (m: Measured) => number;
  /** Run on the 200 MB log only, once per run of the others. */
  secondary?: boolean;
}

const SIZES = [
  { label: '200 MB', bytes: 200 * 2 ** 20, big: false },
  { label: '1 GB', bytes: 2 ** 30, big: true },
];

/** Peak RSS may not grow by more than this from the 200 MB log to the 1 GB one. */
const CONSTANT_MEMORY_SLACK = 10 * 2 ** 20;
const RSS_TARGET = 150 * 2 ** 20;

/** The catalogs' long codes (SNAP's seven digits, UPPER_SNAKE names): the ones a user would grep a log for. */
function longCodesFile(dataDir: string, entries: readonly BenchEntry[]): { file: string; count: number } {
  const codes = [...new Set(entries.map((e) => e.code))].filter(isSpecific);
  const file = path.join(dataDir, 'long-codes.txt');
  fs.writeFileSync(file, codes.join('\n') + '\n');
  return { file, count: codes.length };
}

export async function scanBench(ctx: BenchContext): Promise<BenchResult> {
  const entries = loadCatalogEntries();
  const codes = codesFile(ctx.dataDir, entries);
  const allCodes = fs.readFileSync(codes, 'utf8').trim().split('\n').length;
  const long = longCodesFile(ctx.dataDir, entries);
  // `paycodes` looks for teams' own catalogs below its project root: give it a folder outside any project.
  const cwd = path.join(ctx.dataDir, 'empty');
  fs.mkdirSync(cwd, { recursive: true });
  const tableCount = (m: Measured) => Number(/(\d+) occurrences? of \d+ codes?/.exec(m.stdout)?.[1] ?? NaN);
  // `{"occurrences":[` then one line per occurrence, then `],"summary":…`.
  const jsonCount = (m: Measured) => m.stdoutLines - 2;
  const scan = (...extra: string[]) => (f: string) => [ctx.cliJs, 'scan', ...extra, f];
  const tools: Tool[] = [
    { name: '`paycodes scan --json`', cmd: process.execPath, args: scan('--json'), count: jsonCount },
    { name: `\`rg -o -w -F -c -f long-codes.txt\` (${long.count} codes)`, cmd: 'rg', args: (f) => ['-o', '-w', '-F', '-c', '-f', long.file, f], count: (m) => Number(m.stdout.trim()) },
    { name: '`paycodes scan` (table)', cmd: process.execPath, args: scan(), count: tableCount },
    { name: '`paycodes scan --json --jobs 0` (one thread)', cmd: process.execPath, args: scan('--json', '--jobs', '0'), count: jsonCount, secondary: true },
    { name: `\`rg -o -w -F -f codes.txt\` (all ${allCodes} codes)`, cmd: 'rg', args: (f) => ['-o', '-w', '-F', '-f', codes, f], count: (m) => m.stdoutLines, secondary: true },
  ];
  const rows: (string | number)[][] = [];
  const accuracy: (string | number)[][] = [];
  const targets: Target[] = [];
  const rss: Record<string, number> = {};
  let profileLog: string | undefined;
  // What the process holds before it reads a line: Node, the bundle, the catalogs.
  const emptyLog = path.join(ctx.dataDir, 'logs', 'empty.log');
  fs.mkdirSync(path.dirname(emptyLog), { recursive: true });
  fs.writeFileSync(emptyLog, '');
  const baseline = (await measure(process.execPath, [ctx.cliJs, 'scan', emptyLog], { cwd })).peakRss;
  for (const size of SIZES) {
    if (size.big && ctx.skip1g) continue;
    const file = path.join(ctx.dataDir, 'logs', `app-${size.label.replace(' ', '')}.log`);
    log(`scan: ${size.label} log ${fs.existsSync(file) ? 'checking' : 'generating'} ${file}`);
    const started = performance.now();
    const stats = ensureLog(file, size.bytes, entries);
    log(`scan: ${size.label} log ${stats.reused ? 'reused' : `generated in ${fmt.s(performance.now() - started)}`}: ${stats.lines} lines, ${stats.codeLines} with codes`);
    profileLog ??= file;
    await warmPageCache(file);
    const runs = size.big ? ctx.runs1g : ctx.runs;
    const used = tools.filter((t) => !t.secondary || !size.big);
    const results = new Map<Tool, { m: Measured; load: number }[]>(used.map((t) => [t, []]));
    for (let r = 0; r < runs; r++) {
      for (const tool of used) {
        // ripgrep with every code and -w takes about a minute per 200 MB: once is enough for a secondary row.
        if (tool.cmd === 'rg' && tool.secondary && r > 0) continue;
        log(`scan: ${size.label} run ${r + 1}/${runs}: ${tool.name}`);
        const load = os.loadavg()[0];
        const m = await measure(tool.cmd, tool.args(file), { cwd, keepStdout: tool.count === tableCount || tool.cmd === 'rg' ? 1 << 20 : 0 });
        if (m.status !== 0) throw new Error(`${tool.name} exited ${m.status}: ${m.stderr.slice(0, 500)}`);
        results.get(tool)!.push({ m, load });
      }
    }
    const time = (t: Tool) => median(results.get(t)!.map((x) => x.m.wallMs));
    const peak = (t: Tool) => Math.max(...results.get(t)!.map((x) => x.m.peakRss));
    const loads = (t: Tool) => {
      const l = results.get(t)!.map((x) => x.load);
      return `${Math.min(...l).toFixed(2)}–${Math.max(...l).toFixed(2)}`;
    };
    const [ours, rgLong] = tools;
    for (const tool of used) {
      rows.push([
        size.label, tool.name, results.get(tool)!.length, fmt.s(time(tool)), fmt.mbps(stats.bytes, time(tool)), fmt.mb(peak(tool)),
        tool.count(results.get(tool)![0].m), tool === ours ? '1.00' : fmt.ratio(time(tool) / time(ours)), loads(tool),
      ]);
    }
    accuracy.push(accuracyRow(size.label, stats, jsonCount(results.get(ours)![0].m), rgLong.count(results.get(rgLong)![0].m)));
    const ratio = time(rgLong) / time(ours);
    rss[size.label] = peak(ours);
    targets.push({
      what: `scan ${size.label}: time vs ripgrep on the long codes`, target: 'rg time ÷ paycodes --json time ≥ 1.0',
      measured: `${fmt.ratio(ratio)} (${fmt.s(time(ours))} vs ${fmt.s(time(rgLong))}; load ${loads(ours)})`,
      verdict: verdict(ratio >= 1),
    });
    targets.push({
      what: `scan ${size.label}: peak RSS, all threads`, target: '< 150 MB', measured: fmt.mb(peak(ours)), verdict: verdict(peak(ours) < RSS_TARGET),
      note: peak(ours) < RSS_TARGET ? undefined : `${fmt.mb(baseline)} before the first line (\`paycodes scan\` of an empty log: Node, bundle, catalogs); ${fmt.mb(peak(ours) - baseline)} more while scanning`,
    });
  }
  if (rss['200 MB'] !== undefined && rss['1 GB'] !== undefined) {
    const growth = rss['1 GB'] - rss['200 MB'];
    targets.push({
      what: 'scan: constant memory', target: `peak RSS at 1 GB within ${fmt.mb(CONSTANT_MEMORY_SLACK)} of 200 MB`,
      measured: `${growth >= 0 ? '+' : ''}${fmt.mb(growth)}`, verdict: verdict(growth <= CONSTANT_MEMORY_SLACK),
      // A CPU profile says nothing of memory: the peaks themselves are the finding.
      note: growth <= CONSTANT_MEMORY_SLACK ? undefined : `peak RSS ${fmt.mb(rss['200 MB'])} at 200 MB, ${fmt.mb(rss['1 GB'])} at 1 GB`,
    });
  }
  let body = [
    `${os.availableParallelism()} cores; \`paycodes scan\` starts one worker thread per core but one (at most four), and its main thread takes a block whenever they are busy. The last column is the 1-minute load average when each run started: the machine is shared, so wall times are noisy.`,
    '',
    table(['log', 'command', 'runs', 'time (median)', 'throughput', 'peak RSS', 'occurrences', 'its time ÷ paycodes --json time', 'load at start'], rows),
    '',
    'What each one counts (first run):',
    '',
    table(['log', 'lines', 'lines with codes', 'codes planted by the generator', '`paycodes scan`', '`rg -o -w -c` long codes'], accuracy),
    '',
    `Peak RSS of \`paycodes scan\` on an empty log: ${fmt.mb(baseline)}.`,
  ].join('\n');
  if (ctx.profile && profileLog) {
    body += '\n\n' + (await profileSection('paycodes scan --json, 200 MB log', process.execPath, [ctx.cliJs, 'scan', '--json', profileLog], cwd, ctx.dataDir, 'scan', 1));
  }
  explainMisses(targets, ctx.profile ? profileIn(path.join(ctx.dataDir, 'profiles', 'scan')) : undefined);
  return { title: 'Log scan throughput (benchmark 1)', body, targets };
}

function accuracyRow(label: string, stats: LogStats, ours: number, rgLong: number): (string | number)[] {
  return [label, stats.lines, stats.codeLines, stats.plantedCodes, ours, rgLong];
}

/** Reads the file once so every tool finds it in the page cache, as a log just written would be. */
async function warmPageCache(file: string): Promise<void> {
  const stream = fs.createReadStream(file, { highWaterMark: 4 << 20 });
  for await (const chunk of stream) void chunk;
}
