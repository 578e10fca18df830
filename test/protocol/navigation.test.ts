// Writing and finding payment codes over the protocol (issue 14), through the bundled server over stdio:
// completion in a case label, a field and a comparison (and silence elsewhere), the code lens over a switch
// and what clicking it lists, Go to Definition into a bundled and an own catalog, Find All References
// across sources, constants and logs, codes as workspace symbols, the lookup's rows per meaning, and
// settings per workspace folder.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CodeLens, CompletionItem, CompletionList, Location, MarkupContent, SymbolInformation, TextEdit,
} from 'vscode-languageserver-protocol';
import { CATALOG_PAGE, LOOKUP_ENTRIES, SHOW_SWITCH_CODES, SWITCH_CODES, type LookupItem, type SwitchCodes } from '../../server/src/lsp/protocol';
import { fixturesDir } from '../paths';
import { hoverText, LspClient, positionOf } from './lspClient';

const ws = path.join(fixturesDir, 'navigate');
const file = (rel: string) => path.join(ws, rel);
const read = (rel: string) => fs.readFileSync(file(rel), 'utf8');
const LANGUAGE: Record<string, string> = { '.java': 'java', '.ts': 'typescript', '.log': 'log' };

/** `text` with the edits applied (non-overlapping, any order). */
function applied(text: string, edits: TextEdit[]): string {
  const offset = (p: { line: number; character: number }) => text.split('\n').slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe('writing and finding codes over the protocol', () => {
  let client: LspClient;
  let version = 1;

  before(async () => {
    ({ client } = await LspClient.start({ workspaceFolder: ws, initializationOptions: { trusted: true }, capabilities: { window: { workDoneProgress: true } } }));
  });
  after(() => client?.stop());

  /** Opens `rel` with `text` (its file's by default) and returns its URI. */
  async function open(rel: string, text = read(rel)): Promise<string> {
    const uri = await client.open(file(rel), LANGUAGE[path.extname(rel)], text);
    await client.change(uri, ++version, text);
    return uri;
  }

  async function complete(rel: string, text: string, needle: string, offset: number): Promise<CompletionList | null> {
    const uri = await open(rel, text);
    const at = positionOf(text, needle, offset);
    const r = await client.connection.sendRequest<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position: at });
    return Array.isArray(r) ? { isIncomplete: false, items: r } : r;
  }

  describe('completion', () => {
    it('offers the switch family\'s codes in a case label, unhandled ones first, retryable and pollable marked', async () => {
      const text = read('src/AlipayPayment.java');
      const list = await complete('src/AlipayPayment.java', text, 'case "":', 6);
      assert.ok(list, 'a completion list');
      const labels = list.items.map((i) => i.label);
      assert.ok(labels.includes('PAYMENT_IN_PROCESS') && labels.includes('SYSTEM_BUSY'), `Alipay+ result codes offered: ${labels.join(' ')}`);
      assert.ok(labels.every((l) => /^[A-Z_]+$/.test(l)), 'only Alipay+ result codes');
      assert.deepEqual(labels.slice(-2).sort(), ['ORDER_IS_CLOSED', 'SUCCESS'], `the handled codes come last: ${labels.slice(-4).join(' ')}`);
      assert.ok(list.items.slice(-2).every((i) => i.labelDetails?.description === 'handled'));
      const first = list.items[0];
      assert.match(first.labelDetails?.description ?? '', /⟳ (Poll|Retry) · not handled/, 'the first offer must be retried or polled');
      const inProcess = list.items.find((i) => i.label === 'PAYMENT_IN_PROCESS')!;
      assert.match(inProcess.detail ?? '', /pending · Poll \(Alipay\+ /);
      assert.match((inProcess.documentation as MarkupContent).value, /\*\*Outcome:\*\* pending/);
      assert.equal(inProcess.textEdit && 'range' in inProcess.textEdit ? inProcess.textEdit.newText : undefined, 'PAYMENT_IN_PROCESS', 'inside the quotes: the bare code');
      const sorted = [...list.items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1)).map((i) => i.label);
      assert.deepEqual(sorted, labels, 'sortText keeps the server\'s order');
      // The documentation is the hover's Markdown of the code (the hover then says why that occurrence is a code).
      const hoverUri = await open('src/AlipayPayment.java', text.replace('case "":', 'case "PAYMENT_IN_PROCESS":'));
      const at = positionOf(text.replace('case "":', 'case "PAYMENT_IN_PROCESS":'), 'PAYMENT_IN_PROCESS', 2);
      const hovered = hoverText(await client.hover(hoverUri, at.line, at.character));
      assert.ok(hovered.startsWith((inProcess.documentation as MarkupContent).value), `the hover:\n${hovered}`);
    });

    it('finds 51 and 4034314 by typing "insuff" in a comparison with rc, ranked by the file\'s provider', async () => {
      const text = read('src/dokuTransfer.ts').replace("if (rc === '4034314')", "if (rc === 'insuff')");
      const list = await complete('src/dokuTransfer.ts', text, "'insuff'", 7);
      assert.ok(list, 'a completion list');
      const byLabel = new Map(list.items.map((i) => [i.label, i]));
      for (const code of ['51', '4034314']) {
        const it = byLabel.get(code);
        assert.ok(it, `${code} offered; got ${[...byLabel.keys()].slice(0, 20).join(' ')}`);
        assert.match(it.filterText ?? '', /insufficient/i, `${code}'s filterText carries its name`);
        assert.equal(it.textEdit && 'range' in it.textEdit ? it.textEdit.newText : undefined, code);
      }
      assert.ok(list.items.every((i) => /DOKU|ISO 8583/.test(i.labelDetails?.description ?? '')), 'the file talks to DOKU: DOKU codes and the ISO 8583 standard\'s only');
    });

    it('offers the family of a code-named field, quoted in the file\'s own quote style', async () => {
      const text = read('src/dokuTransfer.ts').replace("{ responseCode: '' }", '{ responseCode: insuff }');
      const list = await complete('src/dokuTransfer.ts', text, 'insuff }', 6);
      assert.ok(list && list.items.length > 0, 'a completion list');
      const it = list.items.find((i) => i.label === '4034314');
      assert.ok(it, '4034314 offered for a responseCode');
      assert.equal(it.textEdit && 'range' in it.textEdit ? it.textEdit.newText : undefined, "'4034314'");
    });

    it('stays silent in comments and in strings no code name governs', async () => {
      const ts = read('src/dokuTransfer.ts');
      assert.equal(await complete('src/dokuTransfer.ts', ts, "rc === '' in a comment", 8), null, 'in a comment');
      assert.equal(await complete('src/dokuTransfer.ts', ts, "label = ''", 9), null, 'in an unrelated string');
      const java = read('src/AlipayPayment.java');
      assert.equal(await complete('src/AlipayPayment.java', java, 'responseCode: ""', 15), null, 'in a Java comment');
      assert.equal(await complete('src/AlipayPayment.java', java, 'note = ""', 8), null, 'in an unrelated Java string');
    });

    /** Opens `rel` with `text` and waits until that version is analysed: an edit after it is then the only one since. */
    async function analysed(rel: string, text: string): Promise<string> {
      const uri = await open(rel, text);
      const opened = version;
      await client.waitForDiagnostics(uri, (p) => p.version === opened);
      return uri;
    }

    /** The document edited to `text`, and completion asked at once, as an editor asks after the keystroke. */
    async function completeAfterEdit(uri: string, text: string, needle: string, offset: number): Promise<CompletionList | null> {
      await client.change(uri, ++version, text);
      return client.connection.sendRequest<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, needle, offset) });
    }

    const described = (list: CompletionList | null, code: string) => list?.items.find((i) => i.label === code)?.labelDetails?.description ?? '';

    it('answers for the text as edited: an arm the edit added is handled, a label it emptied is not', async () => {
      const rel = 'src/AlipayPayment.java';
      const text = read(rel);
      let uri = await analysed(rel, text);
      const added = text.replace('            case "":\n', '            case "PAYMENT_IN_PROCESS":\n                return OrderState.PENDING;\n            case "":\n');
      const list = await completeAfterEdit(uri, added, 'case "":', 6);
      assert.match(described(list, 'PAYMENT_IN_PROCESS'), /· handled$/, 'the arm just added handles PAYMENT_IN_PROCESS');
      assert.ok(list!.items.slice(-3).some((i) => i.label === 'PAYMENT_IN_PROCESS'), `handled codes come last: ${list!.items.slice(-3).map((i) => i.label).join(' ')}`);

      uri = await analysed(rel, text);
      const emptied = await completeAfterEdit(uri, text.replace('case "SUCCESS":', 'case "":'), 'case "":', 6);
      assert.match(described(emptied, 'SUCCESS'), /not handled$/, 'the label emptied no longer handles SUCCESS');
    });

    it('answers right after a label line is typed, or its quotes, as it does once that edit is analysed', async () => {
      const rel = 'src/AlipayPayment.java';
      const text = read(rel);
      const before = (line: string) => text.replace('            default:', `${line}            default:`);
      const shown = (l: CompletionList | null) => (l?.items ?? []).map((i) => `${i.label} ${i.labelDetails?.description}`);
      for (const [from, to] of [['', '            case "":\n'], ['            case \n', '            case ""\n']]) {
        const uri = await analysed(rel, before(from));
        const typed = before(to);
        const needle = `${to}            default`;
        const quick = await completeAfterEdit(uri, typed, needle, 18);
        const typedVersion = version;
        await client.waitForDiagnostics(uri, (p) => p.version === typedVersion);
        const settled = await client.connection.sendRequest<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: positionOf(typed, needle, 18) });
        assert.ok(shown(quick).length > 0, `a completion list after typing ${to}`);
        assert.deepEqual(shown(quick), shown(settled), `after typing ${to}`);
      }
    });
  });

  describe('code lens', () => {
    it('sits above the switch and says what it handles; its command lists the unhandled codes with their fixes', async () => {
      const text = read('src/AlipayPayment.java');
      const uri = await open('src/AlipayPayment.java', text);
      const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.equal(lenses.length, 1, JSON.stringify(lenses));
      const [lens] = lenses;
      assert.equal(lens.range.start.line, positionOf(text, 'switch (').line);
      assert.match(lens.command!.title, /^Alipay\+ Payment Creation · handles 2 of \d+ codes · 6 retryable unhandled$/);
      assert.equal(lens.command!.command, SHOW_SWITCH_CODES);
      const [lensUri, position] = lens.command!.arguments as [string, { line: number; character: number }];
      const report = await client.connection.sendRequest<SwitchCodes>(SWITCH_CODES, { textDocument: { uri: lensUri }, position });
      assert.equal(report.title, lens.command!.title);
      assert.ok(report.codes[0].urgent, 'codes to retry or poll first');
      assert.ok(report.codes.some((c) => c.code === 'PAYMENT_IN_PROCESS' && /^Poll/.test(c.advice)));
      assert.deepEqual(report.fixes.map((f) => f.title.replace(/\d+/, 'N')), ['Add N missing retryable cases (Alipay+)', 'Add all N missing Alipay+ codes (exhaustive)']);
      const one = report.codes.find((c) => c.code === 'PAYMENT_IN_PROCESS')!;
      assert.match(applied(text, one.edits), /case "PAYMENT_IN_PROCESS":[^]*default:/, 'its own edit adds its case before default');
    });
  });

  describe('go to definition', () => {
    it('opens a bundled code at its entry in the catalog\'s read-only page', async () => {
      const text = read('src/dokuTransfer.ts');
      const uri = await open('src/dokuTransfer.ts', text);
      const at = positionOf(text, '4034314', 2);
      const loc = await client.connection.sendRequest<Location>('textDocument/definition', { textDocument: { uri }, position: at });
      assert.equal(loc.uri, 'paycodes-explanation:/catalog/doku/snap.md');
      const page = await client.connection.sendRequest<string>(CATALOG_PAGE, { uri: loc.uri });
      const lines = page.split('\n');
      assert.equal(lines[loc.range.start.line], '## `4034314`');
      assert.match(lines.slice(loc.range.start.line, loc.range.start.line + 4).join('\n'), /Insufficient Funds/);
    });

    it('opens an own catalog\'s code at its entry in the *.paycodes.json', async () => {
      const text = read('src/acme.ts');
      const uri = await open('src/acme.ts', text);
      const at = positionOf(text, 'ACME_DECLINED', 2);
      const loc = await client.connection.sendRequest<Location>('textDocument/definition', { textDocument: { uri }, position: at });
      assert.equal(loc.uri, pathToFileURL(file('catalogs/acme.paycodes.json')).toString());
      const json = read('catalogs/acme.paycodes.json').split('\n');
      assert.equal(json[loc.range.start.line].trim(), '{');
      assert.match(json[loc.range.start.line + 1], /"ACME_DECLINED"/);
    });

    it('gives nothing where no code is', async () => {
      const text = read('src/acme.ts');
      const uri = await open('src/acme.ts', text);
      const at = positionOf(text, 'onAcme', 2);
      assert.equal(await client.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: at }), null);
    });
  });

  describe('find all references', () => {
    it('lists the code in sources, the uses of a constant holding it, and log lines, with progress', async () => {
      const text = read('src/codes.ts');
      const uri = await open('src/codes.ts', text);
      const at = positionOf(text, '5044300', 2);
      const progress: string[] = [];
      client.connection.onNotification('$/progress', (p: { token: string; value: { kind: string } }) => {
        if (p.token === 'refs-1') progress.push(p.value.kind);
      });
      const locs = await client.connection.sendRequest<Location[]>('textDocument/references', {
        textDocument: { uri }, position: at, context: { includeDeclaration: true }, workDoneToken: 'refs-1',
      });
      const found = locs.map((l) => `${path.relative(ws, new URL(l.uri).pathname)}:${l.range.start.line + 1}:${l.range.start.character + 1}`).sort();
      const where = (rel: string, needle: string, nth = 0) => {
        const t = read(rel);
        let at = -1;
        for (let i = 0; i <= nth; i++) at = t.indexOf(needle, at + 1);
        const before = t.slice(0, at).split('\n');
        return `${rel}:${before.length}:${before[before.length - 1].length + 1}`;
      };
      assert.deepEqual(found, [
        where('logs/payouts.log', '5044300'),
        where('logs/payouts.log', '5044300', 2),
        where('src/Payout.java', '5044300'),
        where('src/Payout.java', 'RC_TIMEOUT'),
        where('src/codes.ts', 'RC_TIMEOUT'),
        where('src/codes.ts', '5044300'),
        where('src/codes.ts', '5044300', 2),
        where('src/dokuTransfer.ts', 'RC_TIMEOUT'),
        where('src/dokuTransfer.ts', 'RC_TIMEOUT', 1),
      ].sort());
      assert.deepEqual([progress[0], progress[progress.length - 1]], ['begin', 'end']);
    });
  });

  describe('codes as workspace symbols', () => {
    it('finds a code by the code (#SYSTEM_BUSY) and by its name, at its catalog entry', async () => {
      const busy = await client.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: '#SYSTEM_BUSY' });
      const sym = busy.find((s) => s.name.startsWith('SYSTEM_BUSY'));
      assert.ok(sym, JSON.stringify(busy.map((s) => s.name)));
      assert.match(sym.containerName ?? '', /Alipay\+/);
      assert.equal(sym.location.uri, 'paycodes-explanation:/catalog/alipayplus/result.md');
      const insufficient = await client.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'insufficient funds' });
      const names = insufficient.map((s) => s.name);
      assert.ok(names.some((n) => n.startsWith('51 ')) && names.some((n) => n.startsWith('4034314 ')), JSON.stringify(names.slice(0, 10)));
    });
  });

  describe('look up', () => {
    it('lists one row per meaning: the SNAP services sharing "Insufficient Funds" are one row', async () => {
      const rows = await client.connection.sendRequest<LookupItem[]>(LOOKUP_ENTRIES);
      const doku = rows.filter((r) => /insufficient/i.test(`${r.name} ${r.detail}`) && /DOKU/.test(r.summary));
      assert.ok(doku.length > 0 && doku.length <= 8, `a few DOKU rows, not ~40: ${doku.map((r) => r.code).join(' ')}`);
      const shared = doku.find((r) => r.codes?.some((c) => c.code === '4034314'));
      assert.ok(shared, 'the row of 4034314 is a shared one');
      assert.equal(shared.code, '403XX14');
      assert.match(shared.detail, /services: .*4034314 service 43/);
      assert.match(shared.codes!.find((c) => c.code === '4034314')!.markdown, /4034314/);
    });
  });
});

describe('settings per workspace folder over the protocol', () => {
  let client: LspClient;
  const quiet = path.join(ws, 'src');
  const loud = path.join(fixturesDir, 'protocol');

  before(async () => {
    ({ client } = await LspClient.start({
      workspaceFolders: [quiet, loud],
      settings: (scopeUri?: string) =>
        scopeUri === pathToFileURL(quiet).toString() ? { codeLens: { enabled: false }, rules: { 'unhandled-retryable-code': 'off' } } : {},
    }));
  });
  after(() => client?.stop());

  it("applies each folder's paycodes.* values to its own files", async () => {
    const quietUri = await client.open(path.join(quiet, 'AlipayPayment.java'), 'java');
    const loudUri = await client.open(path.join(loud, 'AlipayResultHandler.java'), 'java');
    const loudDiagnostics = await client.waitForDiagnostics(loudUri, (p) => p.diagnostics.some((d) => d.code === 'unhandled-retryable-code'));
    assert.ok(loudDiagnostics.diagnostics.length > 0);
    // Published with the window's defaults first, maybe: the folder's own values apply once they are read.
    await client.waitForDiagnostics(quietUri, (p) => !p.diagnostics.some((d) => d.code === 'unhandled-retryable-code'));
    const lenses = (uri: string) => client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal((await lenses(quietUri)).length, 0, 'code lens off in this folder');
    assert.equal((await lenses(loudUri)).length, 1, 'and on in the other');
  });
});
