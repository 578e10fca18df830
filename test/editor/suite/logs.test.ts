// Same checks as the code-server UI route (test/editor/ui/logs.test.ts), through VS Code's API: the
// inlay hints after codes in a log, and its document symbols (the Outline) grouped with counts.
import * as assert from 'node:assert/strict';
import { LOG_INLAY_HINTS, LOG_OUTLINE, missingFromOutline } from '../expectations';
import { activateExtension, documentSymbols, inlayHints, openFile, waitFor } from './helpers';

describe('log files (extension host)', () => {
  before(async () => {
    await activateExtension();
  });

  it(`gives inlay hints after the codes in ${LOG_INLAY_HINTS.file}`, async () => {
    const doc = await openFile(LOG_INLAY_HINTS.file);
    const want = LOG_INLAY_HINTS.hints.map((e) => {
      const line = doc.getText().split(/\r?\n/).findIndex((l) => l.includes(e.line));
      assert.ok(line >= 0, `no line of ${LOG_INLAY_HINTS.file} contains ${JSON.stringify(e.line)}`);
      const text = doc.lineAt(line).text;
      return { ...e, lineNo: line, character: text.indexOf(e.after) + e.after.length };
    });
    let hints: Awaited<ReturnType<typeof inlayHints>> = [];
    const found = (w: (typeof want)[number]) => hints.some((h) => h.position.line === w.lineNo && h.position.character === w.character && h.label === w.label);
    await waitFor('the inlay hints', async () => {
      hints = await inlayHints(doc);
      return want.every(found) ? true : undefined;
    }).catch(() => undefined);
    for (const w of want) {
      assert.ok(found(w), `expected the hint ${JSON.stringify(w.label)} at line ${w.lineNo + 1}, character ${w.character + 1} (after ${JSON.stringify(w.after)}); vscode.executeInlayHintProvider gave ${JSON.stringify(hints.map((h) => `${h.position.line + 1}:${h.position.character + 1} ${h.label}`))}`);
    }
  });

  it(`lists the codes of ${LOG_OUTLINE.file} as document symbols, grouped with their counts`, async () => {
    const doc = await openFile(LOG_OUTLINE.file);
    let symbols: Awaited<ReturnType<typeof documentSymbols>> = [];
    await waitFor('the document symbols', async () => {
      symbols = await documentSymbols(doc.uri);
      return missingFromOutline(symbols) === undefined ? true : undefined;
    }).catch(() => undefined);
    assert.equal(missingFromOutline(symbols), undefined, `expected the symbols ${JSON.stringify(LOG_OUTLINE.groups)}; vscode.executeDocumentSymbolProvider gave ${JSON.stringify(symbols)}; missing ${JSON.stringify(missingFromOutline(symbols))}`);
  });
});
