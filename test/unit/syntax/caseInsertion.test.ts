// Inserted cases are valid code in every language and construct, land before the catch-all arm,
// follow the switch's labels and indentation, and escape what needs escaping.
import { strict as assert } from 'node:assert';
import type { CaseToInsert, PrintResult, SwitchSite } from '../../../server/src/syntax/types';
import { applyEdits, newService, parseText, syntaxErrors } from './syntaxHelpers';

const busy: CaseToInsert = { value: 'SYSTEM_BUSY', literalKind: 'string', comment: 'SYSTEM_BUSY: system busy, retry', todo: 'retry after backoff' };
const inProcess: CaseToInsert = { value: 'PAYMENT_IN_PROCESS', literalKind: 'string', comment: 'PAYMENT_IN_PROCESS: poll', todo: 'poll the payment status (Alipay+ U)' };
const numeric: CaseToInsert = { value: '2025800', literalKind: 'number', comment: '2025800: in progress, poll', todo: 'poll the refund status' };
const leadingZero: CaseToInsert = { value: '05', literalKind: 'string', comment: '05: do not honour', todo: 'retry later' };

/** One construct of one language: `$` marks nothing; the snippet holds exactly one switch over codes. */
const constructs: [string, string, string][] = [
  ['java', 'statement, colon arms', 'class A { void f(R r) {\n    switch (r.code()) {\n        case "A":\n            a();\n            break;\n        default:\n            b();\n    }\n} }\n'],
  ['java', 'statement, arrow arms', 'class A { void f(R r) {\n    switch (r.code()) {\n        case "A" -> a();\n    }\n} }\n'],
  ['java', 'expression, arrow arms', 'class A { int f(R r) {\n    return switch (r.code()) {\n        case "A" -> 1;\n        default -> 0;\n    };\n} }\n'],
  ['java', 'expression, colon arms', 'class A { int f(R r) {\n    return switch (r.code()) {\n        case "A":\n            yield 1;\n        default:\n            yield 0;\n    };\n} }\n'],
  ['java', 'one line', 'class A { void f(R r) { switch (r.code()) { case "A": a(); break; default: b(); } } }\n'],
  ['kotlin', 'when statement', 'fun f(r: R) {\n    when (r.code) {\n        "A" -> a()\n        else -> b()\n    }\n}\n'],
  ['kotlin', 'when expression without else', 'fun f(r: R): Int {\n    val x = when (r.code) {\n        "A" -> 1\n    }\n    return 0\n}\n'],
  ['kotlin', 'one-line when', 'fun f(r: R) = when (r.code) { "A" -> 1; else -> 0 }\n'],
  ['typescript', 'switch', "function f(r: R) {\n  switch (r.code) {\n    case 'A':\n      return 1;\n    default:\n      return 0;\n  }\n}\n"],
  ['typescriptreact', 'switch in a component', "export function C({ code }: P) {\n  switch (code) {\n    case 'A':\n      return <b>A</b>;\n  }\n  return null;\n}\n"],
  ['javascript', 'switch', "function f(r) {\n  switch (r.code) {\n    case 'A': return 1;\n  }\n}\n"],
  ['javascriptreact', 'switch in a component', "export function C({ code }) {\n  switch (code) {\n    case 'A':\n      return <b>A</b>;\n    default:\n      return null;\n  }\n}\n"],
  ['go', 'expression switch', 'package p\n\nfunc f(r R) int {\n\tswitch r.Code {\n\tcase "A":\n\t\treturn 1\n\tdefault:\n\t\treturn 0\n\t}\n}\n'],
  ['go', 'switch without default', 'package p\n\nfunc f(r R) int {\n\tswitch r.Code {\n\tcase "A":\n\t\treturn 1\n\t}\n\treturn 0\n}\n'],
  ['python', 'match with wildcard', 'def f(r):\n    match r.code:\n        case "A":\n            return 1\n        case _:\n            return 0\n'],
  ['python', 'match without wildcard', 'def f(r):\n    match r.code:\n        case "A":\n            return 1  # one\n    return 0\n'],
  ['php', 'switch', "<?php\nfunction f($r) {\n    switch ($r['code']) {\n        case 'A':\n            return 1;\n        default:\n            return 0;\n    }\n}\n"],
  ['php', 'match without default or trailing comma', "<?php\nfunction f($r) {\n    return match ($r['code']) {\n        'A' => 1\n    };\n}\n"],
  ['php', 'match with default', "<?php\n$x = match ($r->code) {\n    'A' => 1,\n    default => 0,\n};\n"],
  ['csharp', 'switch statement', 'class A {\n    void F(R r) {\n        switch (r.Code) {\n            case "A":\n                A();\n                break;\n            default:\n                B();\n                break;\n        }\n    }\n}\n'],
  ['csharp', 'switch expression without discard', 'class A {\n    int F(R r) => r.Code switch\n    {\n        "A" => 1\n    };\n}\n'],
  ['csharp', 'switch expression with discard', 'class A {\n    int F(R r) => r.Code switch\n    {\n        "A" => 1,\n        _ => 0,\n    };\n}\n'],
  ['ruby', 'case with else', "def f(r)\n  case r.code\n  when 'A'\n    1\n  else\n    0\n  end\nend\n"],
  ['ruby', 'case without else', "def f(r)\n  case r.code\n  when 'A' then 1\n  end\nend\n"],
];

describe('case insertion', () => {
  const service = newService();

  async function insert(languageId: string, text: string, cases: CaseToInsert[], eol?: string) {
    const document = await parseText(service, languageId, text);
    const [site] = service.switches(document);
    const result = service.printCases(site, text, cases, eol);
    const after = result.edit ? applyEdits(text, [result.edit]) : text;
    const reparsed = await parseText(service, languageId, after);
    return { site, result, after, errorsBefore: syntaxErrors(document.tree), errorsAfter: syntaxErrors(reparsed.tree), sites: service.switches(reparsed) };
  }

  for (const [languageId, construct, text] of constructs) {
    it(`writes valid ${languageId} into a ${construct}, before the catch-all arm`, async () => {
      const { site, result, after, errorsAfter, sites } = await insert(languageId, text, [busy, inProcess]);
      assert.ok(result.edit, result.refused);
      assert.deepEqual(errorsAfter, [], after);
      const [reread] = sites;
      const values = reread.arms.flatMap((arm) => arm.labels.map((label) => label.value));
      assert.deepEqual(values, ['A', 'SYSTEM_BUSY', 'PAYMENT_IN_PROCESS'], after);
      if (site.defaultArm) {
        // Go's grammar ends an arm at the start of the next one's line.
        const lastArm = reread.arms.at(-1)!.range.end;
        const start = reread.defaultArm?.range.start;
        assert.ok(start && (start.line > lastArm.line || (start.line === lastArm.line && start.character >= lastArm.character)), 'the catch-all arm stays last');
      }
      assert.match(after, /TODO.*poll the payment status \(Alipay\+ U\)/);
    });
  }

  it('shares one body between consecutive codes with the same advice where labels stack', async () => {
    const { after } = await insert('java', constructs[0][2], [busy, { ...busy, value: 'REQUEST_TRAFFIC_EXCEED_LIMIT' }]);
    assert.match(after, /case "SYSTEM_BUSY": \/\/ SYSTEM_BUSY: system busy, retry\n {8}case "REQUEST_TRAFFIC_EXCEED_LIMIT": \/\/ SYSTEM_BUSY: system busy, retry\n {12}\/\/ TODO: retry after backoff\n {12}break;\n {8}default:/);
  });

  it('keeps the catch-all arm’s leading comments attached to it', async () => {
    const text = "switch (code) {\n  case 'A':\n    break;\n  // paycodes: default handles retries\n  default:\n    retry();\n}\n";
    const { after } = await insert('typescript', text, [busy]);
    assert.match(after, /break;\n {2}case 'SYSTEM_BUSY'.*\n.*\n {4}break;\n {2}\/\/ paycodes: default handles retries\n {2}default:/);
  });

  describe('label kinds', () => {
    const numberSwitches: [string, string, boolean][] = [
      ['java', 'class A { void f() { switch (code) { case 4041: break; } } }', false],
      ['csharp', 'class A { void F() { switch (code) { case 4041: break; } } }', false],
      ['go', 'package p\nfunc f() {\n\tswitch code {\n\tcase 4041:\n\t}\n}\n', false],
      ['kotlin', 'fun f() { when (code) { 4041 -> 1 } }', false],
      ['typescript', 'switch (code) { case 4041: break; }', false],
      ['javascript', 'switch (code) { case 4041: break; }', true],
      ['python', 'match code:\n    case 4041:\n        pass\n', true],
      ['php', '<?php switch ($code) { case 4041: break; }', true],
      ['ruby', 'case code\nwhen 4041 then 1\nend\n', true],
    ];
    for (const [languageId, text, mixes] of numberSwitches) {
      it(`keeps ${languageId} number labels numeric, and ${mixes ? 'writes' : 'skips'} a code that is no number`, async () => {
        const { result, after, errorsAfter, sites } = await insert(languageId, text, [numeric, leadingZero, busy]);
        assert.deepEqual(errorsAfter, [], after);
        const kinds = sites[0].arms.flatMap((arm) => arm.labels.map((label) => `${label.kind}:${label.value}`));
        if (mixes) {
          assert.deepEqual(kinds, ['number:4041', 'number:2025800', 'string:05', 'string:SYSTEM_BUSY']);
          assert.deepEqual(result.skipped, []);
        } else {
          assert.deepEqual(kinds, ['number:4041', 'number:2025800']);
          assert.deepEqual(result.skipped.map((s) => s.value), ['05', 'SYSTEM_BUSY']);
          assert.match(result.skipped[0].reason, /not a number literal/);
        }
      });
    }

    it('keeps string labels strings, even for numeric codes', async () => {
      const { after } = await insert('go', 'package p\nfunc f() {\n\tswitch code {\n\tcase "4041":\n\t}\n}\n', [numeric]);
      assert.match(after, /\tcase "2025800": /);
    });

    it('copies the kind and quote of the constants the labels name', async () => {
      const { after } = await insert('typescript', "const PAID = 'PAID';\nswitch (status) {\n  case PAID: break;\n}\n", [busy]);
      assert.match(after, /case 'SYSTEM_BUSY':/);
      const numbers = await insert('csharp', 'class A { const int Ok = 0; void F() { switch (code) { case Ok: break; } } }', [numeric, busy]);
      assert.match(numbers.after, /case 2025800:/);
      assert.deepEqual(numbers.result.skipped.map((s) => s.value), ['SYSTEM_BUSY']);
    });

    it('falls back to the requested kind when no label is a literal', async () => {
      const { after } = await insert('java', 'class A { void f() { switch (status) { case PAID: break; } } }', [numeric, busy]);
      assert.match(after, /case 2025800:/);
      assert.match(after, /case "SYSTEM_BUSY":/);
    });
  });

  describe('string escapes', () => {
    const awkward: CaseToInsert = { value: 'it\'s "odd" \\ $x #{y} ?>', literalKind: 'string', comment: 'quotes\nand ?> breaks', todo: 'say "hi" $x \\' };
    const control: CaseToInsert = { value: 'tab\there\nnew', literalKind: 'string', comment: 'control', todo: 'x' };
    const stringSwitches: [string, string][] = [
      ['java', 'class A { int f() { return switch (code) { case "A" -> 1; default -> 0; }; } }'],
      ['kotlin', 'fun f() = when (code) { "A" -> 1\n else -> 0 }'],
      ['typescript', 'switch (code) { case `A`: break; }'],
      ['javascript', "switch (code) { case 'A': break; }"],
      ['go', 'package p\nfunc f() {\n\tswitch code {\n\tcase `A`:\n\t}\n}\n'],
      ['python', "match code:\n    case 'A':\n        pass\n"],
      ['php', "<?php $x = match ($code) { 'A' => 1, default => 0 };"],
      ['php', '<?php switch ($code) { case "A": break; }'],
      ['csharp', 'class A { int F() => code switch { "A" => 1, _ => 0 }; }'],
      ['ruby', "case code\nwhen 'A' then 1\nend\n"],
      ['ruby', 'case code\nwhen "A" then 1\nend\n'],
    ];
    for (const [languageId, text] of stringSwitches) {
      it(`escapes ${languageId} strings so they read back unchanged: ${text.replace(/\s+/g, ' ').slice(0, 40)}`, async () => {
        const { after, errorsAfter, sites, result } = await insert(languageId, text, [awkward, control]);
        assert.deepEqual(result.skipped, []);
        assert.deepEqual(errorsAfter, [], after);
        const labels = sites[0].arms.flatMap((arm) => arm.labels);
        assert.deepEqual(labels.map((label) => label.value), ['A', awkward.value, control.value], after);
        assert.ok(labels.every((label) => label.kind === 'string'), after);
      });
    }

    it('keeps the quote of the existing labels where the value allows it', async () => {
      const { after } = await insert('typescript', 'switch (code) { case "A": break; }', [{ ...busy, value: "it's" }]);
      assert.match(after, /case "it's":/);
      const raw = await insert('go', 'package p\nfunc f() {\n\tswitch code {\n\tcase `A`:\n\t}\n}\n', [busy, { ...busy, value: 'a`b' }]);
      assert.match(raw.after, /case `SYSTEM_BUSY`:.*\n.*\n\tcase "a`b":/);
    });

    it('keeps comments on one line and inside PHP', async () => {
      const { after } = await insert('php', "<?php switch ($code) { case 'A': break; }", [awkward]);
      assert.match(after, /\/\/ quotes and \? > breaks\n/);
      assert.match(after, /\/\/ TODO: say "hi" \$x \\\n/);
    });
  });

  describe('layout', () => {
    it('follows tabs and the arms’ own indentation', async () => {
      const text = 'class A {\n\tvoid f() {\n\t\tswitch (code) {\n\t\t\tcase "A":\n\t\t\t\tbreak;\n\t\t}\n\t}\n}\n';
      const { after } = await insert('java', text, [busy]);
      assert.match(after, /\t\t\tcase "A":\n\t\t\t\tbreak;\n\t\t\tcase "SYSTEM_BUSY": \/\/ SYSTEM_BUSY: system busy, retry\n\t\t\t\t\/\/ TODO: retry after backoff\n\t\t\t\tbreak;\n\t\t}/);
    });

    it('follows three-space indentation with arms level with the keyword', async () => {
      const text = 'function f() {\n   switch (code) {\n   case "A":\n      break;\n   }\n}\n';
      const { after } = await insert('javascript', text, [busy]);
      assert.match(after, /\n {3}case "SYSTEM_BUSY": \/\/ .*\n {6}\/\/ TODO: retry after backoff\n {6}break;\n {3}\}/);
    });

    it('uses the file’s indentation when the arms do not show it', async () => {
      const text = 'def g():\n  return 1\n\ndef f(code):\n  match code:\n    case "A": pass\n';
      const { after } = await insert('python', text, [busy]);
      assert.match(after, /\n {4}case "A": pass\n {4}case "SYSTEM_BUSY":  # .*\n {6}# TODO: retry after backoff\n {6}pass\n$/);
    });

    it('fills an empty switch one level in from its keyword', async () => {
      const { after, errorsAfter } = await insert('java', 'class A {\n  void f() {\n    switch (code) {\n    }\n  }\n}\n', [busy]);
      assert.deepEqual(errorsAfter, []);
      assert.match(after, /\n {4}switch \(code\) \{\n {6}case "SYSTEM_BUSY": .*\n {8}\/\/ TODO: retry after backoff\n {8}break;\n {4}\}/);
    });

    it('writes CRLF line ends into a CRLF file', async () => {
      const text = 'switch (code) {\r\n  case "A":\r\n    break;\r\n  default:\r\n    break;\r\n}\r\n';
      const { after, errorsAfter } = await insert('typescript', text, [busy]);
      assert.deepEqual(errorsAfter, []);
      assert.doesNotMatch(after.replace(/\r\n/g, ''), /\n/);
      assert.match(after, /break;\r\n {2}case "SYSTEM_BUSY": .*\r\n {4}\/\/ TODO: retry after backoff\r\n {4}break;\r\n {2}default:/);
    });

    it('moves a catch-all arm that shares a line onto its own line', async () => {
      const { after } = await insert('kotlin', 'fun f() = when (code) { "A" -> 1; else -> 0 }\n', [busy]);
      assert.equal(after, 'fun f() = when (code) { "A" -> 1;\n    "SYSTEM_BUSY" -> TODO("retry after backoff") // SYSTEM_BUSY: system busy, retry\n    else -> 0 }\n');
    });
  });

  describe('refusals', () => {
    it('does not touch a switch with a syntax error', async () => {
      const text = 'class A { void f() { switch (code) { case "A": foo( break; default: } } }';
      const document = await parseText(service, 'java', text);
      const [site] = service.switches(document);
      const result: PrintResult = service.printCases(site, text, [busy]);
      assert.equal(result.edit, undefined);
      assert.match(result.refused ?? '', /syntax error/);
    });

    it('prints nothing when every case is skipped', async () => {
      const text = 'class A { void f() { switch (code) { case 1: break; } } }';
      const [site] = service.switches(await parseText(service, 'java', text));
      const result = service.printCases(site, text, [busy]);
      assert.equal(result.edit, undefined);
      assert.equal(result.skipped.length, 1);
    });
  });

  describe('label replacement', () => {
    async function replace(languageId: string, text: string, value: string): Promise<string | undefined> {
      const [site]: SwitchSite[] = service.switches(await parseText(service, languageId, text));
      const edit = service.printLabelReplacement(site, site.arms[0].labels[0], value);
      return edit && applyEdits(text, [edit]);
    }

    it('rewrites a string label inside its own quotes', async () => {
      assert.equal(await replace('python', "match c:\n    case r'SYSTEM_BUSSY':\n        pass\n", 'SYSTEM_BUSY'), "match c:\n    case r'SYSTEM_BUSY':\n        pass\n");
      assert.equal(await replace('php', "<?php switch ($c) { case 'x': }", "it's"), "<?php switch ($c) { case 'it\\'s': }");
      assert.equal(await replace('kotlin', 'fun f() { when (c) { "x" -> 1 } }', '$y'), 'fun f() { when (c) { "\\$y" -> 1 } }');
    });

    it('rewrites a number label with a number only', async () => {
      assert.equal(await replace('go', 'package p\nfunc f() {\n\tswitch c {\n\tcase 4014:\n\t}\n}\n', '4041'), 'package p\nfunc f() {\n\tswitch c {\n\tcase 4041:\n\t}\n}\n');
      assert.equal(await replace('go', 'package p\nfunc f() {\n\tswitch c {\n\tcase 4014:\n\t}\n}\n', '05'), undefined);
    });

    it('leaves references and values the quote cannot hold alone', async () => {
      assert.equal(await replace('java', 'class A { void f() { switch (c) { case BUSY: } } }', 'X'), undefined);
      assert.equal(await replace('go', 'package p\nfunc f() {\n\tswitch c {\n\tcase `x`:\n\t}\n}\n', 'a`b'), undefined);
    });
  });
});
