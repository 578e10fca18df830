// DOKU's "Credit Card" section: ISO 8583 response codes (code / text / issuer category) followed by DOKU's
// own UPPER_SNAKE card error codes (code / description).
import { SEEDS } from '../../lib/sources.mjs';
import { entry } from '../../lib/entry.mjs';
import { classify } from '../../lib/rules.mjs';
import { cardRules, cardStringRules } from './card-rules.mjs';

const CATEGORIES = [
  'Issuer approved', 'Issuer will never approve', 'Issuer cannot approve at this time',
  'Issuer cannot approve based on details provided', 'Generic response codes',
];

export function cardEntries(lines) {
  const iso = [];
  const strings = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^[0-9A-Z]{2}$/.test(lines[i]) && CATEGORIES.includes(lines[i + 2])) {
      iso.push(isoEntry(lines[i], lines[i + 1], lines[i + 2]));
      i += 2;
    } else if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(lines[i]) && lines[i + 1] !== undefined) {
      strings.push(stringEntry(lines[i], lines[i + 1]));
      i += 1;
    } else {
      throw new Error(`DOKU card section: cannot read "${lines[i]}"`);
    }
  }
  return [...iso, ...strings];
}

/** "Error (applies for VISA)": the network note becomes appliesTo; the same code per network is its own entry. */
function isoEntry(code, text, category) {
  const [, name, network] = /^(.*?)(?: \(applies for (VISA|MASTERCARD)\))?$/.exec(text);
  return entry({
    provider: 'doku', family: 'card', group: 'Credit Card', code, name,
    ...classify(cardRules, { name, category }),
    appliesTo: network ? [network] : undefined, source: SEEDS.doku, category,
  });
}

function stringEntry(code, description) {
  return entry({
    provider: 'doku', family: 'card-string', group: 'Credit Card', code, description,
    ...classify(cardStringRules, { code }), source: SEEDS.doku,
  });
}
