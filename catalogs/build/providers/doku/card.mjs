// DOKU's "Credit Card" section: ISO 8583 response codes (code / text / issuer category) followed by DOKU's
// own UPPER_SNAKE card error codes (code / description). The ISO codes are the standard's and form their own
// catalog (providers/iso8583); the string codes are DOKU's.
import { SEEDS } from '../../lib/sources.mjs';
import { entry } from '../../lib/entry.mjs';
import { classify } from '../../lib/rules.mjs';
import { cardStringRules } from './card-rules.mjs';

const CATEGORIES = [
  'Issuer approved', 'Issuer will never approve', 'Issuer cannot approve at this time',
  'Issuer cannot approve based on details provided', 'Generic response codes',
];

/** The section read as { iso: [{ code, text, category }], strings: [{ code, description }] }, in page order. */
export function cardSection(lines) {
  const iso = [];
  const strings = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^[0-9A-Z]{2}$/.test(lines[i]) && CATEGORIES.includes(lines[i + 2])) {
      iso.push({ code: lines[i], text: lines[i + 1], category: lines[i + 2] });
      i += 2;
    } else if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(lines[i]) && lines[i + 1] !== undefined) {
      strings.push({ code: lines[i], description: lines[i + 1] });
      i += 1;
    } else {
      throw new Error(`DOKU card section: cannot read "${lines[i]}"`);
    }
  }
  return { iso, strings };
}

export function cardStringEntries(strings) {
  return strings.map(({ code, description }) =>
    entry({
      provider: 'doku', family: 'card-string', group: 'Credit Card', code, description,
      ...classify(cardStringRules, { code }), source: SEEDS.doku,
    }),
  );
}
