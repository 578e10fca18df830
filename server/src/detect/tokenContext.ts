// What surrounds a code-shaped token on its line: a field or variable it is assigned to or compared with,
// a case/arm label, a list it is a member of, a map key. Lexical on purpose: it must work the same in
// every language, in logs and in broken code, and in microseconds.
import { lastIdentifier } from './codeNames';

export interface TokenContext {
  quoted: boolean;
  /** The identifier the token is assigned to, keyed by, compared with or tested for membership in. */
  name?: string;
  relation?: 'field' | 'comparison' | 'membership' | 'prose';
  caseLabel: boolean;
  mapKey: boolean;
}

const QUOTES = `'"\``;
const IDENT = String.raw`[A-Za-z_$][\w$]*`;
const KEY_BEFORE = new RegExp(String.raw`(${IDENT})\s*["'\x60]?\s*\]?\s*(===|!==|==|!=|<>|=>|:=|=|:|\beq\b|\bne\b|\bis\b)\s*$`);
const NAME_BEFORE = new RegExp(String.raw`(${IDENT})\s+$`);
const COMPARED_AFTER = new RegExp(String.raw`^\s*(?:===|!==|==|!=)\s*([\w$.\[\]"'()]+)`);
const EQUALS_CALL_AFTER = /^\.(?:equals|equalsIgnoreCase|Equals|eq)\(\s*([\w$.\[\]"'()]+)/;
const IN_BEFORE = new RegExp(String.raw`(${IDENT})\s+(?:not\s+)?in\s+(?:listOf|setOf|arrayOf|Set\.of|List\.of|Arrays\.asList|%w)?\s*$`);
const IN_ARRAY_BEFORE = new RegExp(String.raw`in_array\(\s*\$?(${IDENT})\s*,\s*$`);
const CONTAINS_AFTER = /^[^;]*?[)\]}]\s*\.(?:includes|contains|has|indexOf|containsKey|Contains|include\?)\(\s*([\w$.()[\]]+)/;
const CASE_BEFORE = /^\s*(?:case|when)\b(?!.*(?:->|=>))[^:]*$/;
const LABEL_LIST_BEFORE = /^\s*(?:(?:["'`][^"'`]*["'`]|[\w.$]+)\s*[,|]\s*)*$/;
const ARM_AFTER = /^(?:\s*[,|]\s*(?:["'`][^"'`]*["'`]|[\w.$]+))*\s*(?:->|=>)/;
const MAP_KEY_AFTER = /^\s*(?::(?!:)|=>|\bto\b)/;
const MAP_KEY_BEFORE = /(?:^|[{,(\[])\s*\[?\s*$/;
const COMPARISON_OPS = new Set(['===', '!==', '==', '!=', '<>', 'eq', 'ne', 'is']);

export function tokenContext(line: string, start: number, end: number): TokenContext {
  const q = line[start - 1];
  const quoted = q !== undefined && QUOTES.includes(q) && line[end] === q;
  const left = line.slice(0, quoted ? start - 1 : start);
  const right = line.slice(quoted ? end + 1 : end);
  const ctx: TokenContext = { quoted, caseLabel: false, mapKey: false };

  if (CASE_BEFORE.test(left) || (LABEL_LIST_BEFORE.test(left) && ARM_AFTER.test(right))) {
    ctx.caseLabel = true;
    return ctx;
  }
  if (MAP_KEY_AFTER.test(right) && MAP_KEY_BEFORE.test(left)) {
    ctx.mapKey = true;
    return ctx;
  }
  const key = KEY_BEFORE.exec(left);
  if (key) return { ...ctx, name: key[1], relation: COMPARISON_OPS.has(key[2]) ? 'comparison' : 'field' };
  const compared = COMPARED_AFTER.exec(right) ?? EQUALS_CALL_AFTER.exec(right);
  if (compared) return withName(ctx, compared[1], 'comparison');
  const member = IN_BEFORE.exec(left.slice(0, openBracket(left))) ?? IN_ARRAY_BEFORE.exec(left.slice(0, openBracket(left)));
  if (member) return { ...ctx, name: member[1], relation: 'membership' };
  const contains = CONTAINS_AFTER.exec(right);
  if (contains) return withName(ctx, contains[1], 'membership');
  const prose = NAME_BEFORE.exec(left);
  if (prose && !quoted) return { ...ctx, name: prose[1], relation: 'prose' };
  return ctx;
}

function withName(ctx: TokenContext, expression: string, relation: TokenContext['relation']): TokenContext {
  const name = lastIdentifier(expression);
  return name ? { ...ctx, name, relation } : ctx;
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
