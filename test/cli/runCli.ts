// Runs the bundled `paycodes` CLI as a user would, capturing its streams and exit code.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { distDir } from '../paths';

export interface CliRun {
  stdout: string;
  stderr: string;
  status: number | null;
}

export function runCli(args: string[], input?: string, cwd?: string): CliRun {
  // The catalog exports are megabytes: the default 1 MB buffer would cut them and kill the CLI.
  const r = spawnSync(process.execPath, [path.join(distDir, 'cli.js'), ...args], { encoding: 'utf8', input, cwd, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
