// Same checks as the code-server UI route (test/editor/ui/diagnostics.test.ts), through VS Code's API:
// the warning on the switch, the quick fixes, the preferred one applied, the warning gone, undone.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SWITCHES, wrongAfterFix, type SwitchExpectation } from '../expectations';
import { activateExtension, codeActions, diagnosticCode, diagnostics, openFile, waitFor } from './helpers';

const isTheWarning = (e: SwitchExpectation) => (d: vscode.Diagnostic) =>
  diagnosticCode(d) === e.rule && d.message.startsWith(e.message) && d.range.start.line + 1 === e.line && d.range.start.character + 1 === e.column;

describe('diagnostics and quick fixes (extension host)', () => {
  before(async () => {
    await activateExtension();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const e of SWITCHES) {
    it(`${e.file}: a warning on ${JSON.stringify(e.header)} naming the unhandled codes`, async () => {
      const doc = await openFile(e.file);
      const all = await diagnostics(doc.uri, (ds) => ds.some(isTheWarning(e)));
      const d = all.find(isTheWarning(e))!;
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning, `expected a warning; it is ${vscode.DiagnosticSeverity[d.severity]}`);
      assert.equal(doc.getText(d.range), e.header, `expected the warning's range to be the switch's header`);
      const said = [d.message, ...(d.relatedInformation ?? []).map((r) => r.message)].join('\n');
      const unnamed = e.codes.filter((c) => !said.includes(c));
      assert.deepEqual(unnamed, [], `expected the warning to name ${JSON.stringify(e.codes)}; it says ${JSON.stringify(said)}`);
    });

    it(`${e.file}: offers "${e.fixes.retryable}" (preferred) and "${e.fixes.exhaustive}"; the preferred fix inserts the cases and the warning goes away; undo restores the file`, async () => {
      const doc = await openFile(e.file);
      const d = (await diagnostics(doc.uri, (ds) => ds.some(isTheWarning(e)))).find(isTheWarning(e))!;
      const actions = await waitFor('the quick fixes', async () => {
        const a = await codeActions(doc.uri, d.range);
        return a.some((x) => x.title === e.fixes.retryable) && a.some((x) => x.title === e.fixes.exhaustive) ? a : undefined;
      }).catch(async () => assert.fail(`expected ${JSON.stringify([e.fixes.retryable, e.fixes.exhaustive])}; offered ${JSON.stringify((await codeActions(doc.uri, d.range)).map((a) => a.title))}`));
      const retry = actions.find((a) => a.title === e.fixes.retryable)!;
      const exhaustive = actions.find((a) => a.title === e.fixes.exhaustive)!;
      assert.equal(retry.isPreferred, true, `expected ${JSON.stringify(e.fixes.retryable)} to be the preferred fix`);
      assert.ok(!exhaustive.isPreferred, `expected ${JSON.stringify(e.fixes.exhaustive)} not to be preferred`);
      assert.ok(retry.edit, `expected ${JSON.stringify(e.fixes.retryable)} to carry an edit`);

      const original = doc.getText();
      await vscode.window.showTextDocument(doc);
      assert.ok(await vscode.workspace.applyEdit(retry.edit!), `expected ${JSON.stringify(e.fixes.retryable)}'s edit to apply`);
      const lines = doc.getText().split(/\r?\n/);
      assert.equal(wrongAfterFix(e, lines, original.split(/\r?\n/)), undefined, `after ${JSON.stringify(e.fixes.retryable)} the file lacks ${JSON.stringify(wrongAfterFix(e, lines, original.split(/\r?\n/)))}:\n${doc.getText()}`);
      const badIndent = lines.filter((l) => e.inserted.some((want) => l.trim().startsWith(want)) && !l.startsWith(`${e.indent}${l.trim()}`));
      assert.deepEqual(badIndent, [], `expected the inserted cases indented with ${JSON.stringify(e.indent)}, as the file's other cases`);
      await diagnostics(doc.uri, (ds) => !ds.some(isTheWarning(e))).catch(() => assert.fail(`expected the warning gone once the cases are handled; diagnostics: ${JSON.stringify(vscode.languages.getDiagnostics(doc.uri).map((x) => x.message))}`));

      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('undo');
      await waitFor('undo to restore the file', async () => (doc.getText() === original ? true : undefined), 10_000).catch(() =>
        assert.fail(`expected undo to restore ${e.file}; it holds:\n${doc.getText()}`),
      );
      await diagnostics(doc.uri, (ds) => ds.some(isTheWarning(e)));
      assert.equal(doc.isDirty, false, `expected ${e.file} unmodified after undo`);
    });
  }
});
