// A map's own value can contradict the standard meaning of its key: a gateway whose `'00' => :declined`
// is its own table, not ISO 8583's "Approved". Then the key is not explained at all.
import type { CatalogEntry } from '../catalog/types';
import type { Token } from './decide';

const SUCCESS = new Set(['approved', 'approve', 'success', 'successful', 'succeeded', 'accepted', 'authorised', 'authorized', 'paid', 'ok']);
const FAILURE = new Set([
  'declined', 'decline', 'fail', 'failed', 'failure', 'rejected', 'refused', 'error', 'invalid', 'insufficient',
  'expired', 'fraud', 'lost', 'stolen', 'denied', 'restricted', 'pickup',
]);
/** What follows a key before its value: `=>`, `:`, `,` of `put("05", …)`, `] =`. */
const VALUE_AFTER = /^["'`]?\s*(?:=>|:|,|\]\s*=|\bto\b)(.{0,80})/;

export function contradicts(token: Token, family: readonly CatalogEntry[]): boolean {
  if (token.governing.via !== 'key') return false;
  const line = token.lines[token.lineNo];
  const value = VALUE_AFTER.exec(line.slice(token.start + token.word.length))?.[1];
  if (!value) return false;
  const words = value.toLowerCase().split(/[^a-z]+/);
  const saysSuccess = words.some((w) => SUCCESS.has(w));
  const saysFailure = words.some((w) => FAILURE.has(w));
  if (saysSuccess === saysFailure) return false;
  const success = family.some((e) => e.outcome === 'success');
  return saysSuccess ? !success : success;
}
