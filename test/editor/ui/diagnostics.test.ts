// A switch over payment codes that leaves retryable codes to `default`, in Java and in Go: the squiggle
// and the Problems row a person sees, the quick fixes Ctrl+. lists, the preferred one applied (Auto Fix,
// Shift+Alt+.) inserting the cases before `default`, the warning gone; then Ctrl+Z restores the file.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { SWITCHES, wrongAfterFix, type SwitchExpectation } from '../expectations';
import { session } from '../session';
import { undoRestores } from './undoRestores';

/** Problems rows (filtered to the file) that show e's warning: the message row with its rule and position. */
function warningRow(rows: string[], e: SwitchExpectation): string | undefined {
  return rows.find((r) => r.startsWith(e.message) && r.includes(e.rule) && r.includes(`[Ln ${e.line}, Col ${e.column}]`));
}

describe('diagnostics and quick fixes (code-server UI)', function () {
  this.timeout(120_000);

  after(async () => {
    const wb = session().workbench;
    await wb.hidePanel();
    await wb.closeAllEditors();
  });

  for (const e of SWITCHES) {
    const base = path.basename(e.file);

    it(`${e.file}: a warning squiggle under ${JSON.stringify(e.header)} and its Problems row`, async () => {
      const wb = session().workbench;
      await wb.openFile(e.file);
      await wb.wordBox(e.word, e.header);
      const squiggles = await wb.readSquiggles({
        until: (sq) => sq.some((q) => q.severity === 'warning' && q.text === e.header),
        expect: `a warning under exactly ${JSON.stringify(e.header)}`,
      });
      const rows = await wb.readProblems({
        filter: base,
        until: (r) => warningRow(r, e) !== undefined,
        expect: `to list ${JSON.stringify(`${e.message}…`)} (${e.rule}) at [Ln ${e.line}, Col ${e.column}] of ${base}`,
      });
      await wb.screenshot(`diagnostics-${e.id}-squiggle-and-problems`);
      assert.ok(squiggles.some((q) => q.text === e.header), `expected a squiggle under ${JSON.stringify(e.header)}; the editor showed ${JSON.stringify(squiggles)}`);
      const shown = rows.join('\n');
      const unnamed = e.codes.filter((c) => !shown.includes(c));
      assert.deepEqual(unnamed, [], `expected Problems to name the unhandled codes ${JSON.stringify(e.codes)}; it showed ${JSON.stringify(rows)}`);
    });

    it(`${e.file}: Ctrl+. lists "${e.fixes.retryable}" and "${e.fixes.exhaustive}"; the preferred fix inserts the cases and the warning goes away; Ctrl+Z restores the file`, async () => {
      const wb = session().workbench;
      await wb.openFile(e.file);
      await wb.hidePanel(); // the editor's whole height, for reading its lines
      const original = (await wb.readEditorText()).map((l) => l.text);
      const items = await wb.quickFixMenu(e.word, e.header, {
        until: (i) => i.includes(e.fixes.retryable) && i.includes(e.fixes.exhaustive),
        expect: `to list ${JSON.stringify(e.fixes.retryable)} and ${JSON.stringify(e.fixes.exhaustive)}`,
      });
      await wb.screenshot(`quick-fix-${e.id}-menu`);
      assert.ok(
        items.indexOf(e.fixes.retryable) < items.indexOf(e.fixes.exhaustive),
        `expected ${JSON.stringify(e.fixes.retryable)} listed first; the menu showed ${JSON.stringify(items)}`,
      );
      await wb.page.keyboard.press('Escape');

      // Auto Fix applies the preferred fix only: the retryable cases
      let lines: string[] = [];
      await wb.autoFixUntil(e.word, e.header, async () => {
        lines = (await wb.readEditorText()).map((l) => l.text);
        return wrongAfterFix(e, lines, original) === undefined;
      });
      await wb.screenshot(`quick-fix-${e.id}-applied`);
      assert.equal(
        wrongAfterFix(e, lines, original),
        undefined,
        `expected Auto Fix to apply ${JSON.stringify(e.fixes.retryable)}; the editor lacks ${JSON.stringify(wrongAfterFix(e, lines, original))}; it shows:\n  ${lines.join('\n  ')}`,
      );
      await wb.wordBox(e.word, e.header); // the header in view: squiggles are drawn on visible lines only
      await wb.readSquiggles({ until: (sq) => !sq.some((q) => q.text.includes(e.header)), expect: `none under ${JSON.stringify(e.header)} once the cases are handled` });
      await wb.readProblems({ filter: base, until: (r) => warningRow(r, e) === undefined, expect: `to no longer list ${JSON.stringify(e.message)} for ${base}` });
      await wb.screenshot(`quick-fix-${e.id}-warning-gone`);

      // Ctrl+Z: the file as it was (reruns and the extension-host suite start from it), the warning back
      await undoRestores(wb, e.file, original);
      await wb.wordBox(e.word, e.header);
      await wb.readSquiggles({ until: (sq) => sq.some((q) => q.severity === 'warning' && q.text === e.header), expect: `the warning under ${JSON.stringify(e.header)} back after Ctrl+Z` });
      await wb.screenshot(`quick-fix-${e.id}-undone`);
    });
  }
});
