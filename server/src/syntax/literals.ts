// Reads literal values out of the nodes the queries classified: string contents, numbers, referenced names.
import type { Node } from 'web-tree-sitter';
import type { LanguageSpec } from './languages/languageSpec';
import { toPosition } from './positions';
import type { LiteralKind, LiteralValue, QuoteStyle, Range } from './types';

export interface StringContents {
  value: string;
  quote: Exclude<QuoteStyle, ''>;
  /** Between the delimiters. */
  range: Range;
}

const simpleEscapes: Readonly<Record<string, string>> = {
  n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', a: '\x07', e: '\x1b', s: ' ',
};

/** The character a backslash escape stands for, in the C-like escape syntax the supported languages share. */
export function decodeEscape(escape: string): string {
  const body = escape.slice(1);
  const hex = /^(?:x([0-9a-fA-F]{1,2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]+)\}|U([0-9a-fA-F]{8}))$/.exec(body);
  if (hex) {
    const codePoint = parseInt(hex[1] ?? hex[2] ?? hex[3] ?? hex[4], 16);
    // Grammars accept any digits (`\u{110000}`, `\UFFFFFFFF`); beyond Unicode the escape stays as written.
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : escape;
  }
  if (/^[0-7]{1,3}$/.test(body)) return String.fromCharCode(parseInt(body, 8));
  if (body in simpleEscapes) return simpleEscapes[body];
  if (/^\r?\n$/.test(body)) return '';
  return body.length === 1 ? body : escape;
}

function leaves(node: Node): Node[] {
  return node.childCount === 0 ? [node] : node.children.flatMap(leaves);
}

/**
 * The contents of a string literal whose first and last children are its delimiters; `source` is the parsed
 * text. Undefined when it is not a plain string: interpolations, or a literal the grammar keeps as one token
 * (C# `@"…"`).
 */
export function stringContents(node: Node, spec: LanguageSpec, source: string): StringContents | undefined {
  // The children are read from the tree once; each of firstChild, lastChild and childCount would ask again.
  const children = node.children;
  const open = children[0];
  const close = children.at(-1);
  if (!open || !close || children.length < 2) return undefined;
  const quote = source.slice(open.startIndex, open.endIndex).at(-1);
  const syntax = quote === undefined ? undefined : spec.strings[quote as Exclude<QuoteStyle, ''>];
  if (!syntax) return undefined;
  const inner = children.slice(1, -1).flatMap(leaves);
  // Grammars name plain text `…content`/`…fragment` and escapes `escape_sequence`; anything else interpolates.
  if (inner.some((leaf) => leaf.type !== 'escape_sequence' && !/content|fragment/.test(leaf.type))) return undefined;
  let value = '';
  let at = open.endIndex;
  for (const escape of inner.filter((leaf) => leaf.type === 'escape_sequence')) {
    value += source.slice(at, escape.startIndex) + decodeEscape(source.slice(escape.startIndex, escape.endIndex));
    at = escape.endIndex;
  }
  value += source.slice(at, close.startIndex);
  if (syntax.unmarkedEscapes) value = value.replace(new RegExp(`\\\\([\\\\${quote}])`, 'g'), '$1');
  return {
    value,
    quote: quote as Exclude<QuoteStyle, ''>,
    range: { start: toPosition(open.endPosition), end: toPosition(close.startPosition) },
  };
}

/** A literal of the kind a query gave it, or undefined when the node turns out not to be a plain literal. */
export function literalValue(node: Node, kind: LiteralKind, spec: LanguageSpec, source: string): LiteralValue | undefined {
  if (kind === 'number') return { value: source.slice(node.startIndex, node.endIndex), kind, quote: '' };
  const contents = stringContents(node, spec, source);
  return contents && { value: contents.value, kind, quote: contents.quote };
}
