// The bundled server over stdio, driven by a real JSON-RPC client: initialize, open, hover, shutdown.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixturesDir } from '../paths';
import { LspClient, hoverText, positionOf } from './lspClient';

const javaFile = path.join(fixturesDir, 'protocol', 'PaymentResultHandler.java');
const logFile = path.join(fixturesDir, 'protocol', 'gateway.log');

describe('language server over stdio', () => {
  let client: LspClient;

  before(async () => {
    const started = await LspClient.start();
    client = started.client;
    assert.equal(started.init.capabilities.hoverProvider, true);
    assert.equal(started.init.serverInfo?.name, 'paycodes');
  });

  after(async () => {
    if (client) assert.equal(await client.stop(), 0, 'server exits cleanly after shutdown/exit');
  });

  it('explains a SNAP code in a Java case label', async () => {
    const text = fs.readFileSync(javaFile, 'utf8');
    const uri = await client.open(javaFile, 'java');
    const pos = positionOf(text, '4034314', 3);
    const h = await client.hover(uri, pos.line, pos.character);
    const value = hoverText(h);
    assert.match(value, /4034314/);
    assert.match(value, /DOKU/);
    assert.match(value, /Insufficient Funds/);
    assert.match(value, /service 43/);
    assert.match(value, /failure/);
    assert.match(value, /Do not retry/);
    assert.deepEqual(h!.range, {
      start: { line: pos.line, character: pos.character - 3 },
      end: { line: pos.line, character: pos.character + 4 },
    });
  });

  it('stays silent on a port number that looks like a PortOne code', async () => {
    const text = fs.readFileSync(javaFile, 'utf8');
    const uri = await client.open(javaFile, 'java');
    const pos = positionOf(text, '4041');
    assert.equal(await client.hover(uri, pos.line, pos.character), null);
  });

  it('explains codes in a .log file: a JSON gateway response and a key=value field', async () => {
    const text = fs.readFileSync(logFile, 'utf8');
    const uri = await client.open(logFile, 'log');
    const busy = positionOf(text, 'SYSTEM_BUSY', 4);
    const busyHover = hoverText(await client.hover(uri, busy.line, busy.character));
    assert.match(busyHover, /Alipay\+/);
    assert.match(busyHover, /SYSTEM_BUSY/);
    assert.match(busyHover, /unknown/);
    assert.match(busyHover, /Retry/);
    const snap = positionOf(text, '4034314');
    assert.match(hoverText(await client.hover(uri, snap.line, snap.character)), /Insufficient Funds/);
  });

  it('does not explain a PID, an amount or a duration in a log line', async () => {
    const uri = await client.open(logFile, 'log');
    for (const needle of ['4041]', '5000', '2000ms']) {
      const pos = positionOf(fs.readFileSync(logFile, 'utf8'), needle);
      assert.equal(await client.hover(uri, pos.line, pos.character), null, `no hover on ${needle}`);
    }
  });

  it('says in the hover which evidence made a short code a code, and stays silent on a request field', async () => {
    const file = path.join(fixturesDir, 'protocol', 'snap_card.go');
    const text = [
      'package pay',
      '',
      'import "github.com/example/doku"',
      '',
      'func classify(c *doku.Client, resp doku.Response) string {',
      '\treq := doku.Request{ServiceCode: "54"}',
      '\tif resp.ResponseCode == "51" {',
      '\t\treturn "soft decline"',
      '\t}',
      '\treturn c.Send(req)',
      '}',
    ].join('\n');
    const uri = await client.open(file, 'go', text);
    const code = positionOf(text, '"51"', 1);
    const hover = hoverText(await client.hover(uri, code.line, code.character));
    assert.match(hover, /Insufficient funds/);
    assert.match(hover, /Why a code: `ResponseCode` field · .*ISO 8583/);
    const service = positionOf(text, '"54"', 1);
    assert.equal(await client.hover(uri, service.line, service.character), null, 'serviceCode is a request field');
  });
});
