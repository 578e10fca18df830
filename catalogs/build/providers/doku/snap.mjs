// DOKU SNAP responseCodes: the `XX` templates of the Virtual Account, e-Wallet, Direct Debit and QRIS sections
// expanded over each section's services, and Kirim DOKU's concrete codes, all read as HTTP + service + case.
// The SNAP standard's case codes apply under every service code (snap-case-codes.tsv), so each service of a
// section also gets the standard cases its section does not word itself, in the standard's words; the services
// no section covers get the standard cases that apply to them.
import { SEEDS } from '../../lib/sources.mjs';
import { entry } from '../../lib/entry.mjs';
import { classify } from '../../lib/rules.mjs';
import { snapRules } from './snap-rules.mjs';
import { SECTION_SERVICES, casesOf } from './services.mjs';

/** Where snap-case-codes.tsv comes from: the standard cases, and descriptions the seed leaves out. */
const CASE_TABLE_URL = 'https://apidevportal.aspi-indonesia.or.id/api-services/transfer-kredit/virtual-account';

/** A section of "403XX" / "14" / message / description… records: every template, for every service of it. */
export function templateSectionEntries(section, lines, tables) {
  const templates = mergeByTemplate(templateRecords(lines));
  const documented = new Set(templates.map((t) => `${t.http}${t.caseCode}`));
  return SECTION_SERVICES[section]
    .flatMap((serviceCode) => [
      ...templates.map((t) =>
        snapEntry(
          {
            group: section,
            code: `${t.http}${serviceCode}${t.caseCode}`,
            name: t.messages[0],
            message: t.messages.length > 1 ? t.messages.join(' / ') : undefined,
            description: t.description,
          },
          tables,
        ),
      ),
      ...standardEntries(section, serviceCode, undocumented(documented, tables), tables, CASE_TABLE_URL),
    ])
    .sort(byCode);
}

/** Kirim DOKU's table: HTTP / responseCode / message / description… / status, codes already concrete. */
export function kirimDokuEntries(lines, tables) {
  const given = records(lines, (line, next) => /^\d{3}$/.test(line) && /^\d{7}$/.test(next)).map(([http, code, ...text]) => {
    if (!code.startsWith(http)) throw new Error(`Kirim DOKU: ${code} listed under HTTP ${http}`);
    const [name, ...description] = withoutStatusColumn(text);
    return snapEntry({ group: 'Kirim DOKU', code, name, description: joinLines(description) }, tables);
  });
  const services = [...new Set(given.map((e) => e.serviceCode))];
  return [
    ...given,
    ...services.flatMap((serviceCode) => {
      const documented = new Set(given.filter((e) => e.serviceCode === serviceCode).map((e) => `${e.httpStatus}${e.caseCode}`));
      return standardEntries('Kirim DOKU', serviceCode, undocumented(documented, tables), tables, CASE_TABLE_URL);
    }),
  ].sort(byCode);
}

/**
 * Every service of the ASPI table that no section covers, and the general service 00: the standard cases that
 * apply to it, grouped by the ASPI page that defines it and citing that page (each page repeats the table).
 */
export function otherServiceEntries(covered, tables) {
  const byGroup = new Map();
  for (const [serviceCode, service] of tables.services) {
    if (covered.has(serviceCode)) continue;
    const keys = casesOf(serviceCode, tables.cases);
    const entries = standardEntries(service.group, serviceCode, keys, tables, service.page ?? CASE_TABLE_URL);
    byGroup.set(service.group, [...(byGroup.get(service.group) ?? []), ...entries]);
  }
  return [...byGroup.values()].flatMap((entries) => entries.sort(byCode));
}

/** The standard cases (keys "httpcase") a section does not word itself. */
function undocumented(documented, { cases }) {
  return [...cases.keys()].filter((key) => !documented.has(key));
}

/** Entries for standard cases (keys "httpcase") under one service, in the standard's words. */
function standardEntries(group, serviceCode, keys, tables, source) {
  return keys.map((key) => {
    const { message, description } = tables.cases.get(key);
    return snapEntry({ group, code: `${key.slice(0, 3)}${serviceCode}${key.slice(3)}`, name: message, description, source }, tables);
  });
}

function snapEntry({ group, code, name, message, description, source }, { services, cases }) {
  const [http, serviceCode, caseCode] = [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];
  const service = services.get(serviceCode);
  if (!service) throw new Error(`SNAP ${code}: service ${serviceCode} is not in snap-service-codes.tsv`);
  const filled = description === undefined ? cases.get(`${http}${caseCode}`) : undefined;
  return entry({
    provider: 'doku', family: 'snap', group, code, name, message,
    description: description ?? filled?.description,
    httpStatus: Number(http),
    ...classify(snapRules, { http, serviceCode, caseCode }),
    source: source ?? (filled ? `${SEEDS.doku} + ${CASE_TABLE_URL}` : SEEDS.doku),
    template: `${http}XX${caseCode}`, serviceCode, serviceName: service.name, caseCode,
  });
}

function templateRecords(lines) {
  return records(lines, (line, next) => /^\d{3}XX$/.test(line) && /^\d{2}$/.test(next)).map(([head, caseCode, name, ...description]) => ({
    http: head.slice(0, 3), caseCode, name, description: joinLines(description),
  }));
}

/**
 * Sections repeat their tables once per API. One entry per template keeps the first occurrence's words and adds
 * every message the document words differently for it (QRIS 401XX00 "Signature Not Match" / "Unknown Client").
 */
function mergeByTemplate(list) {
  const byTemplate = new Map();
  for (const r of list) {
    const key = `${r.http}${r.caseCode}`;
    const seen = byTemplate.get(key);
    if (!seen) byTemplate.set(key, { ...r, messages: [r.name] });
    else if (!seen.messages.some((m) => sameWords(m, r.name))) seen.messages.push(r.name);
  }
  return [...byTemplate.values()];
}

/** Equal up to placeholders ({field name}, {{param}}, [reason], (name_field)), punctuation and case. */
function sameWords(a, b) {
  const words = (s) => s.replace(/\{\{?[^}]*\}\}?|\[[^\]]*\]|\([a-z_ ]+\)/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return words(a) === words(b);
}

/** Splits a one-value-a-line table into records, each starting where `starts(line, nextLine)` holds. */
function records(lines, starts) {
  const all = [];
  lines.forEach((line, i) => {
    if (starts(line, lines[i + 1])) all.push([line]);
    else if (all.length > 0) all.at(-1).push(line);
    else throw new Error(`DOKU seed: "${line}" comes before the first code of its section`);
  });
  return all;
}

/**
 * Kirim DOKU's last column labels the transaction (Success / Failed / Pending / "Request API Failed (not the
 * transaction status)"); the SNAP rules decide the outcome instead (catalogs/README.md), so it is not kept.
 */
function withoutStatusColumn(text) {
  if (text.at(-1) === '(not the transaction status)' && text.at(-2) === 'Request API Failed') return text.slice(0, -2);
  return ['Success', 'Failed', 'Pending'].includes(text.at(-1)) ? text.slice(0, -1) : text;
}

function byCode(a, b) {
  return a.code.localeCompare(b.code);
}

function joinLines(lines) {
  return lines.length > 0 ? lines.join('\n') : undefined;
}
