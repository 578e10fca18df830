// The rules and their fixes on real files of every language, against golden files: what is reported
// (and what is not: switches over methods and months), and the text after applying the fixes.
// PAYCODES_UPDATE_GOLDEN=1 rewrites the goldens; review the diff before committing it.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadBundledCatalogs } from '../../../server/src/catalog/bundled';
import { CodeIndex } from '../../../server/src/catalog/codeIndex';
import { analyze, documentSyntax, sourceEvidence } from '../../../server/src/rules/analyze';
import { replaceLabelFix, retryableFixes, type Fix } from '../../../server/src/rules/fixes';
import { DEFAULT_RULE_SETTINGS } from '../../../server/src/rules/ruleSettings';
import { missingCodes, mustHandle } from '../../../server/src/rules/unhandledRetryable';
import { typos } from '../../../server/src/rules/unknownCode';
import { catalogsDir, fixturesDir } from '../../paths';
import { applyEdits, newService, parseText, switchFixtures, syntaxErrors } from '../syntax/syntaxHelpers';

const index = new CodeIndex(loadBundledCatalogs(catalogsDir).catalogs);
const goldenDir = path.join(fixturesDir, 'rules');
const update = process.env.PAYCODES_UPDATE_GOLDEN === '1';

function golden(file: string, actual: string): void {
  if (update) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
  }
  assert.ok(fs.existsSync(file), `missing golden ${path.relative(fixturesDir, file)} (run with PAYCODES_UPDATE_GOLDEN=1)`);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `differs from ${path.relative(fixturesDir, file)}`);
}

describe('rules and fixes on every language (goldens)', () => {
  const service = newService();

  for (const fixture of switchFixtures()) {
    const base = path.join(goldenDir, fixture.name.replace(/\.[^.]+$/, ''));
    const ext = path.extname(fixture.file);

    it(`${fixture.name}: findings and fixed text`, async () => {
      const doc = await parseText(service, fixture.languageId, fixture.text);
      // What the file and its path say of its gateway, as the editor and lint read it.
      const evidence = sourceEvidence(index, fixture.text, fixture.file, []);
      const { codeSwitches, findings } = analyze(documentSyntax(service, doc), index, DEFAULT_RULE_SETTINGS, evidence);
      golden(`${base}.findings.txt`, findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule}: ${f.message}\n`).join(''));

      const fixes = codeSwitches.flatMap((cs): (Fix | undefined)[] => [
        ...retryableFixes(service, index, cs, fixture.text, DEFAULT_RULE_SETTINGS),
        ...typos(cs, index).map((t) => replaceLabelFix(service, cs, t)),
      ]).filter((f): f is Fix => f !== undefined);
      const fixed = applyEdits(fixture.text, fixes.map((f) => f.edit));
      // A file whose switches need nothing has no fixed golden: there is nothing to compare but itself.
      if (fixes.length === 0) return;
      golden(`${base}.fixed${ext}`, fixed);

      const before = syntaxErrors(doc.tree).length;
      const after = await parseText(service, fixture.languageId, fixed);
      assert.deepEqual(syntaxErrors(after.tree).length, before, 'fixes add no syntax errors');
      const again = analyze(documentSyntax(service, after), index, DEFAULT_RULE_SETTINGS, evidence);
      assert.deepEqual(again.findings.filter((f) => f.rule === 'unknown-code'), [], 'typos are fixed');
      // A prefix chain gets one branch per HTTP part that needs handling as a whole; codes sharing their HTTP
      // part with declines (403xx06 retry beside 403xx00 declines) stay reported, and dispatch maps get no fix.
      const fixable = again.codeSwitches.filter((cs) => cs.site.construct !== 'map' && !cs.labels.some((l) => l.label.prefix));
      const stillMissing = fixable.flatMap((cs) => missingCodes(cs, mustHandle(DEFAULT_RULE_SETTINGS)).map((e) => e.code));
      // Only codes a typed switch cannot hold (a numeric switch cannot take "05") may remain.
      for (const code of stillMissing) assert.ok(!/^\d+$/.test(code!) || code!.startsWith('0'), `${code} still unhandled after the fix`);
    });
  }
});
