// A short code as a map key counts when the map holds several codes of one family: `{"05": …, "51": …}` is
// a table of card codes, a lone `{"05": …}` could be anything. Siblings are keys near this one, written as
// literal entries (`"51": …`, `"51" => …`, `"51" to …`, `["51"] = …`) or stored one by one (`m.put("51", …)`),
// not above the line the map opens on. A map whose keys are all 01–12 is a table of months, whatever else
// those numbers are. A bounded amount of text is read.
import type { CatalogEntry } from '../catalog/types';
import type { CodeIndex } from '../catalog/codeIndex';
import { forEachCodeShapedWord } from './lexeme';
import { PAIR_AFTER, PAIR_OPENS } from './patterns';
import { familyKey } from '../catalog/keys';

const NEIGHBOURHOOD = 6;
const SPAN = 200;
const KEY_AFTER = /^["'`]?\s*(?::(?!:)|=>|\bto\b|\]\s*=(?!=))/;
const STORED_BEFORE = /\.(?:put|putIfAbsent|set|Add|TryAdd)\(\s*["'`]?$/;
const ARGUMENT_AFTER = /^["'`]?\s*,/;
const MONTH = /^(?:0[1-9]|1[0-2])$/;
/** A year's worth of month keys and nothing else settles it. */
const MONTHS_IN_A_YEAR = 12;

export function mapsSeveralCodes(
  index: CodeIndex, lines: readonly string[], lineNo: number, start: number, word: string,
  candidates: readonly CatalogEntry[], fromLine: number, keysAreArguments = false,
): boolean {
  const families = new Set(candidates.map(familyKey));
  let siblings = 0;
  let beyondMonths = !MONTH.test(word);
  const first = Math.max(fromLine, lineNo - NEIGHBOURHOOD);
  const last = Math.min(lines.length - 1, lineNo + NEIGHBOURHOOD);
  for (let i = first; i <= last && !(siblings > 0 && beyondMonths) && siblings < MONTHS_IN_A_YEAR; i++) {
    const from = i === lineNo ? Math.max(0, start - SPAN) : 0;
    const text = lines[i].slice(from, i === lineNo ? start + SPAN : SPAN);
    forEachCodeShapedWord(text, text.length, (key, at) => {
      if (i === lineNo && from + at === start) return;
      // `"-90": true` beside `"90": true` (a map of screen angles) is another key, not a second 90.
      if (text[at - 1] === '-') return;
      if (!isKey(text, at, at + key.length, keysAreArguments)) return;
      if (!index.lookup(key).some((e) => families.has(familyKey(e)))) return;
      siblings++;
      if (!MONTH.test(key)) beyondMonths = true;
    });
  }
  return siblings > 0 && beyondMonths;
}

function isKey(text: string, start: number, end: number, keysAreArguments: boolean): boolean {
  const after = text.slice(end, end + 8);
  if (KEY_AFTER.test(after)) return true;
  if (!ARGUMENT_AFTER.test(after)) return false;
  const before = text.slice(Math.max(0, start - 16), start);
  if (keysAreArguments || STORED_BEFORE.test(before)) return true;
  return /["'`]$/.test(before) && PAIR_OPENS.test(before) && PAIR_AFTER.test(text.slice(end + 1));
}
