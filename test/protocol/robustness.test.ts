// The server over stdio under what production brings: huge and binary logs, files with more findings
// than anyone can read, switches nested absurdly deep, handlers that fail, a broken install, fast typing.
// It must keep answering, say what broke in its log, and never hang.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Diagnostic, DocumentSymbol, InlayHint } from 'vscode-languageserver-protocol';
import { MAX_DIAGNOSTICS } from '../../server/src/lsp/diagnostics';
import { MAX_OUTLINE_CHARS, MAX_OUTLINE_OCCURRENCES } from '../../server/src/lsp/documentSymbols';
import { MAX_INLAY_HINTS } from '../../server/src/lsp/inlayHints';
import { CRASH_MARKER } from '../../server/src/lsp/testHooks';
import { nestedSwitches } from '../unit/robustness/nestedSwitches';
import { catalogsDir, distDir, fixturesDir } from '../paths';
import { hoverText, LspClient, positionOf } from './lspClient';

/** A request that takes longer than this has, for an editor, hung. */
const PROMPT_MS = 5000;

const gatewayLog = path.join(fixturesDir, 'protocol', 'gateway.log');
const javaHandler = path.join(fixturesDir, 'protocol', 'AlipayResultHandler.java');
const scratch = path.join(tmpdir(), 'paycodes-robustness');

async function promptly<T>(what: string, request: Promise<T>, ms = PROMPT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([request, late]);
  } finally {
    clearTimeout(timer);
  }
}

function inlayHints(client: LspClient, uri: string, lastLine: number): Promise<InlayHint[]> {
  return client.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: lastLine, character: 0 } },
  });
}

function documentSymbols(client: LspClient, uri: string): Promise<DocumentSymbol[]> {
  return client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
}

/** The server still explains a code in another, ordinary document. */
async function stillExplains(client: LspClient): Promise<void> {
  const uri = await client.open(gatewayLog, 'log');
  const hover = await promptly('hover in an ordinary log', client.hover(uri, 2, positionOf(fs.readFileSync(gatewayLog, 'utf8').split('\n')[2], '4034314').character));
  assert.match(hoverText(hover), /Insufficient Funds/);
}

/** A throwaway server per group: a hung or crashed one must not take the other groups with it. */
function withServer(env: NodeJS.ProcessEnv = {}, serverDir?: () => string): () => LspClient {
  let client: LspClient | undefined;
  before(async () => {
    ({ client } = await LspClient.start({ env, ...(serverDir && { distDir: serverDir() }) }));
  });
  after(async () => {
    client?.kill();
    await client?.exited();
  });
  return () => client!;
}

describe('robustness over the protocol', function () {
  this.timeout(60_000);
  before(() => fs.mkdirSync(scratch, { recursive: true }));
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  describe('a 10 MB log on a single line', () => {
    const client = withServer();
    const record = '{"resultCode":"SYSTEM_BUSY","resultStatus":"U","responseCode":"4034314","amount":5000},';
    const line = `[${record.repeat(Math.ceil(10_000_000 / record.length))}{}]`;
    let uri: string;

    before(async () => {
      uri = await client().open(path.join(scratch, 'one-line.log'), 'log', line);
    });

    it('answers hover, inlay hints and the Outline promptly', async () => {
      const hover = await promptly('hover', client().hover(uri, 0, line.indexOf('SYSTEM_BUSY') + 1));
      assert.match(hoverText(hover), /System under heavy load/);
      const hints = await promptly('inlay hints', inlayHints(client(), uri, 1));
      assert.ok(hints.length > 0 && hints.length <= MAX_INLAY_HINTS + 1, `${hints.length} hints`);
      const symbols = await promptly('document symbols', documentSymbols(client(), uri));
      assert.ok(symbols.some((s) => s.name.startsWith('SYSTEM_BUSY')));
    });

    it('keeps answering for other documents', () => stillExplains(client()));
  });

  describe('a binary file named .log', () => {
    const client = withServer();
    // Deterministic noise with NULs and invalid UTF-8, as a gzip'd or core-dumped log would bring.
    const bytes = Buffer.alloc(200_000);
    for (let i = 0, seed = 7; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16;
    const text = bytes.toString('utf8');
    let uri: string;

    before(async () => {
      uri = await client().open(path.join(scratch, 'core.log'), 'log', text);
    });

    it('neither crashes nor explains noise', async () => {
      const lines = text.split(/\r?\n/);
      const hints = await promptly('inlay hints', inlayHints(client(), uri, lines.length));
      assert.deepEqual(hints.map((h) => h.label), []);
      assert.deepEqual(await promptly('document symbols', documentSymbols(client(), uri)), []);
      for (let line = 0; line < lines.length; line += Math.ceil(lines.length / 50)) {
        assert.equal(await promptly('hover', client().hover(uri, line, Math.floor(lines[line].length / 2))), null);
      }
      await stillExplains(client());
    });
  });

  describe('a million codes', () => {
    const client = withServer();
    // 8 MB: under the size past which a file is not analysed at all.
    const lineCount = 100_000;
    const log = '4034314 '.repeat(10).concat('\n').repeat(lineCount);
    let uri: string;

    before(async () => {
      uri = await client().open(path.join(scratch, 'million.log'), 'log', log);
    });

    it('caps the inlay hints of the whole file, and says that more exist', async () => {
      const hints = await promptly('inlay hints', inlayHints(client(), uri, lineCount));
      assert.equal(hints.length, MAX_INLAY_HINTS + 1);
      assert.match(String(hints.at(-1)!.label), /more PayCodes hints .*not shown \(limit 2000\)/);
    });

    it('lists the codes of the first 100000 occurrences in the Outline, promptly, and says where it stopped', async () => {
      const symbols = await promptly('document symbols', documentSymbols(client(), uri));
      assert.deepEqual(symbols.map((s) => `${s.name} | ${s.detail ?? ''}`), [
        `4034314 — Insufficient Funds | DOKU · failure · ${MAX_OUTLINE_OCCURRENCES}×`,
        `Codes from line ${MAX_OUTLINE_OCCURRENCES / 10 + 1} on are not listed (limit ${MAX_OUTLINE_OCCURRENCES} occurrences) | `,
      ]);
    });

    it('caps the diagnostics of a source with more findings than that, and says how many more there are', async () => {
      const method = (i: number) => `    void m${i}(Resp resp) { switch (resp.getResultCode()) { case "SUCCESS": case "ORDER_IS_CLOSED": break; } }\n`;
      const source = `class Many {\n${Array.from({ length: MAX_DIAGNOSTICS + 100 }, (_, i) => method(i)).join('')}}\n`;
      const sourceUri = await client().open(path.join(scratch, 'Many.java'), 'java', source);
      const { diagnostics } = await client().waitForDiagnostics(sourceUri, (p) => p.diagnostics.length > 0, 20_000);
      assert.equal(diagnostics.length, MAX_DIAGNOSTICS + 1);
      assert.equal(diagnostics.at(-1)!.message, `100 more PayCodes findings in this file are not shown (limit ${MAX_DIAGNOSTICS}).`);
    });
  });

  describe('a log longer than the Outline reads', () => {
    const client = withServer();
    // Lines of 100 characters and a newline, under the size past which a file is not analysed at all.
    const filler = 'info request served in twelve milliseconds'.padEnd(100, '.');
    const lineCount = Math.ceil(MAX_OUTLINE_CHARS / 101) + 1000;
    /** The line holding the Outline's last character: read whole. The next one is not read. */
    const lastRead = Math.floor((MAX_OUTLINE_CHARS - 1) / 101);
    const planted = new Map([[5, 'responseCode=4034314'], [lastRead, 'resultCode=SYSTEM_BUSY'], [lastRead + 1, 'resultCode=ORDER_IS_CLOSED']]);
    const log = Array.from({ length: lineCount }, (_, i) => (planted.get(i) ?? '').padEnd(100, '.') + '\n').join('').replace(/^\.{100}$/gm, filler);
    let uri: string;

    before(async () => {
      uri = await client().open(path.join(scratch, 'long.log'), 'log', log);
    });

    it('lists the codes of the lines it read, promptly, and says where it stopped', async () => {
      const symbols = await promptly('document symbols', documentSymbols(client(), uri));
      assert.deepEqual(symbols.map((s) => `${s.name} | ${s.detail ?? ''}`), [
        '4034314 — Insufficient Funds | DOKU · failure · 1×',
        'SYSTEM_BUSY — System under heavy load | Alipay+ · unknown · 1×',
        `Codes from line ${lastRead + 2} on are not listed (the Outline reads a log's first ${MAX_OUTLINE_CHARS / 2 ** 20} MB) | `,
      ]);
    });
  });

  describe('deeply nested switches', () => {
    const client = withServer();

    it('warns on each of 200 nested switches', async () => {
      const uri = await client().open(path.join(scratch, 'nested.go'), 'go', nestedSwitches('go', 200));
      const { diagnostics } = await client().waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, 20_000);
      assert.equal(diagnostics.filter((d: Diagnostic) => d.code === 'unhandled-retryable-code').length, 200);
    });

    it('gives up on 3000 nested switches within its time limit, says so, and keeps answering', async () => {
      const uri = await client().open(path.join(scratch, 'deeper.go'), 'go', nestedSwitches('go', 3000));
      await client().waitForDiagnostics(uri, (p) => p.diagnostics.length === 0, 20_000);
      assert.ok(client().logs.some((l) => l.includes('not analysed') && l.includes('deeper.go') && /took longer than \d+ ms/.test(l)), client().logs.join('\n'));
      await stillExplains(client());
    });
  });

  describe('a request handler that throws', () => {
    const client = withServer({ PAYCODES_TEST_CRASH: 'hover' });

    it('answers that request with nothing, logs the stack, and answers the next', async () => {
      const text = fs.readFileSync(gatewayLog, 'utf8');
      const crashing = await client().open(path.join(scratch, `${CRASH_MARKER}.log`), 'log', text);
      const at = positionOf(text, '4034314');
      assert.equal(await promptly('the failing hover', client().hover(crashing, at.line, at.character)), null);
      const logged = client().logs.find((l) => l.startsWith('hover failed: Error: PAYCODES_TEST_CRASH'));
      assert.ok(logged, client().logs.join('\n'));
      assert.match(logged, /\n\s+at /, 'with its stack');
      await stillExplains(client());
    });
  });

  describe('an install missing a grammar', () => {
    const copy = path.join(scratch, 'no-ruby');
    const client = withServer({}, () => {
      fs.cpSync(distDir, path.join(copy, 'dist'), { recursive: true });
      fs.cpSync(catalogsDir, path.join(copy, 'catalogs'), { recursive: true });
      fs.rmSync(path.join(copy, 'dist', 'wasm', 'tree-sitter-ruby.wasm'));
      return path.join(copy, 'dist');
    });

    it('still analyses the other languages, and names the broken one in one line', async () => {
      const ruby = await client().open(path.join(scratch, 'webhook.rb'), 'ruby', 'case resp.result_code\nwhen "SUCCESS" then ok\nend\n');
      const java = await client().open(javaHandler, 'java');
      await client().waitForDiagnostics(java, (p) => p.diagnostics.some((d) => d.code === 'unhandled-retryable-code'));
      await client().waitForDiagnostics(ruby, (p) => p.diagnostics.length === 0);
      const said = client().logs.filter((l) => l.includes('ruby'));
      assert.equal(said.length, 1, client().logs.join('\n'));
      assert.match(said[0], /^not analysed: ruby grammar unavailable \(.*tree-sitter-ruby\.wasm\): [^\n]+$/);
    });
  });

  describe('a broken bundled catalog', () => {
    const copy = path.join(scratch, 'broken-catalogs');
    const client = withServer({}, () => {
      fs.cpSync(distDir, path.join(copy, 'dist'), { recursive: true });
      fs.cpSync(catalogsDir, path.join(copy, 'catalogs'), { recursive: true });
      // One file that is no longer JSON, one whose entry breaks the schema.
      const portone = path.join(copy, 'catalogs', 'portone.json');
      fs.writeFileSync(portone, fs.readFileSync(portone, 'utf8').replace(/"entries"\s*:\s*\[/, '"entries": [,,'));
      const alipay = path.join(copy, 'catalogs', 'alipayplus.json');
      const catalog = JSON.parse(fs.readFileSync(alipay, 'utf8')) as { entries: { retry: string }[] };
      catalog.entries[3].retry = 'sometimes';
      fs.writeFileSync(alipay, JSON.stringify(catalog, null, 2));
      return path.join(copy, 'dist');
    });

    it('explains codes from the other catalogs, and says where each broken file breaks', async () => {
      await stillExplains(client());
      const skipped = client().logs.filter((l) => l.startsWith('catalog skipped'));
      assert.ok(skipped.some((l) => /portone\.json:\d+:\d+: /.test(l)), skipped.join('\n'));
      assert.ok(skipped.some((l) => /alipayplus\.json#\/entries\/3\/retry: /.test(l)), skipped.join('\n'));
      const uri = await client().open(path.join(scratch, 'portone.log'), 'log', 'status_code=4041\n');
      assert.doesNotMatch(hoverText(await client().hover(uri, 0, 13)), /PortOne/);
    });
  });

  describe('fast typing', () => {
    const client = withServer();

    it('publishes diagnostics for the last version and skips most of the stale ones', async () => {
      const text = fs.readFileSync(javaHandler, 'utf8');
      const uri = await client().open(path.join(scratch, 'Typing.java'), 'java', text);
      await client().waitForDiagnostics(uri, (p) => p.version === 1);
      const versions = 100;
      // Notifications are not answered: these go out as fast as a very fast typist (or a paste) sends them.
      for (let version = 2; version <= versions + 1; version++) {
        void client().change(uri, version, text.replace('class ', `class V${version} `).replace(/$/, `\n// ${'x'.repeat(version)}\n`));
      }
      const last = await client().waitForDiagnostics(uri, (p) => p.version === versions + 1, 20_000);
      assert.ok(last.diagnostics.some((d) => d.code === 'unhandled-retryable-code'));
      const stale = client().published.filter((p) => p.uri === uri && p.version !== undefined && p.version > 1 && p.version <= versions);
      assert.ok(stale.length <= versions / 10, `published ${stale.length} of ${versions} stale versions: ${stale.map((p) => p.version).join(' ')}`);
    });
  });
});
