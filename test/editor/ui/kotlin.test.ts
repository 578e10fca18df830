// The extension contributes the `kotlin` language id for .kt files: VS Code knows no Kotlin without a
// Kotlin extension, so without it a .kt file would open as plain text. (Its hover: hover.test.ts.)
import * as assert from 'node:assert/strict';
import { KOTLIN } from '../expectations';
import { poll } from '../codeServer';
import { session } from '../session';

describe('Kotlin (code-server UI)', function () {
  this.timeout(60_000);

  after(async () => {
    await session().workbench.closeAllEditors();
  });

  it(`opens ${KOTLIN.file} as ${KOTLIN.languageName}`, async () => {
    const wb = session().workbench;
    await wb.openFile(KOTLIN.file);
    let items: string[] = [];
    try {
      await poll(`the status bar to show ${KOTLIN.languageName}`, async () => {
        items = await wb.readStatusBar();
        return items.includes(KOTLIN.languageName) ? true : undefined;
      }, { timeoutMs: 15_000 });
    } catch {
      // the assertion below says what the status bar showed
    }
    await wb.screenshot('kotlin-language-mode');
    assert.ok(items.includes(KOTLIN.languageName), `expected the status bar's language mode ${JSON.stringify(KOTLIN.languageName)} for ${KOTLIN.file}; it showed ${JSON.stringify(items)}`);
  });
});
