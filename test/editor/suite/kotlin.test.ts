// Same check as the code-server UI route (test/editor/ui/kotlin.test.ts), through VS Code's API: a .kt
// file opens with the `kotlin` language id the extension contributes. (Its hover: hover.test.ts.)
import * as assert from 'node:assert/strict';
import { KOTLIN } from '../expectations';
import { activateExtension, openFile } from './helpers';

describe('Kotlin (extension host)', () => {
  before(async () => {
    await activateExtension();
  });

  it(`opens ${KOTLIN.file} with the language id ${KOTLIN.languageId}`, async () => {
    const doc = await openFile(KOTLIN.file);
    assert.equal(doc.languageId, KOTLIN.languageId, `expected ${KOTLIN.file} to open as ${KOTLIN.languageId}`);
  });
});
