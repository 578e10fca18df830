// Whether a text names something as a name of its own, the way a reader spots `DOKU` in `DokuClient`,
// `doku.com`, `DOKU_KEY` or `import doku`, but not in the Indonesian `dokumen`, where the word runs on.
// All the words of a vocabulary are looked for in one pass over the text.

const isLower = (c: number) => c >= 97 && c <= 122;
const isLetter = (c: number) => isLower(c) || (c >= 65 && c <= 90);

/** `text` names `word` (lower case) at `at` as a name of its own. */
function namesAt(text: string, at: number, word: string): boolean {
  const runsOn = isLetter(word.charCodeAt(word.length - 1)) && isLower(text.charCodeAt(at + word.length));
  // A letter before is a longer word, unless the name starts a new camel-case part there (`MyDoku`).
  const joined = isLetter(word.charCodeAt(0)) && isLetter(text.charCodeAt(at - 1)) && isLower(text.charCodeAt(at));
  return !runsOn && !joined;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Finds which words of a fixed vocabulary a text names. */
export class Vocabulary {
  private readonly pattern: RegExp;

  constructor(words: Iterable<string>) {
    const unique = [...new Set([...words].map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(unique.map(escape).join('|'), 'g');
  }

  /** The words `text` names; `lower` is `text` in lower case. */
  named(text: string, lower: string): Set<string> {
    const found = new Set<string>();
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(lower); m !== null; m = this.pattern.exec(lower)) {
      if (namesAt(text, m.index, m[0])) found.add(m[0]);
      // A longer word that failed may hide a shorter one starting inside it.
      this.pattern.lastIndex = m.index + 1;
    }
    return found;
  }
}
