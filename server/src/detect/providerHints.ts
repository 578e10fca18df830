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
  const head = text.slice(0, HINT_WINDOW).toLowerCase();
  return index.providerIds().filter((p) => providerKeywords(index, p).some((w) => head.includes(w)));
}
