// Log files over the protocol: inlay hints after codes, the Outline grouped by code, explain-at-cursor.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentSymbol, InlayHint } from 'vscode-languageserver-protocol';
import { fixturesDir } from '../paths';
import { LspClient, positionOf } from './lspClient';

const logFile = path.join(fixturesDir, 'protocol', 'gateway.log');

describe('log files over the protocol', () => {
  let client: LspClient;
  let uri: string;
  const text = fs.readFileSync(logFile, 'utf8');

  before(async () => {
    ({ client } = await LspClient.start());
    uri = await client.open(logFile, 'log');
  });
  after(() => client?.stop());

  it('puts an inlay hint after each code in the requested range', async () => {
    const hints = await client.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
    });
    const labels = hints.map((h) => `${h.position.line}:${h.label}`);
    assert.deepEqual(labels, [
      '1:⟵ System under heavy load · unknown',
      '1:⟵ Unknown · unknown',
      '2:⟵ Insufficient Funds · failure',
    ]);
    const busy = positionOf(text, 'SYSTEM_BUSY');
    assert.equal(hints[0].position.character, busy.character - 1 + 'SYSTEM_BUSY'.length + 1, 'after the closing quote');
  });

  it('lists the codes found in the Outline, grouped with counts', async () => {
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => `${s.name} | ${s.detail}`), [
      'SYSTEM_BUSY — System under heavy load | Alipay+ · unknown · 1×',
      'U — Unknown | Alipay+ · unknown · 1×',
      '4034314 — Insufficient Funds | DOKU · failure · 1×',
    ]);
    assert.deepEqual(symbols[2].children!.map((c) => c.name), ['line 3']);
  });

  it('explains the code at the cursor, and says nothing elsewhere', async () => {
    const at = positionOf(text, '4034314');
    const explanation = await client.connection.sendRequest<{ code: string; markdown: string } | null>('paycodes/explainAt', { textDocument: { uri }, position: at });
    assert.equal(explanation?.code, '4034314');
    assert.match(explanation!.markdown, /service 43/);
    const nothing = await client.connection.sendRequest('paycodes/explainAt', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.equal(nothing, null);
  });

  it("reads a log's first lines as paycodes scan does: a connector list names no other gateway", async () => {
    const file = path.join(fixturesDir, 'protocol', 'connectors.log');
    const other = await client.open(file, 'log');
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: other } });
    const scanned = await client.connection.sendRequest<{ occurrences: number }>('paycodes/scanFiles', { files: [file] });
    assert.deepEqual(symbols.map((s) => s.name.split(' — ')[0]), ['SYSTEM_BUSY', 'U', '02', '51']);
    assert.equal(scanned.occurrences, symbols.length);
  });

  it('offers every catalog code to the lookup, searchable by name', async () => {
    const items = await client.connection.sendRequest<{ code: string; name: string; summary: string; codes?: { code: string }[] }[]>('paycodes/lookupEntries');
    const codes = new Set(items.flatMap((i) => (i.codes ? i.codes.map((c) => c.code) : [i.code])));
    assert.ok(codes.size > 1000, `${codes.size} codes`);
    const hit = items.find((i) => i.codes?.some((c) => c.code === '4034314'));
    assert.ok(hit && /insufficient/i.test(hit.name) && /DOKU/.test(hit.summary));
  });

  it('scans log files from disk and summarises codes by outcome', async () => {
    const result = await client.connection.sendRequest<{ markdown: string; occurrences: number }>('paycodes/scanFiles', { files: [logFile, path.join(fixturesDir, 'nope.log')] });
    assert.equal(result.occurrences, 3);
    assert.match(result.markdown, /\| `4034314` \| DOKU \| Insufficient Funds \| failure \| 1 \|/);
    assert.match(result.markdown, /nope\.log: ENOENT/);
  });
});
