// Same hover checks as the code-server UI route (test/editor/ui/hover.test.ts), through VS Code's API.
import * as assert from 'node:assert/strict';
import { HOVERS, hoverFailure, missingFromHover } from '../expectations';
import { activateExtension, hoverText, openFile, positionOf, waitFor } from './helpers';

describe('hover (extension host)', () => {
  before(async () => {
    await activateExtension();
  });

  for (const e of HOVERS) {
    it(`shows provider, name, outcome and retry advice for ${e.word} in ${e.file}`, async () => {
      const doc = await openFile(e.file);
      const pos = positionOf(doc, e.word, e.line);
      let text = '';
      try {
        await waitFor(`a hover on ${e.word}`, async () => {
          text = await hoverText(doc.uri, pos);
          return missingFromHover(e, text) === undefined ? true : undefined;
        });
      } catch {
        // the assertion below says what was expected and what was shown
      }
      assert.equal(missingFromHover(e, text), undefined, hoverFailure(e, text, 'vscode.executeHoverProvider'));
    });
  }
});
