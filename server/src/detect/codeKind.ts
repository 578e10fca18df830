// The three kinds of code, each with its own threshold of evidence (decide.ts).
import type { CatalogEntry } from '../catalog/types';

/**
 * long: SNAP's and Setel's seven digits, an UPPER_SNAKE name only one catalog uses — unlikely to be anything
 * else, so a literal is enough. short: `05`, `4041`, `5000`, a name several catalogs use — months, ports,
 * request fields and other gateways' codes look the same, so a name, a map or a switch must say it is a code,
 * and the provider must be in evidence. word: `S`, `U`, `SUCCESS` — words of other vocabularies, a code only in
 * its family's own field.
 */
export type CodeKind = 'long' | 'short' | 'word';

export function codeKind(word: string, candidates: readonly CatalogEntry[], qualified: boolean): CodeKind {
  if (/^[A-Z]+$/.test(word)) return 'word';
  if (qualified) return 'short';
  if (/^\d+$/.test(word)) return word.length >= 6 ? 'long' : 'short';
  const oneCatalog = candidates.every((e) => e.provider === candidates[0].provider);
  return word.length >= 7 && /[_-]/.test(word) && oneCatalog ? 'long' : 'short';
}
