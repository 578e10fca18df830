// Reads a branch's condition as tests of one subject: `rc == "A" || rc == "B"`, `"A".equals(rc)`,
// `rc in ("A", "B")`, `rc.startsWith("200")`, `substr($rc, 0, 3) === '200'`, `rc / 10000 == 200`.
import type { Node } from 'web-tree-sitter';
import type { ChainCaptures, TestCaptures } from './chainCaptures';
import type { LanguageSpec } from './languages/languageSpec';
import { stringContents } from './literals';
import { assignmentsIn, codeChildren, isAssignmentNode, isNumberNode, isReferenceNode, isScopeNode, isStringNode, isVariableNode, literalOf, unwrapped } from './nodeKinds';
import { nodeRange } from './positions';
import type { CaseLabel, ConstantDefinition } from './types';

export interface ReadTest {
  node: Node;
  /** The subject as written, blanks removed and slicing or division taken off: what branches must share. */
  subject: string;
  subjectNode: Node;
  /** The node the value was read from, for printing more tests like this one. */
  valueNode?: Node;
  labels: CaseLabel[];
  /** The assignment the subject was read through: `$http = substr($rc, 0, 3)` for `$http === '200'`. */
  through?: Node;
}

export interface ReadCondition {
  subject: string;
  subjectNode: Node;
  tests: ReadTest[];
  labels: CaseLabel[];
  /** A guard stands beside the tests (`isset($r['rc']) && …`): one more test cannot simply be or-ed on. */
  guarded: boolean;
  /** The assignments the tests' subjects were read through (`$http = substr($rc, 0, 3)`). */
  through: Node[];
}

interface ReadTests {
  tests: ReadTest[];
  guarded: boolean;
}

/** A reference reads as a constant when its last name is upper case: `SUCCESS`, `Type.S`, `ResultStatusType_U`. */
function isConstantReference(node: Node, source: string): boolean {
  if (!isReferenceNode(node)) return false;
  const last = /[\p{L}\p{N}_]+$/u.exec(source.slice(node.startIndex, node.endIndex))?.[0] ?? '';
  return /^[A-Z][A-Z0-9_]*$/.test(last) || /^[A-Z]\w*_[A-Z0-9]+$/.test(last);
}

/** Slicing and conversions around a subject: what is left, and the prefix length or code length they imply. */
interface Stripped {
  subject: string;
  prefixLength?: number;
  /** For `rc / 10000`: the divisor's zeros. */
  dividedBy?: number;
}

/** A test value that is SNAP's HTTP part (`'200'`): the subject may be a slice taken earlier into a variable. */
const HTTP_PART = /^[1-5]\d\d$/;

const SLICES: readonly RegExp[] = [
  /^(?:mb_)?substr\((.+),0,(\d+)\)$/,
  /^(.+)\.(?:substring|substr|slice|Substring)\(0,(\d+)\)$/,
  /^(.+)\[0?:(\d+)\]$/,
  /^(.+)\[0,(\d+)\]$/,
  /^(.+)\.take\((\d+)\)$/,
];
const CONVERSIONS: readonly RegExp[] = [
  /^(?:int|intval|Integer\.parseInt|Integer\.valueOf|parseInt|Number|Convert\.ToInt32|int\.Parse|Long\.parseLong)\((.+?)(?:,10)?\)$/,
  /^\(int\)(.+)$/,
  /^(.+)\.(?:to_i|toInt\(\)|toLong\(\))$/,
];

function stripped(raw: string): Stripped {
  let subject = raw.replace(/\s+/g, '');
  const division = /^(.+?)\/\/?(10+)$/.exec(subject);
  let dividedBy: number | undefined;
  if (division) {
    subject = division[1];
    dividedBy = division[2].length - 1;
  }
  for (const conversion of CONVERSIONS) subject = conversion.exec(subject)?.[1] ?? subject;
  for (const slice of SLICES) {
    const m = slice.exec(subject);
    if (m && dividedBy === undefined) return { subject: m[1], prefixLength: Number(m[2]) };
  }
  return { subject, ...(dividedBy !== undefined && { dividedBy }) };
}

/** The value an assignment node assigns, as written: its last part, without a leading `=`. */
function assignedText(assignment: Node, source: string): string | undefined {
  const value = codeChildren(assignment).at(-1);
  return value && source.slice(value.startIndex, value.endIndex).replace(/^\s*:?=\s*/, '');
}

/** Whether `node` assigns a slice of something to a variable (`$http = substr($rc, 0, 3)`), which a chain may test. */
export function assignsSlice(node: Node, source: string): boolean {
  if (!isAssignmentNode(node)) return false;
  const value = assignedText(node, source);
  return value !== undefined && stripped(value).prefixLength !== undefined;
}

export class TestReader {
  constructor(
    private readonly captures: ChainCaptures,
    private readonly spec: LanguageSpec,
    private readonly source: string,
    private readonly constants: () => ReadonlyMap<string, ConstantDefinition>,
  ) {}

  /** The condition as tests of one subject, or undefined when any part of it is something else than tests and guards. */
  condition(condition: Node): ReadCondition | undefined {
    const read = this.tests(condition);
    if (!read) return undefined;
    const { tests, guarded } = read;
    if (tests.length === 0 || tests.some((t) => t.subject !== tests[0].subject)) return undefined;
    const through = tests.flatMap((t) => (t.through ? [t.through] : []));
    return { subject: tests[0].subject, subjectNode: tests[0].subjectNode, tests, labels: tests.flatMap((t) => t.labels), guarded, through };
  }

  /**
   * A disjunction holds only tests; a conjunction one part of tests beside guards, which only keep codes
   * out of the branch (`isset($r['rc']) && $http === '200'`).
   */
  private tests(part: Node): ReadTests | undefined {
    const node = unwrapped(part);
    if (this.captures.ors.has(node.id)) {
      const read = codeChildren(node).map((child) => this.tests(child));
      if (read.some((r) => !r || r.guarded)) return undefined;
      return { tests: read.flatMap((r) => r!.tests), guarded: false };
    }
    if (this.captures.ands.has(node.id)) {
      const read = codeChildren(node).map((child) => this.tests(child));
      const tested = read.filter((r) => r !== undefined);
      return tested.length === 1 ? { tests: tested[0].tests, guarded: true } : undefined;
    }
    const captured = this.captures.tests.get(node.id);
    const test = captured && this.test(node, captured);
    return test && { tests: [test], guarded: false };
  }

  private text(node: Node): string {
    return this.source.slice(node.startIndex, node.endIndex);
  }

  private test(node: Node, test: TestCaptures): ReadTest | undefined {
    if (test.kind === 'in') {
      const values = this.values(test.values);
      const labels = values.map((v) => this.label(v)).filter((l): l is CaseLabel => l !== undefined);
      if (labels.length === 0 || labels.length !== values.length) return undefined;
      const { subject } = stripped(this.text(test.subject));
      return { node, subject, subjectNode: test.subject, labels };
    }
    if (test.kind === 'prefix') {
      const label = this.label(unwrapped(test.value));
      if (label?.kind !== 'string') return undefined;
      return { node, subject: stripped(this.text(test.subject)).subject, subjectNode: test.subject, valueNode: unwrapped(test.value), labels: [{ ...label, prefix: {} }] };
    }
    const left = unwrapped(test.left);
    const right = unwrapped(test.right);
    const isValue = (n: Node) => isStringNode(n) || isNumberNode(n) || isConstantReference(n, this.source);
    const [subjectNode, valueNode] = isValue(right) && !isStringNode(left) && !isNumberNode(left) ? [left, right] : isValue(left) && !isValue(right) ? [right, left] : [];
    if (!subjectNode || !valueNode) return undefined;
    const label = this.label(valueNode);
    if (!label) return undefined;
    const assigned = label.kind === 'string' && HTTP_PART.test(label.value) ? this.assignment(subjectNode, node) : undefined;
    const through = assigned && stripped(assigned.value).prefixLength !== undefined ? assigned : undefined;
    const { subject, prefixLength, dividedBy } = stripped(through ? through.value : this.text(subjectNode));
    if (prefixLength !== undefined) {
      if (label.kind !== 'string' || label.value.length !== prefixLength) return undefined;
      return { node, subject, subjectNode, valueNode, labels: [{ ...label, prefix: {} }], ...(through && { through: through.node }) };
    }
    if (dividedBy !== undefined) {
      if (label.kind !== 'number') return undefined;
      return { node, subject, subjectNode, valueNode, labels: [{ ...label, prefix: { codeLength: label.value.length + dividedBy } }] };
    }
    return { node, subject, subjectNode, valueNode, labels: [label] };
  }

  /**
   * The value last assigned to a plain variable before `before`, in the same function: where a test of the
   * variable against an HTTP part reads a slice taken earlier (`$http = substr($rc, 0, 3); … $http === '200'`).
   */
  private assignment(variable: Node, before: Node): { node: Node; value: string } | undefined {
    if (!isVariableNode(variable)) return undefined;
    const name = this.text(variable);
    let scope = variable.parent;
    while (scope && !isScopeNode(scope)) scope = scope.parent;
    if (!scope) return undefined;
    const found = assignmentsIn(scope, before.startIndex).filter((a) => codeChildren(a).some((c) => this.text(c) === name)).at(-1);
    const value = found && assignedText(found, this.source);
    return found && value !== undefined && value !== name ? { node: found, value } : undefined;
  }

  /** The literals of a membership test's collection, or-pattern or argument list. */
  private values(collection: Node): Node[] {
    const out: Node[] = [];
    const visit = (node: Node) => {
      const inner = unwrapped(node);
      if (isStringNode(inner) || isNumberNode(inner) || isConstantReference(inner, this.source)) out.push(inner);
      else for (const child of codeChildren(inner)) visit(child);
    };
    visit(collection);
    return out;
  }

  private label(node: Node): CaseLabel | undefined {
    const text = this.text(node);
    const range = nodeRange(node);
    const contents = isStringNode(node) && node.type !== 'bare_string' ? stringContents(node, this.spec, this.source) : undefined;
    if (contents) return { text, range, kind: 'string', value: contents.value, quote: contents.quote, valueRange: contents.range };
    const literal = literalOf(node, this.spec, this.source);
    if (literal) return { text, range, kind: literal.kind, value: literal.value, quote: literal.quote, valueRange: range };
    if (!isConstantReference(node, this.source)) return undefined;
    const value = /[\p{L}\p{N}_]+$/u.exec(text)![0];
    const constant = this.constants().get(value);
    return { text, range, kind: 'identifier', value, quote: '', valueRange: range, ...(constant && { constant }) };
  }
}
