// Runs a command and measures its wall time and peak RSS (/usr/bin/time -v, or polling /proc when it is missing).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Measured {
  wallMs: number;
  /** Peak resident set size, bytes. */
  peakRss: number;
  status: number | null;
  /** Newlines written to stdout (`rg -o` prints one match per line). */
  stdoutLines: number;
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';
export const haveGnuTime = fs.existsSync(TIME);

export interface RunOptions {
  cwd?: string;
  /** Keep stdout (up to this many bytes); it is always counted. */
  keepStdout?: number;
  env?: NodeJS.ProcessEnv;
}

export async function measure(cmd: string, args: string[], opts: RunOptions = {}): Promise<Measured> {
  const timeFile = path.join(os.tmpdir(), `paycodes-bench-time-${process.pid}-${Date.now()}.txt`);
  const [file, argv] = haveGnuTime ? [TIME, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdoutLines = 0;
  let stdout = '';
  let stderr = '';
  const keep = opts.keepStdout ?? 0;
  child.stdout.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) stdoutLines++;
    if (stdout.length < keep) stdout += chunk.toString('utf8', 0, Math.min(chunk.length, keep - stdout.length));
  });
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 64 * 1024) stderr += chunk.toString('utf8');
  });
  const poller = haveGnuTime ? undefined : new HwmPoller(child.pid!);
  const status = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  });
  const wallMs = performance.now() - started;
  let peakRss = poller?.stop() ?? 0;
  if (haveGnuTime) {
    const report = fs.readFileSync(timeFile, 'utf8');
    fs.rmSync(timeFile, { force: true });
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
    peakRss = kb ? Number(kb[1]) * 1024 : 0;
    const exit = /Exit status: (\d+)/.exec(report);
    return { wallMs, peakRss, status: exit ? Number(exit[1]) : status, stdoutLines, stdout, stderr };
  }
  return { wallMs, peakRss, status, stdoutLines, stdout, stderr };
}

/** Samples /proc/<pid>/status every few milliseconds; VmHWM is the kernel's own peak, so a late sample still sees it. */
export class HwmPoller {
  private peak = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number, everyMs = 5) {
    this.timer = setInterval(() => this.sample(), everyMs);
  }

  sample(): void {
    const s = procStatus(this.pid);
    if (s) this.peak = Math.max(this.peak, s.hwm);
  }

  stop(): number {
    clearInterval(this.timer);
    return this.peak;
  }
}

/** Current and peak RSS of a live process, bytes. */
export function procStatus(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}
