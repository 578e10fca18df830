// Which code-shaped tokens the detector takes for codes, and which it leaves alone.
import { strict as assert } from 'node:assert';
import { codesInText, type DetectOptions } from '../../server/src/detect/findCodes';
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
    assert.deepEqual(codes('if (acquirerResponseCode == "05") retry();'), ['05@doku']);
    assert.deepEqual(codes('if ("51".equals(resp.getAcquirerResponseCode())) {}'), ['51@doku']);
    assert.deepEqual(codes('data = {"status_code": 4041}'), ['4041@portone']);
    assert.deepEqual(codes('if rc in ("05", "51"):'), ['05@doku', '51@doku']);
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
    assert.deepEqual(codes('const advice = {\n  "05": "decline",\n  "51": "soft",\n};'), ['05@doku', '51@doku']);
    assert.deepEqual(codes('const months = {\n  "05": "May",\n};'), []);
  });

  it('finds long codes in free log text, short ones only in fields', () => {
    assert.deepEqual(codes('2026-11-20 ERROR transfer failed 4034314', log), ['4034314@doku']);
    assert.deepEqual(codes('2026-11-20 [pid 4041] took 5000 ms', log), []);
    assert.deepEqual(codes('rc=05 acquirer_response_code:51 port=51', log), ['05@doku', '51@doku']);
  });

  it('ranks the family whose field carries the code first', () => {
    const [o] = [...codesInText(['if (acquirerResponseCode == "70") {}'], source)];
    assert.equal(o.entries.length, 2);
    assert.deepEqual(o.entries.map((e) => e.appliesTo?.[0]), ['MASTERCARD', 'VISA']);
  });
});
