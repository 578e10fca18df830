// ISO 8583 response codes: an international standard, not one gateway's table. The words and issuer categories
// are those DOKU's seed lists (its "Credit Card" section); the retry advice follows the card networks' rules
// (Visa's decline categories), so a hover in any card integration can use them without naming an acquirer.
// Card libraries map the whole ISO 8583:1987 table, so the standard's values DOKU does not list are added from
// iso8583-1987.mjs; DOKU's words win where both have a code.
import { SEEDS, readSeedLines } from '../../lib/sources.mjs';
import { catalogFile, entry } from '../../lib/entry.mjs';
import { classify } from '../../lib/rules.mjs';
import { dokuSections } from '../doku/sections.mjs';
import { cardSection } from '../doku/card.mjs';
import { ISO_8583_1987 } from './iso8583-1987.mjs';
import { iso8583Rules } from './rules.mjs';

/** Where the retry advice of the issuer categories comes from: Visa's decline categories, as acquirers relay them. */
const VISA_CATEGORIES_URL = 'https://www.checkout.com/docs/developer-resources/codes/visa-response-codes-categories';
/** Where the ISO 8583:1987 values outside DOKU's list are relayed from (the standard's text is sold by ISO). */
const ISO_1987_URL = 'https://neapay.com/post/iso8583-response-codes-for-transaction-processing_100.html';

export function iso8583Catalog(sharedDir) {
  const section = dokuSections(readSeedLines(sharedDir, 'doku')).get('Credit Card');
  if (!section) throw new Error('DOKU seed has no "Credit Card" section');
  const dokuEntries = cardSection(section).iso.map(isoEntry);
  return catalogFile({
    provider: 'iso8583',
    providerName: 'ISO 8583',
    homepage: 'https://www.iso.org/standard/31628.html',
    families: [{ id: 'iso8583', name: 'ISO 8583 response code', fields: ['response_code', 'acquirer_response_code'], standard: true }],
    entries: [...dokuEntries, ...standardEntries(new Set(dokuEntries.map((e) => e.code)))],
  });
}

function standardEntries(listed) {
  return ISO_8583_1987
    .filter(([code]) => !listed.has(code))
    .map(([code, name, category]) => isoCode({ code, name, category, source: ISO_1987_URL }));
}

/** "Error (applies for VISA)": the network note becomes appliesTo; the same code per network is its own entry. */
function isoEntry({ code, text, category }) {
  const [, name, network] = /^(.*?)(?: \(applies for (VISA|MASTERCARD)\))?$/.exec(text);
  return isoCode({ code, name, category, appliesTo: network ? [network] : undefined, source: `${SEEDS.doku} + ${VISA_CATEGORIES_URL}` });
}

function isoCode({ code, name, category, appliesTo, source }) {
  return entry({
    provider: 'iso8583', family: 'iso8583', group: 'common', code, name,
    ...classify(iso8583Rules, { name, category }), appliesTo, source, category,
  });
}
