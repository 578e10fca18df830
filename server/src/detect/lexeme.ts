// Tokens that have the shape of a gateway code, before any context is considered.

/** A word made of letters, digits and underscores; codes never contain anything else. */
export const WORD = /[A-Za-z0-9_]+/g;

const NUMERIC = /^\d{2,7}$/;
const ISO_ALNUM = /^[0-9A-Z]{2}$/;
const UPPER = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

export function hasCodeShape(word: string): boolean {
  return NUMERIC.test(word) || ISO_ALNUM.test(word) || UPPER.test(word);
}

/**
 * Long, specific codes (SNAP and Setel's seven digits, UPPER_SNAKE names) are unlikely to be anything else;
 * short ones (`05`, `4041`, `5000`, `SENDING`, `S`) collide with months, ports, timeouts and English words.
 */
export function isSpecific(word: string): boolean {
  if (/^\d+$/.test(word)) return word.length >= 6;
  return word.length >= 7 && word.includes('_');
}

// Numbers inside dates, times, versions, IPs, paths and amounts: `2024-05-01`, `10:05`, `1.05`, `/4041`, `$5000`.
// A separator counts as glue only between digits, so `rc:05` and `code-05`… stay candidates.
const NUMBER_GLUE_BEFORE = /(?:\d[-:.]|[/$#@+%€£¥])$/;
const NUMBER_GLUE_AFTER = /^(?:[-:.]\d|,\d{3}(?!\d)|[/%])/;

export function isGluedNumber(word: string, before: string, after: string): boolean {
  return /^\d/.test(word) && (NUMBER_GLUE_BEFORE.test(before) || NUMBER_GLUE_AFTER.test(after));
}
