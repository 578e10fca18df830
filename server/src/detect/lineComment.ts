// A line read lexically, as the detector reads code in every language: where its strings are, and where its
// comment starts: `//`, or `#` and a space, at the start of the line or after white space, outside strings.
// `http://host`, `#define` and `a#b` start none.

const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BACKTICK = 0x60;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const HASH = 0x23;
const SPACE = 0x20;
const TAB = 0x09;

/** Whether the character code is a bracket: `()[]{}`. */
function isBracket(c: number): boolean {
  return c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}

export interface CodeBrackets {
  /** Offsets of the brackets that are code, not inside a string or the comment. */
  brackets: number[];
  /** Where the line comment starts, or -1. */
  comment: number;
}

/** The code brackets of `text` before `limit`, and where a comment starts before it. Read by character code: a walk up a log reads kilobytes. */
export function codeBrackets(text: string, limit = text.length): CodeBrackets {
  const brackets: number[] = [];
  let quote = 0;
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === BACKSLASH) i++;
      else if (c === quote) quote = 0;
    } else if (c === QUOTE || c === APOSTROPHE || c === BACKTICK) {
      quote = c;
    } else if ((c === SLASH && text.charCodeAt(i + 1) === SLASH) || (c === HASH && text.charCodeAt(i + 1) === SPACE)) {
      const before = text.charCodeAt(i - 1);
      if (i === 0 || before === SPACE || before === TAB) return { brackets, comment: i };
    } else if (isBracket(c)) {
      brackets.push(i);
    }
  }
  return { brackets, comment: -1 };
}
