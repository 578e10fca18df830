// PortOne Cloud: every status_code of the seed, with its series heading as category. The 1000 and 2000 series list
// no table, only the series itself, so the series number is the code (PortOne's webhook sample sends "2000").
import { SEEDS, readSeedLines } from '../lib/sources.mjs';
import { catalogFile, entry } from '../lib/entry.mjs';
import { unescapeMarkdown } from '../lib/text.mjs';
import {
  FAILURE_FINAL, PENDING_POLL, SUCCESS, UNKNOWN_POLL, UNKNOWN_RETRY, classify, rule,
} from '../lib/rules.mjs';

// The series decides; names refine it where they say more than the series does.
export const portoneRules = [
  rule('PortOne 1000 series: pending', (c) => c.series === '1000', PENDING_POLL),
  rule('PortOne 2000 series: success', (c) => c.series === '2000', SUCCESS),
  rule('PortOne duplicate transaction', (c) => /DUPLICATE/.test(c.name), UNKNOWN_POLL),
  rule('PortOne transaction under review', (c) => /UNDER_REVIEW/.test(c.name), PENDING_POLL),
  rule('PortOne 5000 series request or setup errors', (c) => c.series === '5000' && /INVALID_|NOT_SUPPORTED|NOT_FOUND/.test(c.name), FAILURE_FINAL),
  rule('PortOne system errors', (c) => c.series === '5000' || /SYSTEM_ERROR$/.test(c.name), UNKNOWN_RETRY),
  rule('PortOne 7000 series: unknown', (c) => c.series === '7000', UNKNOWN_POLL),
  rule('PortOne 4000, 6000 and 8000 series: failure', (c) => ['4000', '6000', '8000'].includes(c.series), FAILURE_FINAL),
];

export function portoneCatalog(sharedDir) {
  return catalogFile({
    provider: 'portone',
    providerName: 'PortOne Cloud',
    homepage: 'https://docs.portone.cloud/docs/error-codes',
    // PortOne Cloud's former name and hosts; PortOne Korea (api.portone.io, iamport.kr) is another product.
    signals: ['chaiport', 'portone.cloud', 'iamport-intl'],
    families: [{ id: 'status', name: 'status_code', fields: ['status_code', 'status'] }],
    entries: seriesOf(readSeedLines(sharedDir, 'portone')).flatMap(({ series, heading, label, text, rows }) => {
      const codes = rows.length > 0 ? rows : [{ code: series, name: label, description: text }];
      return codes.map(({ code, name, description }) =>
        entry({
          // Every API answers in the same status_code: the series are kinds of answer, not APIs.
          provider: 'portone', family: 'status', group: 'common', category: heading, code, name, description,
          ...classify(portoneRules, { series, name }), source: SEEDS.portone,
        }),
      );
    }),
  });
}

/** "### 4000 Series - TRANSACTION VALIDATION ERROR [Skip link…]" and what follows it up to the next one. */
function seriesOf(lines) {
  const all = [];
  for (const line of lines) {
    const heading = /^### ((\d{4}) Series - (.+?))\s+\[Skip link/.exec(line);
    const row = /^\| (\d{4}) \| (.+?) \|$/.exec(line);
    if (heading) all.push({ heading: heading[1], series: heading[2], label: heading[3], text: undefined, rows: [] });
    else if (row) all.at(-1).rows.push({ code: row[1], name: unescapeMarkdown(row[2]) });
    else if (all.length > 0 && all.at(-1).text === undefined && line !== '') all.at(-1).text = line;
  }
  return all;
}
