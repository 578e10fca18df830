// Diagnostics and quick fixes over stdio: the switch that would treat "unknown" as "failed".
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixturesDir } from '../paths';
import { LspClient } from './lspClient';

const javaFile = path.join(fixturesDir, 'protocol', 'AlipayResultHandler.java');

describe('diagnostics and quick fixes over stdio', () => {
  let client: LspClient;
  let uri: string;
  const text = fs.readFileSync(javaFile, 'utf8');

  before(async () => {
    ({ client } = await LspClient.start());
    uri = await client.open(javaFile, 'java');
  });
  after(() => client?.stop());

  const ours = (rule: string) => (d: Diagnostic) => d.source === 'paycodes' && d.code === rule;

  it('warns on the switch that leaves retryable Alipay+ codes to default, and only that switch', async () => {
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const unhandled = diagnostics.filter(ours('unhandled-retryable-code'));
    assert.equal(unhandled.length, 1);
    const [d] = unhandled;
    assert.match(d.message as string, /^Unhandled retryable Alipay\+ codes: PAYMENT_IN_PROCESS, REQUEST_TRAFFIC_EXCEED_LIMIT, SYSTEM_BUSY \(\+\d+ more\)$/);
    assert.equal(d.range.start.line, 4);
    assert.equal(text.split('\n')[4].slice(d.range.start.character, d.range.end.character), 'switch (result.getResultCode())');
    assert.equal(d.severity, 2);
    assert.match(d.codeDescription!.href, /#unhandled-retryable-code$/);
    assert.ok(d.relatedInformation!.some((r) => /^SYSTEM_BUSY .*: Retry/.test(r.message)));
  });

  it('lists ten unhandled codes under a warning, then says how many more the quick fix inserts', async () => {
    const portone = await client.open(path.join(fixturesDir, 'protocol', 'portoneResult.ts'), 'typescript');
    const { diagnostics } = await client.waitForDiagnostics(portone, (p) => p.diagnostics.some(ours('unhandled-retryable-code')));
    const d = diagnostics.find(ours('unhandled-retryable-code'))!;
    const codes = (d.data as { codes: string[] }).codes;
    assert.ok(codes.length > 11, `expected a switch missing more than 11 codes; it misses ${codes.length}`);
    const related = d.relatedInformation!.map((r) => r.message);
    assert.equal(related.length, 11);
    assert.deepEqual(related.slice(0, 10).map((m) => m.split(' ')[0]), codes.slice(0, 10));
    assert.equal(related[10], `…and ${codes.length - 10} more codes; the quick fix inserts all ${codes.length}`);
  });

  it("warns on a switch over a gateway's words once the file names the gateway, as its hovers need", async () => {
    const body = [
      'export function orderState(status: string): string {',
      '  switch (status) {',
      "    case 'SUCCESS':",
      "      return 'paid';",
      "    case 'ORDER_IS_CLOSED':",
      "      return 'closed';",
      '    default:',
      "      return 'failed';",
      '  }',
      '}',
    ].join('\n');
    const state = await client.open(path.join(fixturesDir, 'protocol', 'orderState.ts'), 'typescript', `// checkout\n${body}\n`);
    const before = await client.waitForDiagnostics(state);
    assert.deepEqual(before.diagnostics.filter(ours('unhandled-retryable-code')), [], 'an application may call its own states so');
    // An edit above the switch names the gateway: the switch it did not touch reads differently now.
    await client.change(state, 2, `// checkout through Alipay+\n${body}\n`);
    const after = await client.waitForDiagnostics(state, (p) => p.diagnostics.some(ours('unhandled-retryable-code')));
    assert.match(after.diagnostics.find(ours('unhandled-retryable-code'))!.message as string, /^Unhandled retryable Alipay\+ codes: /);
  });

  it('flags a typo of a code that is one edit away', async () => {
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some(ours('unknown-code')));
    const typos = diagnostics.filter(ours('unknown-code'));
    assert.deepEqual(typos.map((d) => d.message), ["'SYSTEM_BUSSY' is not an Alipay+ code; did you mean SYSTEM_BUSY?"]);
  });

  it('offers the preferred fix that inserts the missing cases before default, and the warning goes away', async () => {
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some(ours('unhandled-retryable-code')));
    const d = diagnostics.find(ours('unhandled-retryable-code'))!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] },
    });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => /^Add \d+ missing retryable cases \(Alipay\+\)$/.test(t)), titles.join('\n'));
    assert.ok(titles.some((t) => /^Add all \d+ missing Alipay\+ codes \(exhaustive\)$/.test(t)), titles.join('\n'));
    const preferred = actions.find((a) => a.isPreferred)!;
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'java', 1, text), preferred.edit!.changes![uri]);
    assert.ok(fixed.indexOf('case "SYSTEM_BUSY":') < fixed.indexOf('default:'));
    assert.match(fixed, /\/\/ TODO: poll the payment status, never resend blindly \(Alipay\+ U\)/);
    await client.change(uri, 2, fixed);
    const after = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(after.diagnostics.filter(ours('unhandled-retryable-code')), []);
  });
});
