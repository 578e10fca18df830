// A team's own catalog, written through the editor: PayCodes: New Catalog… creates team.paycodes.json,
// the team's entries replace the skeleton and Ctrl+S saves it; a hover over one of its codes in a
// source file then shows the entry and says which file it comes from.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NEW_CATALOG, OWN_CATALOG, hoverFailure, missingFromOwnHover } from '../expectations';
import { poll } from '../codeServer';
import { session } from '../session';

describe('own catalogs (code-server UI)', function () {
  this.timeout(90_000);

  after(async () => {
    const s = session();
    await s.workbench.dismissHover();
    await s.workbench.closeAllEditors();
    // the extension-host suite writes its own: leave the workspace as the fixture is
    fs.rmSync(path.join(s.workspace, OWN_CATALOG.file), { force: true });
  });

  it(`lists ${NEW_CATALOG.paletteTitle} in the command palette`, async () => {
    const wb = session().workbench;
    const rows = await wb.findCommands('PayCodes: New', NEW_CATALOG.paletteTitle);
    await wb.screenshot('own-catalog-palette-lists-new-catalog');
    assert.ok(rows.includes(NEW_CATALOG.paletteTitle), `expected the row ${JSON.stringify(NEW_CATALOG.paletteTitle)}; the palette showed ${JSON.stringify(rows)}`);
  });

  it(`saves a new ${OWN_CATALOG.file} through the editor; a hover on ${OWN_CATALOG.hover.word} in ${OWN_CATALOG.hover.file} then shows its entry and its origin`, async () => {
    const s = session();
    const wb = s.workbench;
    const onDisk = path.join(s.workspace, OWN_CATALOG.file);
    assert.ok(!fs.existsSync(onDisk), `expected no ${OWN_CATALOG.file} in the workspace before the check; there is one at ${onDisk}`);

    await wb.runCommand(NEW_CATALOG.paletteTitle);
    await wb.answerInputBox(OWN_CATALOG.prompts.provider, OWN_CATALOG.provider);
    await wb.answerInputBox(OWN_CATALOG.prompts.providerName, OWN_CATALOG.providerName);
    // the command writes the skeleton and opens it
    let tabs: string[] = [];
    try {
      await poll(`${OWN_CATALOG.file} open in the editor`, async () => {
        tabs = (await wb.visibleTexts('.editor-group-container.active .tab.active')).map((t) => t.replace(/\s+/g, ''));
        return tabs.some((t) => t.includes(OWN_CATALOG.file)) && (await wb.editorLines()).some((l) => l.includes(`"provider": "${OWN_CATALOG.provider}"`)) ? true : undefined;
      });
    } catch {
      throw new Error(`expected ${NEW_CATALOG.paletteTitle} to open ${OWN_CATALOG.file} with "provider": "${OWN_CATALOG.provider}"; the active tab is ${JSON.stringify(tabs)}, showing:\n  ${(await wb.editorLines()).join('\n  ')}`);
    }
    await wb.screenshot('own-catalog-new-catalog-skeleton');

    // the team's entries in place of the skeleton's, then Ctrl+S
    await wb.replaceEditorText(JSON.stringify(OWN_CATALOG.content));
    await wb.saveEditor();
    await wb.screenshot('own-catalog-saved');
    const saved = JSON.parse(fs.readFileSync(onDisk, 'utf8'));
    assert.deepEqual(saved, OWN_CATALOG.content, `expected ${onDisk} to hold the catalog typed into the editor`);

    // the server reloads catalogs when one is saved: hover until the entry shows (bounded)
    const e = OWN_CATALOG.hover;
    await wb.openFile(e.file);
    let text = '';
    try {
      text = await wb.hoverWord(e.word, {
        line: e.line,
        until: (t) => missingFromOwnHover(t) === undefined,
        expect: `showing ${e.provider}, ${e.name}, outcome ${e.outcome}, ${e.retry} and "From your catalog ${OWN_CATALOG.file}"`,
      });
    } finally {
      await wb.screenshot(`hover-${e.id}`);
    }
    assert.equal(missingFromOwnHover(text), undefined, `${hoverFailure(e, text, 'code-server hover widget')}; missing ${JSON.stringify(missingFromOwnHover(text))}`);
  });
});
