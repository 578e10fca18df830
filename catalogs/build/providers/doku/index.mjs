// DOKU: one catalog, two code families (SNAP responseCode, DOKU's card string codes). The ISO 8583 codes of its
// card section are the standard's and live in their own catalog (providers/iso8583).
import { readSeedLines } from '../../lib/sources.mjs';
import { catalogFile } from '../../lib/entry.mjs';
import { dokuSections } from './sections.mjs';
import { SECTION_SERVICES, snapCases, snapServices } from './services.mjs';
import { kirimDokuEntries, otherServiceEntries, templateSectionEntries } from './snap.mjs';
import { cardSection, cardStringEntries } from './card.mjs';

export function dokuCatalog(sharedDir) {
  const sections = dokuSections(readSeedLines(sharedDir, 'doku'));
  const tables = { services: snapServices(sharedDir), cases: snapCases(sharedDir) };
  const section = (name) => {
    if (!sections.has(name)) throw new Error(`DOKU seed has no "${name}" section`);
    return sections.get(name);
  };
  const documented = [
    ...Object.keys(SECTION_SERVICES).flatMap((name) => templateSectionEntries(name, section(name), tables)),
    ...kirimDokuEntries(section('Kirim DOKU'), tables),
  ];
  return catalogFile({
    provider: 'doku',
    providerName: 'DOKU',
    homepage: 'https://developers.doku.com',
    // DOKU's hosts and API brand, and SNAP's API paths (DOKU's snap family is the SNAP standard's table).
    signals: ['api.doku.com', 'api-sandbox.doku.com', 'jokul', '/snap/v1', '/snap-adapter/', 'snap-bi', 'snapbi'],
    families: [
      { id: 'snap', name: 'SNAP responseCode', fields: ['responseCode'] },
      { id: 'card-string', name: 'Card error code', fields: ['code', 'error_code'] },
    ],
    entries: [
      ...documented,
      ...otherServiceEntries(new Set(documented.map((e) => e.serviceCode)), tables),
      ...cardStringEntries(cardSection(section('Credit Card')).strings),
    ],
  });
}
