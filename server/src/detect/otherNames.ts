// Names that say a value is something other than a gateway code: an id, a quantity, a time, a place, a
// version, a label or another kind of enum. A code-shaped literal assigned to, compared with or listed under
// such a name (`orderId = "4034314"`, `MONTHS = {"05": …}`, `eventType == "PAYMENT_FAILED"`) is that thing.
import { words } from './codeNames';

const OTHER_WORDS = new Set([
  // identifiers of other things
  'id', 'ids', 'uuid', 'guid', 'no', 'nr', 'num', 'number', 'ref', 'reference', 'key', 'token', 'hash', 'nonce',
  'trace', 'span', 'sku', 'serial', 'seq', 'sequence', 'index', 'idx', 'order', 'orders', 'invoice', 'user', 'customer',
  'merchant', 'account', 'pid', 'tid', 'job', 'batch', 'ticket', 'thread', 'worker', 'build', 'commit', 'release',
  'txn', 'trx', 'transaction', 'payout',
  // where
  'port', 'host', 'ip', 'url', 'uri', 'path', 'endpoint', 'zip', 'postal', 'postcode', 'country', 'currency',
  'region', 'city', 'province', 'lang', 'locale', 'phone', 'msisdn', 'mobile', 'tel', 'email', 'bin', 'iin', 'pan',
  'mcc', 'bank', 'swift', 'iban',
  // how much, how many
  'amount', 'total', 'price', 'cost', 'fee', 'tax', 'balance', 'qty', 'quantity', 'count', 'size', 'limit', 'max',
  'min', 'length', 'len', 'width', 'height', 'page', 'pages', 'per', 'items', 'rows', 'attempt', 'attempts',
  'retries', 'tries', 'replicas', 'threads', 'percent', 'rate', 'ratio', 'score', 'weight', 'priority',
  // when, how long
  'timeout', 'delay', 'interval', 'ttl', 'ms', 'millis', 'milliseconds', 'sec', 'secs', 'seconds', 'minute',
  'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'date', 'time',
  'timestamp', 'ts', 'epoch', 'duration', 'period', 'deadline', 'cron', 'schedule',
  // which version
  'version', 'ver', 'revision', 'semver',
  // words for people, not codes
  'name', 'names', 'label', 'title', 'description', 'desc', 'message', 'msg', 'text', 'reason', 'comment', 'note',
  'color', 'colour', 'theme', 'icon', 'font',
  // other enums
  'type', 'kind', 'state', 'event', 'category', 'method', 'action', 'role', 'scope', 'permission', 'mode', 'env',
  'environment', 'unit', 'format', 'http',
  // answers of other checks: address and card-security verification, e-commerce indicators
  'avs', 'cvv', 'cvv2', 'cvc', 'cvc2', 'cavv', 'eci',
]);

/** An HTTP status right before a word makes it a reason phrase: `503 SERVICE_UNAVAILABLE`. */
const HTTP_STATUS = /^[1-5]\d\d$/;

export function namesSomethingElse(name: string): boolean {
  return HTTP_STATUS.test(name) || words(name).some((w) => OTHER_WORDS.has(w));
}

/** Types whose constants are HTTP's names (`HttpStatus.UNAUTHORIZED`, `StatusCodes.SERVICE_UNAVAILABLE`). */
export function holdsHttpConstants(qualifier: string): boolean {
  return /http|^statuscodes?$/.test(qualifier.toLowerCase());
}
