// Which edits hold the diagnostics for a completion request: those that type a completion trigger.
import { strict as assert } from 'node:assert';
import { noteTriggerEdits } from '../../server/src/lsp/triggerEdits';

describe('edits that type a completion trigger', () => {
  const uri = 'file:///Pay.java';
  const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });

  function typed(changes: Parameters<ReturnType<typeof noteTriggerEdits>['configuration']['update']>[1]): boolean {
    const notes = noteTriggerEdits();
    const doc = notes.configuration.create(uri, 'java', 1, 'switch (rc) {\n  case "00":\n}\n');
    notes.configuration.update(doc, changes, 2);
    return notes.typedTrigger(uri);
  }

  it('are a quote typed, or a label line pasted with its quotes', () => {
    assert.equal(typed([{ range: at(1, 7), text: '"' }]), true);
    assert.equal(typed([{ range: at(1, 0), text: '  case "":\n' }]), true);
  });

  it('are not a space, a line break, several changes at once, or the whole text replaced', () => {
    assert.equal(typed([{ range: at(1, 2), text: ' ' }]), false);
    assert.equal(typed([{ range: at(1, 2), text: '\n' }]), false);
    assert.equal(typed([{ range: at(1, 7), text: '"' }, { range: at(2, 0), text: '"' }]), false);
    assert.equal(typed([{ text: 'switch (rc) {\n  case "":\n}\n' }]), false);
  });

  it('are reported once: the next analysis of the document is not held again', () => {
    const notes = noteTriggerEdits();
    const doc = notes.configuration.create(uri, 'java', 1, '');
    notes.configuration.update(doc, [{ range: at(0, 0), text: "'" }], 2);
    assert.equal(notes.typedTrigger(uri), true);
    assert.equal(notes.typedTrigger(uri), false);
  });
});
