// Switches nested in their own arms: analysed without stack overflow or quadratic blow-up up to depths no
// one writes, and beyond that skipped with a reason, in bounded time.
import { strict as assert } from 'node:assert';
import { insertCasesFix } from '../../../server/src/rules/fixes';
import { DEFAULT_RULE_SETTINGS } from '../../../server/src/rules/ruleSettings';
import { missingCodes, mustHandle } from '../../../server/src/rules/unhandledRetryable';
import type { SyntaxService } from '../../../server/src/syntax/syntaxService';
import { applyEdits, newService, syntaxErrors } from '../syntax/syntaxHelpers';
import { analyse, freshUri, parseOrSkip } from './analysisHarness';
import { bundledIndex, within } from './fuzz';
import { nestedSwitches, nestingLanguages } from './nestedSwitches';

/** Against hangs, with room for a slow machine: parse and switch search each stop at their own limit. */
const BOUND_MS = 10_000;

describe('robustness: deeply nested switches', () => {
  // 200 levels must be analysed even on a loaded machine, so these limits are generous.
  const service = newService({ maxBytes: 20_000_000, parseTimeoutMs: 4000 });
  // What ends the too-deep cases is the time limit: a short one keeps the suite quick.
  const impatient = newService({ maxBytes: 20_000_000, parseTimeoutMs: 250 });

  async function analysed(syntax: SyntaxService, languageId: string, depth: number) {
    const uri = freshUri(languageId);
    const text = nestedSwitches(languageId, depth);
    const outcome = await within(BOUND_MS, `${depth} nested ${languageId} switches`, async () => {
      const parsed = await syntax.parse(uri, languageId, 1, text);
      return parsed.status === 'parsed' ? { parsed, analysis: analyse(syntax, parsed.document) } : { parsed };
    });
    return { uri, text, ...outcome };
  }

  for (const languageId of nestingLanguages) {
    // Python needs two indentation levels per nested `match`, and its grammar is safe to 380 levels.
    const depth = languageId === 'python' ? 150 : 200;

    it(`${languageId}: ${depth} levels are analysed, and fixing the innermost and outermost switch keeps the file valid`, async () => {
      const { uri, text, parsed, analysis } = await analysed(service, languageId, depth);
      try {
        assert.equal(parsed.status, 'parsed', parsed.status === 'skipped' ? parsed.message : '');
        assert.equal(analysis!.codeSwitches.length, depth);
        assert.equal(analysis!.findings.filter((f) => f.rule === 'unhandled-retryable-code').length, depth);
        for (const cs of [analysis!.codeSwitches[0], analysis!.codeSwitches.at(-1)!]) {
          const fix = insertCasesFix(service, bundledIndex(), cs, text, missingCodes(cs, mustHandle(DEFAULT_RULE_SETTINGS)), false);
          assert.ok(fix, 'a fix for the switch');
          const fixedUri = freshUri(languageId);
          const fixed = await parseOrSkip(service, fixedUri, languageId, 1, applyEdits(text, [fix.edit]));
          assert.ok(fixed, 'the fixed file parses');
          assert.deepEqual(syntaxErrors(fixed.tree), []);
          service.forget(fixedUri);
        }
      } finally {
        service.forget(uri);
      }
    });

    // Python's guard refuses 500 (1001 indentation levels) up front; its text grows with the square of the depth.
    const tooDeep = languageId === 'python' ? 500 : 3000;
    it(`${languageId}: ${tooDeep} levels are skipped with a reason, not analysed for seconds`, async () => {
      const { uri, parsed } = await analysed(impatient, languageId, tooDeep);
      impatient.forget(uri);
      assert.equal(parsed.status, 'skipped');
      assert.match(parsed.status === 'skipped' ? parsed.message : '', /took longer than 250 ms and was abandoned|indented more than \d+ levels/);
    });
  }

  it('reads a chain nested 300 deep in callbacks inside conditions (each condition holds all those below it)', async () => {
    const depth = 300;
    const text = 'if (f(() => {\n'.repeat(depth) + 'if (c === "A") { a(); } else if (c === "B") { b(); }\n' + '}) === "X") { g(); }\n'.repeat(depth);
    const uri = freshUri('javascript');
    try {
      const parsed = await within(BOUND_MS, `a chain in ${depth} nested conditions`, () => service.parse(uri, 'javascript', 1, text));
      assert.equal(parsed.status, 'parsed', parsed.status === 'skipped' ? parsed.message : '');
      const chain = service.switches(parsed.document).find((site) => site.construct === 'chain' && site.subject.text === 'c');
      assert.deepEqual(chain?.arms.map((arm) => arm.labels.map((label) => label.value)), [['A'], ['B']]);
    } finally {
      service.forget(uri);
    }
  });

  it('gives up on the switch search itself, not only on parsing, when a tree is too costly to search', async () => {
    // Go parses 3000 levels quickly; finding the switches in the tree is what takes long.
    const { uri, parsed } = await analysed(newService({ maxBytes: 20_000_000, parseTimeoutMs: 1000 }), 'go', 3000);
    assert.match(parsed.status === 'skipped' ? parsed.message : '', new RegExp(`^finding the switches in ${uri} took longer than 1000 ms and was abandoned$`));
  });
});
