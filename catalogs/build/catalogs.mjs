// Every bundled catalog, generated in memory from the shared seeds: the build script writes these, and the
// tests compare them with the committed files. Takes the shared folder so that it needs no file-system anchor.
import { toJson } from './lib/entry.mjs';
import { setelCatalog, setelRules } from './providers/setel.mjs';
import { alipayplusCatalog, alipayResultRules, alipayStatusRules } from './providers/alipayplus.mjs';
import { akinonCatalog, akinonRules } from './providers/akinon.mjs';
import { portoneCatalog, portoneRules } from './providers/portone.mjs';
import { dokuCatalog } from './providers/doku/index.mjs';
import { snapRules } from './providers/doku/snap-rules.mjs';
import { cardStringRules } from './providers/doku/card-rules.mjs';
import { iso8583Catalog } from './providers/iso8583/index.mjs';
import { iso8583Rules } from './providers/iso8583/rules.mjs';

export { toJson };

const CATALOGS = [setelCatalog, alipayplusCatalog, akinonCatalog, portoneCatalog, dokuCatalog, iso8583Catalog];

/** [{ file: 'doku.json', text }] in a fixed order. */
export function generateCatalogs(sharedDir) {
  return CATALOGS.map((build) => {
    const catalog = build(sharedDir);
    return { file: `${catalog.provider}.json`, text: toJson(catalog) };
  });
}

/** Every outcome/retry rule, by provider; catalogs/README.md has a heading for each rule name. */
export const ruleSets = Object.freeze({
  setel: setelRules,
  alipayplus: [...alipayResultRules, ...alipayStatusRules],
  akinon: akinonRules,
  portone: portoneRules,
  doku: [...snapRules, ...cardStringRules],
  iso8583: iso8583Rules,
});
