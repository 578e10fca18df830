// Where a code-shaped token stands on its line: a case/arm label, a map key, a value a name is given or
// compared with, an element of a list, a word after a word. Lexical on purpose: it must work the same in
// every language, in logs and in broken code, and in microseconds. Only a window around the token is read,
// so a 64 KB minified line costs no more per token than a short one.
import { isGenericCodeName } from './codeNames';
import { codeBrackets } from './lineComment';
import { nameOnLine, operand, type Named } from './nameOnLine';
import { IDENT, lastNonSpace, operandBefore, PAIR_AFTER, PAIR_OPENS } from './patterns';

export type Position = 'label' | 'arm' | 'key' | 'named' | 'element' | 'prose' | 'none';

export interface TokenContext extends Partial<Named> {
  /** In quotes of its own: `"05"`, `'05'`, or `\"05\"` inside a string. */
  quoted: boolean;
  /** The type or object a bare constant is read from: `HttpStatus` in `HttpStatus.UNAUTHORIZED`. */
  qualifier?: string;
  position: Position;
  /** Where the text that holds the token starts (its opening quote or qualifier): enclosing walks start here. */
  from: number;
  /** Unquoted in source code, a call's argument (`getString(39)`, the key of `m.set(14, …)`), not a list's element. */
  argument?: boolean;
}

const WINDOW = 160;
const QUOTES = `'"\``;

const QUALIFIED = new RegExp(String.raw`(${IDENT})\s*(?:\.|::|->|\?\.)\s*$`);
const CASE_BEFORE = /^\s*(?:case|when)\b(?!.*(?:->|=>))[^:]*$/;
const LABEL_LIST_BEFORE = /^\s*(?:(?:["'`][^"'`]*["'`]|[\w.$]+)\s*(?:[,|]|\bor\b)\s*)*$/;
const ARM_AFTER = /^(?:\s*(?:[,|]|\bor\b)\s*(?:["'`][^"'`]*["'`]|[\w.$]+))*\s*(?:->|=>)/;
const KEY_AFTER = /^\s*(?::(?!:)|=>|\bto\b)/;
const INDEXER_AFTER = /^\s*\]\s*=(?!=)/;
// A subscript that reads: `fields["39"]`, `$r['a']['05']`, `m("x")["51"]`; not a list's `= [`, `in [` or Ruby's `%w[`.
const SUBSCRIPT_AFTER = /^\s*\]/;
const SUBSCRIPTED = /(?<!%)[\w$\])]\[\s*$/;
// A map filled one entry at a time: `advice["05"] = …`, `POLICY.put("51", …)`, `m.set('91', …)`.
const STORED_AT_END = /\.(?:put|putIfAbsent|set|Add|TryAdd)\(\s*$/;
const ARGUMENT_AFTER = /^\s*,/;
const YAML_ITEM_BEFORE = /^\s*-\s+$/;
const WORD_LIST_BEFORE = /%[wWiI][\[({][^\])}]*\s$/;
// Inside Ruby's `%w(0 00 85)`, whose words are strings as surely as quoted ones.
const IN_WORD_LIST = /%[wW][\[({][^\])}]*$/;
// What a call's `(` follows: a name or another call (`f(a)(`), not an operator or a keyword's space.
const CALLED = /[\w$)]$/;
const PROSE_WORD = new RegExp(String.raw`^(?:${IDENT}|[1-5]\d\d)$`);
const OPENERS = '[{(,';
// Text set into a message's field 39, the issuer's answer, by a message's own setters: `r.set(39, "91")`,
// `Fields.Add(39, "00")`, `PackField(39, "00")`; not `substring(39, 41)` or `Math.max(39, 51)`.
const FIELD_39_SET_AT_END = /\b(?:set|setField|setValue|put|add|Add|addField|packField|PackField|packBit|setBit)\(\s*["']?39["']?\s*,\s*$/;
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;

/**
 * `inSource`: the line is code, whose trailing comment holds notes and code put aside. A note's
 * `# 00: success, 05: pending` is no map and its `(05, 51)` no list: there, keys and elements are not read
 * (code put aside, `// assertEquals(r.responseCode, '00');`, still names its codes). A log line's `#` is text.
 */
export function tokenContext(line: string, start: number, end: number, inSource = false): TokenContext {
  let from = start;
  let to = end;
  let quoted = false;
  const q = line[start - 1];
  if (q !== undefined && QUOTES.includes(q) && line[end] === q) {
    quoted = true;
    from--;
    to++;
  } else if (q === '"' && line[start - 2] === '\\' && line[end] === '\\' && line[end + 1] === '"') {
    // JSON inside a string: `"body":"{\"status_code\":\"5000\"}"`.
    quoted = true;
    from -= 2;
    to += 2;
  }
  const windowStart = Math.max(0, from - WINDOW);
  let left = line.slice(windowStart, from);
  let last = lastNonSpace(left);
  let qualifier: string | undefined;
  if (!quoted && /^\D/.test(line[start]) && (last === '.' || last === ':' || last === '>')) {
    const qualified = QUALIFIED.exec(left.slice(-80));
    if (qualified) {
      qualifier = qualified[1];
      left = left.slice(0, left.length - qualified[0].length);
      from = windowStart + left.length;
      last = lastNonSpace(left);
    }
  }
  const right = line.slice(to, to + WINDOW);
  const atLineStart = windowStart === 0;
  const opensHere = last === '' ? atLineStart : OPENERS.includes(last);
  const at = (position: Position, named?: Named): TokenContext => ({ quoted, qualifier, from, position, ...named });

  // The line before the token read once, in source only: where its comment starts, and its open brackets.
  const lexed = inSource ? codeBrackets(line, from) : undefined;
  const structure = lexed === undefined || lexed.comment < 0;
  if (atLineStart && CASE_BEFORE.test(left)) return at('label');
  if (structure && atLineStart && ARM_AFTER.test(right) && LABEL_LIST_BEFORE.test(left)) return at('arm');
  if (structure && ((opensHere && KEY_AFTER.test(right)) || (last === '[' && collectionIndexer(left) && INDEXER_AFTER.test(right)))) return at('key');
  if (structure && quoted && PAIR_OPENS.test(left) && PAIR_AFTER.test(right)) return at('key');
  const store = storedInto(left, right, last);
  if (store) return { ...at('key', store), argument: lexed !== undefined && !quoted && last === '(' };
  // A read by key is named by its map, whatever the line goes on to name (`isoResponseCode: fields["39"]`
  // reads field 39 of a message), and is no entry of a map of codes.
  if (readsByKey(left, right, last)) {
    // The map's own name, not what holds it or what it is given to: `isoResponseCode: fields[` reads `fields`.
    const map = receiver(left);
    return map ? at('named', { ...map, nameOwner: undefined, relation: 'membership' }) : at('none');
  }
  if (quoted && last === ',' && FIELD_39_SET_AT_END.test(left.slice(-24))) return at('named', { name: 'field39', relation: 'field' });
  const named = nameOnLine(left, right, windowStart);
  if (named) return at('named', named);
  if (structure && (opensHere || YAML_ITEM_BEFORE.test(left) || (left.includes('%') && WORD_LIST_BEFORE.test(left)))) {
    quoted ||= left.includes('%') && IN_WORD_LIST.test(left);
    return { ...at('element'), argument: lexed !== undefined && !quoted && innermostIsCall(line, lexed.brackets) };
  }
  const prose = quoted ? undefined : wordBefore(left);
  return prose ? { quoted, qualifier, from, position: 'prose', name: prose } : at('none');
}

/** The map a `advice["05"] = …` or `POLICY.put("51", …)` stores into. */
function storedInto(left: string, right: string, last: string): Named | undefined {
  if (last === '[' && INDEXER_AFTER.test(right)) return receiver(left);
  if (last !== '(' || !ARGUMENT_AFTER.test(right)) return undefined;
  const call = STORED_AT_END.exec(left.slice(-24));
  return call ? operand(operandBefore(left, left.length - call[0].length).text, 'field') : undefined;
}

/** Whether the innermost bracket still open among `brackets` (code brackets of `line`) is a call's `(`. */
function innermostIsCall(line: string, brackets: readonly number[]): boolean {
  let depth = 0;
  for (let k = brackets.length - 1; k >= 0; k--) {
    const c = line[brackets[k]];
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (depth > 0) depth--;
    else return c === '(' && CALLED.test(line.slice(Math.max(0, brackets[k] - 1), brackets[k]));
  }
  return false;
}

/** A read by key: `fields["39"]`, not a store (storedInto) or a list. */
function readsByKey(left: string, right: string, last: string): boolean {
  return last === '[' && SUBSCRIPT_AFTER.test(right) && SUBSCRIPTED.test(left);
}

function receiver(left: string): Named | undefined {
  return operand(operandBefore(left, left.lastIndexOf('[')).text, 'field');
}

/**
 * In prose, the word right before the token: `rc 51`, `order 4034314`, `503 SERVICE_UNAVAILABLE`; with the
 * word before it when that one alone says little: `exit code 51`, `country code 62`, `response code 05`.
 */
function wordBefore(left: string): string | undefined {
  const word = previousWord(left, left.length);
  if (!word || !PROSE_WORD.test(word.text)) return undefined;
  if (!isGenericCodeName(word.text)) return word.text;
  const qualifier = previousWord(left, word.start);
  return qualifier && PROSE_WORD.test(qualifier.text) ? `${qualifier.text}_${word.text}` : word.text;
}

/** The word that ends, after white space, at `end`. */
function previousWord(text: string, end: number): { text: string; start: number } | undefined {
  if (end === 0 || (text[end - 1] !== ' ' && text[end - 1] !== '\t')) return undefined;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  return start < end ? { text: text.slice(start, end), start } : undefined;
}

/** `["05"] = …` in a collection initializer, not `advice["05"] = …` (that one names its map). */
function collectionIndexer(left: string): boolean {
  const before = lastNonSpace(left.slice(0, left.lastIndexOf('[')));
  return before === '' || OPENERS.includes(before);
}
