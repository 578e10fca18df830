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
/** Assignments and initialised declarations: the assigned name is one of their children, the value the last. */
const ASSIGNMENTS = ['assignment_expression', 'assignment', 'variable_declarator', 'short_var_declaration', 'assignment_statement', 'var_spec', 'property_declaration'];
/** Where a local variable lives: functions, methods and closures. */
const SCOPE = /^(function_definition|function_declaration|function_expression|function_literal|method_declaration|method_definition|method|singleton_method|constructor_declaration|arrow_function|anonymous_function|anonymous_function_creation_expression|lambda|lambda_expression|lambda_literal|func_literal|local_function_statement|program|source_file|module|compilation_unit)$/;
/** Wrappers around a single expression or statement. */
const WRAPPER = /^(parenthesized_expression|block|statement_block|compound_statement|statement_list|then|else|else_clause|control_structure_body|expression_statement|return_statement|yield_statement|return_expression|argument|value_argument|constant_pattern|array_element_initializer|switch_body|jump_expression|expression_list)$/;
const EXIT = /^(return_statement|throw_statement|throw_expression|raise_statement|return|return_expression|jump_expression)$/;
const COMMENT = /comment/;
/** Blocks around a body's statements. */
const BLOCK = /^(block|statement_block|compound_statement|statement_list|then|else|else_clause|control_structure_body)$/;
/** A literal collection a message table may yield: `['english' => '…', 'indonesia' => '…']`, `{ en: '…' }`. */
const COLLECTION = /array|list|tuple|dictionary|hash|object|map|initializer|composite_literal|collection/;
/** Nodes that do something: a yielded value holding one is not mere words. */
const ACTION = /call|invocation|assignment|update|new_expression|object_creation|await|lambda|function|closure|throw|yield/;
/** Words for a person: two words apart, as in `'Invalid field format'`, not a state such as `'failed'`. */
const PHRASE = /\p{L}\s+\p{L}/u;

export function isStringNode(node: Node): boolean {
  return STRING.test(node.type);
}

export function isNumberNode(node: Node): boolean {
  return NUMBER.test(node.type);
}

export function isReferenceNode(node: Node): boolean {
  return REFERENCE.test(node.type);
}

/** A plain local name: `http`, `$http`. */
export function isVariableNode(node: Node): boolean {
  return /^(identifier|variable_name|simple_identifier)$/.test(node.type);
}

export function isScopeNode(node: Node): boolean {
  return SCOPE.test(node.type);
}

export function isAssignmentNode(node: Node): boolean {
  return ASSIGNMENTS.includes(node.type);
}

/** The assignments in `scope` that end before `end`, in source order. */
export function assignmentsIn(scope: Node, end: number): Node[] {
  return scope.descendantsOfType(ASSIGNMENTS).filter((n): n is Node => n !== null && n.endIndex <= end);
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

/**
 * Whether a body does nothing but yield words for a person: a sentence, or a literal list or map of them
 * (`'4002402' => ['english' => 'Invalid field', …]`). Such an arm chooses a message, not what to do.
 */
export function yieldsMessage(parts: readonly Node[], source: string): boolean {
  const statements = parts.filter((part) => part.type !== 'break_statement');
  if (statements.length !== 1) return false;
  const value = unwrapped(statements[0]);
  if (!isStringNode(value) && !COLLECTION.test(value.type)) return false;
  let phrase = false;
  const visit = (node: Node): boolean => {
    if (ACTION.test(node.type)) return false;
    if (isStringNode(node)) {
      phrase ||= PHRASE.test(source.slice(node.startIndex, node.endIndex));
      return true;
    }
    return codeChildren(node).every(visit);
  };
  return visit(value) && phrase;
}

/** A default arm's own label among its nodes: Java's `switch_label` `default`, Python's `_` pattern. */
export const isLabelPart = (part: Node) => /label|^case_pattern$/.test(part.type);

/** What a body does, statement by statement, as written without blanks; labels and `break` left out. */
export function bodyStatements(parts: readonly Node[], source: string): string[] {
  return parts.flatMap((part) => {
    if (part.type === 'break_statement' || isLabelPart(part)) return [];
    if (BLOCK.test(part.type)) return bodyStatements(codeChildren(part), source);
    return [source.slice(part.startIndex, part.endIndex).replace(/\s+/g, '')];
  });
}

/** Whether a default does something no arm does: it is not empty, and neither its statements nor its last one are an arm's. */
export function doesItsOwnThing(otherwise: readonly string[], arms: readonly (readonly string[])[]): boolean {
  return otherwise.length > 0 && !arms.some((arm) => arm.length > 0 && (arm.join('\n') === otherwise.join('\n') || arm.at(-1) === otherwise.at(-1)));
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
