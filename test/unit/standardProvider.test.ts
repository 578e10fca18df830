// ISO 8583 is a standard, not a gateway: a file names it only by its own name, and its hover claims no acquirer.
import { strict as assert } from 'node:assert';
import { loadBundledCatalogs } from '../../server/src/catalog/bundled';
import { CodeIndex } from '../../server/src/catalog/codeIndex';
import { providerHints, providerKeywords } from '../../server/src/detect/providerHints';
import { renderEntries } from '../../server/src/explain/markdown';
import { catalogsDir } from '../paths';

const index = new CodeIndex(loadBundledCatalogs(catalogsDir).catalogs);

describe('the ISO 8583 catalog', () => {
  it('is named in a file by ISO8583 only, never by "ISO" or ordinary words', () => {
    assert.deepEqual(providerKeywords(index, 'iso8583'), ['iso8583']);
    assert.deepEqual(providerHints(index, 'import org.jpos.iso.ISOMsg; // ISO standard, see iso.org; isolation level'), []);
    assert.deepEqual(providerHints(index, 'class Iso8583ResponseParser {}'), ['iso8583']);
    assert.deepEqual(providerHints(index, 'import com.example.doku.DokuCardClient;'), ['doku']);
  });

  it('explains a card code as an ISO 8583 response code with the network notes, not as DOKU\'s', () => {
    const md = renderEntries(index, index.lookup('51'));
    assert.match(md, /^\*\*51 — Insufficient funds\*\*\n\n\*ISO 8583 response code\*\n/);
    assert.match(md, /Category: Issuer cannot approve at this time/);
    assert.match(md, /\*\*Retry later:\*\*/);
    assert.doesNotMatch(md, /DOKU/);
    const seventy = renderEntries(index, index.lookup('70'));
    assert.match(seventy, /\*ISO 8583 response code · applies to (VISA|MASTERCARD)\*/);
  });
});
