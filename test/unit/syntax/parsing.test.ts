// Parsing: incremental updates give the tree a full parse gives; limits skip instead of hanging.
import { strict as assert } from 'node:assert';
import { LineIndex } from '../../../server/src/syntax/positions';
import type { ParsedDocument, ParseOutcome } from '../../../server/src/syntax/syntaxService';
import type { ContentChange } from '../../../server/src/syntax/types';
import { newService, parseText, switchFixtures } from './syntaxHelpers';

function parsed(outcome: ParseOutcome): ParsedDocument {
  assert.equal(outcome.status, 'parsed', outcome.status === 'skipped' ? outcome.message : '');
  return (outcome as { document: ParsedDocument }).document;
}

/** An LSP change replacing `length` characters at `offset` of `text`. */
function change(text: string, offset: number, length: number, inserted: string): ContentChange {
  const index = new LineIndex(text);
  return { range: { start: index.positionAt(offset), end: index.positionAt(offset + length) }, text: inserted };
}

describe('parsing', () => {
  const service = newService();

  for (const fixture of switchFixtures()) {
    it(`applies LSP changes to ${fixture.name} incrementally, as a full parse would`, async () => {
      const uri = `test:///incremental/${fixture.name}`;
      parsed(await service.parse(uri, fixture.languageId, 1, fixture.text));
      // Type a new line into the first switch's body, then delete part of another line, in one notification.
      const at = fixture.text.indexOf('\n', fixture.text.search(/switch|when|match|case/)) + 1;
      const typed = fixture.text.slice(0, at) + '  x' + fixture.text.slice(at);
      const changes = [change(fixture.text, at, 0, '  x'), change(typed, typed.length - 40, 5, '')];
      const finalText = typed.slice(0, typed.length - 40) + typed.slice(typed.length - 35);
      const incremental = parsed(await service.applyChanges(uri, 2, changes));
      const full = await parseText(newService(), fixture.languageId, finalText);
      assert.equal(incremental.text, finalText);
      assert.equal(incremental.tree.rootNode.toString(), full.tree.rootNode.toString());
      assert.deepEqual(service.switches(incremental), service.switches(full));
    });
  }

  it('reparses a new full text from the previous tree, across non-ASCII text', async () => {
    const uri = 'test:///full-text.ts';
    const before = "const note = 'é😀';\nswitch (resp.resultCode) {\n  case 'SUCCESS': break;\n}\n";
    const after = "const note = 'é😀 ✓';\nswitch (resp.resultCode) {\n  case 'SUCCESS': break;\n  case 'SYSTEM_BUSY': break;\n}\n";
    parsed(await service.parse(uri, 'typescript', 1, before));
    const document = parsed(await service.parse(uri, 'typescript', 2, after));
    const full = await parseText(newService(), 'typescript', after);
    assert.equal(document.tree.rootNode.toString(), full.tree.rootNode.toString());
    assert.deepEqual(service.switches(document), service.switches(full));
  });

  it('does not cut a character in two when only half of its surrogate pair changes', async () => {
    const uri = 'test:///surrogates.py';
    parsed(await service.parse(uri, 'python', 1, 'match c:\n    case "😀":\n        pass\n'));
    const document = parsed(await service.parse(uri, 'python', 2, 'match c:\n    case "😁":\n        pass\n'));
    assert.equal(service.switches(document)[0].arms[0].labels[0].value, '😁');
    const full = await parseText(newService(), 'python', document.text);
    assert.equal(document.tree.rootNode.toString(), full.tree.rootNode.toString());
  });

  it('replaces the whole text when a change has no range', async () => {
    const uri = 'test:///whole.go';
    parsed(await service.parse(uri, 'go', 1, 'package p\n'));
    const text = 'package p\n\nfunc f(c string) {\n\tswitch c {\n\tcase "A":\n\t}\n}\n';
    const document = parsed(await service.applyChanges(uri, 2, [{ text }]));
    assert.equal(document.text, text);
    assert.equal(service.switches(document).length, 1);
  });

  it('returns the same document for the same version and text', async () => {
    const uri = 'test:///same.py';
    const first = parsed(await service.parse(uri, 'python', 3, 'match x:\n    case 1:\n        pass\n'));
    const again = parsed(await service.parse(uri, 'python', 3, 'match x:\n    case 1:\n        pass\n'));
    assert.equal(again, first);
  });

  it('reports positions in UTF-16 code units, as LSP does', async () => {
    const text = 'val s = "é😀"; fun f(c: String) { when (c) { "A" -> 1 } }';
    const document = await parseText(service, 'kotlin', text);
    const [label] = service.switches(document)[0].arms[0].labels;
    assert.deepEqual(label.range.start, { line: 0, character: text.indexOf('"A"') });
  });

  it('refuses a document over the size limit, and parses it again once it fits', async () => {
    const small = newService({ maxBytes: 64 });
    const uri = 'test:///big.java';
    const big = `class A { String s = "${'é'.repeat(40)}"; }`;
    const outcome = await small.parse(uri, 'java', 1, big);
    assert.equal(outcome.status, 'skipped');
    assert.equal(outcome.status === 'skipped' && outcome.cause, 'too-large');
    assert.match(outcome.status === 'skipped' ? outcome.message : '', /larger than 64 bytes/);
    const fitted = await small.applyChanges(uri, 2, [change(big, 21, 42, '""')]);
    assert.equal(parsed(fitted).text, 'class A { String s = ""; }');
  });

  it('abandons a parse that runs past its time limit, and can parse again afterwards', async () => {
    const hurried = newService({ parseTimeoutMs: 0 });
    const huge = 'class A {\n' + '  void f() { switch (code) { case "A": break; default: } }\n'.repeat(20_000) + '}\n';
    const outcome = await hurried.parse('test:///huge.java', 'java', 1, huge);
    assert.equal(outcome.status === 'skipped' && outcome.cause, 'timeout');
    // The second parse only proves the service recovers: give it room on a loaded machine.
    const document = parsed(await newService({ parseTimeoutMs: 60_000 }).parse('test:///huge.java', 'java', 1, huge));
    assert.equal(document.tree.rootNode.hasError, false);
  });

  it('skips languages it has no grammar for', async () => {
    const outcome = await service.parse('test:///x.rs', 'rust', 1, 'fn main() {}');
    assert.equal(outcome.status === 'skipped' && outcome.cause, 'unsupported');
    assert.equal(service.supports('rust'), false);
    for (const id of ['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'java', 'kotlin', 'go', 'python', 'php', 'csharp', 'ruby']) {
      assert.ok(service.supports(id), id);
    }
  });

  it('asks for the full text when changes arrive for a document it never parsed', async () => {
    const outcome = await service.applyChanges('test:///never', 2, [{ text: 'x' }]);
    assert.equal(outcome.status === 'skipped' && outcome.cause, 'unknown-document');
  });

  it('refuses to read a document whose tree was replaced or forgotten', async () => {
    const uri = 'test:///stale.rb';
    const old = parsed(await service.parse(uri, 'ruby', 1, 'case x\nwhen 1 then 2\nend\n'));
    parsed(await service.parse(uri, 'ruby', 2, 'case x\nwhen 1 then 3\nend\n'));
    assert.throws(() => service.switches(old), /was replaced/);
    const current = parsed(await service.parse(uri, 'ruby', 3, 'case y\nend\n'));
    service.forget(uri);
    assert.throws(() => service.commentBefore(current, 1), /was replaced/);
  });
});
