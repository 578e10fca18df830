// The @vscode/test-electron route (`npm run test:editor:electron`): downloads VS Code (into
// .vscode-test/) and runs the extension-host suite test/editor/suite in it, with this repository as
// the extension under development. Needs a machine that can download VS Code; on this project's
// machines the same suite runs inside code-server instead (test/editor/ui/extensionHost.test.ts).
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { findRepoRoot } from './codeServer';
import { copyFixtureWorkspace } from './session';

async function main(): Promise<void> {
  const root = findRepoRoot();
  const workspace = copyFixtureWorkspace(root, path.join(root, '.vscode-test', 'electron-run', 'workspace'));
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'test', 'editor', 'suite', 'index.js'),
    extensionTestsEnv: { PAYCODES_SUITE_RESULTS: path.join(root, 'test-results', 'editor-electron', 'extension-host-suite.json') },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
}

main().catch((err: unknown) => {
  console.error(`[editor-tests] @vscode/test-electron run failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
