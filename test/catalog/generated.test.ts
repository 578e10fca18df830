// The committed catalogs are exactly what the generator makes of the seeds, and every rule it applies is
// written down in catalogs/README.md: data can only change through the generator and its documented rules.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { catalogsDir, sharedDir } from '../paths';
import { generateCatalogs, ruleSets, toJson } from '../../catalogs/build/catalogs.mjs';
import { catalogFileNames } from './catalogs';

describe('catalog generator', () => {
  const generated = generateCatalogs(sharedDir);

  it('reproduces every committed catalog byte for byte (run `npm run catalogs` after changing it)', () => {
    for (const { file, text } of generated) {
      assert.equal(fs.readFileSync(path.join(catalogsDir, file), 'utf8'), text, `catalogs/${file} is stale`);
    }
  });

  it('generates every catalog file there is, and nothing else', () => {
    assert.deepEqual(generated.map((g) => g.file).sort(), catalogFileNames());
  });

  it('is deterministic', () => {
    assert.deepEqual(generateCatalogs(sharedDir), generated);
  });

  it('writes 2-space ASCII JSON with a trailing newline', () => {
    for (const { text } of generated) {
      assert.match(text, /^[\x00-\x7f]*$/);
      assert.equal(text, toJson(JSON.parse(text)));
    }
  });

  it('has a README heading for every rule it applies', () => {
    const headings = new Set(
      fs
        .readFileSync(path.join(catalogsDir, 'README.md'), 'utf8')
        .split('\n')
        .filter((l) => /^#{3,6} /.test(l))
        .map((l) => l.replace(/^#+ /, '')),
    );
    const rules = Object.values(ruleSets).flat();
    assert.ok(rules.length > 30);
    assert.deepEqual(rules.map((r) => r.name).filter((name) => !headings.has(name)), []);
  });
});
