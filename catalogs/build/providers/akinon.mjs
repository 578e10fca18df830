// Akinon Akifast hosted payment page: the documented errors of payment session creation. The stored seed lost
// its code samples, so each case is told by its own wording; only the three codes providers.md names are
// given, the other cases keep `code: null` rather than an invented one.
import { SEEDS, readSeedLines } from '../lib/sources.mjs';
import { catalogFile, entry } from '../lib/entry.mjs';
import { FAILURE_FINAL, classify, rule } from '../lib/rules.mjs';

export const akinonRules = [
  rule('Akinon session-creation validation error', () => true, FAILURE_FINAL),
];

/** Each documented case: the code (if known), a label for the uncoded ones, and the words that identify it. */
const CASES = [
  { code: 'INVALID_USER_FOR_PAYMENT_SESSION', says: /does not match the session_owner_id/ },
  { code: 'USER_NOT_FOUND', says: /no user is found in the system/ },
  { code: 'AMOUNTS_DONT_MATCH', says: /under the basket parameter .* does not match the amount parameter/ },
  { code: null, name: 'total_product_amount mismatch', says: /sent in the total_product_amount parameter/ },
  { code: null, name: 'total_amount mismatch', says: /sent in the total_amount parameter/ },
  { code: null, name: 'total_discount_amount mismatch', says: /sent in the total_discount_amount parameter/ },
  { code: null, name: 'zero amount', says: /the amount value becomes 0/ },
  { code: null, name: 'reused order number', says: /previously used order number/ },
];

export function akinonCatalog(sharedDir) {
  const blocks = caseBlocks(readSeedLines(sharedDir, 'akinon'));
  const entries = CASES.map(({ code, name, says }) => {
    const matching = blocks.filter((b) => says.test(b));
    if (matching.length !== 1) throw new Error(`Akinon seed: ${matching.length} paragraphs describe ${code ?? name}`);
    return entry({
      provider: 'akinon', family: 'session-creation', group: 'Payment Session Creation', code, name,
      description: matching[0], ...classify(akinonRules, {}), source: SEEDS.akinon,
    });
  });
  return catalogFile({
    provider: 'akinon',
    providerName: 'Akinon',
    homepage: 'https://developers.akinon.com/docs/guide/akifast/hpp/payment-session-creation/errors',
    signals: ['akifast'],
    families: [{ id: 'session-creation', name: 'Payment session creation error_code', fields: ['error_code'] }],
    entries,
  });
}

/**
 * The seed breaks lines wherever inline code stood; rejoined (no space before a comma that opened a line),
 * it is a run of sentences. A case opens with
 * "If …" or "Values for …" and keeps the notes after it; "(The) following errors …" sentences only introduce.
 */
function caseBlocks(lines) {
  const sentences = lines
    .filter((l) => l !== '' && l !== 'Last updated' && l !== 'Was this helpful?')
    .join(' ')
    .replace(/ (?=[,.])/g, '')
    .split(/(?<=\.)\s+(?=\S)/);
  const blocks = [];
  for (const sentence of sentences) {
    if (/^(The )?[Ff]ollowing errors /.test(sentence)) continue;
    if (/^(If |Values for )/.test(sentence)) blocks.push(sentence);
    else if (blocks.length > 0) blocks[blocks.length - 1] += ` ${sentence}`;
  }
  return blocks;
}
