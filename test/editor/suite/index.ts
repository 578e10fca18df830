// The extension-host test entry (the @vscode/test-electron convention: `run()` returning a Promise):
// mocha over the compiled *.test.js beside this file. The same entry runs in code-server's extension
// host (test/editor/ui/extensionHost.test.ts) and in a downloaded VS Code (test/editor/runTest.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type MochaType from 'mocha';

export function run(): Promise<void> {
  // mocha's CommonJS build: the package's main is ESM, which not every extension host can require()
  const Mocha: typeof MochaType = require('mocha/lib/mocha.cjs');
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  const resultsFile = process.env.PAYCODES_SUITE_RESULTS;
  const results = { passes: [] as string[], failures: [] as { title: string; error: string }[], started: new Date().toISOString() };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        if (resultsFile) {
          fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
          fs.writeFileSync(resultsFile, JSON.stringify({ ...results, finished: new Date().toISOString() }, null, 2));
        }
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
        else resolve();
      });
      runner.on('pass', (t) => results.passes.push(t.fullTitle()));
      runner.on('fail', (t, err: Error) => results.failures.push({ title: t.fullTitle(), error: String(err?.message ?? err) }));
    } catch (err) {
      reject(err);
    }
  });
}
