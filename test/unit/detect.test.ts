// Which code-shaped tokens the detector takes for codes, which it leaves alone, and how it ranks the
// gateways a code could belong to.
import { strict as assert } from 'node:assert';
import { CodeIndex } from '../../server/src/catalog/codeIndex';
import type { CatalogFile } from '../../server/src/catalog/types';
import { codeAt, codesInText, type DetectOptions } from '../../server/src/detect/findCodes';
import { providerEvidence, providerHints } from '../../server/src/detect/providerHints';
import { CodeMatcher } from '../../server/src/scan/codeMatcher';
import { miniIndex, miniIndexCatalogs } from './miniIndex';

const index = miniIndex();
const source: DetectOptions = { index, log: false };
const log: DetectOptions = { index, log: true };
const portoneFile: DetectOptions = { index, log: false, fileProviders: ['portone'] };

function codes(text: string, opts = source): string[] {
  return [...codesInText(text.split('\n'), opts)].map((o) => `${o.code}@${o.entries[0].provider}`);
}

describe('code detection', () => {
  it('takes long codes in a string literal or case label on their own', () => {
    assert.deepEqual(codes('if (x.equals("4034314")) {}'), ['4034314@doku']);
    assert.deepEqual(codes('throw new GatewayException("SYSTEM_BUSY");', { index, log: false, fileProviders: ['alipayplus'] }), ['SYSTEM_BUSY@alipayplus']);
    assert.deepEqual(codes('switch (x) {\n  case "2024300":\n    break;\n}'), ['2024300@doku']);
  });

  it("takes a name of words only where its field, a code name or its provider says whose it is", () => {
    // PortOne's SDK throws its own INVALID_SIGNATURE, OY!'s docs list their own PAYMENT_FAILED: English, not a catalog's.
    assert.deepEqual(codes('throw new WebhookVerificationError("INVALID_SIGNATURE");'), []);
    assert.deepEqual(codes('com.example.GatewayException: SYSTEM_BUSY', log), []);
    assert.deepEqual(codes('if (result.getResultCode().equals("SYSTEM_BUSY")) retry();'), ['SYSTEM_BUSY@alipayplus']);
    assert.deepEqual(codes('RETRYABLE_RESULT_CODES = ["SYSTEM_BUSY"]'), ['SYSTEM_BUSY@alipayplus']);
  });

  it("reads field 39 of a jPOS message log as ISO 8583's response code, and no other field", () => {
    assert.deepEqual(codes('      <field id="39" value="05"/>', log), ['05@iso8583']);
    assert.deepEqual(codes("<f id='39' v='51'/>", log), ['51@iso8583']);
    assert.deepEqual(codes('      <field id="54" value="05"/>', log), []);
    assert.deepEqual(codes('<input id="39" value="05">', log), []);
  });

  it("reads ISO 8583 in the files of a gateway that numbers its own answers only under a name for the issuer's", () => {
    const flutterwave: DetectOptions = { index, log: false, otherGateways: ['Flutterwave'] };
    assert.deepEqual(codes('if (data.response_code === "02") poll();', flutterwave), []);
    assert.deepEqual(codes('if (msg.iso8583ResponseCode === "51") decline();', flutterwave), ['51@iso8583']);
    assert.deepEqual(codes('if (r.field_39 === "05") decline();', flutterwave), ['05@iso8583']);
    assert.deepEqual(codes('if (r.DE39 === "05" || r.transmode39_response_code === "51") decline();', flutterwave), ['05@iso8583'], 'mode39 is no field 39');
    assert.deepEqual(codes('      <field id="39" value="51"/>', { ...flutterwave, log: true }), ['51@iso8583']);
  });

  it('reads a local as the field it was given from on the lines above', () => {
    const alipay: DetectOptions = { index, log: false, fileProviders: ['alipayplus'] };
    const lines = ['const state = reply.result.resultStatus;', "if (state === 'S') return 'paid';", "if (state === 'U') return 'pending';"];
    assert.deepEqual(codes(lines.join('\n'), alipay), ['S@alipayplus', 'U@alipayplus']);
    assert.deepEqual(codes(lines.slice(1).join('\n'), alipay), [], 'a local of unknown origin names nothing');
    // The words of a string are no assignment: `"response: MTI={} RC={}"` gives `response` no value.
    assert.deepEqual(codes('log.info("response: MTI={} RC={}", m);\nassertEquals("55", response.getString(39));'), []);
    // What a call makes of a field is something else.
    assert.deepEqual(codes("const state = toAppState(reply.result.resultStatus);\nif (state === 'A') poll();", alipay), []);
    // A log's lines are read one at a time, in the editor as by `paycodes scan`.
    assert.deepEqual(codes(lines.join('\n'), { ...alipay, log: true }), []);
  });

  it('keeps codes in lists, YAML maps and response-code tables that the rules against look-alikes must not touch', () => {
    assert.deepEqual(codes('retryable_response_codes:\n  - 05\n  - 51'), ['05@iso8583', '51@iso8583']);
    assert.deepEqual(codes('soft_response_codes:\n  05: decline\n  51: retry later'), ['05@iso8583', '51@iso8583']);
    const table = "GATEWAY_RESPONSE_CODES = {\n  '05' => 'Do not honor',\n  '51' => 'Insufficient funds',\n}";
    assert.deepEqual(codes(table), ['05@iso8583', '51@iso8583']);
    assert.deepEqual(codes("GATEWAY_MESSAGES = {\n  '05' => 'Invalid CPC data.',\n  '51' => 'Gateway timed out.',\n}"), []);
  });

  it('names a list by what it is given to, whatever the operator', () => {
    for (const text of [
      "$config = [\n  'retryable_response_codes' => array('05', '51'),\n];",
      "retryableResponseCodes = setOf(\n  \"05\", \"51\")",
      "RETRYABLE_RCS := []string{\n  \"05\", \"51\"}",
      "val advice = mapOf(\"soft_response_codes\" to listOf(\"05\", \"51\"))",
    ]) {
      assert.deepEqual(codes(text), ['05@iso8583', '51@iso8583'], text);
    }
  });

  it('takes short codes only where a code field names them', () => {
    assert.deepEqual(codes('if (acquirerResponseCode == "05") retry();'), ['05@iso8583']);
    assert.deepEqual(codes('if ("51".equals(resp.getAcquirerResponseCode())) {}'), ['51@iso8583']);
    assert.deepEqual(codes('data = {"status_code": 4041}', portoneFile), ['4041@portone']);
    assert.deepEqual(codes('if rc in ("05", "51"):'), ['05@iso8583', '51@iso8583']);
    assert.deepEqual(codes('switch (response.status_code) {\n  case 5000:\n    poll();\n}', portoneFile), ['5000@portone']);
  });

  it("takes a gateway's own short codes only where the file, its path or the workspace names the gateway", () => {
    assert.deepEqual(codes('data = {"status_code": 4041}'), []);
    assert.deepEqual(codes('if (status_code == 5000) return PAID;', { index, log: false, otherGateways: ['PayWay'] }), []);
    assert.deepEqual(codes('data = {"status_code": 4041}', { index, log: false, preferredProviders: ['portone'] }), ['4041@portone']);
    // ISO 8583 is a standard: a response-code name is enough, in any gateway's file.
    assert.deepEqual(codes('if (rc == "05") decline();', { index, log: false, otherGateways: ['Stripe'] }), ['05@iso8583']);
  });

  it('never reads request fields or tables of service and case codes as answers', () => {
    for (const text of [
      "'serviceCode' => '54',",
      'ServiceCode: "55",',
      'const CASE_CODE_14 = "14";',
      "$body['billCode'] = '01';",
      'purposeCode: "05"',
      'if (paymentFlagStatus == "02") {}',
      "$trxCode = '05';",
      "posConditionCode = '59'",
      "trx_source_code = '51'",
      "eci = '05'",
    ]) {
      assert.deepEqual(codes(text, { index, log: false, fileProviders: ['doku'] }), [], text);
    }
  });

  it("stays silent on a map whose own values contradict the standard's meaning", () => {
    assert.deepEqual(codes("CODES = {\n  '05' => 'approved with id',\n  '51' => 'approved partially',\n}"), []);
    assert.deepEqual(codes("CODES = {\n  '05' => :card_declined,\n  '51' => :insufficient_funds,\n}"), ['05@iso8583', '51@iso8583']);
  });

  it("reads a constant named for another answer than the standard's as a table of its own", () => {
    const card = 'static final String RC_DO_NOT_HONOR = "05";\nstatic final String RC_INSUFFICIENT_FUNDS = "51";';
    assert.deepEqual(codes(card), ['05@iso8583', '51@iso8583']);
    const biller = 'static final String RC_ALREADY_PAID = "51";\nstatic final String RC_WRONG_AMOUNT_GIVEN = "05";';
    assert.deepEqual(codes(biller), [], 'a paid bill is no insufficient funds, a wrong amount no refusal to honour');
  });

  it("judges a map's rows by their text, not by the array that held them (the log scan reuses one)", () => {
    const lines = ['CODES = {', "  '05' => 'Invalid transNum given',", "  '51' => 'Merchant account disabled',", '}'];
    const found = (read: string[]) => [...codesInText(read, source)].map((o) => o.code);
    assert.deepEqual(found(lines), []);
    lines[1] = "  '05' => 'Do not honour',";
    lines[2] = "  '51' => 'Insufficient funds',";
    assert.deepEqual(found(lines), found(lines.slice()));
    assert.deepEqual(found(lines), ['05', '51']);
  });

  it('says which evidence made a token a code', () => {
    const why = (text: string, opts = source) => [...codesInText(text.split('\n'), opts)].map((o) => o.evidence.map((e) => e.says));
    assert.deepEqual(why('if (acquirerResponseCode == "05") {}'), [['`acquirerResponseCode` field', 'ISO 8583 response code, a shared standard']]);
    assert.deepEqual(why('if (rc == "05") {}'), [['`rc` field', 'ISO 8583 response code, a shared standard']]);
    assert.deepEqual(why('data = {"status_code": 4041}', portoneFile), [["`status_code`, PortOne Cloud's own field", 'PortOne Cloud named in this file']]);
    assert.deepEqual(why('switch (x) {\n  case "2024300":\n    break;\n}'), [['a 7-digit SNAP responseCode code']]);
  });

  it('never cries wolf on ports, timeouts, months, amounts or ids', () => {
    for (const text of [
      'const port = 4041;',
      'setTimeout(retry, 5000);',
      'if (month == "05") {}',
      'String orderId = "4034314";',
      'amount: 5000,',
      'log.info("took 2000ms");',
      'const date = "2024-05-01T10:05:51Z";',
      'version = 1.05',
      'switch (method) {\n  case "05":\n    break;\n}',
      'price = $5000',
      'listen(4041)',
    ]) {
      assert.deepEqual(codes(text), [], text);
    }
  });

  it('reads a one-letter Alipay+ status only in the resultStatus field', () => {
    assert.deepEqual(codes('{"resultStatus":"U","resultCode":"SYSTEM_BUSY"}', log), ['U@alipayplus', 'SYSTEM_BUSY@alipayplus']);
    assert.deepEqual(codes('String grade = "U";'), []);
    assert.deepEqual(codes('status: "S"'), []);
  });

  it('counts short codes as keys of a map that holds several codes', () => {
    assert.deepEqual(codes('const advice = {\n  "05": "decline",\n  "51": "soft",\n};'), ['05@iso8583', '51@iso8583']);
    assert.deepEqual(codes('const months = {\n  "05": "May",\n};'), []);
  });

  it('finds long codes in free log text, short ones only in fields', () => {
    assert.deepEqual(codes('2026-11-20 ERROR transfer failed 4034314', log), ['4034314@doku']);
    assert.deepEqual(codes('2026-11-20 [pid 4041] took 5000 ms', log), []);
    assert.deepEqual(codes('rc=05 acquirer_response_code:51 port=51', log), ['05@iso8583', '51@iso8583']);
    assert.deepEqual(codes('card declined, response code 05; worker exit code 51; txn 4034314', log), ['05@iso8583']);
    assert.deepEqual(codes('nightly job 2024300 done for user 4034314', log), []);
  });

  it('ranks the family whose field carries the code first', () => {
    const [o] = [...codesInText(['if (acquirerResponseCode == "70") {}'], source)];
    assert.equal(o.entries.length, 2);
    assert.deepEqual(o.entries.map((e) => e.appliesTo?.[0]), ['MASTERCARD', 'VISA']);
  });

  it('reads HTTP constants, months, ids and enum values as what they are', () => {
    for (const text of [
      'return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();',
      'if (res.statusCode === StatusCodes.SERVICE_UNAVAILABLE) {}',
      'const months = {\n  "05": "May",\n  "10": "October",\n  "12": "December",\n};',
      'order.setStatus("PAYMENT_IN_PROCESS");',
      '{"eventType": "SYSTEM_BUSY", "orderId": "4034314"}',
      '{"country": {"code": "05"}}',
      'args: ["--order-id", "4034314"]',
    ]) {
      assert.deepEqual(codes(text), [], text);
    }
  });

  it('reads the field a code is compared with, stored under or asserted against', () => {
    assert.deepEqual(codes('assertThat(resp.getAcquirerResponseCode()).isEqualTo("51");'), ['51@iso8583']);
    assert.deepEqual(codes('expect(res.body.rc).toBe("05")'), ['05@iso8583']);
    assert.deepEqual(codes('const rc = body?.rc ?? "51";'), ['51@iso8583']);
    assert.deepEqual(codes('POLICY.put("05", NEVER);\nPOLICY.put("51", LATER);'), ['05@iso8583', '51@iso8583']);
    assert.deepEqual(codes('RC_DO_NOT_HONOR = "05"'), ['05@iso8583']);
    assert.deepEqual(codes('log {"body":"{\\"status_code\\":\\"4041\\"}"}', { ...log, fileProviders: ['portone'] }), ['4041@portone']);
  });
});

/** One code (`PROCESS_FAIL`) in three gateways' catalogs, each with the field its family travels in. */
function ambiguousIndex(): CodeIndex {
  const gateway = (provider: string, family: string, field: string): CatalogFile => ({
    provider,
    providerName: provider,
    families: [{ id: family, name: field, fields: [field] }],
    entries: [{ provider, family, group: 'common', code: 'PROCESS_FAIL', outcome: 'failure', retry: 'no', source: 'test' }],
  });
  return new CodeIndex([
    { file: 'alipayplus.json', catalog: gateway('alipayplus', 'result', 'resultCode') },
    { file: 'doku.json', catalog: gateway('doku', 'snap', 'responseCode') },
    { file: 'portone.json', catalog: gateway('portone', 'status', 'status_code') },
  ]);
}

describe('ranking a code several gateways use', () => {
  const index = ambiguousIndex();
  const ranked = (text: string, hints: Partial<DetectOptions> = {}) =>
    codeAt([text], 0, text.indexOf('PROCESS_FAIL'), { index, log: false, ...hints })!.entries.map((e) => e.provider);

  it('puts the gateway whose field carries the code first, and keeps the others the file names below', () => {
    const named = { fileProviders: ['alipayplus', 'doku', 'portone'] };
    assert.deepEqual(ranked('if (resultCode == "PROCESS_FAIL") {}', named), ['alipayplus', 'doku', 'portone']);
    assert.deepEqual(ranked('if (body.responseCode === "PROCESS_FAIL") {}', named), ['doku', 'alipayplus', 'portone']);
    assert.deepEqual(ranked('if resp["status_code"] == "PROCESS_FAIL":', named), ['portone', 'alipayplus', 'doku']);
  });

  it('reads a name several gateways use only as the one whose field it stands in, unless others are named', () => {
    assert.deepEqual(ranked('if (resultCode == "PROCESS_FAIL") {}'), ['alipayplus']);
    assert.equal(codeAt(['throw new GatewayError("PROCESS_FAIL");'], 0, 25, { index, log: false }), undefined);
  });

  it('then the gateways the file names, then the user\'s setting, then catalog order', () => {
    const rc = 'if (rc == "PROCESS_FAIL") {}';
    assert.deepEqual(ranked(rc, { preferredProviders: ['doku', 'alipayplus', 'portone'] }), ['alipayplus', 'doku', 'portone']);
    assert.deepEqual(ranked(rc, { fileProviders: ['portone'], preferredProviders: ['doku', 'alipayplus'] }), ['portone', 'alipayplus', 'doku']);
    assert.deepEqual(ranked('if (resultCode == "PROCESS_FAIL") {}', { fileProviders: ['portone'] }), ['alipayplus', 'portone']);
  });

  it('takes a file\'s gateways from the names it uses, not from words that merely contain them', () => {
    assert.deepEqual(providerHints(index, 'import com.example.doku.DokuClient;'), ['doku']);
    assert.deepEqual(providerHints(index, 'const client = new PortOneClient(); // AlipayPlus fallback'), ['alipayplus', 'portone']);
    assert.deepEqual(providerHints(index, '// simpan dokumen setelah pembayaran berhasil'), []);
  });

  it('takes gateways without a catalog, and namesakes of ours, from the file and its path', () => {
    const bundled = miniIndex();
    assert.deepEqual(providerEvidence(bundled, 'require "stripe"', 'lib/checkout.rb').others, ['Stripe']);
    assert.deepEqual(providerEvidence(bundled, '<?php', 'vendor/omnipay-sagepay/src/Response.php').others, ['Sage Pay']);
    assert.deepEqual(providerEvidence(bundled, "import { PaymentClient } from '@portone/server-sdk';"), { named: [], others: ['PortOne Korea'] });
  });
});


describe('codes with hyphens, from an own catalog', () => {
  const acme: CatalogFile = {
    provider: 'acme',
    providerName: 'Acme Pay',
    families: [{ id: 'errors', name: 'Acme error code', fields: ['errorCode'] }],
    entries: [
      { provider: 'acme', family: 'errors', group: 'common', code: 'ACME-202', name: 'Accepted, pending', outcome: 'pending', retry: 'poll', source: 'test' },
      { provider: 'acme', family: 'errors', group: 'common', code: 'PAY-E-4001', name: 'Card declined', outcome: 'failure', retry: 'no', source: 'test' },
    ],
  };
  const withAcme = new CodeIndex([...miniIndexCatalogs(), { file: 'acme.paycodes.json', catalog: acme }]);
  /** Each code found, with the text it covers: the whole code, never a part of it. */
  const found = (text: string, log = false) =>
    [...codesInText(text.split('\n'), { index: withAcme, log })].map((o) => `${o.code}@${o.entries[0].provider}:${text.slice(o.start, o.end)}`);

  it("takes an own catalog's name of words without further evidence: the project wrote that catalog", () => {
    const orbit: CatalogFile = {
      provider: 'orbit', providerName: 'Orbit Pay', families: [{ id: 'errors', name: 'Orbit error', fields: ['errorCode'] }],
      entries: [{ provider: 'orbit', family: 'errors', group: 'common', code: 'CHARGE_BLOCKED', name: 'Blocked', outcome: 'failure', retry: 'no', source: 'test' }],
    };
    const own = new CodeIndex([...miniIndexCatalogs(), { file: 'orbit.paycodes.json', origin: 'own', catalog: orbit }]);
    const found = [...codesInText(['2024-03-14T09:00:01Z ERROR charge ch_1 declined code=CHARGE_BLOCKED'], { index: own, log: true })];
    assert.deepEqual(found.map((o) => `${o.code}@${o.entries[0].provider}`), ['CHARGE_BLOCKED@orbit']);
  });

  it('reads a hyphenated code whole, in source and in logs, like any other', () => {
    assert.deepEqual(found('if (errorCode === "ACME-202") poll();'), ['ACME-202@acme:ACME-202']);
    assert.deepEqual(found('case "PAY-E-4001":'), ['PAY-E-4001@acme:PAY-E-4001']);
    assert.deepEqual(found('2026-12-01 WARN charge ch_1 answered ACME-202, will poll', true), ['ACME-202@acme:ACME-202']);
    assert.deepEqual(found('{"errorCode":"PAY-E-4001","rc":"05"}', true), ['PAY-E-4001@acme:PAY-E-4001', '05@iso8583:05']);
  });

  it('leaves look-alikes and the parts of other hyphenated words alone', () => {
    assert.deepEqual(found('order ORD-4034314 ACME-2021 X-ACME-202 ACME-202-B', true), []);
    assert.deepEqual(found('const id = "ACME-203";'), []);
  });

  it('makes a log line with one a candidate of the byte prefilter', () => {
    const matcher = new CodeMatcher(withAcme.all.flatMap((e) => (e.code === null ? [] : [e.code])));
    const lines: number[] = [];
    const bytes = Buffer.from('nothing here\nanswered ACME-202 again\nid 7-202\n');
    matcher.candidateLines(bytes, 0, bytes.length, 0, 1 << 16, (_s, _e, line) => lines.push(line));
    assert.deepEqual(lines, [1]);
  });
});
