// The extension-host suite (test/editor/suite, the one @vscode/test-electron runs) inside code-server:
// a window opened with the `payload` URL parameter loads this repository as the extension under
// development and runs the compiled suite in code-server's (server-side) extension host. The
// workbench honours `payload` only with --vscode-option enable-smoke-test-driver, which also hides
// notification toasts, so this runs on a code-server of its own, not the one the UI checks use.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import { prepareState, startCodeServer } from '../codeServer';
import { session } from '../session';
import { Workbench } from '../workbench';

/** Workbench log lines that say nothing about the suite (no network, reconnect chatter). */
const NOISE = /ChatModelSelection|AgentHost|AccountPolicyGate|ECONNREFUSED 127\.0\.0\.1:9|connection token|grace time|builtin extensions cache|Service Worker/;

describe('extension-host suite (inside code-server)', function () {
  it('passes: hovers, diagnostics and quick fixes, logs, own catalogs, Kotlin, server crash, commands (test/editor/suite/*.test.ts)', async function () {
    const timeoutMs = 150_000;
    this.timeout(timeoutMs + 30_000);
    const s = session();
    const suiteIndex = path.join(s.root, 'out', 'test', 'editor', 'suite', 'index.js');
    assert.ok(fs.existsSync(suiteIndex), `${suiteIndex} is missing: compile the tests with \`node esbuild.mjs --tests\``);
    const resultsFile = path.join(s.resultsDir, 'extension-host-suite.json');
    fs.rmSync(resultsFile, { force: true });
    const server = await startCodeServer(s.installation, prepareState(path.join(s.runDir, 'code-server-extension-host')), {
      args: ['--vscode-option', 'enable-smoke-test-driver'],
    });
    const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(s.root)],
      ['extensionTestsPath', remote(suiteIndex)],
      ['skipWelcome', 'true'],
      ['extensionEnvironment', JSON.stringify({ PAYCODES_SUITE_RESULTS: resultsFile })],
    ];
    const page = await s.browser.context.newPage();
    const output: string[] = [];
    let exitCode: number | undefined;
    let exited!: () => void;
    const exitedP = new Promise<void>((r) => (exited = r));
    try {
      // the hooks @vscode/test-web uses: the workbench reports the suite's output and exit code
      await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
        const text = util.format(...(args ?? []));
        if (!NOISE.test(text)) output.push(text);
        if (process.env.PAYCODES_VERBOSE) console.log(`      [${type}] ${text}`);
      });
      await page.exposeFunction('codeAutomationExit', (code: number) => {
        exitCode = code;
        exited();
      });
      const wb = new Workbench(page, s.resultsDir);
      await page.goto(server.folderUrl(s.workspace, { payload: JSON.stringify(payload) }));
      await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exitedP, new Promise((r) => (timer = setTimeout(r, timeoutMs)))]);
      clearTimeout(timer);
      await wb.screenshot('extension-host-suite');
    } finally {
      await page.close().catch(() => undefined);
      fs.copyFileSync(server.logFile, path.join(s.resultsDir, 'code-server-extension-host.log'));
      await server.stop();
    }
    const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : undefined;
    const logFile = path.join(s.resultsDir, 'extension-host-suite.log');
    fs.writeFileSync(logFile, output.join('\n'));
    // mocha's own report (spec reporter) without stack frames, for the failure message
    const report = `${output
      .join('\n')
      .split('\n')
      .filter((l) => !/^\s+at /.test(l) && !/^Canceled/.test(l))
      .slice(-60)
      .join('\n')}\n(all of it: ${logFile})`;
    if (exitCode === undefined) {
      assert.fail(
        `expected the suite to report its exit code within ${timeoutMs / 1000} s; it did not. ${
          results ? `Its results file says ${JSON.stringify(results)}` : 'It wrote no results file'
        }.\nWorkbench output:\n${report}`,
      );
    }
    console.log(`      ${results ? `${results.passes.length} passed, ${results.failures.length} failed in the extension host` : ''}`);
    assert.ok(
      exitCode === 0,
      `expected the extension-host suite to pass (exit 0); it exited ${exitCode}. Failures: ${JSON.stringify(results?.failures ?? 'see below')}\nWorkbench output:\n${report}`,
    );
    assert.ok(results && results.passes.length > 0 && results.failures.length === 0, `expected passing tests in ${resultsFile}; it holds ${JSON.stringify(results)}`);
  });
});
