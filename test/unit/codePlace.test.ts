// Where completion may open: the token at the cursor and the name that governs it, or nothing at all in
// comments and in strings that hold words besides the token; how the text differs from the last analysed
// one when only the cursor's line changed. And the setting that turns the code lens off.
import { strict as assert } from 'node:assert';
import { codePlace } from '../../server/src/lsp/codePlace';
import { lineChange } from '../../server/src/lsp/lineChange';
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

describe('lineChange', () => {
  const before = 'switch (rc) {\n  case "05":\n}\n';
  /** The change seen from line `line` of `now`. */
  const seen = (now: string, line: number, was = before) => {
    const starts = [0, ...[...now].flatMap((c, i) => (c === '\n' ? [i + 1] : []))];
    return lineChange(was, now, starts[line], starts[line + 1] ?? now.length)?.kind;
  };

  it('sees a line typed between two others as inserted, from that line only', () => {
    const now = 'switch (rc) {\n  case "05":\n  case "":\n}\n';
    assert.equal(seen(now, 2), 'inserted');
    assert.equal(seen(now, 1), undefined, 'seen from another line, more than that line changed');
  });

  it('sees typing inside one line as that line edited, and equal texts as the same', () => {
    assert.equal(seen(before.replace('case "05"', 'case "051"'), 1), 'edited');
    assert.equal(seen(before, 1), 'same');
    assert.equal(seen(before, 3), 'same', 'the empty line after the last break');
  });

  it('refuses when a line break was typed or removed, or two lines changed', () => {
    assert.equal(seen(before.replace('"05":', '"05":\n'), 1), undefined);
    assert.equal(seen(before.replace('\n}', '}'), 1), undefined);
    assert.equal(seen(before.replace('05', '06').replace('}', '} '), 1), undefined);
  });

  it('says what an edited line held', () => {
    const now = before.replace('case "05"', 'case "051"');
    assert.deepEqual(lineChange(before, now, now.indexOf('  case'), now.indexOf('}')), { kind: 'edited', was: '  case "05":' });
    assert.deepEqual(lineChange(before, `${before}x`, before.length, before.length + 1), { kind: 'edited', was: '' }, 'the last line, empty before');
  });
});
