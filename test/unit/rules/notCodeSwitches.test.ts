// Switches that are not over payment codes are never reported, even when labels look like codes:
// months, page sizes, attempt counters, HTTP methods, ports, timeouts.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadBundledCatalogs } from '../../../server/src/catalog/bundled';
import { CodeIndex } from '../../../server/src/catalog/codeIndex';
import { analyze, documentSyntax, sourceEvidence } from '../../../server/src/rules/analyze';
import { DEFAULT_RULE_SETTINGS } from '../../../server/src/rules/ruleSettings';
import { catalogsDir, fixturesDir } from '../../paths';
import { languageIdByExtension, newService, parseText } from '../syntax/syntaxHelpers';

const dir = path.join(fixturesDir, 'not-code-switches');
const index = new CodeIndex(loadBundledCatalogs(catalogsDir).catalogs);

describe('switches that are not over codes', () => {
  const service = newService();
  for (const name of fs.readdirSync(dir).sort()) {
    it(`${name}: nothing reported`, async () => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const doc = await parseText(service, languageIdByExtension[path.extname(name)], text);
      const syntax = documentSyntax(service, doc);
      assert.ok(syntax.switches.length > 0, 'the fixture has switches to judge');
      const { codeSwitches, findings } = analyze(syntax, index, { ...DEFAULT_RULE_SETTINGS, softDeclines: true }, sourceEvidence(index, text, path.join(dir, name), []));
      assert.deepEqual(codeSwitches.map((cs) => cs.site.subject.text), []);
      assert.deepEqual(findings, []);
    });
  }
});
