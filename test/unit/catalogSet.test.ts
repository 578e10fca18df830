// Own catalogs on top of the bundled ones: overrides, new providers, enabled providers, per-file reload.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundledCatalogSet } from '../../server/src/catalog/bundled';
import { ownCatalogFiles } from '../../server/src/catalog/ownCatalogs';
import { catalogTemplate } from '../../server/src/catalog/template';
import { catalogsDir } from '../paths';

/** Workspaces made by the running test, removed after it whether it passed or not. */
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paycodes-own-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const override = {
  provider: 'alipayplus',
  providerName: 'Alipay+',
  families: [{ id: 'result', name: 'resultCode', fields: ['resultCode'] }],
  entries: [
    { provider: 'alipayplus', family: 'result', group: 'common', code: 'SYSTEM_BUSY', name: 'Busy (our gateway proxy)', outcome: 'unknown', retry: 'poll', source: 'team wiki' },
  ],
};

describe('own catalogs', () => {
  it('finds *.paycodes.json in the workspace, not in ignored folders, and not the .paycodes.json settings file', () => {
    const dir = workspace({
      'team.paycodes.json': override,
      'nested/more.paycodes.json': override,
      'vendor/skip.paycodes.json': override,
      'node_modules/x/also.paycodes.json': override,
      '.paycodes.json': { rules: {} },
      '.gitignore': 'vendor/\n',
    });
    const { files } = ownCatalogFiles([dir], [], true);
    assert.deepEqual(files.map((f) => path.relative(dir, f)).sort(), ['nested/more.paycodes.json', 'team.paycodes.json']);
    assert.deepEqual(ownCatalogFiles([dir], [], false).files, [], 'untrusted: workspace catalogs are not read');
  });

  it('reports a configured path that does not exist', () => {
    const { problems } = ownCatalogFiles(['/nowhere'], ['missing.json'], true);
    assert.deepEqual(problems.map((p) => p.message), ['no such file or folder']);
  });

  it('lets an own entry override the bundled one with the same provider, family and code, and says so', () => {
    const dir = workspace({ 'team.paycodes.json': override });
    const set = bundledCatalogSet(catalogsDir);
    set.setOwnFiles([path.join(dir, 'team.paycodes.json')]);
    const index = set.index([]);
    const busy = index.lookup('SYSTEM_BUSY');
    assert.equal(busy.length, 1, 'the bundled entry is replaced, not listed beside it');
    assert.equal(busy[0].retry, 'poll');
    assert.deepEqual(index.origin(busy[0]), { file: path.join(dir, 'team.paycodes.json'), own: true, overrides: true });
    assert.ok(index.lookup('PAYMENT_IN_PROCESS').length === 1, 'other bundled Alipay+ codes stay');
  });

  it('adds a new provider from the template, and keeps only the enabled providers', () => {
    const dir = workspace({ 'acme.paycodes.json': catalogTemplate('acme', 'Acme Pay') });
    const set = bundledCatalogSet(catalogsDir);
    set.setOwnFiles([path.join(dir, 'acme.paycodes.json')]);
    assert.deepEqual(set.problems(path.join(dir, 'acme.paycodes.json')), [], 'the template is a valid catalog');
    const all = set.index([]);
    assert.deepEqual(all.lookup('SYSTEM_BUSY').map((e) => e.provider).sort(), ['acme', 'alipayplus']);
    assert.equal(all.origin(all.lookup('SYSTEM_BUSY').find((e) => e.provider === 'acme')!)?.overrides, false);
    assert.deepEqual(set.index(['acme']).providerIds(), ['acme']);
  });

  it('reloads one file and keeps the rest when a saved file breaks', () => {
    const dir = workspace({ 'a.paycodes.json': catalogTemplate('acme', 'Acme Pay'), 'b.paycodes.json': override });
    const set = bundledCatalogSet(catalogsDir);
    const [a, b] = [path.join(dir, 'a.paycodes.json'), path.join(dir, 'b.paycodes.json')];
    set.setOwnFiles([a, b]);
    fs.writeFileSync(a, '{ "provider": "acme", ');
    set.reload(a);
    assert.match(set.problems(a)[0].message, /^invalid JSON/);
    assert.equal(set.index([]).lookup('SYSTEM_BUSY')[0].retry, 'poll', 'b still overrides');
    assert.ok(!set.index([]).providerIds().includes('acme'));
  });
});
