// An if/else-if chain over payment codes, in Java: the squiggle under its first test and the Problems row,
// "Handle … like SYSTEM_BUSY" listed first under Ctrl+. and applied by Auto Fix (the missing codes join the
// branch that already retries), the warning gone; then Ctrl+Z restores the file.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { CHAIN as e } from '../expectations';
import { session } from '../session';
import { undoRestores } from './undoRestores';

describe('an if/else-if chain (code-server UI)', function () {
  this.timeout(120_000);
  const base = path.basename(e.file);
  const warningRow = (rows: string[]) => rows.find((r) => r.startsWith(e.message) && r.includes(e.rule) && r.includes(`[Ln ${e.line}, Col ${e.column}]`));

  after(async () => {
    const wb = session().workbench;
    await wb.hidePanel();
    await wb.closeAllEditors();
  });

  it(`${e.file}: a warning squiggle under ${JSON.stringify(e.header)} and its Problems row`, async () => {
    const wb = session().workbench;
    await wb.openFile(e.file);
    await wb.wordBox(e.word, e.header);
    const squiggles = await wb.readSquiggles({
      until: (sq) => sq.some((q) => q.severity === 'warning' && q.text === e.header),
      expect: `a warning under exactly ${JSON.stringify(e.header)}`,
    });
    const rows = await wb.readProblems({ filter: base, until: (r) => warningRow(r) !== undefined, expect: `to list ${JSON.stringify(`${e.message}…`)} (${e.rule}) at [Ln ${e.line}, Col ${e.column}] of ${base}` });
    await wb.screenshot(`chain-${e.id}-squiggle-and-problems`);
    assert.ok(squiggles.some((q) => q.text === e.header), `expected a squiggle under ${JSON.stringify(e.header)}; the editor showed ${JSON.stringify(squiggles)}`);
    assert.ok(warningRow(rows), `expected Problems to list ${JSON.stringify(e.message)}; it showed ${JSON.stringify(rows)}`);
  });

  it(`${e.file}: Ctrl+. lists "${e.fixes.handleLike}" first; Auto Fix applies it and the warning goes away; Ctrl+Z restores the file`, async () => {
    const wb = session().workbench;
    await wb.openFile(e.file);
    await wb.hidePanel();
    const original = (await wb.readEditorText()).map((l) => l.text);
    const items = await wb.quickFixMenu(e.word, e.header, {
      until: (i) => i.includes(e.fixes.handleLike) && i.includes(e.fixes.exhaustive),
      expect: `to list ${JSON.stringify(e.fixes.handleLike)} and ${JSON.stringify(e.fixes.exhaustive)}`,
    });
    await wb.screenshot(`chain-${e.id}-menu`);
    assert.ok(items.indexOf(e.fixes.handleLike) < items.indexOf(e.fixes.exhaustive), `expected ${JSON.stringify(e.fixes.handleLike)} listed first; the menu showed ${JSON.stringify(items)}`);
    await wb.page.keyboard.press('Escape');

    const extended = (lines: string[]) => lines.find((l) => l.trim().startsWith(e.branch));
    let lines: string[] = [];
    await wb.autoFixUntil(e.word, e.header, async () => {
      lines = (await wb.readEditorText()).map((l) => l.text);
      const branch = extended(lines);
      return branch !== undefined && e.joined.every((t) => branch.includes(t));
    });
    await wb.screenshot(`chain-${e.id}-applied`);
    const branch = extended(lines) ?? '';
    assert.deepEqual(e.joined.filter((t) => !branch.includes(t)), [], `expected Auto Fix to add the codes to ${JSON.stringify(e.branch)}; the editor shows:\n  ${lines.join('\n  ')}`);
    assert.equal(lines.length, original.length, 'the preferred fix adds no branch: the codes join an existing one');

    await wb.wordBox(e.word, e.header);
    await wb.readSquiggles({ until: (sq) => !sq.some((q) => q.text.includes(e.header)), expect: `none under ${JSON.stringify(e.header)} once the codes are handled` });
    await wb.readProblems({ filter: base, until: (r) => warningRow(r) === undefined, expect: `to no longer list ${JSON.stringify(e.message)} for ${base}` });
    await wb.screenshot(`chain-${e.id}-warning-gone`);

    await undoRestores(wb, e.file, original);
  });
});
