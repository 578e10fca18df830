// What the log report reads from a line besides its codes: the leading timestamp and the reference id.
import { strict as assert } from 'node:assert';
import { leadingTimestamp } from '../../server/src/report/leadingTimestamp';
import { isIdKey, referenceId } from '../../server/src/report/referenceId';

const at = (iso: string) => Date.parse(iso);

describe('leading timestamp', () => {
  it('reads ISO 8601 at the start of a line, bare, in brackets or as the first field of a JSON line', () => {
    assert.equal(leadingTimestamp('2026-11-20T10:05:01.123Z INFO x'), at('2026-11-20T10:05:01Z'));
    assert.equal(leadingTimestamp('2026-11-20 10:05:01,123 WARN x'), at('2026-11-20T10:05:01Z'), 'no zone: as written');
    assert.equal(leadingTimestamp('[2026-11-20 10:05] x'), at('2026-11-20T10:05:00Z'));
    assert.equal(leadingTimestamp('{"ts":"2026-11-21T01:00:03Z","level":"info"}'), at('2026-11-21T01:00:03Z'));
    assert.equal(leadingTimestamp('{"@timestamp": "2026-11-21T08:00:03+07:00"}'), at('2026-11-21T01:00:03Z'));
    assert.equal(leadingTimestamp('2026-11-20T10:05:01-0530 x'), at('2026-11-20T15:35:01Z'));
  });

  it('finds none where the line does not start with one', () => {
    for (const line of ['INFO 2026-11-20T10:05:01Z x', '  at com.example.Retry(Retry.java:12)', '{"level":"info","ts":"2026-11-21T01:00:03Z"}', '2026-13-40T10:05:01Z', '']) {
      assert.equal(leadingTimestamp(line), undefined, line);
    }
  });
});

describe('reference id', () => {
  it('takes the first field named for a payment reference, as key=value or JSON', () => {
    assert.deepEqual(referenceId('checkout order=ORD-1042 paymentRequestId=PR-1', undefined), { field: 'order', value: 'ORD-1042' });
    assert.deepEqual(referenceId('doku {"responseCode":"2024300","partnerReferenceNo":"PO-0043"}', undefined), { field: 'partnerReferenceNo', value: 'PO-0043' });
    assert.deepEqual(referenceId('{"out_trade_no": 20261120001, "code": "10000"}', undefined), { field: 'out_trade_no', value: '20261120001' });
  });

  it('names a payment reference by its key, not any key that mentions a payment', () => {
    for (const key of ['order', 'orderId', 'order_id', 'payout', 'partnerReferenceNo', 'paymentId', 'payment_request_id', 'txnId', 'transactionId', 'out_trade_no', 'merchant_uid', 'imp_uid', 'invoiceNo', 'chargeId', 'ref']) {
      assert.ok(isIdKey(key), key);
    }
    for (const key of ['paymentStatus', 'payment_method', 'orderType', 'href', 'pid', 'traceId', 'sessionId', 'userId', 'responseCode', 'amount']) {
      assert.ok(!isIdKey(key), key);
    }
  });

  it('with a field given, takes that field only', () => {
    assert.deepEqual(referenceId('order=ORD-1 payout=PO-9', 'payout'), { field: 'payout', value: 'PO-9' });
    assert.equal(referenceId('order=ORD-1', 'payout'), undefined);
  });
});
