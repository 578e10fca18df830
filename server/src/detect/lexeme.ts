// Tokens that have the shape of a gateway code, before any context is considered.

const NUMERIC = /^\d{2,7}$/;
const ISO_ALNUM = /^[0-9A-Z]{2}$/;
const UPPER = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
/** An own catalog's `ACME-202`, `PAY-E-4001`: upper-case words and numbers joined by hyphens. */
const HYPHENATED = /^[A-Z0-9]+(?:_[A-Z0-9]+)*(?:-[A-Z0-9]+(?:_[A-Z0-9]+)*)+$/;
const HYPHENATED_IN_TEXT = /(?<![\w-])[A-Z0-9]+(?:_[A-Z0-9]+)*(?:-[A-Z0-9]+(?:_[A-Z0-9]+)*)+(?![\w-])/g;
/** Longer than any catalog code; a longer word is never looked up. */
const MAX_CODE_LENGTH = 64;

export function hasCodeShape(word: string): boolean {
  return NUMERIC.test(word) || ISO_ALNUM.test(word) || UPPER.test(word) || HYPHENATED.test(word);
}

/** Calls `visit` for each hyphenated word of `text[0, limit)` (`ACME-202`), with where it starts. */
export function forEachHyphenatedWord(text: string, limit: number, visit: (word: string, start: number) => void): void {
  const scanned = limit < text.length ? text.slice(0, limit) : text;
  if (!scanned.includes('-')) return;
  for (const m of scanned.matchAll(HYPHENATED_IN_TEXT)) visit(m[0], m.index);
}

/**
 * Long, specific codes (SNAP and Setel's seven digits, UPPER_SNAKE names) are unlikely to be anything else;
 * short ones (`05`, `4041`, `5000`, `SENDING`, `S`) collide with months, ports, timeouts and English words.
 */
export function isSpecific(word: string): boolean {
  if (/^\d+$/.test(word)) return word.length >= 6;
  return word.length >= 7 && word.includes('_');
}

const GLUE_BEFORE = '/$#@+%€£¥';

/**
 * A number inside a date, time, version, IP, path, id or amount: `2024-05-01`, `10:05`, `1.05`, `/4041`,
 * `$5000`, `ORD-4034314`, `exec-4041`, `5,000`, `50%`. A colon or dot counts as glue only next to a digit, so
 * `rc:05`, `rc=05` and `(05)` stay candidates. Read by character: most numbers in a log are glued.
 */
export function isGluedNumber(line: string, start: number, end: number): boolean {
  if (!isDigit(line.charCodeAt(start))) return false;
  const before = line[start - 1];
  if (before !== undefined) {
    if (GLUE_BEFORE.includes(before)) return true;
    const beforeThat = line.charCodeAt(start - 2);
    if (before === '-' && isWordChar(beforeThat)) return true;
    if ((before === ':' || before === '.') && isDigit(beforeThat)) return true;
  }
  const after = line[end];
  if (after === '/' || after === '%') return true;
  const next = line.charCodeAt(end + 1);
  if ((after === '-' || after === ':' || after === '.') && isDigit(next)) return true;
  // A comma and three digits make a thousands group whatever follows; the log scan's byte prefilter
  // (scan/codeMatcher.ts) reads glue the same way and must never be stricter than this.
  return after === ',' && isDigit(next) && isDigit(line.charCodeAt(end + 2)) && isDigit(line.charCodeAt(end + 3));
}

const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpperOrDigitOrUnderscore = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;

/**
 * Calls `visit` for each word of `text[0, limit)` that could be a code: all digits, or upper case, digits and
 * underscores. Words are cut out only then, so the bulk of a log line (lower-case words, long hex ids) costs
 * a character test each and no allocation.
 */
export function forEachCodeShapedWord(text: string, limit: number, visit: (word: string, start: number) => void): void {
  let i = 0;
  while (i < limit) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    const first = text.charCodeAt(i);
    let candidate = isDigit(first) || (first >= 65 && first <= 90);
    while (i < limit && isWordChar(text.charCodeAt(i))) {
      if (candidate && !isUpperOrDigitOrUnderscore(text.charCodeAt(i))) candidate = false;
      i++;
    }
    if (candidate && i - start <= MAX_CODE_LENGTH) visit(text.slice(start, i), start);
  }
}
