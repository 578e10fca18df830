// ISO 8583 response codes: an international standard, not one gateway's table. The words and issuer categories
// are those DOKU's seed lists (its "Credit Card" section); the retry advice follows the card networks' rules
// (Visa's decline categories), so a hover in any card integration can use them without naming an acquirer.
import { SEEDS, readSeedLines } from '../../lib/sources.mjs';
import { catalogFile, entry } from '../../lib/entry.mjs';
import { classify } from '../../lib/rules.mjs';
import { dokuSections } from '../doku/sections.mjs';
import { cardSection } from '../doku/card.mjs';
import { iso8583Rules } from './rules.mjs';

/** Where the retry advice of the issuer categories comes from: Visa's decline categories, as acquirers relay them. */
const VISA_CATEGORIES_URL = 'https://www.checkout.com/docs/developer-resources/codes/visa-response-codes-categories';

export function iso8583Catalog(sharedDir) {
  const section = dokuSections(readSeedLines(sharedDir, 'doku')).get('Credit Card');
  if (!section) throw new Error('DOKU seed has no "Credit Card" section');
  return catalogFile({
    provider: 'iso8583',
    providerName: 'ISO 8583',
    homepage: 'https://www.iso.org/standard/31628.html',
    families: [{ id: 'iso8583', name: 'ISO 8583 response code', fields: ['response_code', 'acquirer_response_code'], standard: true }],
    entries: cardSection(section).iso.map(isoEntry),
  });
}

/** "Error (applies for VISA)": the network note becomes appliesTo; the same code per network is its own entry. */
function isoEntry({ code, text, category }) {
  const [, name, network] = /^(.*?)(?: \(applies for (VISA|MASTERCARD)\))?$/.exec(text);
  return entry({
    provider: 'iso8583', family: 'iso8583', group: 'common', code, name,
    ...classify(iso8583Rules, { name, category }),
    appliesTo: network ? [network] : undefined, source: `${SEEDS.doku} + ${VISA_CATEGORIES_URL}`, category,
  });
}
