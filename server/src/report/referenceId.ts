// The reference id a log line carries: what ties a pending code to the later line that settles it. By
// default it is the line's first id-like field, a key named for a payment reference (order, payout,
// partnerReferenceNo, payment_id, txnId, out_trade_no, merchant_uid, …), as `key=value` or JSON
// `"key":"value"`; `--id-field NAME` takes that field only. The report follows a reference by its value, so
// `payout=PO-7` and a later `"partnerReferenceNo":"PO-7"` are one payout.

/** key=value, key="value", "key":"value", "key":123: a key and a value without spaces. */
const FIELD = /["']?([A-Za-z_][\w.-]*)["']?\s*[=:]\s*["']?([A-Za-z0-9][\w.:/-]*)/g;

/** Lowercased without `_` and `-`: a payment noun, optionally followed by id / no / number / ref. */
const ID_KEY = /(?:^|[a-z])(?:reference|ref|order|payment|paymentrequest|payout|transaction|txn|trade|invoice|charge|merchantu|impu)(?:id|no|num|number|ref|key)?$/;

/** Words that name a payment but whose values are not references to one. */
const NOT_ID = new Set(['href', 'paymentstatus', 'paymentmethod', 'paymenttype', 'ordertype', 'orderstatus', 'transactiontype', 'transactionstatus', 'chargetype']);

export function isIdKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[_-]/g, '');
  return ID_KEY.test(k) && !NOT_ID.has(k);
}

export interface LineId {
  field: string;
  value: string;
}

/** The line's reference: the named field, or else its first id-like field. */
export function referenceId(line: string, idField: string | undefined): LineId | undefined {
  for (const m of line.matchAll(FIELD)) {
    const [, key, value] = m;
    if (idField === undefined ? isIdKey(key) : key === idField) return { field: key, value };
  }
  return undefined;
}
