// `npm start`: builds the extension and opens it in a real VS Code on examples/.
//   - with `code` on PATH: VS Code itself, with this repository as the extension under development;
//   - otherwise (or with `npm start -- --code-server`): VS Code as code-server ships it, installed
//     once into .vscode-test/code-server/ (a few minutes), the packaged .vsix installed, served on
//     127.0.0.1; the URL is printed; Ctrl+C stops it (and everything it started).
// Options: --code-server, --port N (or PORT=N). Environment: PAYCODES_EDITOR=code-server.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = dirname(fileURLToPath(import.meta.url));
const examples = join(root, 'examples');
const argv = process.argv.slice(2);
const forceCodeServer = argv.includes('--code-server') || process.env.PAYCODES_EDITOR === 'code-server';
const portArg = argv.includes('--port') ? argv[argv.indexOf('--port') + 1] : process.env.PORT;
const say = (m) => console.log(`[paycodes] ${m}`);

function onPath(cmd) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, cmd), constants.X_OK);
      return join(dir, cmd);
    } catch {
      // not here
    }
  }
  return undefined;
}

function npmRun(script) {
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[paycodes] npm run ${script} failed`);
    process.exit(r.status ?? 1);
  }
}

const code = forceCodeServer ? undefined : onPath('code');
if (code) {
  npmRun('build');
  say(`opening ${examples} in VS Code (${code}) with PayCodes from ${root} as a development extension`);
  say('rebuild with `npm run watch` and reload the window (Developer: Reload Window) to see changes');
  const r = spawnSync(code, ['--new-window', `--extensionDevelopmentPath=${root}`, examples], { stdio: 'inherit' });
  process.exit(r.status ?? 0);
}

// code-server route: the same machinery the editor tests use (test/editor/codeServer.ts).
npmRun('package');
const harness = join(root, '.vscode-test', 'start', 'codeServer.cjs');
await esbuild.build({
  entryPoints: [join(root, 'test', 'editor', 'codeServer.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  outfile: harness,
  logLevel: 'warning',
});
const cs = createRequire(import.meta.url)(harness);
const inst = cs.ensureCodeServer(say);
// kept between runs (window layout, your settings); the extension is reinstalled each time
const { 'editor.hover.delay': _fast, ...settings } = cs.USER_SETTINGS;
const state = cs.prepareState(join(root, '.vscode-test', 'start', 'code-server'), settings, false);
cs.installExtension(inst, state, join(root, 'paycodes.vsix'));
const server = await cs.startCodeServer(inst, state, { folder: examples, port: portArg ? Number(portArg) : undefined });
const url = server.folderUrl(examples);
say(`PayCodes is running in VS Code (code-server ${cs.CODE_SERVER_VERSION}) on 127.0.0.1 only:`);
console.log(`\n    ${url}\n`);
say(`open it in a browser on this machine (log: ${server.logFile}); Ctrl+C stops it`);
if (process.env.BROWSER !== 'none' && process.env.DISPLAY) {
  const opener = onPath('xdg-open');
  if (opener) spawn(opener, [url], { stdio: 'ignore', detached: true }).unref();
}
// Ctrl+C / SIGTERM stop the whole process group (codeServer.ts installs those handlers);
// if code-server ends on its own, so does this.
const watch = setInterval(() => {
  try {
    process.kill(server.pgid, 0); // the group leader is code-server itself
  } catch {
    clearInterval(watch);
    console.error(`[paycodes] code-server stopped:\n${server.logTail()}`);
    process.exit(1);
  }
}, 2000);
