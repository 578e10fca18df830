// What a map's own value says about its key. A table of card answers says what happened or what to do
// (`'51' => :insufficient_funds`, `"05", "never"`); a table of bank channels (`"41" => "VIRTUAL_ACCOUNT_BTN"`)
// or of digits is no table of codes. And a value can contradict the standard meaning of its key: a gateway
// whose `'00' => :declined` is its own table, not ISO 8583's "Approved". Then the key is not explained at all.
import type { CatalogEntry } from '../catalog/types';
import type { Token } from './decide';

/** Word stems, matched at the start of a value's words (`successfully`, `Declined`, `card_declined`). */
const SUCCESS = ['approv', 'success', 'succeed', 'accept', 'authoris', 'authoriz', 'paid', 'ok', 'complet'];
const FAILURE = [
  'declin', 'fail', 'reject', 'refus', 'error', 'invalid', 'insufficient', 'expire', 'fraud', 'lost', 'stolen',
  'denied', 'restrict', 'pickup', 'pick', 'suspect', 'exceed', 'blocked',
];
/** Words an answer's description or advice uses besides success and failure (`honor`: both "Do not honor" and "Honor with ID"). */
const ANSWER = [
  'honor', 'honour',
  'retry', 'later', 'never', 'soft', 'hard', 'issuer', 'card', 'cvv', 'pin', 'unavailable', 'malfunction', 'timeout',
  'refer', 'limit', 'duplicate', 'partial', 'pending', 'call', 'contact', 'permit', 'allow', 'closed', 'hold',
  'verif', 'violation', 'cutoff', 'fund', 'suffic', 'avail',
];
/** What follows a key before its value: `=>`, `:`, `,` of `put("05", …)`, `] =`. */
const VALUE_AFTER = /^["'`]?\s*(?:=>|:|,|\]\s*=|\bto\b)(.{0,80})/;
/** A comment after the value (`'13' => 'U',  # Address doesn't match`) says nothing of the value. */
export const TRAILING_COMMENT = /\s(?:#|\/\/|--)\s.*$/;

/** The words of a value, camelCase and snake_case split: `STANDARD_ERROR_CODE[:card_declined]` → …, card, declined. */
export const valueWordsOf = (value: string) =>
  value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).filter((w) => w !== '');

const says = (words: readonly string[], stems: readonly string[]) => words.some((w) => stems.some((s) => w.startsWith(s)));

/** Text that says something failed: `"Payment failed: unknown error"`, `"Declined (unknown reason)"`. */
export const saysFailure = (text: string) => says(valueWordsOf(text), FAILURE);

/**
 * The words of the value a key maps to: on its own line, or in the first lines of the block it opens there
 * (`"05": {` then `"message": "Do not honor"`); undefined when the value is not there.
 */
function valueWords(token: Pick<Token, 'lines' | 'lineNo' | 'start' | 'word'>): string[] | undefined {
  const line = token.lines[token.lineNo];
  const value = VALUE_AFTER.exec(line.slice(token.start + token.word.length))?.[1]?.replace(TRAILING_COMMENT, '');
  if (value !== undefined && /^\s*[\[{(]\s*$/.test(value)) return blockWords(token.lines, token.lineNo);
  if (!value || value.trim() === '' || /^\s*[\[{(]?\s*$/.test(value)) return undefined;
  return valueWordsOf(quotedPart(value));
}

/** Lines of a block read for its words: a code table's entry says what it means in its first ones. */
const BLOCK_LINES = 3;

/** The words of the block opening at the end of `lineNo`, up to its end or BLOCK_LINES lines; undefined when none follow. */
function blockWords(lines: readonly string[], lineNo: number): string[] | undefined {
  const body: string[] = [];
  for (let i = lineNo + 1; i < lines.length && body.length < BLOCK_LINES && !/^\s*[\]})]/.test(lines[i]); i++) body.push(lines[i]);
  return body.length === 0 ? undefined : valueWordsOf(body.join(' ').replace(TRAILING_COMMENT, ''));
}

/**
 * A quoted value ends at its quote: in `{"00": "AAC (Decline)", "40": "TC (Offline Approved)"}` the key `00`
 * says "Decline", and the next row's "Approved" is not its word.
 */
function quotedPart(value: string): string {
  const text = value.trimStart();
  const end = QUOTES.includes(text[0]) ? text.indexOf(text[0], 1) : -1;
  return end > 0 ? text.slice(1, end) : value;
}

const QUOTES = `"'\``;

/**
 * A value that is a local variable, whole: `52 to pinBlock,` (a message's field 52 gets the PIN block). After
 * `:` or `=>` only a camelCase name counts: YAML's `05: decline` is a word, not a variable.
 */
const VARIABLE_VALUE = /^\s*(?:\bto\s+([a-z][a-zA-Z0-9]*)|(?:=>|:)\s*([a-z]+[A-Z][a-zA-Z0-9]*))\s*(?:[,)}\]]|$)/;

/** The key is given a variable (not `true` or `nil`), which describes no answer, whatever its name's words. */
function holdsVariable(token: Pick<Token, 'lines' | 'lineNo' | 'start' | 'word'>): boolean {
  const variable = VARIABLE_VALUE.exec(token.lines[token.lineNo].slice(token.start + token.word.length));
  return variable !== null && !MEMBERSHIP.has((variable[1] ?? variable[2]).toLowerCase());
}

/** A set written as a map: `{"51": true, "61": true}`. */
const MEMBERSHIP = new Set(['true', 'yes', 'nil', 'null', 'none']);

/** The key's value says something about an answer, or is not on the key's line (a block, a call). */
export function valueReadsAsAnswer(token: Token): boolean {
  if (holdsVariable(token)) return false;
  const words = valueWords(token);
  if (words === undefined || (words.length > 0 && words.every((w) => MEMBERSHIP.has(w)))) return true;
  return says(words, SUCCESS) || says(words, FAILURE) || says(words, ANSWER);
}

export function contradicts(token: Token, family: readonly CatalogEntry[]): boolean {
  if (token.governing.via !== 'key') return false;
  const words = valueWords(token);
  return words !== undefined && wordsContradict(words, family);
}

/** A value that says success where every entry of its key is a failure, or failure where one is a success. */
export function wordsContradict(words: readonly string[], entries: readonly CatalogEntry[]): boolean {
  // "File update not successful": a success word denied says failure.
  const denied = words.some((w, i) => (words[i - 1] === 'not' || words[i - 1] === 'no') && says([w], SUCCESS));
  const saysSuccess = !denied && says(words, SUCCESS);
  const saysFailure = denied || says(words, FAILURE);
  if (saysSuccess === saysFailure) return false;
  const success = entries.some((e) => e.outcome === 'success');
  return saysSuccess ? !success : success;
}
