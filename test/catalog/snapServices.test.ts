// Every SNAP service of the ASPI table is in the DOKU catalog, with the standard's cases in the standard's words;
// access tokens (73, 74) and the general service 00 only with the cases that can happen there (catalogs/README.md,
// "SNAP services outside DOKU's sections"). The tables are read here on their own, not with the generator's code.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sharedDir } from '../paths';
import { readCatalog } from './catalogs';

function table(name: string): Record<string, string>[] {
  const [header, ...rows] = fs
    .readFileSync(path.join(sharedDir, 'reference', `${name}.tsv`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  const keys = header.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((cell, i) => [keys[i], cell.trimEnd()])));
}

const SECTIONS = ['Virtual Account', 'e-Wallet', 'Direct Debit', 'QRIS', 'Kirim DOKU'];
const CASE_TABLE_URL = 'https://apidevportal.aspi-indonesia.or.id/api-services/transfer-kredit/virtual-account';

describe('SNAP services outside DOKU\'s sections', () => {
  const snap = readCatalog('doku').entries.filter((e) => e.family === 'snap');
  const services = table('snap-service-codes');
  const cases = new Map(table('snap-case-codes').map((c) => [`${c.http}${c.case_code}`, c]));
  const inSections = new Set(snap.filter((e) => SECTIONS.includes(e.group)).map((e) => e.serviceCode));
  const outside = snap.filter((e) => !SECTIONS.includes(e.group));
  const ofService = (code: string) => outside.filter((e) => e.serviceCode === code);

  it('covers every service of snap-service-codes.tsv, and the general service 00', () => {
    const covered = new Set(snap.map((e) => e.serviceCode));
    assert.deepEqual(services.map((s) => s.service_code).filter((s) => !covered.has(s)), []);
    assert.ok(covered.has('00'));
    assert.equal(services.length, 81);
  });

  it('gives each of them the standard cases in the standard\'s words, citing its ASPI page', () => {
    for (const { service_code: code, aspi_page_url: page, api_name: api } of services) {
      if (inSections.has(code)) {
        assert.equal(ofService(code).length, 0, `${code} is a section's`);
        continue;
      }
      const entries = ofService(code);
      assert.equal(entries.length, ['73', '74'].includes(code) ? 10 : 63, code);
      for (const e of entries) {
        const standard = cases.get(`${e.httpStatus}${e.caseCode}`) ?? assert.fail(`${e.code}: not a standard case`);
        assert.deepEqual([e.name, e.description], [standard.response_message, standard.description.replace(/\\(.)/g, '$1')], e.code!);
        assert.deepEqual([e.source, e.serviceName, e.template], [page, api.replace(/^API /, ''), `${e.httpStatus}XX${e.caseCode}`], e.code!);
      }
    }
  });

  it('names the groups after the ASPI pages, never after a DOKU section', () => {
    assert.deepEqual([...new Set(ofService('73').map((e) => e.group))], ['Access Token']);
    assert.deepEqual([...new Set(ofService('18').map((e) => e.group))], ['Trigger Transfer']);
    assert.deepEqual([...new Set(ofService('57').map((e) => e.group))], ['Direct Debit (ASPI)']);
  });

  it('gives access tokens only the cases a token request can meet', () => {
    const codes = (service: string) => ofService(service).map((e) => e.code);
    for (const service of ['73', '74']) {
      for (const c of ['200', '40000', '40001', '40002', '40100', '40500', '42900', '50000', '50001', '50002']) {
        const code = c === '200' ? `200${service}00` : `${c.slice(0, 3)}${service}${c.slice(3)}`;
        assert.ok(codes(service).includes(code), code);
      }
      for (const absent of [`202${service}00`, `401${service}01`, `403${service}14`, `409${service}01`, `504${service}00`]) {
        assert.ok(!codes(service).includes(absent), absent);
      }
    }
  });

  it('gives the general service 00 the request, authentication, routing, rate and server cases', () => {
    const general = ofService('00');
    assert.deepEqual([...new Set(general.map((e) => e.group))], ['General']);
    assert.ok(general.every((e) => e.source === CASE_TABLE_URL));
    const codes = general.map((e) => e.code);
    for (const code of ['2000000', '4000001', '4010000', '4010001', '4040002', '4050000', '4090000', '4290000', '5000000', '5000002', '5040000']) {
      assert.ok(codes.includes(code), code);
    }
    for (const code of ['2020000', '4030014', '4040001', '4090001', '4030006']) assert.ok(!codes.includes(code), code);
  });
});
