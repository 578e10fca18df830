// Alipay+: the resultCode tables and the resultStatus values of the seed. Codes under "Common Error Codes"
// appear across APIs and get group `common` (their sub-heading kept as category); the others are grouped by
// the API section that returns them.
import { SEEDS, readSeedLines } from '../lib/sources.mjs';
import { catalogFile, entry } from '../lib/entry.mjs';
import {
  FAILURE_FINAL, FAILURE_RETRY, PENDING_POLL, PENDING_WAIT, SUCCESS, UNKNOWN_POLL, UNKNOWN_RETRY, classify, rule,
} from '../lib/rules.mjs';

// resultStatus decides, the row's own resolution refines it (providers.md: U with an inquiry means poll,
// other U means resend the same request).
export const alipayResultRules = [
  rule('Alipay+ resultCode SUCCESS', (c) => c.resultStatus === 'S', SUCCESS),
  rule('Alipay+ U "Poll for status"', (c) => c.resultStatus === 'U' && c.resolution === 'Poll for status', PENDING_POLL),
  rule('Alipay+ U "Will be delivered"', (c) => c.resultStatus === 'U' && c.resolution === 'Will be delivered', PENDING_WAIT),
  rule('Alipay+ other U', (c) => c.resultStatus === 'U', UNKNOWN_RETRY),
  rule('Alipay+ F "Retry the request"', (c) => c.resultStatus === 'F' && /^Retry\b/.test(c.resolution), FAILURE_RETRY),
  rule('Alipay+ other F', (c) => c.resultStatus === 'F', FAILURE_FINAL),
];

// The status alone, before its resultCode is read: U is "retry or poll", and polling is the safe half.
export const alipayStatusRules = [
  rule('Alipay+ resultStatus S', (c) => c.code === 'S', SUCCESS),
  rule('Alipay+ resultStatus F', (c) => c.code === 'F', FAILURE_FINAL),
  rule('Alipay+ resultStatus U', (c) => c.code === 'U', UNKNOWN_POLL),
  rule('Alipay+ resultStatus A', (c) => c.code === 'A', PENDING_POLL),
];

const COMMON_HEADING = 'Common Error Codes';
const STATUS_HEADING = 'Result Status Values';

export function alipayplusCatalog(sharedDir) {
  const lines = readSeedLines(sharedDir, 'alipayplus');
  return catalogFile({
    provider: 'alipayplus',
    providerName: 'Alipay+',
    homepage: 'https://docs.alipayplus.com',
    // Alipay+ / Antom SDKs and hosts; plain "alipay" also names Alipay China, whose codes differ.
    signals: [
      'alipayplus', 'alipay+', 'antom', 'com.alipay.global', 'com.alipay.ams', 'global-open-sdk', 'ams-java-sdk',
      'open-na.alipay.com', 'open-sea-global.alipay.com', 'open-eu-global.alipay.com', '/ams/api/',
    ],
    families: [
      { id: 'result', name: 'result.resultCode', fields: ['resultCode'] },
      { id: 'resultStatus', name: 'result.resultStatus', fields: ['resultStatus'] },
    ],
    entries: [...resultCodeEntries(lines), successEntry(), ...resultStatusEntries(lines)],
  });
}

function resultCodeEntries(lines) {
  return tableRows(lines, '| Code | Status | Description | Resolution |').map(({ cells: [code, resultStatus, description, resolution], heading, parent }) => {
    const common = parent === COMMON_HEADING;
    return entry({
      provider: 'alipayplus',
      family: 'result',
      group: common ? 'common' : heading.replace(/-Specific Error Codes$/, ''),
      code, description, resolution,
      ...classify(alipayResultRules, { resultStatus, resolution }),
      source: SEEDS.alipayplus,
      resultStatus,
      category: common ? heading : heading === parent ? undefined : parent,
    });
  });
}

// The seed lists errors only; every successful answer carries `SUCCESS` with resultStatus S, as the API
// reference's samples show. Without it, the most common branch of all (`"SUCCESS".equals(resultCode)`) is unread.
const SUCCESS_SOURCE = 'https://docs.antom.com/ac/amsapi/inquiryPayment';

function successEntry() {
  return entry({
    provider: 'alipayplus', family: 'result', group: 'common', code: 'SUCCESS', message: 'success',
    description: 'The request succeeded (result.resultStatus S).', ...classify(alipayResultRules, { resultStatus: 'S' }),
    source: SUCCESS_SOURCE, resultStatus: 'S',
  });
}

function resultStatusEntries(lines) {
  const handling = handleByStatus(lines);
  return tableRows(lines, '| Status | Meaning | Action |').map(({ cells: [code, meaning, action] }) =>
    entry({
      provider: 'alipayplus', family: 'resultStatus', group: 'common', code, name: meaning, description: action,
      resolution: handling.get(code), ...classify(alipayStatusRules, { code }), source: SEEDS.alipayplus,
      category: STATUS_HEADING,
    }),
  );
}

/**
 * Rows of every table with the given header, with the heading just above the table and the "… Error Codes"
 * heading it sits under. The copy glued an intro sentence to one heading ("…multiple APIs:Authentication &
 * Authorization"), so a heading is what follows the last colon.
 */
function tableRows(lines, header) {
  const rows = [];
  let heading = '';
  let parent = '';
  let inTable = false;
  for (const [i, line] of lines.entries()) {
    if (line === header) {
      inTable = true;
      heading = lines[i - 1].split(':').pop().trim();
    } else if (inTable && /^\|[-|]+\|$/.test(line)) {
      continue; // the header's separator row
    } else if (inTable && line.includes(' | ')) {
      rows.push({ cells: line.replace(/^\||\|$/g, '').split('|').map((c) => c.trim()), heading, parent });
    } else {
      inTable = false;
      if (/Error Codes$/.test(line)) parent = line;
    }
  }
  return rows;
}

/** "S: Process successful responseF: Handle failure…": the best-practice line, one clause per status. */
function handleByStatus(lines) {
  const line = lines[lines.indexOf('Handle by Status') + 1];
  return new Map(line.split(/(?=[SFUA]: )/).map((clause) => [clause[0], clause.slice(3).trim()]));
}
