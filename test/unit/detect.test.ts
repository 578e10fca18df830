// Which code-shaped tokens the detector takes for codes, which it leaves alone, and how it ranks the
// gateways a code could belong to.
import { strict as assert } from 'node:assert';
import { CodeIndex } from '../../server/src/catalog/codeIndex';
import type { CatalogFile } from '../../server/src/catalog/types';
import { codeAt, codesInText, type DetectOptions } from '../../server/src/detect/findCodes';
import { providerHints } from '../../server/src/detect/providerHints';
import { miniIndex } from './miniIndex';

const index = miniIndex();
const source: DetectOptions = { index, log: false };
const log: DetectOptions = { index, log: true };

function codes(text: string, opts = source): string[] {
  return [...codesInText(text.split('\n'), opts)].map((o) => `${o.code}@${o.entries[0].provider}`);
}

describe('code detection', () => {
  it('takes long codes in a string literal or case label on their own', () => {
    assert.deepEqual(codes('if (x.equals("4034314")) {}'), ['4034314@doku']);
    assert.deepEqual(codes('throw new GatewayException("SYSTEM_BUSY");'), ['SYSTEM_BUSY@alipayplus']);
    assert.deepEqual(codes('switch (x) {\n  case "2024300":\n    break;\n}'), ['2024300@doku']);
  });

  it('takes short codes only where a code field names them', () => {
    assert.deepEqual(codes('if (acquirerResponseCode == "05") retry();'), ['05@iso8583']);
    assert.deepEqual(codes('if ("51".equals(resp.getAcquirerResponseCode())) {}'), ['51@iso8583']);
    assert.deepEqual(codes('data = {"status_code": 4041}'), ['4041@portone']);
    assert.deepEqual(codes('if rc in ("05", "51"):'), ['05@iso8583', '51@iso8583']);
    assert.deepEqual(codes('switch (response.status_code) {\n  case 5000:\n    poll();\n}'), ['5000@portone']);
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
    assert.deepEqual(codes('log {"body":"{\\"status_code\\":\\"4041\\"}"}', log), ['4041@portone']);
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

  it('puts the gateway whose field carries the code first, and keeps the others below', () => {
    assert.deepEqual(ranked('if (resultCode == "PROCESS_FAIL") {}'), ['alipayplus', 'doku', 'portone']);
    assert.deepEqual(ranked('if (body.responseCode === "PROCESS_FAIL") {}'), ['doku', 'alipayplus', 'portone']);
    assert.deepEqual(ranked('if resp["status_code"] == "PROCESS_FAIL":'), ['portone', 'alipayplus', 'doku']);
  });

  it('then the gateways the file names, then the user\'s setting, then catalog order', () => {
    const bare = 'throw new GatewayError("PROCESS_FAIL");';
    assert.deepEqual(ranked(bare), ['alipayplus', 'doku', 'portone']);
    assert.deepEqual(ranked(bare, { preferredProviders: ['doku'] }), ['doku', 'alipayplus', 'portone']);
    assert.deepEqual(ranked(bare, { fileProviders: ['portone'], preferredProviders: ['doku'] }), ['portone', 'doku', 'alipayplus']);
    assert.deepEqual(ranked('if (resultCode == "PROCESS_FAIL") {}', { fileProviders: ['portone'] })[0], 'alipayplus');
  });

  it('takes a file\'s gateways from the names it uses, not from words that merely contain them', () => {
    assert.deepEqual(providerHints(index, 'import com.example.doku.DokuClient;'), ['doku']);
    assert.deepEqual(providerHints(index, 'const client = new PortOneClient(); // AlipayPlus fallback'), ['alipayplus', 'portone']);
    assert.deepEqual(providerHints(index, '// simpan dokumen setelah pembayaran berhasil'), []);
  });
});

