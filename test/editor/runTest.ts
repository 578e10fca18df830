// The @vscode/test-electron route (`npm run test:editor:electron`): downloads VS Code (into
// .vscode-test/) and runs the extension-host suite test/editor/suite in it, with this repository as
// the extension under development. Needs a machine that can download VS Code; on this project's
// machines the same suite runs inside code-server instead (test/editor/ui/extensionHost.test.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { findRepoRoot } from './codeServer';
import { copyFixtureWorkspaceToTemp } from './session';

async function main(): Promise<void> {
  const root = findRepoRoot();
  // outside the repository, as in the code-server route (session.ts): its .gitignore ignores .vscode-test/
  const workspace = copyFixtureWorkspaceToTemp(root);
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'editor', 'suite', 'index.js'),
      extensionTestsEnv: { PAYCODES_SUITE_RESULTS: path.join(root, 'test-results', 'editor-electron', 'extension-host-suite.json') },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`[editor-tests] @vscode/test-electron run failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
