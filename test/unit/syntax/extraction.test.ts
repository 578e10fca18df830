// Extraction details the fixtures do not show: syntax errors, nesting, escapes, comments.
import { strict as assert } from 'node:assert';
import type { SwitchSite } from '../../../server/src/syntax/types';
import { labelSummary, siteSummary } from './siteSummary';
import { newService, parseText } from './syntaxHelpers';

describe('switch extraction', () => {
  const service = newService();

  async function sites(languageId: string, text: string): Promise<SwitchSite[]> {
    return service.switches(await parseText(service, languageId, text));
  }

  async function labels(languageId: string, text: string): Promise<{ value: string; kind: string; quote: string }[]> {
    return (await sites(languageId, text))[0].arms.flatMap((arm) => arm.labels).map(({ value, kind, quote }) => ({ value, kind, quote }));
  }

  describe('syntax errors', () => {
    const broken: [string, string][] = [
      ['java', 'class A { void f() { switch (code) { case "A" foo(); break; default: } } }'],
      ['java', 'class A { void f() { switch (code) { case "A": foo() break; } } }'],
      ['typescript', "switch (code) { case 'A' return 1; default: }"],
      ['go', 'package p\nfunc f() {\n\tswitch code {\n\tcase "A" "B":\n\t}\n}\n'],
      ['python', 'match code:\n    case "A":\n        x = \n    case _:\n        pass\n'],
      ['php', "<?php switch ($code) { case 'A': foo(; break; }"],
      ['csharp', 'class A { void F() { switch (code) { case "A": Foo( break; } } }'],
      ['ruby', 'case code\nwhen "A" then foo(1 2)\nelse 2\nend\n'],
      ['kotlin', 'fun f() { when (code) { "A" -> foo(; else -> 1 } }'],
    ];
    for (const [languageId, text] of broken) {
      it(`flags ${languageId}: ${text.replace(/\s+/g, ' ').slice(0, 60)}`, async () => {
        const found = await sites(languageId, text);
        assert.ok(found.length > 0, 'the switch is still found');
        assert.ok(found.some((site) => site.hasSyntaxError));
      });
    }

    it('does not flag a switch for an error elsewhere in the file', async () => {
      const [site] = await sites('java', 'class A { void f() { switch (code) { case "A": break; } } void g( }');
      assert.equal(site.hasSyntaxError, false);
    });
  });

  describe('nesting', () => {
    it('gives each arm to its own switch', async () => {
      const text = [
        'class A { void f() {',
        '  switch (resultCode) {',
        '    case "U": switch (resultStatus) { case "F": break; default: break; } break;',
        '    case "S": break;',
        '  }',
        '} }',
      ].join('\n');
      const found = await sites('java', text);
      assert.deepEqual(found.map((site) => siteSummary(site, text)), [
        'switch (resultCode) → resultCode, statement clause: "U", "S"',
        'switch (resultStatus) → resultStatus, statement clause: "F"; default',
      ]);
    });

    it('keeps arms of a subject-less when or a tagless switch out of the enclosing site', async () => {
      const kotlin = 'fun f() { when (code) { "A" -> when { x > 1 -> 2; else -> 3 }; else -> 4 } }';
      assert.deepEqual((await sites('kotlin', kotlin)).map((site) => siteSummary(site, kotlin)), [
        'when (code) → code, expression rule: "A"; default',
      ]);
      const go = 'package p\nfunc f() {\n\tswitch code {\n\tcase "A":\n\t\tswitch {\n\t\tcase x > 1:\n\t\t}\n\t}\n}\n';
      assert.deepEqual((await sites('go', go)).map((site) => siteSummary(site, go)), ['switch code → code, statement clause: "A"']);
    });
  });

  describe('label values', () => {
    it('unescapes strings and keeps their quote', async () => {
      assert.deepEqual(await labels('java', 'class A { void f() { switch (c) { case "a\\"b\\\\c\\u0041": } } }'), [
        { value: 'a"b\\cA', kind: 'string', quote: '"' },
      ]);
      assert.deepEqual(await labels('typescript', "switch (c) { case 'it\\'s': case `x\\n`: case \"q\": }"), [
        { value: "it's", kind: 'string', quote: "'" },
        { value: 'x\n', kind: 'string', quote: '`' },
        { value: 'q', kind: 'string', quote: '"' },
      ]);
      assert.deepEqual(await labels('ruby', "case c\nwhen 'it\\'s', \"tab\\t\" then 1\nend\n"), [
        { value: "it's", kind: 'string', quote: "'" },
        { value: 'tab\t', kind: 'string', quote: '"' },
      ]);
      assert.deepEqual(await labels('php', "<?php switch ($c) { case 'it\\'s': case \"\\$x\": }"), [
        { value: "it's", kind: 'string', quote: "'" },
        { value: '$x', kind: 'string', quote: '"' },
      ]);
      assert.deepEqual(await labels('go', 'package p\nfunc f() {\n\tswitch c {\n\tcase `a\\n`, "\\x41":\n\t}\n}\n'), [
        { value: 'a\\n', kind: 'string', quote: '`' },
        { value: 'A', kind: 'string', quote: '"' },
      ]);
      assert.deepEqual(await labels('python', 'match c:\n    case r"\\d" | "\\u00e9":\n        pass\n'), [
        { value: '\\d', kind: 'string', quote: '"' },
        { value: 'é', kind: 'string', quote: '"' },
      ]);
    });

    it('does not take interpolated or verbatim strings for literals', async () => {
      const js = await labels('javascript', 'switch (c) { case `A${b}`: }');
      const kotlin = await labels('kotlin', 'fun f() { when (c) { "A$b" -> 1; "\\u0041" -> 2; "\\$b" -> 3 } }');
      const csharp = await labels('csharp', 'class A { void F() { switch (c) { case @"A\\B": break; } } }');
      const python = await labels('python', 'match c:\n    case f"{b}":\n        pass\n');
      assert.deepEqual([...js, ...kotlin, ...csharp, ...python].map((label) => label.kind), ['other', 'other', 'other', 'string', 'other', 'other']);
      assert.equal(kotlin[2].value, '$b');
    });

    it('reads numbers as written and names in qualified references', async () => {
      const text = '<?php class C { const BUSY = "SYSTEM_BUSY"; } switch ($c) { case 4041: case C::BUSY: case self::GONE: }';
      const [site] = await sites('php', text);
      assert.deepEqual(site.arms.flatMap((arm) => arm.labels).map(labelSummary), ['4041', 'BUSY="SYSTEM_BUSY"', 'GONE']);
    });

    it('knows a constant defined with a value that is not a literal', async () => {
      const [site] = await sites('typescript', "const BUSY = codes.busy;\nswitch (c) { case BUSY: }");
      assert.equal(site.arms[0].labels[0].constant?.name, 'BUSY');
      assert.equal(site.arms[0].labels[0].constant?.literal, undefined);
    });

    it('gives each string label the range between its quotes', async () => {
      const [site] = await sites('python', "match c:\n    case 'SYSTEM_BUSY':\n        pass\n");
      const [label] = site.arms[0].labels;
      assert.deepEqual(label.range, { start: { line: 1, character: 9 }, end: { line: 1, character: 22 } });
      assert.deepEqual(label.valueRange, { start: { line: 1, character: 10 }, end: { line: 1, character: 21 } });
    });
  });

  describe('default arms and their comments', () => {
    it('collects comments inside the default arm and directly above it, not those of the arm before', async () => {
      const text = [
        'switch (resultCode) {',
        "  case 'A': // ends A",
        '  /* paycodes: default handles retries */',
        '  // second line',
        '  default: // same line',
        '    retry(); // inside',
        '}',
      ].join('\n');
      const [site] = await sites('javascript', text);
      assert.deepEqual(site.defaultArm?.comments.map((c) => c.text), [
        '/* paycodes: default handles retries */',
        '// second line',
        '// same line',
        '// inside',
      ]);
    });

    it('finds a default’s comments in every comment syntax, whatever lies outside the switch', async () => {
      const cases: [string, string, string][] = [
        ['ruby', '# above the case\ncase c\nwhen "A" then 1\nelse\n=begin\nretried by the caller\n=end\n  2\nend\n', '=begin\nretried by the caller\n=end'],
        ['python', 'match c:\n    case "A":\n        pass\n    case _:\n        # retried by the caller\n        pass\n', '# retried by the caller'],
        ['php', '<?php /* file */ switch ($c) { case "A": break; default: # retried by the caller\n }', '# retried by the caller'],
        ['go', 'package p\n// doc\nfunc f() {\n\tswitch c {\n\tcase "A":\n\tdefault: /* retried by the caller */\n\t}\n}\n', '/* retried by the caller */'],
      ];
      for (const [languageId, text, comment] of cases) {
        const [site] = await sites(languageId, text);
        assert.deepEqual(site.defaultArm?.comments.map((c) => c.text), [comment], languageId);
      }
    });

    it('finds the comments of a chain’s else, not those before the chain', async () => {
      const text = '// before\nif (c === "A") { a(); }\nelse if (c === "B") { b(); }\nelse {\n  // retried by the caller\n  retry();\n}\n';
      const [site] = await sites('javascript', text);
      assert.deepEqual(site.defaultArm?.comments.map((c) => c.text), ['// retried by the caller']);
    });

    it('recognises each language’s catch-all arm', async () => {
      const catchAlls: [string, string][] = [
        ['python', 'match c:\n    case "A":\n        pass\n    case other:\n        pass\n'],
        ['csharp', 'class A { int F() => c switch { "A" => 1, var other => 2 }; }'],
        ['kotlin', 'fun f() = when (c) { "A" -> 1\n else -> 2 }'],
        ['php', '<?php $x = match ($c) { "A" => 1, default => 2 };'],
        ['ruby', 'case c\nwhen "A" then 1\nelse 2\nend\n'],
        ['go', 'package p\nfunc f() {\n\tswitch c {\n\tdefault:\n\tcase "A":\n\t}\n}\n'],
      ];
      for (const [languageId, text] of catchAlls) {
        const [site] = await sites(languageId, text);
        assert.ok(site.defaultArm, languageId);
        assert.deepEqual(site.arms.map((arm) => arm.labels.map(labelSummary)), [['"A"']], languageId);
      }
    });

    it('does not take a guarded wildcard for the default', async () => {
      const [site] = await sites('python', 'match c:\n    case _ if retry:\n        pass\n');
      assert.equal(site.defaultArm, undefined);
    });
  });

  describe('the comment above a line', () => {
    const cases: [string, string, string][] = [
      ['java', '// paycodes-disable-next-line unhandled-retryable-code\nclass A {}', '// paycodes-disable-next-line unhandled-retryable-code'],
      ['kotlin', '/* paycodes-disable-next-line unhandled-retryable-code */\nfun f() {}', '/* paycodes-disable-next-line unhandled-retryable-code */'],
      ['python', 'x = 1  # paycodes-disable-next-line unhandled-retryable-code\nmatch x:\n    case 1:\n        pass\n', '# paycodes-disable-next-line unhandled-retryable-code'],
      ['ruby', '# paycodes-disable-next-line unhandled-retryable-code\ncase x\nend\n', '# paycodes-disable-next-line unhandled-retryable-code'],
      ['php', "<?php\n# paycodes-disable-next-line unhandled-retryable-code\nswitch ($x) {}", '# paycodes-disable-next-line unhandled-retryable-code'],
      ['go', 'package p\n/* a\n   paycodes-disable-next-line unhandled-retryable-code */\nfunc f() {}\n', '/* a\n   paycodes-disable-next-line unhandled-retryable-code */'],
      ['csharp', '/* a */ // paycodes-disable-next-line unhandled-retryable-code\nclass A {}', '// paycodes-disable-next-line unhandled-retryable-code'],
    ];
    for (const [languageId, text, comment] of cases) {
      it(`reads ${languageId} comments`, async () => {
        const document = await parseText(service, languageId, text);
        const line = text.slice(0, text.lastIndexOf(comment) + comment.length).split('\n').length;
        assert.equal(service.commentBefore(document, line), comment);
      });
    }

    it('finds nothing above the first line or above a line of code', async () => {
      const document = await parseText(service, 'typescript', 'let a = 1;\nswitch (a) {}\n');
      assert.equal(service.commentBefore(document, 0), undefined);
      assert.equal(service.commentBefore(document, 1), undefined);
    });
  });
});
