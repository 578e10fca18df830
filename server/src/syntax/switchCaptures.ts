// Collects what a language's switch query captured, grouped per construct and per arm.
//
// The capture names are the contract with `server/queries/<language>/switch.scm`:
//   @switch          the construct; in the same match @keyword, @subject, @close (the closing `}`/`end`)
//                    and optionally @subject.name (the discriminant's last name; a later pattern wins)
//   @statement       marks a construct that stands as a statement (its arms need not produce a value)
//   @map             marks a dispatch map: a map literal indexed by the subject, its entries the arms
//   @arm @arm.rule   an arm with labels (`case X:` / `X ->`), each label captured as @label in the same match
//   @default @default.rule   the arm taken when no label matches; it wins over @arm on the same node
//   @label.string @label.number @label.identifier   refine a label, or the name inside a qualified label
//   @label.key       a bare object key (`S` in `{ S: onPaid }`), which stands for the string
// Captures starting with `_` only serve predicates.
import type { Node, Query } from 'web-tree-sitter';
import { cancellableMatches } from './cancellableMatches';
import { liesWithin, type Extent } from './editShift';

export type LabelRefinement = 'string' | 'number' | 'identifier' | 'key';

export interface ConstructCaptures {
  node: Node;
  keyword?: Node;
  subject?: Node;
  close?: Node;
  subjectName?: Node;
  statement: boolean;
  map: boolean;
}

export interface ArmCaptures {
  node: Node;
  rule: boolean;
  isDefault: boolean;
  labels: Node[];
}

export interface Refinement {
  kind: LabelRefinement;
  node: Node;
}

export interface SwitchCaptures {
  constructs: ConstructCaptures[];
  arms: ArmCaptures[];
  /** Keyed by the refined node's id. */
  refinements: Map<number, Refinement>;
}

const armCaptureNames = new Set(['arm', 'arm.rule', 'default', 'default.rule']);

/**
 * What the query captures in the whole tree, or only the constructs lying inside the given extents. The
 * query still meets the nodes around them, since a pattern may match a construct through its parent (@statement).
 * Undefined when `cancelled` stopped the query: partial matches would read as arms missing.
 */
export function captureSwitches(query: Query, root: Node, source: string, cancelled: () => boolean, within?: readonly Extent[]): SwitchCaptures | undefined {
  const constructs = new Map<number, ConstructCaptures & { namePattern: number }>();
  const arms = new Map<number, ArmCaptures>();
  const statements = new Set<number>();
  const maps = new Set<number>();
  const refinements: SwitchCaptures['refinements'] = new Map();

  const matches = cancellableMatches(query, root, source, cancelled, within);
  if (!matches) return undefined;
  for (const match of matches) {
    const byName = new Map(match.captures.map((capture) => [capture.name, capture.node]));
    const switchNode = byName.get('switch');
    if (switchNode) {
      let construct = constructs.get(switchNode.id);
      if (!construct) {
        construct = { node: switchNode, statement: false, map: false, namePattern: -1 };
        constructs.set(switchNode.id, construct);
      }
      construct.keyword ??= byName.get('keyword');
      construct.subject ??= byName.get('subject');
      construct.close ??= byName.get('close');
      const name = byName.get('subject.name');
      if (name && match.patternIndex > construct.namePattern) {
        construct.subjectName = name;
        construct.namePattern = match.patternIndex;
      }
    }
    for (const { name, node } of match.captures) {
      if (name === 'statement') statements.add(node.id);
      else if (name === 'map') maps.add(node.id);
      else if (name.startsWith('label.')) refinements.set(node.id, { kind: name.slice(6) as LabelRefinement, node });
      else if (armCaptureNames.has(name)) {
        let arm = arms.get(node.id);
        if (!arm) {
          arm = { node, rule: false, isDefault: false, labels: [] };
          arms.set(node.id, arm);
        }
        arm.rule ||= name.endsWith('.rule');
        arm.isDefault ||= name.startsWith('default');
        const label = byName.get('label');
        if (label && !arm.labels.some((known) => known.id === label.id)) arm.labels.push(label);
      }
    }
  }

  return {
    constructs: [...constructs.values()].filter((construct) => !within || liesWithin(construct.node, within)).map(({ namePattern: _, ...construct }) => ({
      ...construct,
      statement: statements.has(construct.node.id),
      map: maps.has(construct.node.id),
    })),
    arms: [...arms.values()],
    refinements,
  };
}
