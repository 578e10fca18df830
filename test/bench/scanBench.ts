// Benchmark 1: `paycodes scan` over a 200 MB and a 1 GB production-like log, against ripgrep counting the
// same catalog codes; wall time, throughput and peak RSS of each.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  codesFile, fmt, loadCatalogEntries, log, median, table, verdict, type BenchContext, type BenchResult, type Target,
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
}

const SIZES = [
  { label: '200 MB', bytes: 200 * 2 ** 20, big: false },
  { label: '1 GB', bytes: 2 ** 30, big: true },
];

/** Peak RSS may not grow by more than this from the 200 MB log to the 1 GB one. */
const CONSTANT_MEMORY_SLACK = 10 * 2 ** 20;
const RSS_TARGET = 100 * 2 ** 20;

export async function scanBench(ctx: BenchContext): Promise<BenchResult> {
  const entries = loadCatalogEntries();
  const codes = codesFile(ctx.dataDir, entries);
  // `paycodes` looks for teams' own catalogs below its working folder: give it one with none.
  const cwd = path.join(ctx.dataDir, 'empty');
  fs.mkdirSync(cwd, { recursive: true });
  const paycodesCount = (m: Measured) => Number(/(\d+) occurrences? of \d+ codes?/.exec(m.stdout)?.[1] ?? NaN);
  const tools: Tool[] = [
    { name: '`paycodes scan`', cmd: process.execPath, args: (f) => [ctx.cliJs, 'scan', f], count: paycodesCount },
    { name: '`rg -o -w -F -f codes.txt`', cmd: 'rg', args: (f) => ['-o', '-w', '-F', '-f', codes, f], count: (m) => m.stdoutLines },
    { name: '`rg -o -F -f codes.txt` (no `-w`)', cmd: 'rg', args: (f) => ['-o', '-F', '-f', codes, f], count: (m) => m.stdoutLines },
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
    const results = new Map<Tool, Measured[]>(tools.map((t) => [t, []]));
    for (let r = 0; r < runs; r++) {
      for (const tool of tools) {
        log(`scan: ${size.label} run ${r + 1}/${runs}: ${tool.name}`);
        const m = await measure(tool.cmd, tool.args(file), { cwd, keepStdout: 1 << 20 });
        if (m.status !== 0) throw new Error(`${tool.name} exited ${m.status}: ${m.stderr.slice(0, 500)}`);
        results.get(tool)!.push(m);
      }
    }
    const time = (t: Tool) => median(results.get(t)!.map((m) => m.wallMs));
    const peak = (t: Tool) => Math.max(...results.get(t)!.map((m) => m.peakRss));
    const [ours, rgWord, rgPlain] = tools;
    for (const tool of tools) {
      rows.push([
        size.label, tool.name, runs, fmt.s(time(tool)), fmt.mbps(stats.bytes, time(tool)), fmt.mb(peak(tool)),
        tool.count(results.get(tool)![0]), tool === ours ? '1.00' : fmt.ratio(time(tool) / time(ours)),
      ]);
    }
    accuracy.push(accuracyRow(size.label, stats, paycodesCount(results.get(ours)![0]), results.get(rgWord)![0].stdoutLines, results.get(rgPlain)![0].stdoutLines));
    const ratio = time(rgWord) / time(ours);
    rss[size.label] = peak(ours);
    targets.push({
      what: `scan ${size.label}: time vs ripgrep`, target: 'rg time ÷ paycodes time ≥ 0.5',
      measured: `${fmt.ratio(ratio)} (${fmt.s(time(ours))} vs ${fmt.s(time(rgWord))}; vs rg without -w: ${fmt.ratio(time(rgPlain) / time(ours))})`,
      verdict: verdict(ratio >= 0.5),
    });
    targets.push({
      what: `scan ${size.label}: peak RSS`, target: '< 100 MB', measured: fmt.mb(peak(ours)), verdict: verdict(peak(ours) < RSS_TARGET),
      note: peak(ours) < RSS_TARGET ? undefined : `${fmt.mb(baseline)} before the first line (\`paycodes scan\` of an empty log: Node, bundle, catalogs); ${fmt.mb(peak(ours) - baseline)} more while scanning`,
    });
  }
  if (rss['200 MB'] !== undefined && rss['1 GB'] !== undefined) {
    const growth = rss['1 GB'] - rss['200 MB'];
    targets.push({
      what: 'scan: constant memory', target: `peak RSS at 1 GB within ${fmt.mb(CONSTANT_MEMORY_SLACK)} of 200 MB`,
      measured: `${growth >= 0 ? '+' : ''}${fmt.mb(growth)}`, verdict: verdict(growth <= CONSTANT_MEMORY_SLACK),
    });
  }
  let body = [
    table(['log', 'command', 'runs', 'time (median)', 'throughput', 'peak RSS', 'occurrences', 'its time ÷ paycodes time'], rows),
    '',
    'What each one counts (first run):',
    '',
    table(['log', 'lines', 'lines with codes', 'codes planted by the generator', '`paycodes scan`', '`rg -w`', '`rg` (no `-w`)'], accuracy),
    '',
    `Peak RSS of \`paycodes scan\` on an empty log: ${fmt.mb(baseline)}.`,
  ].join('\n');
  if (ctx.profile && profileLog) {
    body += '\n\n' + (await profileSection('paycodes scan, 200 MB log', process.execPath, [ctx.cliJs, 'scan', profileLog], cwd, ctx.dataDir, 'scan'));
  }
  explainMisses(targets, ctx.profile ? profileIn(path.join(ctx.dataDir, 'profiles', 'scan')) : undefined);
  return { title: 'Log scan throughput (benchmark 1)', body, targets };
}

function accuracyRow(label: string, stats: LogStats, ours: number, rgWord: number, rgPlain: number): (string | number)[] {
  return [label, stats.lines, stats.codeLines, stats.plantedCodes, ours, rgWord, rgPlain];
}

/** Reads the file once so every tool finds it in the page cache, as a log just written would be. */
async function warmPageCache(file: string): Promise<void> {
  const stream = fs.createReadStream(file, { highWaterMark: 4 << 20 });
  for await (const chunk of stream) void chunk;
}
