// Whether a text names something as a name of its own, the way a reader spots `DOKU` in `DokuClient`,
// `doku.com`, `DOKU_KEY` or `import doku`, but not in the Indonesian `dokumen`, where the word runs on.

const isLower = (c: number) => c >= 97 && c <= 122;
const isLetter = (c: number) => isLower(c) || (c >= 65 && c <= 90);

/** `lower` is `text` in lower case; `word` is lower case. */
export function mentions(text: string, lower: string, word: string): boolean {
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    const runsOn = isLetter(word.charCodeAt(word.length - 1)) && isLower(text.charCodeAt(at + word.length));
    // A letter before is a longer word, unless the name starts a new camel-case part there (`MyDoku`).
    const joined = isLetter(word.charCodeAt(0)) && isLetter(text.charCodeAt(at - 1)) && isLower(text.charCodeAt(at));
    if (!runsOn && !joined) return true;
  }
  return false;
}
