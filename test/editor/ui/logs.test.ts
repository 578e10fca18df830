// A gateway log: the inlay hints drawn after its codes (`⟵ Insufficient Funds · failure`) and the
// Outline listing the codes found, grouped with their counts. (Hovers in the log: hover.test.ts.)
import * as assert from 'node:assert/strict';
import { LOG_INLAY_HINTS, LOG_OUTLINE, missingFromOutline } from '../expectations';
import { session } from '../session';
import type { InlayHintShown, OutlineNode } from '../workbench';

const hintAt = (hints: InlayHintShown[], e: (typeof LOG_INLAY_HINTS.hints)[number]) =>
  hints.find((h) => h.line.includes(e.line) && h.before.endsWith(e.after) && h.label === e.label);

const asGroups = (tree: OutlineNode[]) => tree.map((g) => ({ name: g.label, detail: g.description, children: g.children.map((c) => c.label) }));

describe('log files (code-server UI)', function () {
  this.timeout(90_000);

  after(async () => {
    await session().workbench.closeAllEditors();
  });

  it(`draws inlay hints after the codes in ${LOG_INLAY_HINTS.file}`, async () => {
    const wb = session().workbench;
    await wb.openFile(LOG_INLAY_HINTS.file);
    let hints: InlayHintShown[] = [];
    try {
      hints = await wb.readInlayHints({
        until: (h) => LOG_INLAY_HINTS.hints.every((e) => hintAt(h, e)),
        expect: LOG_INLAY_HINTS.hints.map((e) => `${JSON.stringify(e.label)} right after ${JSON.stringify(e.after)}`).join(' and '),
      });
    } finally {
      await wb.screenshot('log-inlay-hints');
    }
    for (const e of LOG_INLAY_HINTS.hints) {
      assert.ok(hintAt(hints, e), `expected the hint ${JSON.stringify(e.label)} after ${JSON.stringify(e.after)}; the editor drew ${JSON.stringify(hints)}`);
    }
  });

  it(`lists the codes of ${LOG_OUTLINE.file} in the Outline, grouped with their counts`, async () => {
    const wb = session().workbench;
    await wb.openFile(LOG_OUTLINE.file);
    let tree: OutlineNode[] = [];
    try {
      tree = await wb.readOutline({
        until: (t) => missingFromOutline(asGroups(t)) === undefined,
        expect: `to list ${JSON.stringify(LOG_OUTLINE.groups)}`,
      });
    } finally {
      await wb.screenshot('log-outline');
    }
    assert.equal(missingFromOutline(asGroups(tree)), undefined, `expected the Outline to list ${JSON.stringify(LOG_OUTLINE.groups)}; it showed ${JSON.stringify(asGroups(tree))}`);
  });
});
