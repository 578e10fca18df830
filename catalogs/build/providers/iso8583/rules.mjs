// ISO 8583 rules. Codes follow the issuer category DOKU lists them under (Visa's decline categories: 1 never
// retry, 2 and 3 at most 15 reattempts in 30 days), refined by what the code's own text says.
import {
  FAILURE_FINAL, FAILURE_LATER, FAILURE_RETRY, PENDING_POLL, SUCCESS, UNKNOWN_POLL, rule,
} from '../../lib/rules.mjs';

export const iso8583Rules = [
  rule('Card: issuer approved', (c) => c.category === 'Issuer approved', SUCCESS),
  rule('Card: partial approval', (c) => /^partial value approved$|^completed partially$/i.test(c.name), SUCCESS),
  rule('Card: issuer or system unavailable', (c) => /inoperative|unavailable|malfunction|cutoff is in progress|unable to go online/i.test(c.name), FAILURE_RETRY),
  rule('Card: file update applied', (c) => c.category === 'File update' && /old record replaced/i.test(c.name), SUCCESS),
  rule('Card: file update refused', (c) => c.category === 'File update', FAILURE_FINAL),
  rule('Card: request in progress', (c) => c.category === 'Request in progress', PENDING_POLL),
  rule('Card: response received too late', (c) => c.category === 'Response too late', UNKNOWN_POLL),
  rule('Card: duplicate transmission', (c) => /duplicate/i.test(c.name), UNKNOWN_POLL),
  rule('Card: issuer will never approve', (c) => c.category === 'Issuer will never approve', FAILURE_FINAL),
  rule('Card: issuer cannot approve (at this time, or based on details provided)', (c) => c.category.startsWith('Issuer cannot approve'), FAILURE_LATER),
  rule('Card: generic response codes', (c) => c.category === 'Generic response codes', FAILURE_FINAL),
  rule('Card: pick-up and other ISO 8583 declines', (c) => c.category === 'Pick-up' || c.category === 'Declined', FAILURE_FINAL),
];
