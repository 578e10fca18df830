// Benchmark 3: `paycodes lint` over a generated tree of 2,000 source files in the nine supported languages,
// in files/s and MB/s, next to ripgrep reading and searching the same tree (the floor).
import * as os from 'node:os';
import * as path from 'node:path';
import { codesFile, fmt, loadCatalogEntries, log, median, table, type BenchContext, type BenchResult } from './common';
import { ensureLintTree } from './genSource';
import { measure, type Measured } from './measure';
import { profileSection } from './profileRun';

const FILES = 2000;

export async function lintBench(ctx: BenchContext): Promise<BenchResult> {
  const entries = loadCatalogEntries();
  const codes = codesFile(ctx.dataDir, entries);
  // Not under .bench/: `paycodes lint` honours .gitignore as git does, and .bench/ is ignored.
  const tree = process.env.PAYCODES_BENCH_LINT_DIR ?? path.join(os.tmpdir(), 'paycodes-bench-lint-tree');
  log(`lint: tree of ${FILES} files in ${tree}`);
  const stats = ensureLintTree(tree, FILES, entries);
  log(`lint: tree ${stats.reused ? 'reused' : 'generated'}: ${stats.files} files, ${fmt.mb(stats.bytes)}`);
  const tools = [
    { name: '`paycodes lint . --format json`', cmd: process.execPath, args: [ctx.cliJs, 'lint', '.', '--format', 'json'], ok: [0, 1] },
    { name: '`rg -c -F -f codes.txt .`', cmd: 'rg', args: ['-c', '-F', '-f', codes, '.'], ok: [0] },
    { name: '`rg -j1 -c -F -f codes.txt .`', cmd: 'rg', args: ['-j1', '-c', '-F', '-f', codes, '.'], ok: [0] },
  ];
  const results = new Map<string, Measured[]>(tools.map((t) => [t.name, []]));
  for (let r = 0; r < ctx.runs; r++) {
    for (const tool of tools) {
      log(`lint: run ${r + 1}/${ctx.runs}: ${tool.name}`);
      const m = await measure(tool.cmd, tool.args, { cwd: tree, keepStdout: 256 << 20 });
      if (!tool.ok.includes(m.status ?? -1)) throw new Error(`${tool.name} exited ${m.status}: ${m.stderr.slice(0, 500)}`);
      results.get(tool.name)!.push(m);
    }
  }
  const ours = results.get(tools[0].name)!;
  const findings = (JSON.parse(ours[0].stdout) as { findings: { rule: string }[] }).findings;
  if (findings.length === 0) throw new Error(`paycodes lint found nothing in ${tree}: were its files skipped (a .gitignore above it)?`);
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const oursMs = median(ours.map((m) => m.wallMs));
  const rows = tools.map((tool) => {
    const ms = median(results.get(tool.name)!.map((m) => m.wallMs));
    return [tool.name, ctx.runs, fmt.s(ms), `${(stats.files / (ms / 1000)).toFixed(0)} files/s`, fmt.mbps(stats.bytes, ms), fmt.mb(Math.max(...results.get(tool.name)!.map((m) => m.peakRss))), tool === tools[0] ? '1.00' : fmt.ratio(ms / oursMs)];
  });
  let body = [
    `${stats.files} files, ${fmt.mb(stats.bytes)} (${Object.entries(stats.byLanguage).map(([l, n]) => `${l} ${n}`).join(', ')}); ` +
      `paycodes found ${findings.length} findings (${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')}).`,
    '',
    table(['command', 'runs', 'time (median)', 'files/s', 'MB/s', 'peak RSS', 'its time ÷ paycodes time'], rows),
  ].join('\n');
  if (ctx.profile) body += '\n\n' + (await profileSection('paycodes lint over the tree', process.execPath, [ctx.cliJs, 'lint', '.', '--format', 'json'], tree, ctx.dataDir, 'lint'));
  return {
    title: 'Lint throughput (benchmark 3)',
    body,
    targets: [{ what: 'lint throughput', target: 'reported next to rg (no target set)', measured: `${(stats.files / (oursMs / 1000)).toFixed(0)} files/s, ${fmt.mbps(stats.bytes, oursMs)}`, verdict: 'n/a' }],
  };
}
