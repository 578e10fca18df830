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

const OTHER = 0;
const DIGIT = 1;
const LETTER = 2;

/** Byte classes: ASCII digits, ASCII letters and underscore; every other byte (UTF-8 too) separates words. */
const CLASS = new Uint8Array(256);
for (let b = 0x30; b <= 0x39; b++) CLASS[b] = DIGIT;
for (let b = 0x41; b <= 0x5a; b++) CLASS[b] = LETTER;
for (let b = 0x61; b <= 0x7a; b++) CLASS[b] = LETTER;
CLASS[0x5f] = LETTER;

const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

const NEWLINE = 0x0a;

function isDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

/** An open-addressing set of the index's codes as byte strings, looked up by a hash computed while scanning. */
export class CodeMatcher {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly hashes: Int32Array;
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  private readonly pool: Uint8Array;
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
   * Calls `onLine(start, end, lineIndex)` for each candidate line among the lines in bytes [from, to) of `buf`:
   * `to` is just past a newline, or the end of the input when its last line has none; `end` excludes the
   * newline. `firstLine` is the index of the line starting at `from`. A line longer than `longLine` bytes is
   * always a candidate: the detector reads only its start, where a word may be cut short. Returns the number
   * of lines in [from, to).
   */
  candidateLines(
    buf: Uint8Array, from: number, to: number, firstLine: number, longLine: number,
    onLine: (start: number, end: number, line: number) => void,
  ): number {
    const maxLength = this.maxLength;
    const firstBytes = this.firstBytes;
    let line = firstLine;
    let lineStart = from;
    let wordStart = -1;
    let hash = HASH_SEED;
    let i = from;
    while (i < to) {
      const b = buf[i];
      if (CLASS[b] !== OTHER) {
        if (wordStart < 0) {
          if (firstBytes[b] === 0) {
            // No code starts so (`payment`, `ms`): step over the word without hashing it.
            i++;
            while (i < to && CLASS[buf[i]] !== OTHER) i++;
            continue;
          }
          wordStart = i;
          hash = HASH_SEED;
        }
        hash = Math.imul(hash ^ b, HASH_PRIME);
        i++;
        continue;
      }
      if (wordStart >= 0) {
        const candidate = this.isCandidate(buf, lineStart, wordStart, i, to, hash, maxLength);
        wordStart = -1;
        if (candidate) {
          // Nothing later on the line matters: jump to its end.
          const nl = b === NEWLINE ? i : buf.indexOf(NEWLINE, i);
          const end = nl < 0 || nl >= to ? to : nl;
          onLine(lineStart, end, line++);
          i = end + 1;
          lineStart = i;
          continue;
        }
      }
      if (b === NEWLINE) {
        if (i - lineStart > longLine) onLine(lineStart, i, line);
        line++;
        lineStart = i + 1;
      }
      i++;
    }
    if (lineStart >= to) return line - firstLine;
    // The input ended without a newline: its last line ends here, perhaps inside a word.
    if ((wordStart >= 0 && this.isCandidate(buf, lineStart, wordStart, to, to, hash, maxLength)) || to - lineStart > longLine) {
      onLine(lineStart, to, line);
    }
    return line + 1 - firstLine;
  }

  /** Bytes [start, end) form a whole word of the line starting at `lineStart`. */
  private isCandidate(buf: Uint8Array, lineStart: number, start: number, end: number, limit: number, hash: number, maxLength: number): boolean {
    const length = end - start;
    const found = length > maxLength ? 0 : this.find(buf, start, length, hash);
    if (found === 0) return false;
    return this.heads[found - 1] === 1 || CLASS[buf[start]] !== DIGIT || !glued(buf, lineStart, start, end, limit);
  }
}

/**
 * The detector's isGluedNumber on bytes: `\d[-:.]` or one of `/$#@+%` just before, `[-:.]\d`, `,ddd` or `/%`
 * just after, within the line [lineStart, limit). A non-ASCII byte before (`€5000`) never counts as glue
 * here, so such a word stays a candidate and the detector decides: erring that way costs time, never an
 * occurrence. (A newline or `\r` is neither glue nor a digit, so a pattern never reads across a line end.)
 */
function glued(buf: Uint8Array, lineStart: number, start: number, end: number, limit: number): boolean {
  const b1 = start - 1 >= lineStart ? buf[start - 1] : -1;
  if (b1 === 0x2f || b1 === 0x24 || b1 === 0x23 || b1 === 0x40 || b1 === 0x2b || b1 === 0x25) return true;
  if ((b1 === 0x2d || b1 === 0x3a || b1 === 0x2e) && start - 2 >= lineStart && isDigit(buf[start - 2])) return true;
  const a0 = end < limit ? buf[end] : -1;
  if (a0 === 0x2f || a0 === 0x25) return true;
  const a1 = end + 1 < limit ? buf[end + 1] : -1;
  if ((a0 === 0x2d || a0 === 0x3a || a0 === 0x2e) && isDigit(a1)) return true;
  // `,\d{3}(?!\d)` on the four characters after the word: the lookahead sees past the slice, so it always holds.
  return a0 === 0x2c && isDigit(a1) && end + 3 < limit && isDigit(buf[end + 2]) && isDigit(buf[end + 3]);
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
