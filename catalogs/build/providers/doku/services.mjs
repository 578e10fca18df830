// Which SNAP service codes each DOKU section's `XX` templates stand for, the services outside DOKU's sections,
// and the ASPI service table. Evidence for every set is in catalogs/README.md ("DOKU sections and SNAP service
// codes", "SNAP services outside DOKU's sections").
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

/**
 * The group of a service no DOKU section covers: the ASPI API page that defines it (the page part of its
 * `aspi_page_url`), named as the page is titled. The Direct Debit page's remaining service (57, cancel) is
 * marked as ASPI's, since DOKU's own "Direct Debit" section does not list it.
 */
const PAGE_GROUPS = Object.freeze({
  registrasi: 'Registration',
  'informasi-saldo': 'Balance Inquiry',
  'riwayat-transaksi': 'Transaction History',
  'transfer-kredit/account-inquiry': 'Account Inquiry',
  'transfer-kredit/trigger-transfer': 'Trigger Transfer',
  'transfer-kredit/virtual-account': 'Virtual Account',
  'transfer-kredit/transaction-status-inquiry-bank': 'Transaction Status Inquiry Bank',
  'transfer-kredit/customer-top-up': 'Customer Top Up',
  'transfer-kredit/bulk-cashin': 'Bulk Cashin',
  'transfer-kredit/transfer-to-bank': 'Transfer To Bank',
  'transfer-kredit/transfer-to-otc': 'Transfer To OTC',
  'transfer-kredit/mpm': 'MPM',
  'transfer-kredit/transaction-status-inquiry': 'Transaction Status Inquiry',
  'transfer-debit/direct-debit': 'Direct Debit (ASPI)',
  'transfer-debit/cpm': 'CPM',
  'transfer-debit/auth-payment': 'Auth Payment',
  'transfer-debit/direct-debit-bi-fast': 'Direct Debit BI-FAST',
  keamanan: 'Access Token',
});

const ASPI_PAGES = 'https://apidevportal.aspi-indonesia.or.id/api-services/';

/**
 * `00`: the service is not identified — the request failed before an API took it (authentication, parsing,
 * routing, rate limit, server) — or the answer is about no single API. SNAP servers send it (`5000000` for a
 * failure no route claims, DOKU's SDKs `4010000` Unauthorized); the ASPI tables have no row for it.
 */
export const GENERAL_SERVICE = Object.freeze({ code: '00', name: 'General (service not identified)', group: 'General' });

/** Access token B2B (73) and B2B2C (74): requests that move no money and carry no transaction. */
export const TOKEN_SERVICES = Object.freeze(['73', '74']);

/**
 * The standard cases ("httpcase") a service can meet, where not all 63 apply (catalogs/README.md, "Which
 * standard cases apply"). Access-token requests authenticate with the client key and signature and carry no
 * transaction, account, card, OTP, journey, X-EXTERNAL-ID or partnerReferenceNo; an unidentified service can
 * only fail on the request itself, its authentication, routing, rate or the server.
 */
const TOKEN_CASES = ['20000', '40000', '40001', '40002', '40100', '40500', '42900', '50000', '50001', '50002'];
const GENERAL_CASES = [
  '20000', '40000', '40001', '40002', '40100', '40101', '40102', '40103', '40104', '40402', '40403', '40500',
  '40900', '42900', '50000', '50001', '50002', '50400',
];

export function casesOf(serviceCode, cases) {
  const only = serviceCode === GENERAL_SERVICE.code ? GENERAL_CASES : TOKEN_SERVICES.includes(serviceCode) ? TOKEN_CASES : undefined;
  if (!only) return [...cases.keys()];
  const unknown = only.filter((key) => !cases.has(key));
  if (unknown.length > 0) throw new Error(`SNAP service ${serviceCode}: cases ${unknown.join(', ')} are not in snap-case-codes.tsv`);
  return only;
}

/**
 * service code → { name, group, page } from snap-service-codes.tsv (the "API " prefix of every name dropped),
 * plus the general service 00.
 */
export function snapServices(sharedDir) {
  const services = new Map([[GENERAL_SERVICE.code, { name: GENERAL_SERVICE.name, group: GENERAL_SERVICE.group }]]);
  for (const s of readReferenceTable(sharedDir, 'snap-service-codes')) {
    const page = s.aspi_page_url.startsWith(ASPI_PAGES) ? s.aspi_page_url.slice(ASPI_PAGES.length) : undefined;
    const group = PAGE_GROUPS[page];
    if (!group) throw new Error(`SNAP service ${s.service_code}: no group for ASPI page ${s.aspi_page_url}`);
    services.set(s.service_code, { name: s.api_name.replace(/^API /, ''), group, page: s.aspi_page_url });
  }
  return services;
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
