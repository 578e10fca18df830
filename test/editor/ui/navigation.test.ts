// Writing and finding codes in the editor (issue 14): completion in a case label (the list, then an item
// accepted), the code lens above a switch (its text, then clicked: its quick pick and a fix applied), Go to
// Definition into a bundled catalog's page, Find All References in the References view.
import * as assert from 'node:assert/strict';
import { poll } from '../codeServer';
import { NAVIGATION as N } from '../expectations';
import { session } from '../session';

describe('writing and finding codes (code-server UI)', function () {
  this.timeout(120_000);

  afterEach(async () => {
    const wb = session().workbench;
    await wb.page.keyboard.press('Escape');
    await wb.closeQuickInput();
  });

  after(async () => {
    await session().workbench.closeAllEditors();
  });

  /** Undoes the check's edits: the file as on disk, for the checks after it. */
  async function revert(): Promise<void> {
    const wb = session().workbench;
    await wb.runCommand('File: Revert File');
    await wb.closeQuickInput();
  }

  /** Opens the file and presses `key` with the cursor on the code. */
  async function pressOnCode(at: { file: string; word: string; line: string }, key: string): Promise<void> {
    const wb = session().workbench;
    await wb.openFile(at.file);
    // The lens above the switch moves the lines down when it arrives: click once it is drawn.
    await wb.readCodeLenses();
    await wb.pressOnWord(at.word, key, at.line);
  }

  it(`completion in a case label lists ${N.firstSuggestion} first and accepting it writes the label`, async () => {
    const wb = session().workbench;
    await wb.openFile(N.file);
    try {
      await wb.readCodeLenses(); // it moves the lines down when it arrives: type once it is drawn
      await wb.typeOnNewLineAfter(N.after, N.typed);
      await wb.page.keyboard.press('ArrowLeft');
      await wb.page.keyboard.press('Control+Space');
      const rows = await wb.readSuggestions({ until: (r) => r.some((x) => x.includes(N.firstSuggestion)), expect: `to list ${N.firstSuggestion}` });
      await wb.screenshot('completion-case-label-list');
      assert.ok(rows[0].startsWith(N.firstSuggestion), `expected ${N.firstSuggestion} first; the list showed ${JSON.stringify(rows.slice(0, 6))}`);
      assert.match(rows[0], /not handled/, `expected the row to say it is not handled; it shows ${JSON.stringify(rows[0])}`);
      await wb.page.keyboard.press('Enter');
      await wb.waitForLine(N.acceptedLine);
      await wb.screenshot('completion-case-label-accepted');
    } finally {
      await revert();
    }
  });

  it('the code lens above the switch says what it handles; clicking it lists the unhandled codes and applies a fix', async () => {
    const wb = session().workbench;
    await wb.openFile(N.file);
    try {
      const lenses = await wb.readCodeLenses({ until: (l) => l.includes(N.lens), expect: `to show ${JSON.stringify(N.lens)}` });
      await wb.screenshot('code-lens-above-switch');
      assert.ok(lenses.includes(N.lens));
      await wb.clickCodeLens(N.lens);
      const pick = await wb.waitForQuickInputRow(N.lensFix);
      await wb.screenshot('code-lens-quick-pick');
      assert.ok(pick.rows.some((r) => r.includes(N.firstSuggestion)), `expected ${N.firstSuggestion} among the rows; they are ${JSON.stringify(pick.rows)}`);
      await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: N.lensFix }).first().click();
      await wb.waitForLine(N.lensFixAdds);
      await wb.screenshot('code-lens-fix-applied');
    } finally {
      await revert();
    }
  });

  it(`Go to Definition on ${N.definition.word} opens its entry in the bundled catalog`, async () => {
    const wb = session().workbench;
    const d = N.definition;
    await pressOnCode(d, 'F12');
    let tab = '';
    try {
      await poll(`the tab ${d.tab}`, async () => ((tab = await wb.activeTab()) === d.tab ? true : undefined), { timeoutMs: 30_000, intervalMs: 200 });
    } catch {
      assert.fail(`expected Go to Definition to open ${d.tab}; the active tab is ${JSON.stringify(tab)}`);
    }
    await wb.waitForLine(d.target);
    await wb.screenshot('definition-bundled-catalog');
  });

  it(`Find All References of ${N.references.word} lists its places in the References view`, async () => {
    const wb = session().workbench;
    const r = N.references;
    await pressOnCode(r, 'Shift+Alt+F12');
    const view = await wb.readSideBarTree({
      until: (v) => /references/i.test(v.title) && r.files.every((f) => v.rows.some((row) => row.includes(f))) && v.rows.some((row) => row.includes(r.word)),
      expect: `to be the References view listing ${r.files.join(' and ')} and the lines with ${r.word}`,
    });
    await wb.screenshot('references-view');
    const summary = (await wb.visibleTexts('.part.sidebar')).join('\n');
    assert.match(summary, new RegExp(`\\d+ results in ${r.files.length} files`), `expected the view to count the results; it showed ${JSON.stringify(view.rows)}`);
  });
});
