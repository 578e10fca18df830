// A broken catalog file is reported with where it is broken and skipped; the others load.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { loadBundledCatalogs } from '../../server/src/catalog/bundled';
import { CodeIndex } from '../../server/src/catalog/codeIndex';
import { loadCatalogDir } from '../../server/src/catalog/load';
import { formatProblem } from '../../server/src/catalog/problem';
import { validateCatalog } from '../../server/src/catalog/validate';
import { catalogsDir, fixturesDir } from '../paths';

const mixed = path.join(fixturesDir, 'catalogs', 'mixed');

describe('catalog loading', () => {
  const result = loadCatalogDir(mixed, () => validateCatalog);

  it('loads the good file next to broken ones', () => {
    assert.deepEqual(result.catalogs.map((c) => c.catalog.provider).sort(), ['acme', 'badentry', 'dubious']);
    assert.ok(new CodeIndex(result.catalogs).has('ACME_BUSY'));
  });

  it('says where a file that is not JSON breaks, by line and column', () => {
    const lines = result.problems.filter((p) => p.file.endsWith('broken-json.json')).map(formatProblem);
    assert.equal(lines.length, 1);
    assert.match(lines[0], /broken-json\.json:7:\d+: invalid JSON/);
  });

  it('names the JSON pointer of an entry that breaks the schema, and drops that entry only', () => {
    const lines = result.problems.filter((p) => p.file.endsWith('bad-entry.json')).map(formatProblem);
    assert.ok(lines.some((l) => /bad-entry\.json#\/entries\/1\/retry: must be equal to one of the allowed values/.test(l)), lines.join('\n'));
    const index = new CodeIndex(result.catalogs);
    assert.ok(index.has('OK_CODE'));
    assert.ok(!index.has('BAD_CODE'));
  });

  it('drops entries the schema cannot catch: a repeated code, a code no gateway could send', () => {
    const lines = result.problems.filter((p) => p.file.endsWith('dubious.json')).map(formatProblem);
    assert.deepEqual(lines.map((l) => l.replace(/^.*dubious\.json/, '')), [
      '#/entries/1/code: duplicate code "DUP" in family "d" (first at /entries/0)',
      '#/entries/2/code: "TWO WORDS": a code cannot contain white space',
    ]);
    const index = new CodeIndex(result.catalogs);
    assert.equal(index.lookup('DUP').length, 1);
    assert.ok(index.has('FINE'));
  });

  it('reports a missing catalog folder instead of crashing', () => {
    const none = loadBundledCatalogs(path.join(fixturesDir, 'does-not-exist'));
    assert.equal(none.catalogs.length, 0);
    assert.match(formatProblem(none.problems[0]), /does-not-exist: cannot read the catalog folder: ENOENT/);
  });

  // The server and the CLI read the bundled catalogs unchecked when they are as shipped, trusting this test.
  it('passes every bundled catalog through the schema and the entry checks, unchanged', () => {
    const checked = loadCatalogDir(catalogsDir, () => validateCatalog);
    assert.deepEqual(checked.problems.map(formatProblem), []);
    assert.deepEqual(
      checked.catalogs.map((c) => c.catalog.provider).sort(),
      ['akinon', 'alipayplus', 'doku', 'iso8583', 'portone', 'setel'],
    );
    assert.deepEqual(checked.catalogs, loadBundledCatalogs(catalogsDir).catalogs);
  });
});
