// Setel Checkout: every 9300xxx code of the seed's table, whose columns the copy glued together.
import { SEEDS, readSeedLines } from '../lib/sources.mjs';
import { catalogFile, entry } from '../lib/entry.mjs';
import { FAILURE_FINAL, SUCCESS, UNKNOWN_POLL, UNKNOWN_RETRY, classify, rule } from '../lib/rules.mjs';

// Setel publishes no retry guidance, so its codes are classified by what their names say.
export const setelRules = [
  rule('Setel transient server condition', (c) => /(SERVER_ERROR|_UNAVAILABLE)$/.test(c.name), UNKNOWN_RETRY),
  rule('Setel session already succeeded', (c) => /_ALREADY_SUCCEEDED$/.test(c.name), SUCCESS),
  rule('Setel session or payment already completed', (c) => /_ALREADY_COMPLETED$/.test(c.name), UNKNOWN_POLL),
  rule('Setel reference or payment intent already exists', (c) => /_EXISTED$/.test(c.name), UNKNOWN_POLL),
  rule('Setel other checkout errors', () => true, FAILURE_FINAL),
];

export function setelCatalog(sharedDir) {
  const entries = readSeedLines(sharedDir, 'setel')
    .map((line) => /^(9300\d{3})(.+)$/.exec(line))
    .filter(Boolean)
    .map(([, code, rest]) => {
      const { name, message } = splitNameAndMessage(rest);
      return entry({
        provider: 'setel', family: 'checkout', group: 'Checkout', code, name, message,
        ...classify(setelRules, { name }), source: SEEDS.setel,
      });
    });
  return catalogFile({
    provider: 'setel',
    providerName: 'Setel',
    homepage: 'https://developer.setel.com/reference/checkout',
    signals: ['setel.com', 'setel.io'],
    families: [{ id: 'checkout', name: 'Checkout error code', fields: ['errorCode', 'code'] }],
    entries,
  });
}

/**
 * "INVALID_JWT_TOKENNot valid JWT": the UPPER_SNAKE name runs into the message. A message opening with a
 * capitalised word splits where that word starts; one opening with an acronym ("JWT token expired",
 * "API key not found") splits where the acronym repeats a word of the name. Anything else is refused.
 */
function splitNameAndMessage(text) {
  const splits = [];
  for (let i = 1; i < text.length; i++) {
    const name = text.slice(0, i);
    const message = text.slice(i);
    if (/^[A-Z0-9]+(_[A-Z0-9]+)*$/.test(name) && /^[A-Z]/.test(message)) splits.push({ name, message });
  }
  const capitalised = splits.filter((s) => /^[A-Z][a-z']/.test(s.message));
  if (capitalised.length === 1) return capitalised[0];
  const acronym = splits.filter((s) => {
    const [first] = s.message.split(' ');
    return /^[A-Z]{2,}$/.test(first) && s.name.split('_').includes(first);
  });
  if (acronym.length === 1) return acronym[0];
  throw new Error(`Setel seed: cannot tell the error name from the message in "${text}"`);
}
