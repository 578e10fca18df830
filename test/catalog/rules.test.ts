// Spot checks of outcome and retry, one or more per rule of catalogs/README.md.
import { strict as assert } from 'node:assert';
import { only, readCatalog } from './catalogs';
import type { CatalogEntry } from '../../server/src/catalog/types';

const verdict = (e: CatalogEntry) => `${e.outcome}/${e.retry}`;

function expect(entries: readonly CatalogEntry[], cases: Array<[string, string, Partial<CatalogEntry>?]>) {
  for (const [code, expected, where] of cases) assert.equal(verdict(only(entries, code, where)), expected, code);
}

describe('rules: Setel', () => {
  const entries = readCatalog('setel').entries;
  it('transient server conditions are unknown/retry', () =>
    expect(entries, [['9300001', 'unknown/retry'], ['9300005', 'unknown/retry'], ['9300007', 'unknown/retry']]));
  it('an already succeeded session is a success, completed ones and existing references need a look', () =>
    expect(entries, [['9300104', 'success/no'], ['9300102', 'unknown/poll'], ['9300103', 'unknown/poll'], ['9300101', 'unknown/poll'], ['9300108', 'unknown/poll']]));
  it('everything else is final', () =>
    expect(entries, [['9300105', 'failure/no'], ['9300107', 'failure/no'], ['9300004', 'failure/no'], ['9300110', 'failure/no']]));
});

describe('rules: Alipay+', () => {
  const entries = readCatalog('alipayplus').entries;
  it('U codes: poll when told to, otherwise retry; SENDING waits', () =>
    expect(entries, [
      ['PAYMENT_IN_PROCESS', 'pending/poll'], ['REFUND_IN_PROCESS', 'pending/poll'], ['VOID_IN_PROCESS', 'pending/poll'],
      ['CAPTURE_IN_PROCESS', 'pending/poll'], ['SYSTEM_BUSY', 'unknown/retry'], ['UNKNOWN_EXCEPTION', 'unknown/retry'],
      ['REQUEST_TRAFFIC_EXCEED_LIMIT', 'unknown/retry'], ['SENDING', 'pending/no'],
    ]));
  it('F codes fail; PROCESS_FAIL says to retry', () =>
    expect(entries, [['PROCESS_FAIL', 'failure/retry'], ['INVALID_SIGNATURE', 'failure/no'], ['INSUFFICIENT_BALANCE', 'failure/no']]));
  it('resultStatus values', () =>
    expect(entries, [['S', 'success/no'], ['F', 'failure/no'], ['U', 'unknown/poll'], ['A', 'pending/poll']].map(
      ([c, v]) => [c, v, { family: 'resultStatus' }] as [string, string, Partial<CatalogEntry>],
    )));
});

describe('rules: Akinon', () => {
  it('every session-creation error is final', () => {
    for (const e of readCatalog('akinon').entries) assert.equal(verdict(e), 'failure/no');
  });
});

describe('rules: PortOne Cloud', () => {
  const entries = readCatalog('portone').entries;
  it('by series', () =>
    expect(entries, [['1000', 'pending/poll'], ['2000', 'success/no'], ['4041', 'failure/no'], ['6001', 'failure/no'], ['8004', 'failure/no'], ['7000', 'unknown/poll'], ['5000', 'unknown/retry'], ['5024', 'unknown/retry']]));
  it('refined by name', () =>
    expect(entries, [['4002', 'unknown/poll'], ['5002', 'unknown/poll'], ['4097', 'pending/poll'], ['4029', 'unknown/retry'], ['5023', 'failure/no'], ['5001', 'failure/no']]));
  it('both 4081 are final', () => {
    for (const e of entries.filter((x) => x.code === '4081')) assert.equal(verdict(e), 'failure/no');
  });
});

describe('rules: DOKU SNAP', () => {
  const entries = readCatalog('doku').entries;
  const snap = { family: 'snap' };
  it('success, in progress, timeout and server errors', () =>
    expect(entries, [
      ['2004300', 'success/no'], ['2022500', 'pending/poll'], ['2024300', 'pending/poll'], ['5044300', 'unknown/poll'],
      ['5004301', 'unknown/retry'], ['5004302', 'unknown/retry'], ['5004300', 'unknown/poll'],
    ].map(([c, v]) => [c, v, snap] as [string, string, Partial<CatalogEntry>])));
  it('409xx01 already succeeded, 409xx02 needs a look, 409xx00 conflict is final', () =>
    expect(entries, [['4094301', 'success/no'], ['4094302', 'unknown/poll'], ['4094300', 'failure/no']]));
  it('404xx18 succeeds for transfers, VA payment, refund and void; fails for direct debit, OTC, QR CPM, auth, capture', () => {
    const inconsistent = (service: string) => entries.filter((e) => e.code === `404${service}18`).map(verdict);
    for (const service of ['43', '25', '33', '58', '78']) assert.deepEqual([...new Set(inconsistent(service))], ['success/no'], service);
    for (const service of ['54', '47', '51', '24']) assert.deepEqual([...new Set(inconsistent(service))], ['failure/no'], service);
  });
  it('rate limit and cut-off may be resent; OTP sent is a step; other 4xx are final', () =>
    expect(entries, [['4294200', 'failure/retry'], ['4034306', 'failure/retry'], ['4034314', 'failure/no'], ['4014300', 'failure/no']]));
  it('OTP sent to cardholder', () => {
    assert.deepEqual([...new Set(entries.filter((e) => e.code === '4035413').map(verdict))], ['pending/no']);
  });
  it('access tokens: success, final 4xx, and server errors that only ask for a new token', () =>
    expect(entries, [
      ['2007300', 'success/no'], ['4017300', 'failure/no'], ['4007401', 'failure/no'], ['4297300', 'failure/retry'],
      ['5007300', 'failure/retry'], ['5007400', 'failure/retry'], ['5007301', 'failure/retry'],
    ]));
  it('the general service 00 follows the code rules of every service', () =>
    expect(entries, [['2000000', 'success/no'], ['4010000', 'failure/no'], ['5000000', 'unknown/poll'], ['5000001', 'unknown/retry'], ['5040000', 'unknown/poll']]));
});

describe('rules: ISO 8583', () => {
  const entries = readCatalog('iso8583').entries;
  const card = (code: string, appliesTo?: string) =>
    verdict(entries.find((e) => e.code === code && e.appliesTo?.[0] === appliesTo) ?? assert.fail(code));
  it('issuer categories', () => {
    assert.equal(card('00'), 'success/no');
    assert.equal(card('04'), 'failure/no');
    assert.equal(card('41'), 'failure/no');
    assert.equal(card('51'), 'failure/later');
    assert.equal(card('54'), 'failure/later');
    assert.equal(card('70', 'VISA'), 'failure/later');
    assert.equal(card('05'), 'failure/no');
  });
  it('issuer or switch down is transient; a duplicate needs a look', () => {
    assert.equal(card('91'), 'failure/retry');
    assert.equal(card('96'), 'failure/retry');
    assert.equal(card('1Z', 'MASTERCARD'), 'failure/retry');
    assert.equal(card('94'), 'unknown/poll');
  });
  it('"approved" inside a decline text does not make it a success', () => {
    assert.equal(card('N4', 'VISA'), 'failure/later');
  });
});

describe('rules: DOKU card strings', () => {
  it('timeout needs a look, settlement may be resent, the rest is final', () =>
    expect(readCatalog('doku').entries, [['TIME_OUT', 'unknown/poll'], ['SETTLEMENT_IS_ON_GOING', 'failure/retry'], ['FRAUD_DETECTED', 'failure/no']]));
});
