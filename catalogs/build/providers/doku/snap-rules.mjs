// SNAP responseCode rules: HTTP status and case code decide; for 404xx18 and access-token 5xx the service does too.
import {
  FAILURE_FINAL, FAILURE_RETRY, PENDING_POLL, PENDING_WAIT, SUCCESS, UNKNOWN_POLL, UNKNOWN_RETRY, rule,
} from '../../lib/rules.mjs';
import { TOKEN_SERVICES } from './services.mjs';

/**
 * 404xx18 "Inconsistent Request" means an earlier request with the same partnerReferenceNo exists. ASPI counts
 * it as success for credit transfers (intrabank 17, interbank 18, RTGS 22, SKNBI 23), VA payment (25, 33),
 * refunds (58, 69, 78, 80) and void (67); Kirim DOKU's Transfer to Bank payment (43) is a credit transfer too.
 * Everywhere else (OTC 44, direct debit 54, QR CPM 60, auth 63, capture 65, inquiries) it is a failure.
 */
const INCONSISTENT_MEANS_SUCCESS = Object.freeze(['17', '18', '22', '23', '25', '33', '43', '58', '67', '69', '78', '80']);

const is = (http, caseCode) => (c) => c.http === http && c.caseCode === caseCode;

export const snapRules = [
  rule('SNAP 200xx00 successful', is('200', '00'), SUCCESS),
  rule('SNAP 202xx00 in progress', is('202', '00'), PENDING_POLL),
  rule('SNAP 409xx01 duplicate partnerReferenceNo', is('409', '01'), SUCCESS),
  rule('SNAP 409xx02 transaction has been processed', is('409', '02'), UNKNOWN_POLL),
  rule('SNAP 404xx18 inconsistent request (credit side)', (c) => is('404', '18')(c) && INCONSISTENT_MEANS_SUCCESS.includes(c.serviceCode), SUCCESS),
  rule('SNAP 5xx on an access-token request', (c) => c.http.startsWith('5') && TOKEN_SERVICES.includes(c.serviceCode), FAILURE_RETRY),
  rule('SNAP 504xx00 timeout', is('504', '00'), UNKNOWN_POLL),
  rule('SNAP 500xx00 general error', is('500', '00'), UNKNOWN_POLL),
  rule('SNAP 500xx01 and 500xx02 server errors', (c) => c.http === '500' && ['01', '02'].includes(c.caseCode), UNKNOWN_RETRY),
  rule('SNAP 429xx00 too many requests', is('429', '00'), FAILURE_RETRY),
  rule('SNAP 403xx06 cut-off in progress', is('403', '06'), FAILURE_RETRY),
  rule('SNAP 403xx13 OTP sent to cardholder', is('403', '13'), PENDING_WAIT),
  rule('SNAP other 4xx', (c) => c.http.startsWith('4'), FAILURE_FINAL),
];
