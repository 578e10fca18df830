// Which lines of a log can hold a code at all, decided on the raw bytes before any line is decoded.
// Nine lines in ten of a production log carry no code; they must cost a pass over their bytes and nothing
// more (no string, no regex, no garbage). A line is a candidate when one of its words (a run of
// [A-Za-z0-9_], as the detector splits words) is a code of the index and, when it starts with a digit, is
// not glued into a date, time, version, path or amount (the detector's isGluedNumber). Those are the first
// tests `codesInLine` applies to every word, so a line that is not a candidate has no occurrence: skipping
// it changes no result. Candidate lines go through the detector, which decides in context.
// Mirroring the detector's first tests, this must stay at least as permissive as they are: a code is one of
// CodeIndex's entry codes (`index.has`), a word is [A-Za-z0-9_]+, and glue is never more than the
// detector's. test/unit/logScan.test.ts checks the scan against the detector run on every line.
import type { CodeIndex } from '../catalog/codeIndex';
import { MAX_LINE_SCAN } from '../detect/findCodes';

/** A byte that separates words: every byte but ASCII letters, digits and underscore (UTF-8 bytes too). */
const SEPARATOR = 0;
/** A word byte that no code contains (`payment`'s lower case): its word is stepped over unhashed. */
const FOREIGN = 1;
/** A word byte some code contains. */
const CODE_BYTE = 2;

const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

const NEWLINE = 0x0a;

function isDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

function isWordByte(b: number): boolean {
  return isDigit(b) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;
}

/** An open-addressing set of the index's codes as byte strings, looked up by a hash computed while scanning. */
export class CodeMatcher {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly hashes: Int32Array;
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  private readonly pool: Uint8Array;
  /** SEPARATOR, FOREIGN or CODE_BYTE per byte value. */
  private readonly classes = new Uint8Array(256);
  /** Bytes some code starts with: a word starting otherwise is skipped without hashing it. */
  private readonly firstBytes = new Uint8Array(256);
  /** 1 for the first part of a hyphenated code (`ACME` of `ACME-202`): a candidate wherever it stands. */
  private readonly heads: Uint8Array;
  readonly maxLength: number;

  constructor(codes: Iterable<string>) {
    const all = [...new Set(codes)];
    // A code with hyphens (an own catalog's `ACME-202`) is several words here: its first one makes the line a
    // candidate, glued or not, and the detector reads the whole code.
    const heads = new Set(all.filter((c) => c.includes('-')).map((c) => c.split('-')[0]).filter((w) => /^[A-Za-z0-9_]+$/.test(w)));
    const words = [...new Set([...all.filter((c) => /^[A-Za-z0-9_]+$/.test(c)), ...heads])];
    this.heads = new Uint8Array(words.length);
    for (const [from, to] of [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0x5f, 0x5f]]) this.classes.fill(FOREIGN, from, to + 1);
    let size = 16;
    while (size < words.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.hashes = new Int32Array(words.length);
    this.starts = new Int32Array(words.length);
    this.lengths = new Int32Array(words.length);
    this.pool = new Uint8Array(words.reduce((n, w) => n + w.length, 0));
    let offset = 0;
    let longest = 0;
    words.forEach((w, i) => {
      let h = HASH_SEED;
      for (let k = 0; k < w.length; k++) {
        this.pool[offset + k] = w.charCodeAt(k);
        this.classes[w.charCodeAt(k)] = CODE_BYTE;
        h = Math.imul(h ^ w.charCodeAt(k), HASH_PRIME);
      }
      this.hashes[i] = h;
      this.firstBytes[w.charCodeAt(0)] = 1;
      this.starts[i] = offset;
      this.lengths[i] = w.length;
      this.heads[i] = heads.has(w) ? 1 : 0;
      offset += w.length;
      longest = Math.max(longest, w.length);
      let slot = h & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = i + 1;
    });
    this.maxLength = longest;
  }

  /** The word bytes [from, from+length) of `buf`, hashed to `hash`, are (index + 1), or 0 when none. */
  private find(buf: Uint8Array, from: number, length: number, hash: number): number {
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const i = this.slots[slot] - 1;
      if (this.hashes[i] !== hash || this.lengths[i] !== length) continue;
      const at = this.starts[i];
      let k = 0;
      while (k < length && this.pool[at + k] === buf[from + k]) k++;
      if (k === length) return i + 1;
    }
    return 0;
  }

  /**
   * Calls `onLine(start, end, lineIndex, words)` for each candidate line among the lines in bytes [from, to) of
   * `buf`: `to` is just past a newline, or the end of the input when its last line has none; `end` excludes
   * the newline. `firstLine` is the index of the line starting at `from`. `words` holds the start and end of
   * each candidate word, in bytes from `start` and in order: every word the detector reads as a code is one
   * of them (it is valid during the call only). A line longer than `longLine` bytes is always a candidate:
   * the detector reads only its start, where a word may be cut short. Returns the number of lines in [from, to).
   */
  candidateLines(
    buf: Uint8Array, from: number, to: number, firstLine: number, longLine: number,
    onLine: (start: number, end: number, line: number, words: readonly number[]) => void,
  ): number {
    // The hot loop of `paycodes scan`: every byte of a log passes here once. Locals, not fields, so that the
    // optimiser keeps them in registers; a word is hashed only while each of its bytes could be in a code.
    const classes = this.classes;
    const firstBytes = this.firstBytes;
    const maxLength = this.maxLength;
    const words: number[] = [];
    let line = firstLine;
    let lineStart = from;
    let i = from;
    while (i < to) {
      let b = buf[i];
      if (classes[b] === SEPARATOR) {
        if (b === NEWLINE) {
          if (words.length > 0 || i - lineStart > longLine) {
            onLine(lineStart, i, line, words);
            words.length = 0;
          }
          line++;
          lineStart = i + 1;
        }
        i++;
        continue;
      }
      const wordStart = i;
      i++;
      if (firstBytes[b] === 0) {
        // No code starts so (`payment`, `ms`): step over the word without hashing it.
        while (i < to && classes[buf[i]] !== SEPARATOR) i++;
        continue;
      }
      let hash = Math.imul(HASH_SEED ^ b, HASH_PRIME);
      let foreign = false;
      while (i < to) {
        b = buf[i];
        const c = classes[b];
        if (c === SEPARATOR) break;
        i++;
        if (c === FOREIGN) {
          foreign = true;
          while (i < to && classes[buf[i]] !== SEPARATOR) i++;
          break;
        }
        hash = Math.imul(hash ^ b, HASH_PRIME);
      }
      if (foreign || i - wordStart > maxLength || !this.isCandidate(buf, lineStart, wordStart, i, to, hash)) continue;
      words.push(wordStart - lineStart, i - lineStart);
    }
    if (lineStart >= to) return line - firstLine;
    // The input ended without a newline: its last line ends here (a word cut there was judged above).
    if (words.length > 0 || to - lineStart > longLine) onLine(lineStart, to, line, words);
    return line + 1 - firstLine;
  }

  /**
   * Whether some line of `buf` holds a code as a whole word, not glued into a number: a source without one
   * has no switch over codes, since a label that is a code is written as that word (or a constant's literal).
   */
  mentionsCode(buf: Uint8Array): boolean {
    let found = false;
    this.candidateLines(buf, 0, buf.length, 0, Infinity, () => {
      found = true;
    });
    return found;
  }

  /** Bytes [start, end) form a whole word of the line starting at `lineStart`. */
  private isCandidate(buf: Uint8Array, lineStart: number, start: number, end: number, limit: number, hash: number): boolean {
    const found = this.find(buf, start, end - start, hash);
    if (found === 0) return false;
    return this.heads[found - 1] === 1 || !isDigit(buf[start]) || !glued(buf, lineStart, start, end, limit);
  }
}

/**
 * The detector's isGluedNumber on bytes: `\w-` or `\d[:.]` or one of `/$#@+%` just before, `[-:.]\d`, `,ddd` or `/%`
 * just after, within the line [lineStart, limit). A non-ASCII byte before (`€5000`) never counts as glue
 * here, so such a word stays a candidate and the detector decides: erring that way costs time, never an
 * occurrence. (A newline or `\r` is neither glue nor a digit, so a pattern never reads across a line end.)
 */
function glued(buf: Uint8Array, lineStart: number, start: number, end: number, limit: number): boolean {
  const b1 = start - 1 >= lineStart ? buf[start - 1] : -1;
  if (b1 === 0x2f || b1 === 0x24 || b1 === 0x23 || b1 === 0x40 || b1 === 0x2b || b1 === 0x25) return true;
  if (start - 2 >= lineStart) {
    const b2 = buf[start - 2];
    // `exec-89`, `ORD-4034314`: a hyphen after any word byte; `10:05`, `1.05`: a colon or dot after a digit.
    if (b1 === 0x2d && isWordByte(b2)) return true;
    if ((b1 === 0x3a || b1 === 0x2e) && isDigit(b2)) return true;
  }
  const a0 = end < limit ? buf[end] : -1;
  if (a0 === 0x2f || a0 === 0x25) return true;
  const a1 = end + 1 < limit ? buf[end + 1] : -1;
  if ((a0 === 0x2d || a0 === 0x3a || a0 === 0x2e) && isDigit(a1)) return true;
  // `,\d{3}(?!\d)` on the four characters after the word: the lookahead sees past the slice, so it always holds.
  return a0 === 0x2c && isDigit(a1) && end + 3 < limit && isDigit(buf[end + 2]) && isDigit(buf[end + 3]);
}

/**
 * A candidate line's `words` as the detector's character offsets, when they are: each of the line's `bytes`
 * decoded to one of its `chars` (ASCII, or bytes no decoder could join), and the detector reads it whole.
 * Otherwise undefined, and the detector finds the words itself.
 */
export function wordsAsOffsets(words: readonly number[], bytes: number, chars: number): readonly number[] | undefined {
  return bytes === chars && chars <= MAX_LINE_SCAN ? words : undefined;
}

const cache = new WeakMap<CodeIndex, CodeMatcher>();

/** The matcher of an index's codes, built once per index. */
export function codeMatcher(index: CodeIndex): CodeMatcher {
  let m = cache.get(index);
  if (!m) {
    m = new CodeMatcher(index.all.flatMap((e) => (e.code === null ? [] : [e.code])));
    cache.set(index, m);
  }
  return m;
}
