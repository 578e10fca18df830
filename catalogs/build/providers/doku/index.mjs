// DOKU: one catalog, three code families (SNAP responseCode, ISO 8583 card codes, DOKU's card string codes).
import { readSeedLines } from '../../lib/sources.mjs';
import { catalogFile } from '../../lib/entry.mjs';
import { dokuSections } from './sections.mjs';
import { SECTION_SERVICES, snapCases, snapServices } from './services.mjs';
import { kirimDokuEntries, templateSectionEntries } from './snap.mjs';
import { cardEntries } from './card.mjs';

export function dokuCatalog(sharedDir) {
  const sections = dokuSections(readSeedLines(sharedDir, 'doku'));
  const tables = { services: snapServices(sharedDir), cases: snapCases(sharedDir) };
  const section = (name) => {
    if (!sections.has(name)) throw new Error(`DOKU seed has no "${name}" section`);
    return sections.get(name);
  };
  return catalogFile({
    provider: 'doku',
    providerName: 'DOKU',
    homepage: 'https://developers.doku.com',
    // DOKU's hosts and API brand, and SNAP's API paths (DOKU's snap family is the SNAP standard's table).
    signals: ['api.doku.com', 'api-sandbox.doku.com', 'jokul', '/snap/v1', '/snap-adapter/', 'snap-bi', 'snapbi'],
    families: [
      { id: 'snap', name: 'SNAP responseCode', fields: ['responseCode'] },
      { id: 'card', name: 'Card response code (ISO 8583)', fields: ['response_code', 'acquirer_response_code'], standard: true },
      { id: 'card-string', name: 'Card error code', fields: ['code', 'error_code'] },
    ],
    entries: [
      ...Object.keys(SECTION_SERVICES).flatMap((name) => templateSectionEntries(name, section(name), tables)),
      ...kirimDokuEntries(section('Kirim DOKU'), tables),
      ...cardEntries(section('Credit Card')),
    ],
  });
}
