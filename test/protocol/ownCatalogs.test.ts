// A team's own catalog over the protocol: it loads from the workspace, its problems show in the file
// with their JSON pointer, and a saved change reloads it (workspace/didChangeWatchedFiles).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogTemplate } from '../../server/src/catalog/template';
import { LspClient, hoverText, positionOf } from './lspClient';

describe('own catalogs over the protocol', () => {
  let client: LspClient;
  let dir: string;
  let catalog: string;
  let source: string;
  const sourceText = 'if (resultCode == "ACME_DECLINED") {}\n';

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paycodes-ws-'));
    catalog = path.join(dir, 'acme.paycodes.json');
    fs.writeFileSync(catalog, catalogTemplate('acme', 'Acme Pay'));
    source = path.join(dir, 'Pay.java');
    fs.writeFileSync(source, sourceText);
    ({ client } = await LspClient.start({ workspaceFolder: dir, initializationOptions: { trusted: true } }));
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function hoverOnDeclined(): Promise<string> {
    const uri = await client.open(source, 'java', sourceText);
    const at = positionOf(sourceText, 'ACME_DECLINED');
    return hoverText(await client.hover(uri, at.line, at.character));
  }

  it('reloads a saved catalog and explains its new code', async () => {
    assert.equal(await hoverOnDeclined(), '', 'not a code yet');
    const data = JSON.parse(fs.readFileSync(catalog, 'utf8'));
    data.entries.push({ ...data.entries[0], code: 'ACME_DECLINED', name: 'Declined by Acme', outcome: 'failure', retry: 'no' });
    fs.writeFileSync(catalog, JSON.stringify(data, null, 2));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(catalog).toString(), type: 2 }] });
    const text = await hoverOnDeclined();
    assert.match(text, /Declined by Acme/);
    assert.match(text, /Acme Pay/);
    assert.match(text, /From your catalog `acme\.paycodes\.json`/);
  });

  it('puts problems in the catalog file itself, with the JSON pointer, and keeps its other entries', async () => {
    const data = JSON.parse(fs.readFileSync(catalog, 'utf8'));
    data.entries.push({ ...data.entries[1], name: 'Declined by Acme' });
    data.entries.push({ ...data.entries[0], code: 'TWO WORDS' });
    fs.writeFileSync(catalog, JSON.stringify(data, null, 2));
    const uri = pathToFileURL(catalog).toString();
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 2);
    assert.deepEqual(published.diagnostics.map((d) => d.message), [
      '/entries/2/code: duplicate code "ACME_DECLINED" in family "result" (first at /entries/1)',
      '/entries/3/code: "TWO WORDS": a code cannot contain white space',
    ]);
    const line = fs.readFileSync(catalog, 'utf8').split('\n')[published.diagnostics[1].range.start.line];
    assert.match(line, /"TWO WORDS"/, 'the range is on the offending value');
    assert.match(await hoverOnDeclined(), /Declined by Acme/);
  });

  it('checks an open catalog as it is typed, before it is saved', async () => {
    const uri = await client.open(catalog, 'json', '{ "provider": "acme", "providerName": 1 }');
    const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => /providerName/.test(d.message as string)));
    assert.ok(published.diagnostics.some((d) => d.message === '/providerName: must be string'));
  });
});
