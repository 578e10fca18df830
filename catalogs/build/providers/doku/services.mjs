// Which SNAP service codes each DOKU section's `XX` templates stand for, and the ASPI service table.
// Evidence for every set is in catalogs/README.md ("DOKU sections and SNAP service codes").
import { readReferenceTable } from '../../lib/sources.mjs';
import { unescapeMarkdown } from '../../lib/text.mjs';

export const SECTION_SERVICES = Object.freeze({
  // The SNAP Virtual Account API family (transfer-va/*), as the ASPI service table groups it.
  'Virtual Account': ['24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35'],
  // DOKU e-Wallet (OVO, DANA, ShopeePay…): account binding/unbinding, balance inquiry, debit payment,
  // status, notification and refund, all on DOKU's direct-debit endpoints.
  'e-Wallet': ['07', '09', '11', '54', '55', '56', '58'],
  // DOKU Direct Debit (BRI card registration with OTP; CIMB, Allo Bank, Mandiri account binding) plus the
  // same debit payment, status, notification and refund APIs.
  'Direct Debit': ['01', '04', '05', '07', '09', '11', '54', '55', '56', '58'],
  // DOKU QRIS (MPM): generate, decode, payment, query, cancel and refund.
  QRIS: ['47', '48', '50', '51', '77', '78'],
});

/** service code → { name } from snap-service-codes.tsv; the "API " prefix of every name is dropped. */
export function snapServices(sharedDir) {
  return new Map(
    readReferenceTable(sharedDir, 'snap-service-codes').map((s) => [s.service_code, { name: s.api_name.replace(/^API /, '') }]),
  );
}

/** "httpcase" (e.g. "40314") → { message, description } from snap-case-codes.tsv. */
export function snapCases(sharedDir) {
  return new Map(
    readReferenceTable(sharedDir, 'snap-case-codes').map((c) => [
      `${c.http}${c.case_code}`,
      { message: c.response_message, description: unescapeMarkdown(c.description) },
    ]),
  );
}
