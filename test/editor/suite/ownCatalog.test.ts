// Same checks as the code-server UI route (test/editor/ui/ownCatalog.test.ts), through VS Code's API:
// New Catalog… is contributed; a new team.paycodes.json saved through the editor (a workspace edit
// that creates it, then save) gives its codes hovers that say where they come from.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, NEW_CATALOG, OWN_CATALOG, hoverFailure, missingFromOwnHover } from '../expectations';
import { activateExtension, hoverText, openFile, positionOf, waitFor, workspaceFile } from './helpers';

describe('own catalogs (extension host)', () => {
  before(async () => {
    await activateExtension();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // the UI route writes its own: leave the workspace as the fixture is
    const edit = new vscode.WorkspaceEdit();
    edit.deleteFile(workspaceFile(OWN_CATALOG.file), { ignoreIfNotExists: true });
    await vscode.workspace.applyEdit(edit);
  });

  it(`contributes ${NEW_CATALOG.paletteTitle} to the command palette`, async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes?: { commands?: { command: string; title: string; category?: string }[] };
    };
    const c = pkg.contributes?.commands?.find((x) => x.command === NEW_CATALOG.command);
    assert.ok(c, `expected ${NEW_CATALOG.command} among the contributed commands`);
    assert.equal(`${c.category}: ${c.title}`, NEW_CATALOG.paletteTitle);
    assert.ok((await vscode.commands.getCommands(true)).includes(NEW_CATALOG.command), `expected ${NEW_CATALOG.command} to be registered`);
  });

  it(`saves a new ${OWN_CATALOG.file}; a hover on ${OWN_CATALOG.hover.word} in ${OWN_CATALOG.hover.file} then shows its entry and its origin`, async () => {
    const uri = workspaceFile(OWN_CATALOG.file);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(uri)), `expected no ${OWN_CATALOG.file} in the workspace before the check`);
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { ignoreIfExists: false });
    edit.insert(uri, new vscode.Position(0, 0), `${JSON.stringify(OWN_CATALOG.content, null, 2)}\n`);
    assert.ok(await vscode.workspace.applyEdit(edit), `expected the edit creating ${OWN_CATALOG.file} to apply`);
    const catalog = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(catalog);
    assert.ok(await catalog.save(), `expected ${OWN_CATALOG.file} to save`);

    const e = OWN_CATALOG.hover;
    const doc = await openFile(e.file);
    const pos = positionOf(doc, e.word, e.line);
    let text = '';
    await waitFor(`a hover on ${e.word} from ${OWN_CATALOG.file}`, async () => {
      text = await hoverText(doc.uri, pos);
      return missingFromOwnHover(text) === undefined ? true : undefined;
    }).catch(() => undefined);
    assert.equal(missingFromOwnHover(text), undefined, `${hoverFailure(e, text, 'vscode.executeHoverProvider')}; missing ${JSON.stringify(missingFromOwnHover(text))}`);
  });
});
