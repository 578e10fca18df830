// The name a token is assigned to, compared with or tested for membership in, read from its own line:
// `rc == "05"`, `"05".equals(rc)`, `rc in ("05", "51")`, `expect(r.rc).toBe("05")`, `rc ?? "96"`, …
// Each form is recognised by what ends right before the token (a short, end-anchored test on the last few
// characters), and its operand is then read backwards from there: no pattern is tried along the whole line.
import { withoutAccessor } from './codeNames';
import { EXPR, IDENT, lastNonSpace, operandBefore } from './patterns';

export interface Named {
  name: string;
  /** The object the name is read from, when the line shows it: `country` in `country.code == "62"`. */
  nameOwner?: string;
  relation: 'field' | 'comparison' | 'membership';
  /** Where the name starts, for a name whose own enclosing object matters. */
  nameAt?: number;
}

const TAIL = 48;
const DECLARATION_TAIL = 120;

// `rc is "51" or "`, `= "05" | "`: alternatives already listed between the operator and the token.
const ALTERNATIVE_AT_END = /(?:["'`][^"'`]{0,40}["'`]|[\w.$]+)\s*(?:\||\bor\b)\s*$/;
const OPERATOR_AT_END = /(===|!==|==|!=|<>|=>|:=|(?<![<>!=:])=|(?<!:):|\beq|\bne|\bis|\bshouldBe)\s*$/;
const COMPARISON_OPS = new Set(['===', '!==', '==', '!=', '<>', 'eq', 'ne', 'is', 'shouldBe']);
// C# auto-property initializer: `public string Rc { get; set; } = "00"`.
const PROPERTY_AT_END = new RegExp(String.raw`(${IDENT})\s*\{\s*get;[^}]*\}\s*=\s*$`);
const SETTER_AT_END = /\.set([A-Z][\w$]*)\(\s*$/;
// Test assertions: `assertThat(r.getRc()).isEqualTo("05")`, `expect(r.rc).toBe('05')`, `expect(r[:rc]).to eq("05")`.
const ASSERTION_AT_END =
  /\)\s*\.(?:(?:to|not|not_to|to_not)\b[.\s]*)*(?:isEqualTo|isNotEqualTo|toBe|toEqual|toStrictEqual|equal|eq|eql|equals)\b\(?\s*$/;
const ASSERTION_OPENS = /\b(?:assertThat|expect|assert_that)\($/;
// A default for a field: `rc ?? "96"`, `body.get("rc") or "91"`; and `resp.get("rc", "00")`, `fetch(:rc, "00")`.
const DEFAULT_AT_END = /(?:\?\?|\|\||\bor)\s*$/;
// Lookups by key with a default: maps, request parameters, headers, environment, configuration.
const LOOKUP_OPENS = /(?:\.|->|\b)(?:get|fetch|getOrDefault|getOrElse|get_or|getString|optString|getenv|env|input|query|param|header|cookie|config|getProperty)\(\s*$/;
const EQUALS_METHOD = String.raw`\.(?:equals|equalsIgnoreCase|Equals|contentEquals|eq)\(\s*`;
const EQUALS_METHOD_AT_END = new RegExp(`${EQUALS_METHOD}$`);
const EQUALS_FN_AT_END = /\b(?:equals|Equals|Equal|AreEqual|EqualFold|equalsIgnoreCase|assertEquals|assertEqual|assert_equal|isEqual)\(\s*$/;
const COMPARED_AFTER = new RegExp(String.raw`^\s*(?:===|!==|==|!=)\s*(${EXPR})`);
const EQUALS_CALL_AFTER = new RegExp(String.raw`^${EQUALS_METHOD}(${EXPR})`);
const ARGUMENT_AFTER = new RegExp(String.raw`^\s*,\s*(${EXPR})`);
// Command-line arguments name the value that follows them: `["--order-id", "4034314"]`.
const FLAG_AT_END = /["'`]--?([A-Za-z][\w-]*)["'`]\s*,\s*$/;
const IN_AT_END = /\b(?:not\s+)?in(?:\s+[\w$.%]*)?\s*$/;
const IN_ARRAY_OPENS = /\bin_array\(\s*$/;
const CONTAINS_AFTER = new RegExp(
  String.raw`^[^;]*?[)\]}]\s*\.(?:includes|contains|has|indexOf|containsKey|Contains|include\?|member\?)\(\s*(${EXPR})`,
);
const IDENTS = new RegExp(IDENT, 'g');
const JPOS_FIELD_39 = /<(?:field|f)\s+id\s*=\s*["']39["']\s+$/;
// ISO 8583's response code is field 39 of a message, read by its number through a message's own readers
// (`"91".equals(r.getString(39))`, `msg.Fields[39] == "05"`, `iso["39"]`), not any call or index given 39
// (`row[39]`, `cells.get(39)`, a regex's `\d[39]`).
const READS_FIELD_39 = /\b(?:getString|getValue|getField|getFieldValue|getComponent)\s*\(\s*["']?39["']?\s*\)|\b[Ff]ields?\s*\[\s*["']?39["']?\s*\]|\[\s*["']39["']\s*\]/;
const HTTP_STATUS_KEY = /^["']?([1-5]\d\d)["']?$/;
/** Methods that read a field by name: the object they are called on owns the field, not the method. */
const ACCESSORS = new Set(['get', 'fetch', 'dig', 'getOrDefault', 'optString', 'getString', 'Value', 'value']);

/** `left` is the text before the token (and its quote), `right` the text after; `offset` is where `left` starts. */
export function nameOnLine(left: string, right: string, offset: number): Named | undefined {
  const last = lastNonSpace(left);
  return (
    declared(left, last, offset) ?? asserted(left, last) ?? assigned(left, offset) ?? compared(left, right, last) ??
    defaulted(left, last) ?? flagged(left, last) ?? member(left, right)
  );
}

/** Where `suffix` (anchored at the end) starts in the last `tail` characters of `text`, or -1. */
function suffixAt(text: string, suffix: RegExp, tail = TAIL): number {
  const from = Math.max(0, text.length - tail);
  const m = suffix.exec(from === 0 ? text : text.slice(from));
  return m ? from + m.index : -1;
}

function declared(left: string, last: string, offset: number): Named | undefined {
  const from = Math.max(0, left.length - DECLARATION_TAIL);
  const tail = left.slice(from);
  const m = last === '=' && tail.includes('get;') ? PROPERTY_AT_END.exec(tail) : last === '(' ? SETTER_AT_END.exec(tail) : null;
  return m ? { name: m[1], relation: 'field', nameAt: offset + from + m.index } : undefined;
}

function asserted(left: string, last: string): Named | undefined {
  if (last !== '(' && last !== 'q' && last !== 'l') return undefined;
  const at = suffixAt(left, ASSERTION_AT_END);
  if (at < 0) return undefined;
  const subject = operandBefore(left, at);
  return ASSERTION_OPENS.test(left.slice(Math.max(0, subject.start - 16), subject.start)) ? operand(subject.text, 'comparison') : undefined;
}

function assigned(left: string, offset: number): Named | undefined {
  let text = left;
  for (let i = 0; i < 8 && /(?:\||\bor)\s*$/.test(text.slice(-4)); i++) {
    const at = suffixAt(text, ALTERNATIVE_AT_END, 64);
    if (at < 0) break;
    text = text.slice(0, at);
  }
  const at = suffixAt(text, OPERATOR_AT_END, 16);
  if (at < 0) return undefined;
  const op = OPERATOR_AT_END.exec(text.slice(at))![1];
  let subject = operandBefore(text, at);
  // jPOS logs an ISO 8583 message field by field, `<field id="39" value="05"/>`: field 39 is the response code.
  if (op === '=' && /^v(?:alue)?$/.test(subject.text) && JPOS_FIELD_39.test(text.slice(Math.max(0, subject.start - 24), subject.start))) {
    return { name: 'field39', relation: 'field', nameAt: offset + subject.start };
  }
  // A declared type stands between the name and `=`: `rc: string = "05"`, `response_code: Optional[str] = "00"`.
  if (op === '=' && lastNonSpace(text.slice(Math.max(0, subject.start - 4), subject.start)) === ':') {
    subject = operandBefore(text, text.lastIndexOf(':', subject.start));
  }
  return operand(subject.text, COMPARISON_OPS.has(op) ? 'comparison' : 'field', offset + subject.start);
}

function defaulted(left: string, last: string): Named | undefined {
  if (last === ',') {
    const key = operandBefore(left, left.lastIndexOf(','));
    return LOOKUP_OPENS.test(left.slice(Math.max(0, key.start - 24), key.start)) ? operand(key.text, 'field') : undefined;
  }
  const at = suffixAt(left, DEFAULT_AT_END, 8);
  return at < 0 ? undefined : operand(operandBefore(left, at).text, 'field');
}

function compared(left: string, right: string, last: string): Named | undefined {
  const after = COMPARED_AFTER.exec(right) ?? EQUALS_CALL_AFTER.exec(right);
  if (after) return operand(after[1], 'comparison');
  if (last === '(') {
    const method = suffixAt(left, EQUALS_METHOD_AT_END, 32);
    if (method >= 0) return operand(operandBefore(left, method).text, 'comparison');
    const other = suffixAt(left, EQUALS_FN_AT_END, 32) >= 0 ? ARGUMENT_AFTER.exec(right) : null;
    return other ? operand(other[1], 'comparison') : undefined;
  }
  if (last === ',') {
    const first = operandBefore(left, left.lastIndexOf(','));
    if (EQUALS_FN_AT_END.test(left.slice(Math.max(0, first.start - 24), first.start))) return operand(first.text, 'comparison');
  }
  return undefined;
}

function flagged(left: string, last: string): Named | undefined {
  const flag = last === ',' ? FLAG_AT_END.exec(left.slice(-64)) : null;
  return flag ? { name: flag[1], relation: 'field' } : undefined;
}

function member(left: string, right: string): Named | undefined {
  const contains = CONTAINS_AFTER.exec(right);
  if (contains) return operand(contains[1], 'membership');
  if (!left.includes('in')) return undefined;
  const outside = left.slice(0, openBracket(left));
  const inAt = suffixAt(outside, IN_AT_END, 32);
  if (inAt >= 0) return operand(operandBefore(outside, inAt).text, 'membership');
  if (lastNonSpace(outside) === ',') {
    const tested = operandBefore(outside, outside.lastIndexOf(','));
    if (IN_ARRAY_OPENS.test(outside.slice(Math.max(0, tested.start - 16), tested.start))) return operand(tested.text, 'membership');
  }
  return undefined;
}

/**
 * The field an operand reads, and the object it reads it from: `country.code` → `code` of `country`. An HTTP
 * status used as a key names what it holds too: `{503: "SERVICE_UNAVAILABLE"}` is a reason phrase.
 */
export function operand(expression: string, relation: Named['relation'], nameAt?: number): Named | undefined {
  if (expression.includes('39') && READS_FIELD_39.test(expression)) return { name: 'field39', relation, nameAt };
  const ids = (expression.match(IDENTS) ?? []).filter((id) => !ACCESSORS.has(id));
  if (ids.length === 0) {
    const status = HTTP_STATUS_KEY.exec(expression);
    return status ? { name: status[1], relation, nameAt } : undefined;
  }
  const owner = ids.length > 1 ? withoutAccessor(ids[ids.length - 2]) : undefined;
  return { name: withoutAccessor(ids[ids.length - 1]), nameOwner: owner, relation, nameAt };
}

/** Index of the innermost bracket still open at the end of `text` (its length when none is). */
function openBracket(text: string): number {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '(' || c === '[' || c === '{') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return text.length;
}
