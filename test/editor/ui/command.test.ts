// The command palette lists "PayCodes: Look Up Payment Code…" and running it shows its quick pick, which
// finds a code by the code and by its name.
import * as assert from 'node:assert/strict';
import { JAVA_FILE, LOOK_UP, LOOK_UP_BY_NAME } from '../expectations';
import { session } from '../session';

describe('command palette (code-server UI)', function () {
  this.timeout(90_000);

  afterEach(async () => {
    await session().workbench.closeQuickInput();
  });

  after(async () => {
    // the explanation opened a preview beside the editor: leave one editor group for the next checks
    await session().workbench.clearNotifications();
    await session().workbench.closeAllEditors();
  });

  it(`lists ${LOOK_UP.paletteTitle}`, async () => {
    const wb = session().workbench;
    // a file of a language the extension serves, so it is active
    await wb.openFile(JAVA_FILE);
    const rows = await wb.findCommands('PayCodes', LOOK_UP.paletteTitle);
    await wb.screenshot('command-palette-lists-look-up');
    assert.ok(rows.includes(LOOK_UP.paletteTitle), `expected the row ${JSON.stringify(LOOK_UP.paletteTitle)}; the palette showed ${JSON.stringify(rows)}`);
  });

  it(`runs ${LOOK_UP.paletteTitle}: its quick pick lists codes and finds ${LOOK_UP.query}`, async () => {
    const wb = session().workbench;
    await wb.runCommand(LOOK_UP.paletteTitle);
    const pick = await wb.waitForQuickPick(`the quick pick of ${JSON.stringify(LOOK_UP.paletteTitle)}`);
    assert.ok(pick.rows.length > 0, `expected the quick pick to list codes before anything is typed; it showed ${JSON.stringify(pick)}`);
    await wb.page.keyboard.type(LOOK_UP.query);
    const shown = await wb.waitForQuickInputRow(LOOK_UP.query);
    await wb.screenshot('command-look-up-quick-pick');
    assert.ok(
      shown.rows.some((r) => r.includes(LOOK_UP.query)),
      `expected a row for ${LOOK_UP.query} after typing it; the quick pick showed ${JSON.stringify(shown)}`,
    );
    const errors = (await wb.readNotifications()).filter((n) => /error|not found|failed/i.test(n));
    assert.deepEqual(errors, [], `expected no error notification; the page showed ${JSON.stringify(errors)}`);
  });

  it(`picking ${LOOK_UP.query} in ${LOOK_UP.paletteTitle} shows its explanation`, async () => {
    const wb = session().workbench;
    await wb.runCommand(LOOK_UP.paletteTitle);
    await wb.waitForQuickPick(`the quick pick of ${JSON.stringify(LOOK_UP.paletteTitle)}`);
    await wb.page.keyboard.type(LOOK_UP.query);
    await wb.waitForQuickInputRow(LOOK_UP.query);
    await wb.page.keyboard.press('Enter');
    const shown = await wb.waitForNotification(LOOK_UP.pickedNotice);
    await wb.screenshot('command-look-up-picked');
    assert.ok(shown.some((n) => n.includes(LOOK_UP.pickedNotice)), `expected a notification ${JSON.stringify(LOOK_UP.pickedNotice)}; the page showed ${JSON.stringify(shown)}`);
  });

  it(`${LOOK_UP.paletteTitle} finds ${LOOK_UP_BY_NAME.code} by typing ${JSON.stringify(LOOK_UP_BY_NAME.query)}`, async () => {
    const wb = session().workbench;
    await wb.clearNotifications();
    await wb.runCommand(LOOK_UP.paletteTitle);
    await wb.waitForQuickPick(`the quick pick of ${JSON.stringify(LOOK_UP.paletteTitle)}`);
    await wb.page.keyboard.type(LOOK_UP_BY_NAME.query);
    // every SNAP service has its own "Insufficient Funds" code: one row says them all
    const row = await wb.focusQuickPickRow(LOOK_UP_BY_NAME.code);
    await wb.screenshot('command-look-up-by-name');
    const missing = LOOK_UP_BY_NAME.row.filter((t) => !row.includes(t));
    assert.deepEqual(missing, [], `expected the row of ${LOOK_UP_BY_NAME.code} to say ${JSON.stringify(LOOK_UP_BY_NAME.row)}; it says ${JSON.stringify(row)}`);
    await wb.page.keyboard.press('Enter');
    // which service's code: the second quick pick, answered by typing the code
    await wb.answerInputBox('which service?', LOOK_UP_BY_NAME.service);
    const shown = await wb.waitForNotification(LOOK_UP_BY_NAME.pickedNotice);
    await wb.screenshot('command-look-up-by-name-picked');
    assert.ok(shown.some((n) => n.includes(LOOK_UP_BY_NAME.pickedNotice)), `expected a notification ${JSON.stringify(LOOK_UP_BY_NAME.pickedNotice)}; the page showed ${JSON.stringify(shown)}`);
  });
});
