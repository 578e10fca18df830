// Pieces of the lexical patterns the detector's modules share, so each spells an identifier, an operand and
// a type the same way.

export const IDENT = String.raw`[A-Za-z_$][\w$]*`;
/** An operand as written after an operator: `rc`, `resp["rc"]`, `resp[:rc]`, `$r->rc`, `r.getRc()`. */
export const EXPR = String.raw`(?:[\w$.\[\]"'?&:\\]|->|\((?:[^()]{0,40})\))+`;
/** A declared type: `string`, `Map<String, Advice>`, `CardRc[]`, `string?`. */
export const TYPE = String.raw`[\w$.]+(?:<[^=;]*>)?(?:\[\])*\??`;

const isSpace = (c: string) => c === ' ' || c === '\t';

/** The last character of `text` that is not white space, or '' when there is none. */
export function lastNonSpace(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  return i >= 0 ? text[i] : '';
}

/** An operand is never longer than this; reading further back would only cost time. */
const MAX_OPERAND = 120;

function isOperandChar(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || '_$.[]"\'?&:\\'.includes(c);
}

/**
 * The operand that ends at `end` in `text` (white space before `end` skipped), read backwards the way the
 * `EXPR` pattern reads forwards: `resp["rc"]`, `r.getRc()`, `data.get("rc")`, `$r->rc`, `resp[:rc]`. Reading
 * backwards from a known end costs the operand's length, where an end-anchored regex would be tried from every
 * position of the line.
 */
export function operandBefore(text: string, end: number): { text: string; start: number } {
  let stop = end;
  while (stop > 0 && isSpace(text[stop - 1])) stop--;
  let i = stop;
  let depth = 0;
  while (i > 0 && stop - i < MAX_OPERAND) {
    const c = text[i - 1];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && !isOperandChar(c)) {
      if (c === '>' && text[i - 2] === '-') i--;
      else break;
    }
    i--;
  }
  // An unbalanced `)` is the end of something else (`if (a == b) "05"`), not part of an operand.
  return depth === 0 ? { text: text.slice(i, stop), start: i } : { text: '', start: stop };
}

/**
 * A pair that stands for a map's entry: C#'s `{ "05", "Do not honor" }` in a collection initializer, a Python
 * tuple `("05", "Do not honor")` in a list of them. PAIR_OPENS is the text before its quoted key, a brace or a
 * tuple's `(` (not a call's: `new IF_CHAR ("12", …)`); PAIR_AFTER the text after it, one value of words or a
 * name, then the pair closes (`("05", "51")` is a list of two codes).
 */
export const PAIR_OPENS = /(?:\{|(?:^|[\[,=(])\s*\()\s*["'`]?$/;
export const PAIR_AFTER = /^\s*,\s*(?:"[^"]*[A-Za-z][^"]*"|'[^']*[A-Za-z][^']*'|[A-Za-z_$][\w$.:]*)\s*[})]/;
