// A table of another gateway's own numbers can look like ISO 8583's: ProPay's `'51' => 'Invalid transNum'`,
// a loan gateway's `12 => 'A payment method with that token was not found'`. Where a map's values describe
// their keys in words, they must agree with the standard's words for those keys often enough: a table of
// card answers says `'51' => 'Insufficient Funds'`, `'54' => :expired_card` for some of its rows at least.
import type { CatalogEntry } from '../catalog/types';
import type { CodeIndex } from '../catalog/codeIndex';
import { TRAILING_COMMENT, valueWordsOf, wordsContradict } from './mapValue';

const NEIGHBOURHOOD = 12;
/** A key, then `=>`, `:` or Kotlin's `to` and a value of words on its line; or a pair, `{ "05", "Do not honor" },`. */
const ROW = /^\s*["'`]?([0-9A-Z]{2})["'`]?\s*(?:=>|:|\bto\b)\s*(.+)$|^\s*[{(]\s*["'`]([0-9A-Z]{2})["'`]\s*,\s*(.+?)\s*[})]\s*[,\]]*\s*$/;
/** Words every card table uses whatever the key: they say nothing about which answer a row is. */
const COMMON = new Set([
  'card', 'transaction', 'code', 'codes', 'error', 'errors', 'standard', 'the', 'a', 'an', 'to', 'of', 'or', 'and', 'not',
  'no', 'for', 'with', 'is', 'was', 'by', 'in', 'on', 'be', 'at', 'this', 'that', 'please', 'response', 'declined',
  'decline', 'do', 'does', 'only', 'request',
]);
/** Words of outcome and advice (`'51' => 'retry later'`): what to do with an answer, not what it is. */
const ADVICE = new Set(['retry', 'later', 'never', 'soft', 'hard', 'fail', 'faile', 'failu', 'paid', 'succe', 'appro', 'pendi', 'outco', 'final', 'again', 'poll']);
/** Rows with words below which nothing is judged: two or three rows agree by chance as often as not. */
const MIN_ROWS = 4;
/** At least this share of the rows must use one of the standard's words for their key. */
const MIN_AGREEMENT = 0.25;

/** Word stems, British spelling read as American (`Honour` is DOKU's `Honor`). */
const stemsOf = (words: readonly string[]) => words.filter((w) => w.length > 1 && !COMMON.has(w)).map((w) => w.replace(/our$/, 'or').slice(0, 5));
const stems = (text: string) => stemsOf(valueWordsOf(text));

// Per lines array, by line, family and the line's text: the log scan reuses one array for every line of a block.
const memo = new WeakMap<readonly string[], Map<string, { text: string; table: TableReading }>>();

/** The rows around a line, read once per line and family whatever key of it is asked about. */
interface TableReading {
  /** Whether the table as a whole is another numbering: a contradicting category, or too few rows agreeing. */
  foreign: boolean;
  /** The described rows of the line itself (descriptions no other row shares), by key. */
  own: Map<string, DescribedRow>;
  /** Every row of the line itself, by key. */
  line: Map<string, DescribedRow>;
}

/**
 * Whether the rows around `lineNo` that map keys of this family to words disagree with the family's words: too
 * few rows agree, or this key's own description shares no word with the standard's.
 */
export function disagreesWithStandard(
  index: CodeIndex, lines: readonly string[], lineNo: number, word: string, family: readonly CatalogEntry[],
): boolean {
  const { foreign, own } = tableAround(index, lines, lineNo, family);
  const row = own.get(word);
  return foreign || (row !== undefined && namesAnotherAnswer(row.said, row.known));
}

const agrees = (r: DescribedRow) => r.said.some((w) => r.known.has(w));

/** Words describing a code in two words or more, none of them the standard's, name the gateway's own answer. */
const namesAnotherAnswer = (said: readonly string[], known: ReadonlySet<string>) =>
  said.filter((w) => !ADVICE.has(w)).length >= 2 && !said.some((w) => known.has(w));

/** The stems of the standard's own words for a code: its entries' names, messages and descriptions. */
const standardStems = (entries: readonly CatalogEntry[]) =>
  new Set(entries.flatMap((e) => stems(`${e.name ?? ''} ${e.message ?? ''} ${e.description ?? ''}`)));

function tableAround(index: CodeIndex, lines: readonly string[], lineNo: number, family: readonly CatalogEntry[]): TableReading {
  const { provider, family: id } = family[0];
  let byLine = memo.get(lines);
  if (!byLine) memo.set(lines, (byLine = new Map()));
  const key = `${lineNo}\u0000${provider}\u0000${id}`;
  const hit = byLine.get(key);
  if (hit?.text === lines[lineNo]) return hit.table;
  const table = readTable(index, lines, lineNo, provider, id);
  byLine.set(key, { text: lines[lineNo], table });
  return table;
}

function readTable(index: CodeIndex, lines: readonly string[], lineNo: number, provider: string, id: string): TableReading {
  const rows: (DescribedRow & { line: number })[] = [];
  const last = Math.min(lines.length - 1, lineNo + NEIGHBOURHOOD);
  const entriesOf = (key: string) => index.lookup(key).filter((e) => e.provider === provider && e.family === id);
  for (let i = Math.max(0, lineNo - NEIGHBOURHOOD); i <= last; i++) {
    for (const row of describedRows(lines[i], entriesOf)) rows.push({ ...row, line: i });
  }
  // A value many rows share (`HpsExceptionCodes::CARD_DECLINED`) is a category the table sorts answers into,
  // not a description of one: only descriptions are compared.
  const times = new Map<string, number>();
  for (const r of rows) times.set(r.said.join(' '), (times.get(r.said.join(' ')) ?? 0) + 1);
  const described = rows.filter((r) => r.said.length > 0 && times.get(r.said.join(' ')) === 1);
  const own = new Map(described.filter((r) => r.line === lineNo).map((r) => [r.key, r]));
  const line = new Map(rows.filter((r) => r.line === lineNo).map((r) => [r.key, r]));
  // A category that contradicts the standard (`'16' => STANDARD_ERROR_CODE[:expired_card]` where ISO's 16 is
  // an approval) sorts the gateway's own numbers; a description is judged by its words.
  const contradicting = rows.some((r) => times.get(r.said.join(' '))! > 1 && wordsContradict(r.words, r.entries));
  const fewAgree = described.length >= MIN_ROWS && described.filter(agrees).length / described.length < MIN_AGREEMENT;
  return { foreign: contradicting || fewAgree, own, line };
}

/** A constant given a code, its name last before its value: `RC_ALREADY_PAID = "33"`, `String INVALID_CHECKSUM = "25";`. */
const CONSTANT_ROW = /\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\s*(?::\s*[\w.<>[\]]+\s*)?=\s*["'`]([0-9A-Z]{2})["'`]\s*[;,]?\s*$/;
/** Words of a constant's name that say it holds a code, not which one. */
const NAMING = new Set(['rc', 'resp', 'response', 'result', 'status', 'code', 'codes', 'iso']);

/**
 * A constant whose name says what its code means, and says something else than the standard: it contradicts
 * the code's outcome (`RC_ALREADY_PAID = "33"`, where ISO 8583's 33 is an expired card), or describes it in two
 * words or more, none of them the standard's (`INVALID_CHECKSUM = "25"`, where 25 is "unable to locate record").
 * A bank's own table of answers is written so; a card table's `RC_DO_NOT_HONOR = "05"` agrees.
 */
export function constantNamesOtherAnswer(line: string, word: string, family: readonly CatalogEntry[]): boolean {
  const row = CONSTANT_ROW.exec(line.slice(0, 240));
  return row !== null && row[2] === word && describesOtherwise(valueWordsOf(row[1]).filter((w) => !NAMING.has(w)), word, family);
}

/** Words that say what `word` means contradict the standard's outcome for it, or are two or more, none the standard's. */
function describesOtherwise(words: readonly string[], word: string, family: readonly CatalogEntry[]): boolean {
  const entries = family.filter((e) => e.code === word);
  if (words.length === 0 || entries.length === 0) return false;
  return wordsContradict(words, entries) || namesAnotherAnswer(stemsOf(words), standardStems(entries));
}

/**
 * A table row's description of its code: `desc: 'Wrong Transaction Date/Time'`. Not an API's `message`, which
 * says what the whole error was (`{"code": "issuer_declined", "message": …, "provider_original_response_code": "14"}`).
 */
const DESCRIPTION = /["'`]?\b(?:desc|description|meaning)["'`]?\s*(?::|=>)\s*(["'`])((?:(?!\1).){1,120})\1/i;
/** The line an object literal opens on: after `[`, `,`, `(`, `=`, `:` or `=>`, not a block's `) {` or `else {`. */
const OBJECT_OPENER = /(?:^|[[,(=:]|=>)\s*\{\s*$/;
/** A key of an object: `req:`, `"message":`, `'desc' =>`. */
const OBJECT_KEY = /["'`]?[A-Za-z_][\w-]*["'`]?\s*(?::(?!:)|=>)/g;
/** A table's row is an object of a few keys, its codes and their description; a larger one describes something else. */
const ROW_KEYS = 4;
/** How many lines an object of one code spans above or below its code, at most. */
const OBJECT_LINES = 4;

/**
 * A code in an object whose own description says it is another answer: a host's own table written as objects,
 * `{'req': '12', 'res': '12', 'desc': 'Wrong Transaction Date/Time'}`, on one line or over several.
 */
export function objectDescribesOtherwise(lines: readonly string[], lineNo: number, start: number, word: string, family: readonly CatalogEntry[]): boolean {
  const object = objectAround(lines, lineNo, start);
  const description = DESCRIPTION.exec(object);
  if (description === null || (object.match(OBJECT_KEY)?.length ?? 0) > ROW_KEYS) return false;
  return describesOtherwise(valueWordsOf(description[2]), word, family);
}

/** The text of the innermost object literal around a position: its braces on the line, or the lines up to them. */
function objectAround(lines: readonly string[], lineNo: number, start: number): string {
  const line = lines[lineNo];
  const open = line.lastIndexOf('{', start);
  const close = line.indexOf('}', start);
  if (open >= 0) return line.slice(open, close >= 0 ? close : undefined);
  let first = lineNo;
  while (first > 0 && lineNo - first < OBJECT_LINES && !lines[first].includes('{')) first--;
  let last = lineNo;
  while (last < lines.length - 1 && last - lineNo < OBJECT_LINES && !lines[last].includes('}')) last++;
  if (!OBJECT_OPENER.test(lines[first]) || !lines[last].includes('}')) return '';
  return lines.slice(first, last + 1).join('\n');
}

/** The key's own row describes it in the standard's words: `'19' => 'Re-enter transaction'`. */
export function rowDescribesKey(index: CodeIndex, lines: readonly string[], lineNo: number, word: string, family: readonly CatalogEntry[]): boolean {
  const row = tableAround(index, lines, lineNo, family).line.get(word);
  return row !== undefined && agrees(row);
}

interface DescribedRow {
  key: string;
  /** The words of the row's value. */
  words: string[];
  /** The stems of those words, less the ones every card table uses. */
  said: string[];
  entries: readonly CatalogEntry[];
  /** The stems of the family's words for the row's key. */
  known: Set<string>;
}

/** Entries of a map written on one line: `{14:"COMMENT",25:"OPEN_PARTIAL"}`, `{"00": "Approved", "05": "Do not honor"}`. */
const INLINE_ROW = /(?:^|[{,])\s*["'`]?([0-9A-Z]{2})["'`]?\s*(?:=>|:)\s*("[^"]*"|'[^']*'|[^,{}]+)/g;
/** How much of a line is read for a map written on it. */
const INLINE_CHARS = 2000;

/** The rows `key => words` of a line: several when a map is written on it, else the line's own row. */
function describedRows(line: string, entriesOf: (key: string) => readonly CatalogEntry[]): DescribedRow[] {
  const inline = [...line.slice(0, INLINE_CHARS).matchAll(INLINE_ROW)];
  if (inline.length < 2) {
    const row = ROW.exec(line.slice(0, 240).replace(TRAILING_COMMENT, ''));
    const described = row && describedRow(row[1] ?? row[3], row[2] ?? row[4], entriesOf);
    return described ? [described] : [];
  }
  return inline.flatMap((m) => describedRow(m[1], m[2], entriesOf) ?? []);
}

/** The row of `key` => `value` when the key is a code of the family (its entries by `entriesOf`) and the value has words. */
function describedRow(key: string, text: string, entriesOf: (key: string) => readonly CatalogEntry[]): DescribedRow | undefined {
  const entries = entriesOf(key);
  const value = text.replace(TRAILING_COMMENT, '');
  const words = valueWordsOf(value);
  // `'72' => 'Reserved for future use'` describes no answer, and `'(declined)'` after it no outcome.
  if (entries.length === 0 || words.length === 0 || words.includes('reserved')) return undefined;
  return { key, words, said: stemsOf(words), entries, known: standardStems(entries) };
}
