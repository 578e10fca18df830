// Switch analysis runs on every keystroke in half-typed code: broken input of any language must yield an
// answer (possibly "nothing") in bounded time, never an exception.
import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { allMissing, insertCasesFix, replaceLabelFix } from '../../../server/src/rules/fixes';
import { DEFAULT_RULE_SETTINGS } from '../../../server/src/rules/ruleSettings';
import { typos } from '../../../server/src/rules/unknownCode';
import { missingCodes, mustHandle } from '../../../server/src/rules/unhandledRetryable';
import { newService, switchFixtures } from '../syntax/syntaxHelpers';
import { analyse, freshUri, parseOrSkip } from './analysisHarness';
import { bundledIndex, fuzzParameters, mutations, mutate, token, within } from './fuzz';

/** Parsing and the switch search stop at 1 s each; the bound covers them, the analysis and every fix. */
const DOCUMENT_BOUND_MS = 3000;

describe('robustness: switch analysis', () => {
  const index = bundledIndex();
  const fixtures = switchFixtures();
  const service = newService();

  /** Everything the editor computes for a version: findings, and each quick fix the analysis offers. */
  async function everything(uri: string, languageId: string, version: number, text: string): Promise<void> {
    const document = await parseOrSkip(service, uri, languageId, version, text);
    if (!document) return;
    const analysis = analyse(service, document);
    for (const cs of analysis.codeSwitches) {
      insertCasesFix(service, index, cs, text, missingCodes(cs, mustHandle(DEFAULT_RULE_SETTINGS)), false);
      insertCasesFix(service, index, cs, text, allMissing(cs), true);
      for (const typo of typos(cs, index)) replaceLabelFix(service, cs, typo);
    }
  }

  /** One text as a document of its own, within the bound, its tree freed afterwards. */
  async function once(languageId: string, text: string, what: string): Promise<void> {
    const uri = freshUri(languageId);
    try {
      await within(DOCUMENT_BOUND_MS, what, () => everything(uri, languageId, 1, text));
    } finally {
      service.forget(uri);
    }
  }

  it('answers for mutated fixtures of every language: deleted, inserted, duplicated and swapped text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fixtures), mutations, async (fixture, ms) => {
        const text = mutate(fixture.text, ms);
        await once(fixture.languageId, text, `analysing mutated ${fixture.name}`);
      }),
      fuzzParameters(7201, 400),
    );
  });

  it('answers for unbalanced braces and unterminated strings and comments', async () => {
    const breaker = fc.constantFrom('{', '}', '(', ')', '"', "'", '`', '/*', '"""', '<?php', '?>', '#{', '${', 'end', 'case ', '\\');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fixtures), fc.array(fc.tuple(fc.nat(), breaker), { minLength: 1, maxLength: 5 }), async (fixture, breaks) => {
        const text = mutate(fixture.text, breaks.map(([at, text]) => ({ kind: 'insert', at, text })));
        await once(fixture.languageId, text, `analysing broken ${fixture.name}`);
      }),
      fuzzParameters(7202, 200),
    );
  });

  it('reads a label escaping a code point beyond Unicode as written, in every language that has such escapes', async () => {
    const sources: [string, string][] = [
      ['javascript', 'switch (resultCode) { case "\\u{110000}": break; case "SYSTEM_BUSY": break; }'],
      ['python', 'match result_code:\n    case "\\U00110000":\n        pass\n'],
      ['csharp', 'class A { void F() { switch (resultCode) { case "\\U00110000": break; } } }'],
      ['php', '<?php switch ($resultCode) { case "\\u{110000}": break; }'],
      ['ruby', 'case result_code\nwhen "\\u{110000}" then 1\nend\n'],
    ];
    for (const [languageId, text] of sources) {
      const uri = freshUri(languageId);
      const document = await parseOrSkip(service, uri, languageId, 1, text);
      assert.ok(document, languageId);
      const [label] = service.switches(document).flatMap((site) => site.arms.flatMap((arm) => arm.labels));
      assert.match(label.value, /^\\[uU]/, languageId);
      service.forget(uri);
    }
  });

  it('answers for random text in every language', async () => {
    const languageIds = [...new Set(fixtures.map((f) => f.languageId)), 'javascriptreact'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...languageIds), fc.array(token, { maxLength: 300 }), async (languageId, tokens) => {
        await once(languageId, tokens.join(''), `analysing random ${languageId}`);
      }),
      fuzzParameters(7203, 200),
    );
  });

  // With syntax errors tree-sitter's recovery may legitimately differ between an incremental and a fresh
  // parse; on valid text (every fixture, restored at the end) the trees must be the same.
  it('reparses a sequence of edits to one document incrementally, as a fresh parse would', async () => {
    const reference = newService();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fixtures), fc.array(mutations, { minLength: 1, maxLength: 4 }), async (fixture, steps) => {
        const uri = freshUri(fixture.languageId);
        const versions = [fixture.text, ...steps.map((_, i) => mutate(fixture.text, steps.slice(0, i + 1).flat())), fixture.text];
        try {
          for (const [version, text] of versions.entries()) {
            await everything(uri, fixture.languageId, version + 1, text);
            const incremental = await parseOrSkip(service, uri, fixture.languageId, version + 1, text);
            const referenceUri = freshUri(fixture.languageId);
            const fresh = await parseOrSkip(reference, referenceUri, fixture.languageId, 1, text);
            if (fresh && !fresh.tree.rootNode.hasError) assert.equal(incremental?.tree.rootNode.toString(), fresh.tree.rootNode.toString());
            reference.forget(referenceUri);
          }
        } finally {
          service.forget(uri);
        }
      }),
      fuzzParameters(7204, 100),
    );
  });
});
