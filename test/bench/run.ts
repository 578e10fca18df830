// `npm run bench`: the benchmarks of issue 7. Prints each table as it completes and appends the run, with
// the date, commit and machine, to BENCHMARKS.md. Not part of `npm test`.
//
//   --only scan,lsp,lint,explain   which benchmarks (PAYCODES_BENCH_ONLY)
//   --skip-1g              no 1 GB log (PAYCODES_BENCH_SKIP_1G=1)
//   --runs N               repetitions of each timed command, median reported (PAYCODES_BENCH_RUNS, default 3)
//   --runs-1g N            repetitions on the 1 GB log (default 1: ripgrep -w alone takes minutes there)
//   --profile              also profile each benchmark's PayCodes side with node --cpu-prof
//   --no-append            print only; leave BENCHMARKS.md alone
//   --dist DIR             measure another build (a dist/ folder with ../catalogs next to it), e.g. a baseline
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../paths';
import {
  appendBenchmarks, benchDir, benchmarksFile, loadLine, log, machine, machineLine, targetsTable, toolVersion,
  type BenchContext, type BenchResult, type Target,
} from './common';
import { explainBench } from './explainBench';
import { haveGnuTime } from './measure';
import { lintBench } from './lintBench';
import { lspBench } from './lspBench';
import { scanBench } from './scanBench';

const BENCHMARKS = { scan: scanBench, lsp: lspBench, lint: lintBench, explain: explainBench } as const;
type Name = keyof typeof BENCHMARKS;

/**
 * Copies dist/ and catalogs/ aside (the bundle finds its catalogs at ../catalogs): a run takes minutes, and
 * a rebuild meanwhile must not change, or delete, what is being measured. A copy caught in the middle of a
 * rebuild is incomplete; it is taken again.
 */
async function snapshotBuild(distDir: string): Promise<{ cliJs: string; serverJs: string }> {
  const build = path.join(benchDir, 'build');
  const cliJs = path.join(build, 'dist', 'cli.js');
  const serverJs = path.join(build, 'dist', 'server.js');
  for (let attempt = 1; ; attempt++) {
    fs.rmSync(build, { recursive: true, force: true });
    for (const [from, to] of [[distDir, 'dist'], [path.join(distDir, '..', 'catalogs'), 'catalogs']]) {
      if (!fs.existsSync(from)) throw new Error(`${from} is missing: build first (node esbuild.mjs)`);
      fs.cpSync(from, path.join(build, to), { recursive: true });
    }
    // A broken bundle would make every figure meaningless: check that it answers at all.
    try {
      if (!fs.existsSync(serverJs)) throw new Error(`${serverJs} is missing`);
      execFileSync(process.execPath, [cliJs, 'explain', '4034314'], { cwd: benchDir, stdio: 'pipe' });
      return { cliJs, serverJs };
    } catch (err) {
      const e = err as { stderr?: Buffer; message: string };
      const reason = e.stderr?.toString().split('\n').slice(0, 3).join(' ') || e.message;
      if (attempt === 3) throw new Error(`the build under test does not run: ${reason}`);
      log(`the copy of ${distDir} does not run (a rebuild in progress?); copying again in 5 s`);
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      'skip-1g': { type: 'boolean', default: false },
      runs: { type: 'string' },
      'runs-1g': { type: 'string' },
      profile: { type: 'boolean', default: false },
      'no-append': { type: 'boolean', default: false },
      dist: { type: 'string' },
    },
  });
  const only = (values.only ?? process.env.PAYCODES_BENCH_ONLY ?? 'scan,lsp,lint,explain').split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of only) if (!(name in BENCHMARKS)) throw new Error(`unknown benchmark "${name}" (use ${Object.keys(BENCHMARKS).join(', ')})`);
  if (toolVersion('rg') === 'not installed' && only.some((n) => n === 'scan' || n === 'lint')) throw new Error('ripgrep is needed as the peer: apt-get install ripgrep');
  if (!haveGnuTime) log('/usr/bin/time is missing (apt-get install time): peak RSS comes from polling /proc instead');
  fs.mkdirSync(benchDir, { recursive: true });
  const { cliJs, serverJs } = await snapshotBuild(path.resolve(values.dist ?? path.join(repoRoot, 'dist')));
  const ctx: BenchContext = {
    cliJs, serverJs, dataDir: benchDir,
    runs: Number(values.runs ?? process.env.PAYCODES_BENCH_RUNS ?? 3),
    runs1g: Number(values['runs-1g'] ?? 1),
    skip1g: values['skip-1g'] === true || process.env.PAYCODES_BENCH_SKIP_1G === '1',
    profile: values.profile === true,
  };
  const m = machine();
  const header = [`## ${m.date} — ${only.join(', ')}`, '', `${machineLine(m)} · ${toolVersion('rg')} · ${loadLine()} at start`];
  console.log(header.join('\n') + '\n');
  const sections: string[] = [];
  const targets: Target[] = [];
  for (const name of only as Name[]) {
    const started = performance.now();
    const result: BenchResult = await BENCHMARKS[name](ctx);
    const section = `### ${result.title}\n\n${result.body}\n\n_${((performance.now() - started) / 1000).toFixed(0)} s; ${loadLine()} at the end._`;
    console.log(section + '\n');
    sections.push(section);
    targets.push(...result.targets);
  }
  if (!ctx.profile) for (const t of targets) if (t.verdict === 'NOT met' && !t.note) t.note = 'run with --profile to see what dominates';
  const summary = `### Targets\n\n${targetsTable(targets)}`;
  console.log(summary);
  if (!values['no-append']) {
    appendBenchmarks([...header, '', ...sections.flatMap((s) => [s, '']), summary].join('\n'));
    log(`appended to ${benchmarksFile}`);
  }
}

main().catch((err: unknown) => {
  console.error(`bench: ${(err as Error).stack ?? String(err)}`);
  process.exitCode = 1;
});
