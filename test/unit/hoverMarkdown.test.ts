// The hover's Markdown: the gateway's words, outcome and advice; one reading per meaning; words stay text.
import { strict as assert } from 'node:assert';
import { loadBundledCatalogs } from '../../server/src/catalog/bundled';
import { CodeIndex } from '../../server/src/catalog/codeIndex';
import { evidence } from '../../server/src/detect/evidence';
import { escapeMarkdown, renderEntries } from '../../server/src/explain/markdown';
import { catalogsDir } from '../paths';

const index = new CodeIndex(loadBundledCatalogs(catalogsDir).catalogs);

describe('hover markdown', () => {
  it('explains a SNAP code by its parts with outcome and advice', () => {
    const md = renderEntries(index, index.lookup('4034314'));
    assert.match(md, /^\*\*4034314 — Insufficient Funds\*\*/);
    assert.match(md, /HTTP 403 · service 43 Transfer to Bank-Payment Transaction · case 14 Insufficient Funds/);
    assert.match(md, /\*\*Outcome:\*\* failure/);
    assert.match(md, /\*\*Do not retry:\*\*/);
  });

  it('reads a code that several sections word the same way once, naming the sections', () => {
    const entries = index.lookup('4035414');
    assert.ok(entries.length >= 2, 'e-Wallet and Direct Debit both list it');
    const md = renderEntries(index, entries);
    assert.doesNotMatch(md, /Other readings/);
    assert.match(md, /e-Wallet, Direct Debit/);
  });

  it('lists other readings of an ambiguous code below the best one', () => {
    const md = renderEntries(index, index.lookup('70'));
    assert.match(md, /Other readings of this code/);
    assert.match(md, /MASTERCARD/);
    assert.match(md, /VISA/);
  });

  it('closes with the evidence that made the token a code', () => {
    const why = [evidence('response-name', '`response_code` field'), evidence('standard', 'ISO 8583 response code, a shared standard')];
    const md = renderEntries(index, index.lookup('51'), why);
    assert.match(md, /\n\*Why a code: `response_code` field · ISO 8583 response code, a shared standard\*$/);
    assert.doesNotMatch(renderEntries(index, index.lookup('51')), /Why a code/);
  });

  it('keeps gateway words as text, not Markdown', () => {
    assert.equal(escapeMarkdown('- Transfer credit *now* [x]'), '\\- Transfer credit \\*now\\* \\[x\\]');
    assert.equal(escapeMarkdown('a_b.c (d) e+f'), 'a_b.c (d) e+f');
  });
});
