// Where the CLI looks for a team's own catalogs: below the project root found from the current folder
// upward, never in a folder outside any project; --catalog and --no-own-catalogs override the search.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { catalogTemplate } from '../../server/src/catalog/template';
import { withTempDir } from '../tempDir';
import { runCli } from './runCli';

function acmeCatalog(): string {
  const data = JSON.parse(catalogTemplate('acme', 'Acme Pay'));
  data.entries.push({ ...data.entries[0], code: 'ACME_DECLINED', name: 'Declined by Acme', outcome: 'failure', retry: 'no' });
  return JSON.stringify(data, null, 2);
}

describe('paycodes project root', () => {
  it('finds own catalogs below the nearest folder with a project marker, from a folder deep inside it', () => withTempDir('paycodes-root-', (dir) => {
    const project = path.join(dir, 'shop');
    fs.mkdirSync(path.join(project, 'src', 'payments'), { recursive: true });
    fs.writeFileSync(path.join(project, 'package.json'), '{}');
    fs.writeFileSync(path.join(project, 'acme.paycodes.json'), acmeCatalog());
    // A broken catalog beside the project, outside it: never read.
    fs.writeFileSync(path.join(dir, 'broken.paycodes.json'), '{');
    const r = runCli(['explain', 'ACME_DECLINED'], undefined, path.join(project, 'src', 'payments'));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Declined by Acme/);
    assert.equal(r.stderr, '');
    const off = runCli(['explain', 'ACME_DECLINED', '--no-own-catalogs'], undefined, project);
    assert.equal(off.status, 1);
  }));

  it('searches nothing outside a project, and loads the catalog --catalog names from anywhere', () => withTempDir('paycodes-root-', (dir) => {
    fs.writeFileSync(path.join(dir, 'acme.paycodes.json'), acmeCatalog());
    fs.writeFileSync(path.join(dir, 'broken.paycodes.json'), '{');
    const r = runCli(['explain', '4034314'], undefined, dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '', 'no catalog is read outside a project');
    assert.equal(runCli(['explain', 'ACME_DECLINED'], undefined, dir).status, 1);
    const named = runCli(['explain', '--catalog', 'acme.paycodes.json', 'ACME_DECLINED'], undefined, dir);
    assert.equal(named.status, 0, named.stderr);
    assert.match(named.stdout, /Declined by Acme/);
  }));
});
