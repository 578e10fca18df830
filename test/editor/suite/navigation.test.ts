// Same writing-and-finding checks as the code-server UI route (test/editor/ui/navigation.test.ts), through
// VS Code's API: completion in a case label, the code lens, Go to Definition, Find All References.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { NAVIGATION as N } from '../expectations';
import { activateExtension, openFile, positionOf, waitFor } from './helpers';

describe('writing and finding codes (extension host)', () => {
  before(async () => {
    await activateExtension();
  });

  it(`completion in a new case label offers ${N.firstSuggestion} first`, async () => {
    const doc = await openFile(N.file);
    const after = positionOf(doc, N.after).line;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(after + 1, 0), `                ${N.typed}:\n`);
    await vscode.workspace.applyEdit(edit);
    try {
      // Between the label's two quotes.
      const at = new vscode.Position(after + 1, 16 + N.typed.length - 1);
      const list = await waitFor('completion items', async () => {
        const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
        return l.items.some((i) => i.label === N.firstSuggestion || (typeof i.label !== 'string' && i.label.label === N.firstSuggestion)) ? l : undefined;
      });
      const ours = list.items.filter((i) => i.sortText !== undefined).sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
      const first = typeof ours[0].label === 'string' ? ours[0].label : ours[0].label.label;
      assert.equal(first, N.firstSuggestion);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('the code lens says what the switch handles', async () => {
    const doc = await openFile(N.file);
    const titles = await waitFor('code lenses', async () => {
      const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)) ?? [];
      const t = lenses.map((l) => l.command?.title ?? '');
      return t.includes(N.lens) ? t : undefined;
    });
    assert.ok(titles.includes(N.lens));
  });

  it(`Go to Definition on ${N.definition.word} gives its entry in the bundled catalog's page`, async () => {
    const doc = await openFile(N.definition.file);
    const at = positionOf(doc, N.definition.word, N.definition.line);
    const [loc] = await waitFor('a definition', async () => {
      const l = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at);
      return l?.length ? l : undefined;
    });
    const uri = 'uri' in loc ? loc.uri : loc.targetUri;
    const range = 'range' in loc ? loc.range : loc.targetRange;
    const page = await vscode.workspace.openTextDocument(uri);
    assert.equal(page.lineAt(range.start.line).text, N.definition.target);
  });

  it(`Find All References of ${N.references.word} lists the Java file and the log`, async () => {
    const doc = await openFile(N.references.file);
    const at = positionOf(doc, N.references.word, N.references.line);
    const files = await waitFor('references', async () => {
      const refs = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at)) ?? [];
      const names = refs.map((r) => path.basename(r.uri.fsPath));
      return N.references.files.every((f) => names.includes(f)) ? names : undefined;
    });
    assert.ok(files.length >= N.references.files.length);
  });
});
