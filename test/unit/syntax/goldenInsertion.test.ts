// Every fixture with its code switches filled in must match its golden file and parse cleanly.
// PAYCODES_UPDATE_GOLDEN=1 rewrites the golden files instead (review the diff before committing).
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { CaseToInsert, SwitchSite } from '../../../server/src/syntax/types';
import { applyEdits, newService, parseText, switchFixtures, syntaxErrors } from './syntaxHelpers';

const retry = 'retry after backoff with the same idempotency key';
const poll = 'poll the payment status (Alipay+ U)';

const stringCodes: CaseToInsert[] = [
  { value: 'REQUEST_TRAFFIC_EXCEED_LIMIT', literalKind: 'string', comment: 'REQUEST_TRAFFIC_EXCEED_LIMIT (Alipay+): traffic limit exceeded, retry', todo: retry },
  { value: 'SYSTEM_BUSY', literalKind: 'string', comment: 'SYSTEM_BUSY (Alipay+): system busy, retry', todo: retry },
  { value: 'PAYMENT_IN_PROCESS', literalKind: 'string', comment: 'PAYMENT_IN_PROCESS (Alipay+): payment in process, poll', todo: poll },
];

const numberCodes: CaseToInsert[] = [
  { value: '5005801', literalKind: 'number', comment: '5005801 (SNAP): internal server error, retry', todo: retry },
  { value: '2025800', literalKind: 'number', comment: '2025800 (SNAP): request in progress, poll', todo: 'poll the refund status (SNAP 202xx00)' },
  { value: '05', literalKind: 'string', comment: '05 (ISO 8583): do not honour, retry later', todo: 'retry later within card-network rules' },
];

/** Only switches over a gateway's code or status get cases; HTTP methods and statuses and months stay as they are. */
function isCodeSwitch(site: SwitchSite): boolean {
  const name = site.subject.name ?? '';
  return /code|status/i.test(name) && !/http/i.test(name);
}

function casesFor(site: SwitchSite): CaseToInsert[] {
  const first = site.arms.flatMap((arm) => arm.labels).map((label) => label.constant?.literal?.kind ?? label.kind).find((kind) => kind === 'string' || kind === 'number');
  return first === 'number' ? numberCodes : stringCodes;
}

describe('inserting cases into the fixtures (golden files)', () => {
  const service = newService();

  for (const fixture of switchFixtures()) {
    it(fixture.name, async () => {
      const document = await parseText(service, fixture.languageId, fixture.text);
      const sites = service.switches(document);
      // A dispatch map's arms are calls of someone's handlers: nothing to insert there.
      for (const map of sites.filter((site) => site.construct === 'map')) assert.ok(service.printCases(map, fixture.text, stringCodes).refused);
      const targets = sites.filter((site) => site.construct !== 'map' && isCodeSwitch(site));
      assert.ok(targets.length > 0, 'the fixture has a code switch');
      const results = targets.map((site) => ({ site, result: service.printCases(site, fixture.text, casesFor(site)) }));
      for (const { result } of results) assert.equal(result.refused, undefined);
      const inserted = applyEdits(fixture.text, results.flatMap(({ result }) => (result.edit ? [result.edit] : [])));

      if (process.env.PAYCODES_UPDATE_GOLDEN) writeFileSync(fixture.expectedFile, inserted);
      assert.ok(existsSync(fixture.expectedFile), `golden file ${fixture.expectedFile} exists`);
      assert.equal(inserted, readFileSync(fixture.expectedFile, 'utf8'));

      const reparsed = await parseText(service, fixture.languageId, inserted);
      assert.deepEqual(syntaxErrors(reparsed.tree), syntaxErrors(document.tree), 'no new ERROR or MISSING nodes');
    });
  }
});
