// After an edit only the region it touched is searched for switches again; the rest is carried over. Over
// any sequence of edits, what is carried over plus what is found again must be exactly what a search of the
// whole tree finds. Both read the same tree, so that only the reuse is judged, not tree-sitter's error recovery.
import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { analyze, AnalysisMemo, documentSyntax, sourceEvidence } from '../../../server/src/rules/analyze';
import { DEFAULT_RULE_SETTINGS } from '../../../server/src/rules/ruleSettings';
import { DocumentSwitches } from '../../../server/src/syntax/documentSwitches';
import { newService, switchFixtures } from '../syntax/syntaxHelpers';
import { freshUri, parseOrSkip } from './analysisHarness';
import { bundledIndex, fuzzParameters, mutate, mutation, token, type Mutation } from './fuzz';

/** Edits as a person types them, one version each: a few characters at a time, often inside a switch. */
const typing: fc.Arbitrary<Mutation[]> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: token }).map((m) => [m]) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }).map((m) => [m]) },
  // A selection typed over: the text may keep its length while its line breaks move.
  {
    weight: 2,
    arbitrary: fc.record({ at: fc.nat(), length: fc.integer({ min: 1, max: 3 }), text: token }).map(({ at, length, text }): Mutation[] => [
      { kind: 'delete', at, length },
      { kind: 'insert', at, text },
    ]),
  },
  { weight: 1, arbitrary: mutation.map((m) => [m]) },
);

describe('robustness: switches found again only where an edit touched', function () {
  // Hundreds of runs over every fixture, chains and maps included: a bound against hangs, not a speed target.
  this.timeout(120_000);
  const service = newService();
  const wholeTree = new DocumentSwitches(() => undefined);
  const fixtures = switchFixtures();

  it('carries over and finds again exactly the switches of a whole-tree search, and their analysis, edit after edit', async () => {
    const index = bundledIndex();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fixtures), fc.array(typing, { minLength: 1, maxLength: 8 }), async (fixture, edits) => {
        const uri = freshUri(fixture.languageId);
        const memo = new AnalysisMemo();
        try {
          let text = fixture.text;
          for (const [version, edit] of [undefined, ...edits].entries()) {
            if (edit) text = mutate(text, edit);
            const document = await parseOrSkip(service, uri, fixture.languageId, version, text);
            if (!document) return;
            const what = `after edit ${version} of ${fixture.name}: ${JSON.stringify(edit)}`;
            const syntax = documentSyntax(service, document);
            assert.deepEqual(syntax.switches, wholeTree.of(document, Infinity), what);
            const evidence = sourceEvidence(index, text, fixture.file, []);
            assert.deepEqual(analyze(syntax, index, DEFAULT_RULE_SETTINGS, evidence, memo), analyze(syntax, index, DEFAULT_RULE_SETTINGS, evidence), what);
          }
        } finally {
          service.forget(uri);
        }
      }),
      fuzzParameters(7301, 300),
    );
  });

  it('carries the switches an edit did not touch over as they were, and moves those below a new line', async () => {
    const uri = freshUri('typescript');
    const one = (n: number) => `switch (r${n}.resultCode) {\n  case 'SYSTEM_BUSY': break;\n}\n`;
    const text = [1, 2, 3].map(one).join('');
    const before = service.switches((await parseOrSkip(service, uri, 'typescript', 1, text))!);
    const at = text.indexOf("'SYSTEM_BUSY'", text.indexOf('r2'));
    const typed = (await parseOrSkip(service, uri, 'typescript', 2, text.slice(0, at) + ' ' + text.slice(at)))!;
    const after = service.switches(typed);
    assert.equal(after[0], before[0]);
    assert.notEqual(after[1], before[1]);
    assert.equal(after[1].arms[0].labels[0].range.start.character, 8);
    assert.equal(after[2], before[2]);
    const broken = (await parseOrSkip(service, uri, 'typescript', 3, typed.text.slice(0, at) + '\n' + typed.text.slice(at)))!;
    const moved = service.switches(broken);
    assert.equal(moved[0], before[0]);
    assert.deepEqual(moved[2].range, { start: { line: 7, character: 0 }, end: { line: 9, character: 1 } });
    assert.deepEqual(moved, new DocumentSwitches(() => undefined).of(broken, Infinity));
    service.forget(uri);
  });

  it('moves the switches below a line break replaced by a space, though no offset changed', async () => {
    const uri = freshUri('go');
    const text = 'package p\n\n// a\n// b\nfunc f(code string) int {\n\tswitch code {\n\tcase "SYSTEM_BUSY":\n\t\treturn 1\n\t}\n\treturn 0\n}\n';
    const before = service.switches((await parseOrSkip(service, uri, 'go', 1, text))!);
    assert.equal(before[0].range.start.line, 5);
    const joined = (await parseOrSkip(service, uri, 'go', 2, text.replace('// a\n', '// a ')))!;
    assert.equal(joined.text.length, text.length);
    const after = service.switches(joined);
    assert.equal(after[0].range.start.line, 4);
    assert.deepEqual(after, wholeTree.of(joined, Infinity));
    service.forget(uri);
  });

  it('remembers only one step back of a switch moved edit after edit', async () => {
    const uri = freshUri('typescript');
    const text = "switch (r.resultCode) {\n  case 'SYSTEM_BUSY': break;\n}\n";
    // Each version has one more blank line above the comment, away from the switch.
    const version = (n: number) => parseOrSkip(service, uri, 'typescript', n, `${'\n'.repeat(n)}// top\n${text}`);
    let document = (await version(1))!;
    for (let n = 2; n <= 4; n++) {
      service.switches(document);
      document = (await version(n))!;
    }
    const [site] = service.switches(document);
    assert.equal(site.range.start.line, 5);
    const previous = service.movedFrom(site);
    assert.equal(previous?.site.range.start.line, 4);
    assert.equal(service.movedFrom(previous!.site), undefined);
    service.forget(uri);
  });

  it('finds a switch that an edit inside it completes, though the edit touched no switch before', async () => {
    const uri = freshUri('go');
    const source = (subject: string) => `package p\n\nfunc f(code string) int {\n\tswitch ${subject}{\n\tcase "SYSTEM_BUSY":\n\t\treturn 1\n\t}\n\treturn 0\n}\n`;
    const tagless = (await parseOrSkip(service, uri, 'go', 1, source('')))!;
    assert.deepEqual(service.switches(tagless), []);
    const tagged = (await parseOrSkip(service, uri, 'go', 2, source('code ')))!;
    assert.deepEqual(service.switches(tagged).map((site) => site.subject.text), ['code']);
    assert.deepEqual(service.switches(tagged), wholeTree.of(tagged, Infinity));
    service.forget(uri);
  });

  it('relinks a label to its constant when only the definition, outside every switch, changes', async () => {
    const uri = freshUri('java');
    const source = (value: string) =>
      `class C {\n  static final String BUSY = "${value}";\n  void f(String c) {\n    switch (c) {\n      case BUSY: break;\n    }\n  }\n}\n`;
    const first = await parseOrSkip(service, uri, 'java', 1, source('SYSTEM_BUSY'));
    assert.equal(service.switches(first!)[0].arms[0].labels[0].constant?.literal?.value, 'SYSTEM_BUSY');
    const second = await parseOrSkip(service, uri, 'java', 2, source('PAYMENT_IN_PROCESS'));
    assert.equal(service.switches(second!)[0].arms[0].labels[0].constant?.literal?.value, 'PAYMENT_IN_PROCESS');
    service.forget(uri);
  });

  it('reads a chain again when only the slice it tests, assigned above it, changes', async () => {
    const uri = freshUri('php');
    const source = (length: number) =>
      `<?php\nfunction f(array $r) {\n    $http = substr($r['responseCode'], 0, ${length});\n    $n = 1;\n    if ($http === '200') {\n        return true;\n    } else {\n        return false;\n    }\n}\n`;
    const first = await parseOrSkip(service, uri, 'php', 1, source(2));
    assert.deepEqual(service.switches(first!), [], 'a two-character slice is never 200');
    const second = (await parseOrSkip(service, uri, 'php', 2, source(3)))!;
    const chains = service.switches(second);
    assert.equal(chains.length, 1);
    assert.deepEqual(chains[0].arms[0].labels[0].prefix, {});
    assert.deepEqual(chains, new DocumentSwitches(() => undefined).of(second, Infinity));
    service.forget(uri);
  });
});
