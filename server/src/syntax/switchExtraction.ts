// Turns a parsed document's switch-like constructs into plain SwitchSite data.
//
// Node#parent walks down from the root in tree-sitter, so asking it once per arm or label costs the depth
// of the tree each time: quadratic in deeply nested switches. Owners are therefore found top-down, each
// node visited once, and the whole extraction gives up at a deadline instead of freezing the server.
import type { Node, TreeCursor } from 'web-tree-sitter';
import { armComments } from './comments';
import type { ParsedDocument } from './documentCache';
import type { Extent } from './editShift';
import { stringContents } from './literals';
import { bodyStatements, codeChildren, doesItsOwnThing, endsInExit, yieldedLiteral, yieldsMessage } from './nodeKinds';
import { nodeRange, spanRange, toPosition } from './positions';
import { fieldName } from './subjectName';
import type { Located } from './reuse';
import { captureSwitches } from './switchCaptures';
import type { ArmCaptures, ConstructCaptures, Refinement, SwitchCaptures } from './switchCaptures';
import type { CaseLabel, ConstantDefinition, DefaultArm, Range, SwitchArm, SwitchSite } from './types';

type CompleteConstruct = ConstructCaptures & { keyword: Node; subject: Node };

function isComplete(construct: ConstructCaptures): construct is CompleteConstruct {
  return construct.keyword !== undefined && construct.subject !== undefined;
}

/** How far below a label its refined name may sit: `Codes.BUSY` → `BUSY`, `case "A" or …` → `"A"`. */
const refinementDepth = 3;

/** Thrown when extraction passes its deadline; the document's switches are then not analysed at all. */
export class ExtractionTimeout extends Error {}

/** What extraction needs besides the tree: the comments and constants (each queried once), and when to give up. */
export interface ExtractionContext {
  /** The comments in source order, at least those inside the constructs extracted. */
  comments(): readonly Node[];
  constants(): ReadonlyMap<string, ConstantDefinition>;
  /** `performance.now()` after which extraction is abandoned. */
  deadline: number;
}

/**
 * Visits the descendants of `root` in source order; `visit` returns whether to enter the node's children.
 * The depth bound, when given, counts `root`'s children as depth 1.
 */
function descend(root: Node, visit: (cursor: TreeCursor) => boolean, maxDepth = Infinity): void {
  const cursor = root.walk();
  try {
    let depth = cursor.gotoFirstChild() ? 1 : 0;
    while (depth > 0) {
      if (visit(cursor) && depth < maxDepth && cursor.gotoFirstChild()) {
        depth++;
        continue;
      }
      while (depth > 0 && !cursor.gotoNextSibling()) {
        cursor.gotoParent();
        depth--;
      }
    }
  } finally {
    cursor.delete();
  }
}

class Extraction {
  private readonly captures: SwitchCaptures;
  private readonly labelIds: Set<number>;
  private readonly refinementOrder: Map<number, number>;
  private steps = 0;

  constructor(private readonly document: ParsedDocument, private readonly context: ExtractionContext, within?: readonly Extent[]) {
    const cancelled = () => performance.now() > context.deadline;
    const captures = captureSwitches(document.grammar.queries.switches, document.tree.rootNode, document.text, cancelled, within);
    if (!captures) throw new ExtractionTimeout('the switch query passed its deadline');
    this.captures = captures;
    this.labelIds = new Set(this.captures.arms.flatMap((arm) => arm.labels.map((label) => label.id)));
    // When several refinements sit under one label, the first the query produced wins.
    this.refinementOrder = new Map([...this.captures.refinements.keys()].map((id, i) => [id, i]));
  }

  private checkDeadline(): void {
    if ((++this.steps & 0x3ff) === 0 && performance.now() > this.context.deadline) throw new ExtractionTimeout('switch extraction passed its deadline');
  }

  sites(): Located<SwitchSite>[] {
    const constructs = this.captures.constructs.filter(isComplete).sort((a, b) => a.node.startIndex - b.node.startIndex);
    const constructTypes = new Set(constructs.map((c) => c.node.type));
    const armById = new Map(this.captures.arms.map((arm) => [arm.node.id, arm]));
    return constructs.map((construct) => {
      // The nearest enclosing construct of a captured kind owns an arm; an arm of a construct that was not
      // captured (a `when` without subject, a tagless Go switch) belongs to no site.
      const arms: ArmCaptures[] = [];
      descend(construct.node, (cursor) => {
        this.checkDeadline();
        const arm = armById.get(cursor.nodeId);
        if (arm) arms.push(arm);
        return !constructTypes.has(cursor.nodeType);
      });
      return { extent: { start: construct.node.startIndex, end: construct.node.endIndex }, value: this.site(construct, arms) };
    });
  }

  private site(construct: CompleteConstruct, arms: ArmCaptures[]): SwitchSite {
    const { node, keyword, subject, close } = construct;
    const source = this.document.text;
    const ordered = arms.sort((a, b) => a.node.startIndex - b.node.startIndex);
    const defaultArm = ordered.find((arm) => arm.isDefault);
    // A map's key is read as written: `status`, `$status`, `resp.status`.
    const nameNode = construct.subjectName ?? (construct.map ? subject : undefined);
    const nameText = nameNode && source.slice(nameNode.startIndex, nameNode.endIndex);
    const name = nameText && fieldName(construct.subjectName ? nameText : (/[\p{L}_][\p{L}\p{N}_]*(?=\W*$)/u.exec(nameText)?.[0] ?? ''));
    return {
      languageId: this.document.languageId,
      ...(construct.map && { construct: 'map' as const }),
      range: nodeRange(node),
      keywordRange: nodeRange(keyword),
      headerRange: this.headerRange(keyword, subject),
      subject: { text: source.slice(subject.startIndex, subject.endIndex), range: nodeRange(subject), ...(name && { name }) },
      isExpression: !construct.statement,
      // An empty construct has no arm to copy: a statement takes clauses, an expression rules.
      armForm: arms.some((arm) => arm.rule) ? 'rule' : arms.length > 0 || construct.statement ? 'clause' : 'rule',
      arms: ordered.filter((arm) => !arm.isDefault).map((arm) => this.arm(arm)),
      ...(defaultArm && { defaultArm: this.defaultArm(defaultArm, ordered, node) }),
      ...(close && { closeRange: nodeRange(close) }),
      hasSyntaxError: node.hasError,
    };
  }

  /** From the keyword through the discriminant and a `)` right after it: `switch (x)`, `when (x)`; C# `x switch`. */
  private headerRange(keyword: Node, subject: Node): Range {
    if (subject.startIndex < keyword.startIndex) return spanRange(subject, keyword);
    const end = toPosition(subject.endPosition);
    const paren = /^[ \t]*\)/.exec(this.document.text.slice(subject.endIndex, subject.endIndex + 80));
    if (paren) end.character += paren[0].length;
    return { start: toPosition(keyword.startPosition), end };
  }

  private defaultArm(arm: ArmCaptures, arms: ArmCaptures[], node: Node): DefaultArm {
    const source = this.document.text;
    const statements = (a: ArmCaptures) => bodyStatements(this.body(a), source);
    const distinct = doesItsOwnThing(statements(arm), arms.filter((a) => !a.isDefault).map(statements));
    return { range: nodeRange(arm.node), comments: armComments(arm.node, node, this.context.comments(), source), ...(distinct && { distinct }) };
  }

  /** The arm's nodes after its labels. */
  private body(arm: ArmCaptures): Node[] {
    return codeChildren(arm.node).filter((part) => !arm.labels.some((label) => label.startIndex < part.endIndex && part.startIndex < label.endIndex));
  }

  private arm(arm: ArmCaptures): SwitchArm {
    // A label holding other labels (`"A" or "B"`) is only their container.
    const labels = arm.labels.filter(
      (outer) => !arm.labels.some((inner) => inner.id !== outer.id && inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex),
    );
    const body = this.body(arm);
    const yields = yieldedLiteral(body, this.document.grammar.spec, this.document.text);
    return {
      range: nodeRange(arm.node),
      labels: labels.map((label) => this.label(label)),
      ...(yields && { yields }),
      ...(yieldsMessage(body, this.document.text) && { message: true }),
      ...(body.length > 0 && { exits: endsInExit(body, this.document.text) }),
    };
  }

  private label(node: Node): CaseLabel {
    const source = this.document.text;
    const text = source.slice(node.startIndex, node.endIndex);
    const range = nodeRange(node);
    const refinement = this.refinementOf(node);
    const plain = { text, range, quote: '', valueRange: range } as const;
    if (refinement?.kind === 'key') return { ...plain, kind: 'string', value: source.slice(refinement.node.startIndex, refinement.node.endIndex) };
    if (refinement?.kind === 'string') {
      const contents = stringContents(refinement.node, this.document.grammar.spec, source);
      if (contents) return { text, range, kind: 'string', value: contents.value, quote: contents.quote, valueRange: contents.range };
    } else if (refinement) {
      const value = source.slice(refinement.node.startIndex, refinement.node.endIndex);
      if (refinement.kind === 'number') return { ...plain, kind: 'number', value };
      const constant = this.context.constants().get(value);
      return { ...plain, kind: 'identifier', value, ...(constant && { constant }) };
    }
    return { ...plain, kind: 'other', value: text };
  }

  /** The first refinement at or below `label`, not below a label nested in it. */
  private refinementOf(label: Node): Refinement | undefined {
    const refinements = this.captures.refinements;
    let best = refinements.get(label.id);
    const consider = (id: number) => {
      const refinement = refinements.get(id);
      if (refinement && (!best || this.refinementOrder.get(id)! < this.refinementOrder.get(best.node.id)!)) best = refinement;
    };
    descend(label, (cursor) => {
      if (this.labelIds.has(cursor.nodeId)) return false;
      consider(cursor.nodeId);
      return true;
    }, refinementDepth);
    return best;
  }
}

/** The document's switches, or only those lying inside the given extents, in source order. */
export function extractSwitches(document: ParsedDocument, context: ExtractionContext, within?: readonly Extent[]): Located<SwitchSite>[] {
  return new Extraction(document, context, within).sites();
}

function sameDefinition(a: ConstantDefinition | undefined, b: ConstantDefinition | undefined): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The site with its identifier labels linked to `constants` again; the same object when none changed. */
export function relinkConstants(site: SwitchSite, constants: ReadonlyMap<string, ConstantDefinition>): SwitchSite {
  const relink = (label: CaseLabel): CaseLabel => {
    if (label.kind !== 'identifier') return label;
    const constant = constants.get(label.value);
    if (sameDefinition(constant, label.constant)) return label;
    const { constant: _, ...unlinked } = label;
    return { ...unlinked, ...(constant && { constant }) };
  };
  const arms = site.arms.map((arm) => {
    const labels = arm.labels.map(relink);
    return labels.some((label, i) => label !== arm.labels[i]) ? { ...arm, labels } : arm;
  });
  return arms.some((arm, i) => arm !== site.arms[i]) ? { ...site, arms } : site;
}
