// Which gateways a file talks to, from what it names: imports, URLs, class names (`AlipayClient`, `doku.com`).
import type { CodeIndex } from '../catalog/codeIndex';

/** Hints sit in imports and configuration near the top; reading further costs time on huge files. */
const HINT_WINDOW = 64 * 1024;

export function providerKeywords(index: CodeIndex, provider: string): string[] {
  const catalog = index.catalog(provider);
  const words = new Set([provider.toLowerCase()]);
  if (catalog) {
    const name = catalog.providerName.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (name.length >= 4) words.add(name);
    const host = catalog.homepage && /^https?:\/\/(?:[\w-]+\.)*?([\w-]+)\.[a-z]+(?:\/|$)/i.exec(catalog.homepage);
    if (host && host[1].length >= 4) words.add(host[1].toLowerCase());
  }
  return [...words];
}

export function providerHints(index: CodeIndex, text: string): string[] {
  const head = text.slice(0, HINT_WINDOW);
  const lower = head.toLowerCase();
  return index.providerIds().filter((p) => providerKeywords(index, p).some((w) => mentions(head, lower, w)));
}

/**
 * Whether `word` appears as a name of its own: `DokuClient`, `doku.com`, `DOKU_KEY`, `import doku`, but not
 * the Indonesian `dokumen` or `setelah`, where the word runs on in lower case.
 */
function mentions(text: string, lower: string, word: string): boolean {
  const isLower = (c: number) => c >= 97 && c <= 122;
  const isLetter = (c: number) => isLower(c) || (c >= 65 && c <= 90);
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    const runsOn = isLower(text.charCodeAt(at + word.length));
    // A letter before is a longer word, unless the name starts a new camel-case part there (`MyDoku`).
    const joined = isLetter(text.charCodeAt(at - 1)) && isLower(text.charCodeAt(at));
    if (!runsOn && !joined) return true;
  }
  return false;
}
