// Benchmark 4: `paycodes explain` from folders where a search for own catalogs could wander: the file
// system's root, the home folder, the temp folder, and this repository (a project root).
import * as os from 'node:os';
import { fmt, log, median, table, verdict, type BenchContext, type BenchResult, type Target } from './common';
import { measure } from './measure';
import { repoRoot } from '../paths';

const TARGET_MS = 150;

export async function explainBench(ctx: BenchContext): Promise<BenchResult> {
  const folders = [['/', '/'], ['home folder', os.homedir()], ['temp folder', os.tmpdir()], ['this repository', repoRoot]];
  const rows: (string | number)[][] = [];
  const targets: Target[] = [];
  for (const [label, cwd] of folders) {
    const times: number[] = [];
    const loads: number[] = [];
    let stderr = '';
    for (let r = 0; r < Math.max(5, ctx.runs); r++) {
      log(`explain: from ${label}, run ${r + 1}`);
      loads.push(os.loadavg()[0]);
      const m = await measure(process.execPath, [ctx.cliJs, 'explain', '4034314'], { cwd, keepStdout: 4096 });
      if (m.status !== 0) throw new Error(`paycodes explain from ${cwd} exited ${m.status}: ${m.stderr.slice(0, 300)}`);
      times.push(m.wallMs);
      stderr ||= m.stderr;
    }
    const ms = median(times);
    rows.push([label, times.length, fmt.ms(ms), fmt.ms(Math.min(...times)), stderr === '' ? 'none' : stderr.split('\n')[0], `${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}`]);
    targets.push({ what: `explain from ${label}`, target: `< ${TARGET_MS} ms`, measured: `${fmt.ms(ms)} (median)`, verdict: verdict(ms < TARGET_MS) });
  }
  // Node's own start, measured alike: the floor under every row above, and most of each on a slow machine.
  const bare: number[] = [];
  for (let r = 0; r < Math.max(5, ctx.runs); r++) bare.push((await measure(process.execPath, ['-e', '0'], { keepStdout: 0 })).wallMs);
  rows.push(['(node -e 0, for scale)', bare.length, fmt.ms(median(bare)), fmt.ms(Math.min(...bare)), '', '']);
  return {
    title: 'explain from anywhere (benchmark 4)',
    body: table(['run from', 'runs', 'time (median)', 'fastest', 'stderr', 'load at start'], rows),
    targets,
  };
}
