// `--profile`: runs a command once under `node --cpu-prof` and reports where its time went.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { log } from './common';
import { summariseProfile } from './cpuProfile';
import { measure } from './measure';

/**
 * Profiles `node <args>` (args[0] is the script) and returns a Markdown section with its top functions: of the
 * main thread, and of the first `workers` worker threads (each writes a profile of its own).
 */
export async function profileSection(title: string, node: string, args: string[], cwd: string, dataDir: string, name: string, workers = 0): Promise<string> {
  const dir = path.join(dataDir, 'profiles', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  log(`profiling: ${title}`);
  await measure(node, ['--cpu-prof', '--cpu-prof-dir', dir, ...args], { cwd });
  const files = profilesIn(dir);
  if (files.length === 0) return `_Profile of ${title}: no profile written._`;
  return files.slice(0, 1 + workers).map((f, i) => profileMarkdown(i === 0 ? title : `${title}, worker thread ${i}`, f)).join('\n\n');
}

/** A run's profiles, the main thread's first: node names them CPU.<date>.<time>.<pid>.<thread>.<sequence>. */
function profilesIn(dir: string): string[] {
  const thread = (f: string) => Number(f.split('.')[4]);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort((a, b) => thread(a) - thread(b)).map((f) => path.join(dir, f));
}

export function profileMarkdown(title: string, file: string): string {
  const s = summariseProfile(file, 14);
  const row = (r: { fn: string; selfMs: number; selfPct: number; totalMs: number; totalPct: number }) =>
    `| ${r.fn.replace(/\|/g, '\\|').slice(0, 110)} | ${r.selfMs.toFixed(0)} ms (${r.selfPct.toFixed(1)}%) | ${r.totalMs.toFixed(0)} ms (${r.totalPct.toFixed(1)}%) |`;
  return [
    `Profile of ${title} (\`node --cpu-prof\`, ${s.totalMs.toFixed(0)} ms sampled; kept in \`${path.relative(process.cwd(), file)}\`), by self time:`,
    '',
    '| function | self | inclusive |',
    '| --- | --- | --- |',
    ...s.bySelf.slice(0, 12).map(row),
  ].join('\n');
}

/** The few functions that dominate a profile by self time: the "what limits it" of a target not met. */
export function topSelf(file: string | undefined, n = 4): string {
  if (!file) return 'run with --profile to see what dominates';
  const s = summariseProfile(file, n + 6);
  return 'profile: ' + s.bySelf.slice(0, n).map((r) => `${r.fn.replace(/\|/g, '\\|').replace(/ [\w.]+\.js:\d+$/, '').slice(0, 60)} ${r.selfPct.toFixed(0)}%`).join(', ');
}

/** The .cpuprofile a profiled run left in `dir`, if any. */
export function profileIn(dir: string): string | undefined {
  return fs.existsSync(dir) ? profilesIn(dir)[0] : undefined;
}

/** Fills "what limits it" of the targets not met from the profile. */
export function explainMisses(targets: { verdict: string; note?: string }[], file: string | undefined): void {
  for (const t of targets) if (t.verdict === 'NOT met' && !t.note) t.note = topSelf(file);
}

/** Inclusive share of the named functions (those present), largest first: where a request's time goes. */
export function phases(file: string | undefined, names: readonly string[]): string {
  if (!file) return 'run with --profile to see what dominates';
  const s = summariseProfile(file, 100_000);
  const found = names.flatMap((n) => {
    const row = s.byTotal.find((r) => r.fn === n || r.fn.startsWith(`${n} `));
    return row ? [{ n, pct: n === '(garbage collector)' ? row.selfPct : row.totalPct }] : [];
  });
  return 'profile (inclusive): ' + found.sort((a, b) => b.pct - a.pct).map((f) => `${f.n} ${f.pct.toFixed(0)}%`).join(', ');
}
