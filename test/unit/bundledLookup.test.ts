// `paycodes explain` reads only the looked-up code's entries of the bundled catalogs: what it finds must be what
// the whole catalogs give, for every code, and an edited install must still be checked in full.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadBundledCatalogs } from '../../server/src/catalog/bundled';
import { loadBundledCatalogsOf } from '../../server/src/catalog/bundledLookup';
import { CodeIndex } from '../../server/src/catalog/codeIndex';
import { formatProblem } from '../../server/src/catalog/problem';
import { catalogsDir } from '../paths';
import { withTempDir } from '../tempDir';

const whole = new CodeIndex(loadBundledCatalogs(catalogsDir).catalogs);

/** Asserts that the narrowed catalogs answer `codes` as the whole ones do, and know the same providers. */
function answersAsWhole(dir: string, full: CodeIndex, codes: string[]): void {
  const narrowed = new CodeIndex(loadBundledCatalogsOf(codes, dir).catalogs);
  assert.deepEqual(narrowed.providerIds(), full.providerIds());
  for (const code of codes) assert.deepEqual(narrowed.lookup(code), full.lookup(code), code);
  assert.deepEqual(narrowed.all.map((e) => e.code), full.all.filter((e) => codes.includes(String(e.code))).map((e) => e.code));
}

describe('the bundled catalogs narrowed to looked-up codes', () => {
  it('cut every entry of every catalog from its file as the whole parse reads it, in the same order', () => {
    answersAsWhole(catalogsDir, whole, [...new Set(whole.all.map((e) => String(e.code)))]);
  });

  it('give one code, as given and upper-cased, the entries the whole catalogs give', () => {
    const sample = whole.all.filter((_, i) => i % 97 === 0).map((e) => String(e.code));
    for (const code of [...sample, '05', '51', 'null', 'success', sample[1].toLowerCase()]) answersAsWhole(catalogsDir, whole, [code, code.toUpperCase()]);
  });

  it('give nothing for codes no catalog has, even ones an object knows by name', () => {
    for (const code of ['__proto__', 'constructor', 'toString', '', 'NO SUCH', '99999999']) {
      assert.deepEqual(new CodeIndex(loadBundledCatalogsOf([code], catalogsDir).catalogs).lookup(code), [], code);
    }
  });

  it('keep the catalogs without their other entries: names, families and provider order', () => {
    const narrowed = new CodeIndex(loadBundledCatalogsOf(['05'], catalogsDir).catalogs);
    for (const provider of whole.providerIds()) {
      assert.equal(narrowed.providerOrder(provider), whole.providerOrder(provider));
      assert.deepEqual(narrowed.catalog(provider), whole.catalog(provider));
    }
  });

  it('check an edited install in full: its problems are said, and its edited entries are what is found', async () => {
    await withTempDir('paycodes-narrowed-', (dir) => {
      fs.cpSync(catalogsDir, dir, { recursive: true });
      const doku = path.join(dir, 'doku.json');
      const catalog = JSON.parse(fs.readFileSync(doku, 'utf8')) as { entries: { code: string; name?: string; retry: string }[] };
      const edited = catalog.entries[0];
      edited.name = 'Edited by hand';
      catalog.entries[1].retry = 'sometimes';
      fs.writeFileSync(doku, JSON.stringify(catalog, null, 2));
      fs.writeFileSync(path.join(dir, 'setel.json'), '{ "provider": ');
      const full = loadBundledCatalogs(dir);
      const narrowed = loadBundledCatalogsOf([edited.code, catalog.entries[1].code], dir);
      assert.deepEqual(narrowed.problems.map(formatProblem), full.problems.map(formatProblem));
      assert.ok(narrowed.problems.some((p) => p.file === doku && p.pointer === '/entries/1/retry'));
      answersAsWhole(dir, new CodeIndex(full.catalogs), [edited.code, catalog.entries[1].code]);
      assert.equal(new CodeIndex(narrowed.catalogs).lookup(edited.code)[0].name, 'Edited by hand');
    });
  });
});
