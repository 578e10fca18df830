// The log scan's byte prefilter over a document held as a string (the editor's copy of a log): the text is
// encoded a slice of whole lines at a time into one reused buffer, so a 50 MB log costs a pass over its bytes
// and a few megabytes, and only the lines holding a code go on to the detector.
import type { CodeIndex } from '../catalog/codeIndex';
import { MAX_LINE_SCAN } from '../detect/findCodes';
import { codeMatcher } from './codeMatcher';

/** Characters encoded at a time; a UTF-16 unit takes at most three UTF-8 bytes. */
const SLICE_CHARS = 1 << 20;

/**
 * Calls `onLine` with the index of each line of `text` that may hold a code, in order, with the prefilter's
 * candidate words (CodeMatcher.candidateLines) and the line's length in bytes, a `\r` before its newline not
 * counted; returns the number of lines.
 */
export function candidateLinesOfText(
  index: CodeIndex, text: string, onLine: (line: number, words: readonly number[], bytes: number) => void, sliceChars = SLICE_CHARS,
): number {
  const matcher = codeMatcher(index);
  let buf = Buffer.allocUnsafe(3 * sliceChars);
  let line = 0;
  for (let from = 0; from < text.length; ) {
    // A slice ends after a newline, so that no line is cut; a line longer than a slice makes a slice of its own.
    let to = Math.min(text.length, from + sliceChars);
    if (to < text.length) {
      const nl = text.lastIndexOf('\n', to - 1);
      to = nl >= from ? nl + 1 : (text.indexOf('\n', to) + 1 || text.length);
    }
    if (3 * (to - from) > buf.length) buf = Buffer.allocUnsafe(3 * (to - from));
    const length = buf.write(text.slice(from, to), 0);
    line += matcher.candidateLines(buf, 0, length, line, MAX_LINE_SCAN, (start, end, at, words) => {
      onLine(at, words, end > start && buf[end - 1] === 0x0d && end < length ? end - start - 1 : end - start);
    });
    from = to;
  }
  return line;
}
