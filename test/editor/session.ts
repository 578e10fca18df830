// One editor-test session: the packaged .vsix installed into a fresh code-server, code-server started,
// Chromium showing the workbench on a copy of the fixture workspace. Shared by the UI checks through
// a global (mocha's root hooks and each check file are bundled separately).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ensureCodeServer,
  findRepoRoot,
  installExtension,
  prepareState,
  startCodeServer,
  type Installation,
  type RunningCodeServer,
} from './codeServer';
import { launchBrowser, Workbench, type Browser } from './workbench';

export interface EditorSession {
  root: string;
  /** .vscode-test/editor-run: this run's state (code-server's, Chromium's, the workspace copy) */
  runDir: string;
  installation: Installation;
  /**
   * the copy of test/fixtures/workspace the workbench shows: a fresh folder under the system's temp
   * folder, outside this repository (whose .gitignore ignores .vscode-test/, and PayCodes, like git,
   * honours the .gitignore files above a workspace: `*.paycodes.json` in there would not count)
   */
  workspace: string;
  /** code-server's extensions folder, where the .vsix is installed (its dist/server.js runs from there) */
  extensionsDir: string;
  /** test-results/editor */
  resultsDir: string;
  codeServer: RunningCodeServer;
  browser: Browser;
  workbench: Workbench;
  stop(): Promise<void>;
}

const KEY = Symbol.for('paycodes.editorSession');
type Global = typeof globalThis & { [KEY]?: EditorSession };

export function session(): EditorSession {
  const s = (globalThis as Global)[KEY];
  if (!s) throw new Error('no editor session: run the UI checks with `npm run test:editor` (mocha --config test/editor/.mocharc.json)');
  return s;
}

const log = (m: string) => console.log(`    [editor] ${m}`);

/** Copies the fixture workspace to `dest` (fresh), so checks that edit files leave the repo alone. */
export function copyFixtureWorkspace(root: string, dest: string): string {
  fs.rmSync(dest, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'test', 'fixtures', 'workspace'), dest, { recursive: true });
  return dest;
}

/** A fresh copy of the fixture workspace in a new folder under the system's temp folder (see `workspace`). */
export function copyFixtureWorkspaceToTemp(root: string): string {
  return copyFixtureWorkspace(root, path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'paycodes-editor-')), 'workspace'));
}

export async function startSession(): Promise<EditorSession> {
  const t0 = Date.now();
  const lap = (m: string) => log(`${m} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const root = findRepoRoot();
  const inst = ensureCodeServer(log);
  const runDir = path.join(root, '.vscode-test', 'editor-run');
  const state = prepareState(path.join(runDir, 'code-server'));
  const resultsDir = path.join(root, 'test-results', 'editor');
  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(resultsDir, { recursive: true });

  const vsix = process.env.PAYCODES_VSIX ?? path.join(root, 'paycodes.vsix');
  installExtension(inst, state, vsix);
  lap(`installed ${path.relative(root, vsix)}`);

  // Not with --vscode-option enable-smoke-test-driver: that hides notification toasts. The
  // extension-host suite gets a code-server of its own with it (ui/extensionHost.test.ts).
  const codeServer = await startCodeServer(inst, state);
  lap(`code-server on ${codeServer.origin} (process group ${codeServer.pgid})`);
  const workspace = copyFixtureWorkspaceToTemp(root);
  const removeWorkspace = () => fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  process.once('exit', removeWorkspace); // also when the run is interrupted (codeServer.ts ends code-server then)
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser(path.join(runDir, 'chromium'));
    const consoleLog = fs.createWriteStream(path.join(resultsDir, 'browser-console.log'));
    browser.context.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
    const workbench = new Workbench(browser.page, resultsDir);
    await workbench.open(codeServer.folderUrl(workspace));
    lap('workbench shows the fixture workspace');
    const opened = browser;
    const s: EditorSession = {
      root,
      runDir,
      installation: inst,
      workspace,
      extensionsDir: state.extensionsDir,
      resultsDir,
      codeServer,
      browser: opened,
      workbench,
      async stop() {
        await opened.close();
        consoleLog.end();
        fs.copyFileSync(codeServer.logFile, path.join(resultsDir, 'code-server.log'));
        await codeServer.stop();
        removeWorkspace();
        delete (globalThis as Global)[KEY];
      },
    };
    (globalThis as Global)[KEY] = s;
    return s;
  } catch (e) {
    if (browser) {
      await browser.page.screenshot({ path: path.join(resultsDir, 'session-start-failed.png') }).catch(() => undefined);
      await browser.close();
    }
    const tail = codeServer.logTail();
    await codeServer.stop();
    removeWorkspace();
    throw new Error(`${(e as Error).message}\n--- code-server log (${codeServer.logFile}) ---\n${tail}`);
  }
}
