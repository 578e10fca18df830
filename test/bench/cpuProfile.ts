// Reads a V8 .cpuprofile (node --cpu-prof) and summarises where the time went: self time per function,
// and inclusive time per function (time with the function anywhere on the stack).
import * as fs from 'node:fs';
import * as path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileRow {
  fn: string;
  selfMs: number;
  selfPct: number;
  totalMs: number;
  totalPct: number;
}

function label(n: ProfileNode): string {
  const f = n.callFrame;
  const file = f.url ? path.basename(f.url.replace(/^file:\/\//, '')) : '';
  return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
}

export function summariseProfile(file: string, top = 15): { totalMs: number; bySelf: ProfileRow[]; byTotal: ProfileRow[] } {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const name = label(byId.get(id)!);
    self.set(name, (self.get(name) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = label(byId.get(at)!);
      if (seen.has(n)) continue;
      seen.add(n);
      total.set(n, (total.get(n) ?? 0) + us);
    }
  }
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const rows = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn]) => ({
        fn,
        selfMs: (self.get(fn) ?? 0) / 1000,
        selfPct: (100 * (self.get(fn) ?? 0)) / totalUs,
        totalMs: (total.get(fn) ?? 0) / 1000,
        totalPct: (100 * (total.get(fn) ?? 0)) / totalUs,
      }));
  const skip = (r: ProfileRow) => !/^\((root|program|idle)\)/.test(r.fn);
  return { totalMs: totalUs / 1000, bySelf: rows(self).filter(skip), byTotal: rows(total).filter(skip) };
}

export function profileTable(file: string, top = 15): string {
  const s = summariseProfile(file, top);
  const fmtRow = (r: ProfileRow) => `${r.selfMs.toFixed(0).padStart(7)} ms ${r.selfPct.toFixed(1).padStart(5)}%  ${r.totalMs.toFixed(0).padStart(7)} ms ${r.totalPct.toFixed(1).padStart(5)}%  ${r.fn}`;
  return [
    `profile ${path.basename(file)}: ${s.totalMs.toFixed(0)} ms sampled`,
    '   self            inclusive         — by self time',
    ...s.bySelf.map(fmtRow),
    '   self            inclusive         — by inclusive time',
    ...s.byTotal.map(fmtRow),
  ].join('\n');
}
