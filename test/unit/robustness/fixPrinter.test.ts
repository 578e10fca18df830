// Every quick fix is text written into someone's file: whatever the switch looks like, the fix must not
// introduce a syntax error.
//
// A valid file must stay valid, with the fixed switch where it was and the new text inside it. In a file
// broken elsewhere tree-sitter's error recovery is not local (inserting cases into a whole switch can
// change how a stray `}` three functions later is recovered), so there a fix is held to what it controls:
// it does not throw, and it writes only inside the switch it fixes.
import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import type { CodeSwitch } from '../../../server/src/rules/codeSwitch';
import { allMissing, insertCasesFix, replaceLabelFix, type Fix } from '../../../server/src/rules/fixes';
import { DEFAULT_RULE_SETTINGS } from '../../../server/src/rules/ruleSettings';
import { missingCodes, mustHandle } from '../../../server/src/rules/unhandledRetryable';
import { typos } from '../../../server/src/rules/unknownCode';
import { LineIndex } from '../../../server/src/syntax/positions';
import type { SyntaxService } from '../../../server/src/syntax/syntaxService';
import type { TextEdit } from '../../../server/src/syntax/types';
import { applyEdits, newService, switchFixtures, syntaxErrors } from '../syntax/syntaxHelpers';
import { analyse, errorCount, freshUri, parseOrSkip } from './analysisHarness';
import { bundledIndex, fuzzParameters, layoutChanges, mutations, mutate, relayout } from './fuzz';
import { generatedSwitch, type GeneratedSource } from './generatedSwitches';

interface SwitchFix {
  cs: CodeSwitch;
  edit: TextEdit;
  what: string;
}

function describeFix(fix: Fix): string {
  const { start, end } = fix.edit.range;
  return `'${fix.title}' replacing ${start.line}:${start.character}-${end.line}:${end.character} with ${JSON.stringify(fix.edit.newText.slice(0, 300))}`;
}

function retryableFix(service: SyntaxService, cs: CodeSwitch, text: string): Fix | undefined {
  return insertCasesFix(service, bundledIndex(), cs, text, missingCodes(cs, mustHandle(DEFAULT_RULE_SETTINGS)), false);
}

/** The fixes the editor offers for one switch, plus a label replacement for every label it has. */
function fixesFor(service: SyntaxService, cs: CodeSwitch, text: string): Fix[] {
  const index = bundledIndex();
  const fixes = [
    retryableFix(service, cs, text),
    insertCasesFix(service, index, cs, text, allMissing(cs), true),
    ...typos(cs, index).map((typo) => replaceLabelFix(service, cs, typo)),
    // Any code of the family may be a suggestion: each label is rewritten to one, whatever it holds now.
    ...cs.labels.map((label, i) => replaceLabelFix(service, cs, { label, suggestion: cs.scope[(i * 7) % cs.scope.length].code! })),
  ];
  return fixes.filter((fix): fix is Fix => fix !== undefined);
}

/** Where `offset` of `text` is once the disjoint `edits` are applied; `except` does not count. */
function offsetAfter(index: LineIndex, edits: readonly TextEdit[], offset: number, except?: TextEdit): number {
  return edits
    .filter((edit) => edit !== except && index.offsetAt(edit.range.end) <= offset)
    .reduce((at, edit) => at + edit.newText.length - (index.offsetAt(edit.range.end) - index.offsetAt(edit.range.start)), offset);
}

/** The edits of a "fix all" are applied together: they must not overlap. */
function assertDisjoint(index: LineIndex, fixes: SwitchFix[]): void {
  const spans = fixes
    .map((fix) => ({ fix, start: index.offsetAt(fix.edit.range.start), end: index.offsetAt(fix.edit.range.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) {
    assert.ok(spans[i - 1].end <= spans[i].start, `overlapping edits: ${spans[i - 1].fix.what} and ${spans[i].fix.what}`);
  }
}

describe('robustness: the fix printer', function () {
  // Hundreds of runs over every fixture, chains and maps included: a bound against hangs, not a speed target.
  this.timeout(120_000);
  const service = newService();
  const reparser = newService();

  /** Valid before, valid after: no error anywhere, each fixed switch still at its keyword and holding its edit. */
  async function assertStillValid(languageId: string, text: string, fixes: SwitchFix[], what: string): Promise<void> {
    const original = new LineIndex(text);
    const edits = fixes.map(({ edit }) => edit);
    const fixed = applyEdits(text, edits);
    const uri = freshUri(languageId);
    try {
      const document = await parseOrSkip(reparser, uri, languageId, 1, fixed);
      if (!document) return;
      assert.deepEqual(syntaxErrors(document.tree), [], `${languageId}: ${what} broke a valid file:\n${fixed}`);
      const lines = new LineIndex(fixed);
      const after = new Map(reparser.switches(document).map((site) => [lines.offsetAt(site.keywordRange.start), site]));
      for (const { cs, edit, what: fix } of fixes) {
        const site = after.get(offsetAfter(original, edits, original.offsetAt(cs.site.keywordRange.start)));
        assert.ok(site, `${languageId}: ${fix} lost its switch:\n${fixed}`);
        const at = offsetAfter(original, edits, original.offsetAt(edit.range.start), edit);
        assert.ok(
          lines.offsetAt(site.range.start) <= at && at + edit.newText.length <= lines.offsetAt(site.range.end),
          `${languageId}: ${fix} wrote outside its switch:\n${fixed}`,
        );
      }
    } finally {
      reparser.forget(uri);
    }
  }

  function assertInsideSwitch(text: string, { cs, edit, what }: SwitchFix): void {
    const index = new LineIndex(text);
    const inside = index.offsetAt(cs.site.range.start) <= index.offsetAt(edit.range.start) && index.offsetAt(edit.range.end) <= index.offsetAt(cs.site.range.end);
    assert.ok(inside, `${what} edits outside its switch ${JSON.stringify(cs.site.range)}`);
  }

  /** Each fix of each error-free code switch alone, then the retryable ones of all switches at once. */
  async function fixesAreSound({ languageId, text }: GeneratedSource): Promise<void> {
    const uri = freshUri(languageId);
    try {
      const document = await parseOrSkip(service, uri, languageId, 1, text);
      if (!document) return;
      const valid = errorCount(document.tree) === 0;
      const switches = analyse(service, document).codeSwitches.filter((cs) => !cs.site.hasSyntaxError);
      const single = switches.flatMap((cs) => fixesFor(service, cs, text).map((fix) => ({ cs, edit: fix.edit, what: describeFix(fix) })));
      const all = switches.flatMap((cs) => {
        const fix = retryableFix(service, cs, text);
        return fix ? [{ cs, edit: fix.edit, what: describeFix(fix) }] : [];
      });
      assertDisjoint(new LineIndex(text), all);
      for (const fix of single) {
        assertInsideSwitch(text, fix);
        if (valid) await assertStillValid(languageId, text, [fix], fix.what);
      }
      if (valid && all.length > 1) await assertStillValid(languageId, text, all, `fixing all ${all.length} switches`);
    } finally {
      service.forget(uri);
    }
  }

  it('fixes switches written from scratch in every language and shape soundly', async () => {
    await fc.assert(fc.asyncProperty(generatedSwitch(), fixesAreSound), fuzzParameters(7301, 300));
  });

  it('fixes the fixtures soundly whatever their indentation, line ends, blank lines and comments', async () => {
    const fixtures = switchFixtures();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fixtures), layoutChanges, (fixture, changes) => {
        const lineComment = ['python', 'ruby'].includes(fixture.languageId) ? '#' : '//';
        return fixesAreSound({ languageId: fixture.languageId, text: relayout(fixture.text, changes, lineComment) });
      }),
      fuzzParameters(7302, 100),
    );
  });

  it('fixes the switches still whole in mutated, broken fixtures soundly', async () => {
    const fixtures = switchFixtures();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fixtures), mutations, (fixture, ms) => fixesAreSound({ languageId: fixture.languageId, text: mutate(fixture.text, ms) })),
      fuzzParameters(7303, 150),
    );
  });
});
