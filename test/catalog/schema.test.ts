// Every catalog validates against catalogs/schema.json, the schema rejects what it must, and the catalogs
// hold the cross-field facts a JSON Schema cannot express.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { catalogsDir } from '../paths';
import { PROVIDERS, catalogFileNames, readCatalog } from './catalogs';
import type { CatalogFile } from '../../server/src/catalog/types';

const schema = JSON.parse(fs.readFileSync(path.join(catalogsDir, 'schema.json'), 'utf8')) as object;

function compile() {
  // Strict, so a typo in the schema fails here; enumDescriptions is VS Code's completion annotation.
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addVocabulary(['enumDescriptions']);
  return ajv.compile(schema);
}

describe('catalogs/schema.json', () => {
  const validate = compile();

  it('is draft-07 and describes every property', () => {
    assert.equal((schema as { $schema: string }).$schema, 'http://json-schema.org/draft-07/schema#');
    const undocumented: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const props = (node as { properties?: Record<string, { description?: string }> }).properties ?? {};
      for (const [name, prop] of Object.entries(props)) if (!prop.description) undocumented.push(`${at}/${name}`);
      for (const [key, child] of Object.entries(node)) walk(child, `${at}/${key}`);
    };
    walk(schema, '#');
    assert.deepEqual(undocumented, []);
  });

  it('ships exactly one catalog per provider', () => {
    assert.deepEqual(catalogFileNames(), PROVIDERS.map((p) => `${p}.json`).sort());
  });

  for (const provider of PROVIDERS) {
    it(`accepts ${provider}.json`, () => {
      assert.ok(validate(readCatalog(provider)), JSON.stringify(validate.errors?.slice(0, 5)));
    });
  }

  describe('rejects a bad entry', () => {
    const withEntry = (change: (e: Record<string, unknown>) => void): CatalogFile => {
      const catalog = readCatalog('akinon');
      change(catalog.entries[0] as unknown as Record<string, unknown>);
      return catalog;
    };
    const rejected = (catalog: CatalogFile, pointer: string, keyword: string) => {
      assert.equal(validate(catalog), false);
      assert.ok(validate.errors?.some((e) => e.instancePath === pointer && e.keyword === keyword), JSON.stringify(validate.errors));
    };

    it('retry outside its enum', () => rejected(withEntry((e) => (e.retry = 'maybe')), '/entries/0/retry', 'enum'));
    it('outcome outside its enum', () => rejected(withEntry((e) => (e.outcome = 'declined')), '/entries/0/outcome', 'enum'));
    it('an unknown property', () => rejected(withEntry((e) => (e.retries = 'no')), '/entries/0', 'additionalProperties'));
    it('a numeric code', () => rejected(withEntry((e) => (e.code = 5)), '/entries/0/code', 'type'));
    it('a missing source', () => rejected(withEntry((e) => delete e.source), '/entries/0', 'required'));
    it('a malformed SNAP service code', () => rejected(withEntry((e) => (e.serviceCode = '4')), '/entries/0/serviceCode', 'pattern'));
  });
});

describe('catalog invariants', () => {
  for (const provider of PROVIDERS) {
    const catalog = readCatalog(provider);

    it(`${provider}: entries name the catalog's provider and one of its families`, () => {
      const families = catalog.families.map((f) => f.id);
      assert.equal(new Set(families).size, families.length);
      for (const e of catalog.entries) {
        assert.equal(e.provider, catalog.provider);
        assert.ok(families.includes(e.family), `${e.code}: family ${e.family}`);
        assert.ok(catalog.families.find((f) => f.id === e.family)?.fields.length, e.family);
      }
    });

    // Card networks may give one code two meanings (78: Visa soft decline, Mastercard invalid account).
    it(`${provider}: a code listed more than once in a family and network always means the same outcome and retry`, () => {
      const seen = new Map<string, string>();
      for (const e of catalog.entries) {
        if (e.code === null) continue;
        const key = `${e.family}\u0000${e.code}\u0000${e.appliesTo?.join() ?? ''}`;
        const verdict = `${e.outcome}/${e.retry}`;
        assert.equal(seen.get(key) ?? verdict, verdict, `${e.family} ${e.code}`);
        seen.set(key, verdict);
      }
    });

    it(`${provider}: codes without a code carry a name, SNAP parts spell the code`, () => {
      for (const e of catalog.entries) {
        if (e.code === null) assert.ok(e.name, JSON.stringify(e));
        if (e.serviceCode !== undefined) assert.equal(e.code, `${e.httpStatus}${e.serviceCode}${e.caseCode}`);
      }
    });
  }
});
