// Collects what a language's chain query captured: the branches of if/else-if chains and the tests in them.
//
// The capture names are the contract with `server/queries/<language>/chain.scm`:
//   @branch          an `if` (or `elif`/`elsif`/`else if` clause), with @condition and @body (if any) in the same match
//   @branch.owner    a branch, with @branch.next (the branch after it) or @branch.else (the final else body)
// and with `tests.scm`, which is queried within each condition only (most tests in a file are not in one):
//   @test            an equality, with @test.left and @test.right (either side may be the code)
//   @test.prefix     a prefix check (`startsWith`, `HasPrefix`), with @test.subject and @test.value
//   @test.in         a membership check (`in (…)`, `includes`, `is "A" or "B"`), with @test.subject and @test.values
//   @or              a disjunction of tests
//   @and             a conjunction: a guard (`isset($r['rc'])`, `rc != null`) and the tests it lets through
// Captures starting with `_` only serve predicates.
import type { Node, Query } from 'web-tree-sitter';
import { cancellableMatches } from './cancellableMatches';
import { liesWithin, type Extent } from './editShift';

export interface BranchCaptures {
  node: Node;
  condition: Node;
  body: Node;
}

export type TestCaptures =
  | { kind: 'equal'; left: Node; right: Node }
  | { kind: 'prefix'; subject: Node; value: Node }
  | { kind: 'in'; subject: Node; values: Node };

export interface ChainCaptures {
  branches: Map<number, BranchCaptures>;
  /** Owner branch id → the branches following it, in source order. */
  next: Map<number, Node[]>;
  /** Owner branch id → its final else body. */
  elses: Map<number, Node>;
  tests: Map<number, TestCaptures>;
  ors: Set<number>;
  ands: Set<number>;
}

function testOf(kind: string, byName: Map<string, Node>): TestCaptures | undefined {
  const [left, right, subject, value, values] = ['test.left', 'test.right', 'test.subject', 'test.value', 'test.values'].map((n) => byName.get(n));
  if (kind === 'test' && left && right) return { kind: 'equal', left, right };
  if (kind === 'test.prefix' && subject && value) return { kind: 'prefix', subject, value };
  if (kind === 'test.in' && subject && values) return { kind: 'in', subject, values };
  return undefined;
}

/**
 * What the queries capture in the whole tree, or near the given extents; undefined when `cancelled` stopped
 * them. `chains` finds the branches; `tests` is asked about each branch's condition.
 */
export function captureChains(
  queries: { chains: Query; tests: Query }, root: Node, source: string, cancelled: () => boolean, within?: readonly Extent[],
): ChainCaptures | undefined {
  const captures: ChainCaptures = { branches: new Map(), next: new Map(), elses: new Map(), tests: new Map(), ors: new Set(), ands: new Set() };
  const matches = cancellableMatches(queries.chains, root, source, cancelled, within);
  if (!matches) return undefined;
  for (const match of matches) {
    const byName = new Map(match.captures.map((capture) => [capture.name, capture.node]));
    const branch = byName.get('branch');
    const condition = byName.get('condition');
    // An empty Ruby branch has no body node: its condition stands in for where the body would end.
    const body = byName.get('body') ?? condition;
    if (branch && condition && body && !captures.branches.has(branch.id)) captures.branches.set(branch.id, { node: branch, condition, body });
    const owner = byName.get('branch.owner');
    const next = byName.get('branch.next');
    const otherwise = byName.get('branch.else');
    if (owner && next) {
      const list = captures.next.get(owner.id) ?? [];
      if (!list.some((n) => n.id === next.id)) list.push(next);
      captures.next.set(owner.id, list.sort((a, b) => a.startIndex - b.startIndex));
    }
    if (owner && otherwise) captures.elses.set(owner.id, otherwise);
  }
  if (within) {
    for (const [id, branch] of captures.branches) if (!liesWithin(branch.node, within)) captures.branches.delete(id);
  }
  for (const condition of outermost([...captures.branches.values()].map((branch) => branch.condition))) {
    const tests = cancellableMatches(queries.tests, condition, source, cancelled);
    if (!tests) return undefined;
    for (const match of tests) addTests(captures, match.captures);
  }
  return captures;
}

/**
 * The nodes not inside another of them, in source order. A condition holding a callback with `if`s in it holds
 * their conditions too: querying each again would cost the square of the nesting.
 */
function outermost(nodes: readonly Node[]): Node[] {
  const out: Node[] = [];
  for (const node of [...nodes].sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex)) {
    const last = out.at(-1);
    if (!last || node.startIndex >= last.endIndex) out.push(node);
  }
  return out;
}

function addTests(captures: ChainCaptures, matched: readonly { name: string; node: Node }[]): void {
  const byName = new Map(matched.map((capture) => [capture.name, capture.node]));
  for (const { name, node } of matched) {
    if (name === 'or') captures.ors.add(node.id);
    else if (name === 'and') captures.ands.add(node.id);
    else if (name === 'test' || name === 'test.prefix' || name === 'test.in') {
      const test = testOf(name, byName);
      if (test && !captures.tests.has(node.id)) captures.tests.set(node.id, test);
    }
  }
}
