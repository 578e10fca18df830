// Benchmark 3: `paycodes lint` over two generated trees in the nine supported languages, in files/s and MB/s,
// next to ripgrep listing the files that hold a catalog code (`rg -l -F -f codes.txt`, the floor):
//   - the lint tree: 2,000 files, every one with switches over codes (the worst case: everything is parsed);
//   - a sparse tree: 10,000 files, one in twenty mentions a code (closer to a real repository).
// Each tree is also linted again with a `--cache` the first run filled: a CI job that restores its cache, or
// a second run at a desk, where no source has changed.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { codesFile, fmt, loadCatalogEntries, log, median, table, verdict, type BenchContext, type BenchResult, type Target } from './common';
import { ensureLintTree } from './genSource';
import { measure, type Measured } from './measure';
import { profileSection } from './profileRun';

const TREES = [
  { label: 'lint tree (every file has codes)', name: 'paycodes-bench-lint-tree', files: 2000, every: 1, goal: undefined },
  { label: 'sparse tree (5% of files have codes)', name: 'paycodes-bench-lint-sparse', files: 10000, every: 20, goal: 2000 },
];

export async function lintBench(ctx: BenchContext): Promise<BenchResult> {
  const entries = loadCatalogEntries();
  const codes = codesFile(ctx.dataDir, entries);
  const sections: string[] = [];
  const targets: Target[] = [];
  for (const t of TREES) {
    // Not under .bench/: `paycodes lint` honours .gitignore as git does, and .bench/ is ignored.
    const tree = path.join(process.env.PAYCODES_BENCH_LINT_DIR ?? os.tmpdir(), t.name);
    log(`lint: ${t.label}: ${t.files} files in ${tree}`);
    const stats = ensureLintTree(tree, t.files, entries, 11, t.every);
    log(`lint: tree ${stats.reused ? 'reused' : 'generated'}: ${stats.files} files, ${fmt.mb(stats.bytes)}`);
    const cacheFile = path.join(ctx.dataDir, 'lint-cache', `${t.name}.json`);
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    fs.rmSync(cacheFile, { force: true });
    const cachedArgs = [ctx.cliJs, 'lint', '.', '--format', 'json', '--cache-location', cacheFile];
    log(`lint: ${t.label}: filling the cache`);
    const filled = await measure(process.execPath, cachedArgs, { cwd: tree, keepStdout: 256 << 20 });
    if (filled.status !== 0 && filled.status !== 1) throw new Error(`paycodes lint --cache exited ${filled.status}: ${filled.stderr.slice(0, 500)}`);
    const rg = { name: '`rg -l -F -f codes.txt .`', cmd: 'rg', args: ['-l', '-F', '-f', codes, '.'], ok: [0] };
    const tools = [
      { name: '`paycodes lint . --format json`', cmd: process.execPath, args: [ctx.cliJs, 'lint', '.', '--format', 'json'], ok: [0, 1] },
      { name: '`paycodes lint . --format json --jobs 0` (one thread)', cmd: process.execPath, args: [ctx.cliJs, 'lint', '.', '--format', 'json', '--jobs', '0'], ok: [0, 1] },
      { name: '`paycodes lint . --format json --cache` (no source changed)', cmd: process.execPath, args: cachedArgs, ok: [0, 1] },
      rg,
    ];
    const results = new Map<string, Measured[]>(tools.map((tool) => [tool.name, []]));
    const loads: number[] = [];
    for (let r = 0; r < ctx.runs; r++) {
      for (const tool of tools) {
        log(`lint: ${t.label} run ${r + 1}/${ctx.runs}: ${tool.name}`);
        loads.push(os.loadavg()[0]);
        const m = await measure(tool.cmd, tool.args, { cwd: tree, keepStdout: 256 << 20 });
        if (!tool.ok.includes(m.status ?? -1)) throw new Error(`${tool.name} exited ${m.status}: ${m.stderr.slice(0, 500)}`);
        results.get(tool.name)!.push(m);
      }
    }
    const mentioning = (await measure('rg', ['-l', '-w', '-F', '-f', codes, '.'], { cwd: tree })).stdoutLines;
    const [ours, single, cached] = tools.map((tool) => results.get(tool.name)!);
    const findings = (JSON.parse(ours[0].stdout) as { findings: { rule: string }[] }).findings;
    if (findings.length === 0) throw new Error(`paycodes lint found nothing in ${tree}: were its files skipped (a .gitignore above it)?`);
    if (single[0].stdout !== ours[0].stdout) throw new Error(`paycodes lint printed other findings with workers than on one thread in ${tree}`);
    if (filled.stdout !== ours[0].stdout || cached[0].stdout !== ours[0].stdout) throw new Error(`paycodes lint printed other findings with --cache in ${tree}`);
    const byRule = new Map<string, number>();
    for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    const oursMs = median(ours.map((m) => m.wallMs));
    const filesPerS = (ms: number) => stats.files / (ms / 1000);
    const rows = tools.map((tool) => {
      const ms = median(results.get(tool.name)!.map((m) => m.wallMs));
      return [tool.name, ctx.runs, fmt.s(ms), `${filesPerS(ms).toFixed(0)} files/s`, fmt.mbps(stats.bytes, ms), fmt.mb(Math.max(...results.get(tool.name)!.map((m) => m.peakRss))), tool === tools[0] ? '1.00' : fmt.ratio(ms / oursMs)];
    });
    const rgMs = median(results.get(rg.name)!.map((m) => m.wallMs));
    const cachedMs = median(cached.map((m) => m.wallMs));
    sections.push([
      `**${t.label}**: ${stats.files} files, ${fmt.mb(stats.bytes)} (${Object.entries(stats.byLanguage).map(([l, n]) => `${l} ${n}`).join(', ')}); ` +
        `${mentioning} files hold a catalog code as a whole word (\`rg -l -w\`); paycodes found ${findings.length} findings ` +
        `(${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')}), the same with workers as on one thread and from the cache. ` +
        `Load average (1 min) at the start of the runs: ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}.`,
      '',
      table(['command', 'runs', 'time (median)', 'files/s', 'MB/s', 'peak RSS', 'its time ÷ paycodes time'], rows),
    ].join('\n'));
    targets.push({
      what: `lint throughput, ${t.label}`,
      target: t.goal ? `≥ ${t.goal} files/s; reported next to rg -l` : 'reported next to rg -l (no target set)',
      measured: `${filesPerS(oursMs).toFixed(0)} files/s, ${fmt.mbps(stats.bytes, oursMs)}; rg -l time ÷ paycodes time ${fmt.ratio(rgMs / oursMs)}`,
      verdict: t.goal ? verdict(filesPerS(oursMs) >= t.goal) : 'n/a',
    });
    targets.push({
      what: `lint throughput, ${t.label}, --cache with no source changed`,
      target: t.goal ? `reported (the ≥ ${t.goal} files/s goal is for a run without a cache)` : 'reported (no target set)',
      measured: `${filesPerS(cachedMs).toFixed(0)} files/s, ${fmt.mbps(stats.bytes, cachedMs)}; rg -l time ÷ paycodes time ${fmt.ratio(rgMs / cachedMs)}`,
      verdict: 'n/a',
    });
    if (ctx.profile && t.every === 1) {
      sections.push(await profileSection('paycodes lint over the lint tree', process.execPath, [ctx.cliJs, 'lint', '.', '--format', 'json'], tree, ctx.dataDir, 'lint'));
    }
  }
  return { title: 'Lint throughput (benchmark 3)', body: sections.join('\n\n'), targets };
}
