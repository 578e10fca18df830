// Whether an identifier or field names a gateway response code (responseCode, rc, status_code, …), as opposed
// to the many other "codes" in payment software (service, case, bill, purpose, currency, country, auth …).
// An allow-list: a name counts when its last words are one of these; anything else is no response code unless
// a catalog lists it as its family's field (rank.ts), which then counts for that family only.

/** ISO 8583's field 39, the response code, by the names messages give their fields. */
const FIELD_39 = ['field39', 'de39', 'bit39'];
const RESPONSE_NAMES = new Set([
  'responsecode', 'rc', 'respcode', 'rspcode', 'resultcode', 'statuscode', 'returncode', 'reasoncode', 'declinecode',
  'actioncode', 'isoresponsecode', ...FIELD_39,
]);
/** The most words a response-code name ends in: `iso response code`. */
const MAX_NAME_WORDS = 3;
/** Answers of other checks that travel beside the card's: `avsResponseCode`, `cvv_result_code`, `eciCode`. */
const OTHER_CHECKS = new Set(['avs', 'cvv', 'cvv2', 'cvc', 'cvc2', 'cav', 'cavv', 'eci', 'aav', 'ucaf']);

/** Names a reader cannot tell apart without the object they belong to: `country.code` is no response code. */
const GENERIC = new Set(['code', 'rc', 'status']);

/** Bounded, because a log can hold any number of distinct keys; the names a catalog's fields use recur. */
const MAX_NORMALIZED = 4096;
const normalized = new Map<string, string>();

/** `status_code`, `StatusCode`, `status-code` → `statuscode`. */
export function normalizeName(name: string): string {
  let n = normalized.get(name);
  if (n === undefined) {
    if (normalized.size >= MAX_NORMALIZED) normalized.clear();
    n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
    normalized.set(name, n);
  }
  return n;
}

/** `acquirerResponseCode`, `RETRYABLE_RC`, `status-code` → their words in lower case. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** A collection is named for what it holds: `RETRYABLE_CODES` holds codes, `pendingStatuses` statuses. */
function singular(n: string): string {
  if (n.endsWith('statuses')) return n.slice(0, -2);
  if (n.endsWith('codes') || n.endsWith('rcs')) return n.slice(0, -1);
  return n;
}

/** `acquirerResponseCode`, `RETRYABLE_RCS`, `hostRc`; not `src`, `serviceCode`, `httpStatusCode`. */
export function isCodeName(name: string): boolean {
  const ws = words(name);
  for (let n = 1; n <= Math.min(MAX_NAME_WORDS, ws.length); n++) {
    if (!RESPONSE_NAMES.has(singular(ws.slice(-n).join('')))) continue;
    return !ws.slice(0, -n).some((w) => w === 'http' || OTHER_CHECKS.has(w));
  }
  return false;
}

/**
 * A name for a code, or for a constant that holds one: `RC_APPROVED`, `RESPONSE_CODE_DO_NOT_HONOR`,
 * `RcDoNotHonor` start with the words of a code name and go on to say which code. A leading `status`
 * does not count: `StatusServiceUnavailable` and `status_reason` name an HTTP status and its text.
 */
export function namesACode(name: string): boolean {
  if (isCodeName(name)) return true;
  const ws = words(name);
  for (let n = 1; n < ws.length; n++) {
    const prefix = ws.slice(0, n).join('_');
    if (isCodeName(prefix) && !isStatusName(prefix)) return true;
  }
  return false;
}

/**
 * A gateway's own layer of answers above the issuer's: `gateway_resp_code`, `exact_resp_code`,
 * `transactionResultCode`; Adyen's `refusalReasonCode`, whose `11` is "3D Not Authenticated", not ISO's approval.
 */
const GATEWAY_LAYER = new Set(['gateway', 'exact', 'transaction', 'trx', 'txn', 'api', 'pps', 'refusal']);

/**
 * Who answers with ISO 8583's codes: `issuerResponseCode`, `acquirer_rc`, `iso8583ResponseCode`, `hostRc`,
 * and the message's own field 39 (`field39`, jPOS's `<field id="39">`).
 */
const ISSUER_LAYER = new Set(['iso', 'issuer', 'acquirer', 'acq', 'bank', 'host', 'network']);

/** A response-code name that says the answer is the card issuer's or acquirer's, whatever gateway relays it. */
export function namesIssuerLayer(name: string): boolean {
  const ws = words(name);
  // `field39`, `field_39`, `DE39`: as a word or two, as isCodeName reads them; not `mode39`.
  return ws.some((w, i) => ISSUER_LAYER.has(w) || w.startsWith('iso8583') || FIELD_39.includes(w) || FIELD_39.includes(w + (ws[i + 1] ?? '')));
}

/**
 * `statusCode`, `status_code`, `txnStatusCode`: a name applications and gateways give their own numbered states
 * (`statuscode="05"` for pending in a transfer dashboard); the issuer's answer goes by other names.
 */
export function namesStatusCode(name: string): boolean {
  // `statusCodes_code`: the code of an entry of a list of status codes.
  return /statuscodes?(?:code)?$/.test(normalizeName(name));
}

/** Field names every API gives its own errors and states: a catalog may list them, but they say nothing of whose. */
const EVERYONES_FIELDS = new Set(['code', 'rc', 'status', 'error', 'errorcode', 'statuscode']);

/** Types applications declare for their own answers: `ResultCode.SUCCESS`, `ErrorCode.INVALID_PARAMETER`. */
const EVERYONES_TYPES = new Set(['code', 'resultcode', 'errorcode', 'statuscode', 'responsecode', 'returncode']);

/** `ResultCode`, `ErrorCodes`, `ResultCodeEnum`: a type every API's clients and servers declare, whatever field it stands for. */
export function isEveryonesType(qualifier: string): boolean {
  return EVERYONES_TYPES.has(typeField(qualifier));
}

/** `code`, `error_code`, `status`: a field a catalog may call its own, and every other API has too. */
export function isEveryonesField(name: string): boolean {
  return EVERYONES_FIELDS.has(normalizeName(name));
}

/**
 * A response-code name for a gateway's or an application's own answers, not the card issuer's ISO 8583 one:
 * the gateway's layer (`gateway_resp_code`), or a status code that does not name the issuer's.
 */
export function namesOwnLayer(name: string): boolean {
  return namesGatewayLayer(name) || (namesStatusCode(name) && !namesIssuerLayer(name));
}

/**
 * A table named for a gateway's own messages: Heartland's `GATEWAY_MESSAGES`, not `GATEWAY_RESPONSE_CODES`
 * (a table of response codes, which may well be the card network's).
 */
export function namesGatewayTable(name: string): boolean {
  return words(name).includes('gateway') && !isCodeName(name);
}

/** A response-code name for the gateway's own answers, not the card issuer's ISO 8583 one. */
export function namesGatewayLayer(name: string): boolean {
  return words(name).some((w) => GATEWAY_LAYER.has(w));
}

/**
 * `status`, `resultStatus`, `pendingStatuses`, `LocalResult`: a state or outcome the object has, a code only for
 * a family that names it, or where the file shows that family's codes with better evidence.
 */
export function isStatusName(name: string): boolean {
  const n = singular(normalizeName(name));
  return n.endsWith('status') || n.endsWith('result');
}

export function isGenericCodeName(name: string): boolean {
  return GENERIC.has(normalizeName(name));
}

/** The field a constant's type stands for: `ResultStatusType.U` is a `resultStatus`, `ResultCodes.X` a `resultCode`. */
export function typeField(qualifier: string): string {
  return singular(normalizeName(qualifier).replace(/(?:type|types|enum|kind)$/, ''));
}

/** The last identifier of an expression: `resp.getResult().getResultCode()` → `ResultCode`, `r["rc"]` → `rc`. */
export function lastIdentifier(expression: string): string | undefined {
  const names = expression.match(/[A-Za-z_$][\w$]*/g);
  if (!names) return undefined;
  return withoutAccessor(names[names.length - 1]);
}

/** `getResponseCode` reads the `ResponseCode` field. */
export function withoutAccessor(name: string): string {
  return name.replace(/^(get|is)(?=[A-Z_])/, '');
}
