// Where completion may open: the token at the cursor and the name that governs it, or nothing at all in
// comments and in strings that hold words besides the token. And the setting that turns the code lens off.
import { strict as assert } from 'node:assert';
import { codePlace } from '../../server/src/lsp/codePlace';
import { MAX_CHANGED, positionBefore } from '../../server/src/lsp/positionBefore';
import { readSettings } from '../../server/src/settings/settings';

/** The place at the `|` in `line` (which is removed). */
function placeAt(languageId: string, line: string) {
  const character = line.indexOf('|');
  return codePlace([line.replace('|', '')], languageId, { line: 0, character });
}

describe('codePlace', () => {
  it('reads the partial token inside its quotes and the name it is compared with', () => {
    const p = placeAt('typescript', "if (rc === 'insu|') {");
    assert.equal(p?.typed, 'insu');
    assert.equal(p?.quote, "'");
    assert.equal(p?.governing.name, 'rc');
    assert.deepEqual(p?.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 16 } });
  });

  it('reads a string whose closing quote is not typed yet as if it were', () => {
    const p = placeAt('java', 'if (responseCode.equals("40|');
    assert.equal(p?.quote, '"');
    assert.equal(p?.governing.name, 'responseCode');
  });

  it('gives nothing in comments, in each language\'s comment syntax', () => {
    assert.equal(placeAt('java', '// rc == "|"'), undefined);
    assert.equal(placeAt('java', ' * responseCode: "|"'), undefined);
    assert.equal(placeAt('typescript', 'x = 1; /* rc === \'|\''), undefined);
    assert.equal(placeAt('python', 'x = 1  # rc == "|"'), undefined);
    assert.equal(placeAt('ruby', '# when "|"'), undefined);
  });

  it('keeps a `#` inside a string, and in languages where it starts no comment', () => {
    assert.equal(placeAt('python', 'tag = "#1"; rc = "|"')?.governing.name, 'rc');
    assert.equal(placeAt('typescript', 'this.#rc = \'|\'')?.quote, "'");
  });

  it('gives nothing inside a string that holds other words before the token', () => {
    assert.equal(placeAt('typescript', "message = 'insufficient funds for |'"), undefined);
  });
});

describe('paycodes.codeLens.enabled', () => {
  it('is on by default and off when set so', () => {
    assert.equal(readSettings({}).codeLens, true);
    assert.equal(readSettings({ codeLens: { enabled: false } }).codeLens, false);
    assert.equal(readSettings({ codeLens: { enabled: 'no' } }).codeLens, true, 'a malformed value falls back to the default');
  });
});

describe('positionBefore', () => {
  const before = 'switch (rc) {\n  case "05":\n}\n';
  const now = 'switch (rc) {\n  case "05":\n  case "":\n}\n';
  const offsetOf = (text: string, needle: string, plus = 0) => text.indexOf(needle) + plus;

  it('maps a position after a typed line back to the text before it', () => {
    assert.deepEqual(positionBefore(before, now, offsetOf(now, '}')), { line: 2, character: 0 });
    assert.deepEqual(positionBefore(before, now, offsetOf(now, 'switch', 3)), { line: 0, character: 3 });
  });

  it('maps a position inside the typed text to where the typing happened', () => {
    const typedAt = positionBefore(before, now, offsetOf(now, 'case ""', 6));
    assert.deepEqual(typedAt, { line: 2, character: 0 });
  });

  it('refuses when more than a small edit separates the texts', () => {
    assert.equal(positionBefore(before, before + 'x'.repeat(MAX_CHANGED + 1), 3), undefined);
  });
});
