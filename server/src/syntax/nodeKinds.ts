// What the grammars call their literals, names, blocks and exits: the node types the chain reader and the
// arm reader share across the nine grammars, kept here as data.
import type { Node } from 'web-tree-sitter';
import type { LanguageSpec } from './languages/languageSpec';
import { stringContents } from './literals';
import type { LiteralValue } from './types';

const STRING = /^(string|string_literal|interpreted_string_literal|raw_string_literal|encapsed_string|bare_string)$/;
const NUMBER = /^(integer|int_literal|number|decimal_integer_literal|integer_literal|number_literal)$/;
/** A reference to a constant, possibly qualified: `SUCCESS`, `Codes.BUSY`, `ResultStatusType::S`, `model.ResultStatusType_U`. */
const REFERENCE = /^(identifier|constant|name|field_access|member_access_expression|navigation_expression|selector_expression|attribute|scope_resolution|class_constant_access_expression|member_expression|field_identifier|simple_identifier)$/;
/** Wrappers around a single expression or statement. */
const WRAPPER = /^(parenthesized_expression|block|statement_block|compound_statement|statement_list|then|else|else_clause|control_structure_body|expression_statement|return_statement|yield_statement|return_expression|argument|value_argument|constant_pattern|array_element_initializer|switch_body|jump_expression|expression_list)$/;
const EXIT = /^(return_statement|throw_statement|throw_expression|raise_statement|return|return_expression|jump_expression)$/;
const COMMENT = /comment/;

export function isStringNode(node: Node): boolean {
  return STRING.test(node.type);
}

export function isNumberNode(node: Node): boolean {
  return NUMBER.test(node.type);
}

export function isReferenceNode(node: Node): boolean {
  return REFERENCE.test(node.type);
}

/** The named children that are not comments. */
export function codeChildren(node: Node): Node[] {
  return node.namedChildren.filter((child): child is Node => child !== null && !COMMENT.test(child.type));
}

/** The node inside parentheses, blocks and statements that hold only it. */
export function unwrapped(node: Node): Node {
  let current = node;
  for (;;) {
    if (!WRAPPER.test(current.type)) return current;
    const children = codeChildren(current);
    if (children.length !== 1) return current;
    current = children[0];
  }
}

/** A plain string or number literal's value. */
export function literalOf(node: Node, spec: LanguageSpec, source: string): LiteralValue | undefined {
  if (isNumberNode(node)) return { value: source.slice(node.startIndex, node.endIndex), kind: 'number', quote: '' };
  if (!isStringNode(node)) return undefined;
  if (node.type === 'bare_string') return { value: source.slice(node.startIndex, node.endIndex), kind: 'string', quote: '' };
  const contents = stringContents(node, spec, source);
  return contents && { value: contents.value, kind: 'string', quote: contents.quote };
}

/**
 * The literal a body does nothing but yield: `return "0000";`, `"A" -> "0000"`, `when 'A' then '0000'`.
 * `parts` are the body's nodes; a trailing `break` does not count.
 */
export function yieldedLiteral(parts: readonly Node[], spec: LanguageSpec, source: string): LiteralValue | undefined {
  const statements = parts.filter((part) => part.type !== 'break_statement');
  if (statements.length !== 1) return undefined;
  return literalOf(unwrapped(statements[0]), spec, source);
}

/** Whether the last of a body's nodes leaves the function: `return`, `throw`, `raise`, `panic(…)`, `TODO(…)`. */
export function endsInExit(parts: readonly Node[], source: string): boolean {
  let last = parts.at(-1);
  while (last && !EXIT.test(last.type)) {
    const text = source.slice(last.startIndex, last.endIndex);
    if (/^(panic|TODO|raise|throw)\b/.test(text)) return true;
    const children = codeChildren(last);
    if (children.length === 0 || !WRAPPER.test(last.type)) return false;
    last = children.at(-1);
  }
  return last !== undefined && !/^(break|continue)\b/.test(source.slice(last.startIndex, last.endIndex));
}
