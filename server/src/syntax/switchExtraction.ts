// Turns a parsed document's switch-like constructs into plain SwitchSite data.
//
// Node#parent walks down from the root in tree-sitter, so asking it once per arm or label costs the depth
// of the tree each time: quadratic in deeply nested switches. Owners are therefore found top-down
// (Node#childWithDescendant from the innermost construct around an arm, or from a label), and the whole
// extraction gives up at a deadline instead of freezing the server.
import type { Node } from 'web-tree-sitter';
import { armComments } from './comments';
import type { ParsedDocument } from './documentCache';
import type { Extent } from './editShift';
import { stringContents } from './literals';
import { bodyStatements, codeChildren, doesItsOwnThing, endsInExit, isLabelPart, yieldedLiteral, yieldsMessage } from './nodeKinds';
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

/** What extraction needs besides the tree: the comments and constants, and when to give up. */
export interface ExtractionContext {
  /** The comments meeting the extents, in source order: asked once per extraction, for the constructs that read comments. */
  comments(within: readonly Extent[]): readonly Node[];
  constants(): ReadonlyMap<string, ConstantDefinition>;
  /** `performance.now()` after which extraction is abandoned. */
  deadline: number;
}

/** Index of the first of `sorted` (by start) starting at or after `start`. */
function firstStartingAt(sorted: readonly Refinement[], start: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].node.startIndex < start) low = mid + 1;
    else high = mid;
  }
  return low;
}

class Extraction {
  private readonly captures: SwitchCaptures;
  private readonly labelIds: Set<number>;
  private readonly refinementOrder: Map<number, number>;
  /** The refinements by where they start: those under a label are found from its extent, not by walking it. */
  private readonly refinementStarts: Refinement[];
  private steps = 0;
  private readonly bodies = new Map<ArmCaptures, Node[]>();
  /** The extents of the constructs with a default arm: only a default's comments are read. */
  private withDefault: Extent[] = [];
  private comments: readonly Node[] | undefined;

  constructor(private readonly document: ParsedDocument, private readonly context: ExtractionContext, within?: readonly Extent[]) {
    const cancelled = () => performance.now() > context.deadline;
    const captures = captureSwitches(document.grammar.queries.switches, document.tree.rootNode, document.text, cancelled, within);
    if (!captures) throw new ExtractionTimeout('the switch query passed its deadline');
    this.captures = captures;
    this.labelIds = new Set(this.captures.arms.flatMap((arm) => arm.labels.map((label) => label.id)));
    // When several refinements sit under one label, the first the query produced wins.
    this.refinementOrder = new Map([...this.captures.refinements.keys()].map((id, i) => [id, i]));
    this.refinementStarts = [...this.captures.refinements.values()].sort((a, b) => a.node.startIndex - b.node.startIndex);
  }

  private checkDeadline(): void {
    if ((++this.steps & 0x3ff) === 0 && performance.now() > this.context.deadline) throw new ExtractionTimeout('switch extraction passed its deadline');
  }

  sites(): Located<SwitchSite>[] {
    const constructs = this.captures.constructs.filter(isComplete).sort((a, b) => a.node.startIndex - b.node.startIndex);
    const owned = this.armsByOwner(constructs);
    this.withDefault = constructs
      .filter((construct) => owned.get(construct.node.id)?.some((arm) => arm.isDefault))
      .map(({ node }) => ({ start: node.startIndex, end: node.endIndex }));
    return constructs.map((construct) => ({
      extent: { start: construct.node.startIndex, end: construct.node.endIndex },
      value: this.site(construct, owned.get(construct.node.id) ?? []),
    }));
  }

  /**
   * Each arm under the nearest enclosing construct of a captured kind; an arm of a construct that was not
   * captured (a `when` without subject, a tagless Go switch) belongs to no site. The innermost captured
   * construct around an arm is found from the extents, then the few nodes between it and the arm are read
   * top-down (Node#childWithDescendant), rather than every node of every construct.
   */
  private armsByOwner(constructs: readonly CompleteConstruct[]): Map<number, ArmCaptures[]> {
    const constructTypes = new Set(constructs.map((c) => c.node.type));
    const byId = new Map(constructs.map((c) => [c.node.id, c]));
    const ends = new Map(constructs.map((c) => [c.node.id, c.node.endIndex]));
    const arms = this.captures.arms.map((arm) => ({ arm, start: arm.node.startIndex, end: arm.node.endIndex }));
    // Source order, an enclosing node before what it encloses: the order a walk down the tree meets them.
    arms.sort((a, b) => a.start - b.start || b.end - a.end);
    const owned = new Map<number, ArmCaptures[]>();
    // The constructs enclosing the current position, innermost last (tree nodes nest or lie apart).
    const open: CompleteConstruct[] = [];
    let next = 0;
    for (const { arm, start, end } of arms) {
      this.checkDeadline();
      while (next < constructs.length && constructs[next].node.startIndex <= start) {
        const construct = constructs[next++];
        while (open.length > 0 && ends.get(open.at(-1)!.node.id)! < ends.get(construct.node.id)!) open.pop();
        open.push(construct);
      }
      while (open.length > 0 && ends.get(open.at(-1)!.node.id)! < end) open.pop();
      // An arm is not its own construct's: a node's owner encloses it.
      const around = open.at(-1)?.node.id === arm.node.id ? open.at(-2) : open.at(-1);
      if (!around) continue;
      let owner: Node | undefined = around.node;
      let node = around.node.childWithDescendant(arm.node);
      while (node && node.id !== arm.node.id) {
        this.checkDeadline();
        if (constructTypes.has(node.type)) owner = node;
        node = node.childWithDescendant(arm.node);
      }
      if (!node) continue;
      const construct = owner && byId.get(owner.id);
      if (!construct) continue;
      let list = owned.get(construct.node.id);
      if (!list) owned.set(construct.node.id, (list = []));
      list.push(arm);
    }
    return owned;
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
    const yields = yieldedLiteral(this.body(arm).filter((part) => !isLabelPart(part)), this.document.grammar.spec, source);
    this.comments ??= this.context.comments(this.withDefault);
    return { range: nodeRange(arm.node), comments: armComments(arm.node, node, this.comments, source), ...(distinct && { distinct }), ...(yields && { yields }) };
  }

  /** The arm's nodes after its labels; read once, for the arm and again beside the default arm. */
  private body(arm: ArmCaptures): Node[] {
    let body = this.bodies.get(arm);
    if (!body) {
      body = codeChildren(arm.node).filter((part) => !arm.labels.some((label) => label.startIndex < part.endIndex && part.startIndex < label.endIndex));
      this.bodies.set(arm, body);
    }
    return body;
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
    const order = (r: Refinement) => this.refinementOrder.get(r.node.id)!;
    let best = this.captures.refinements.get(label.id);
    const end = label.endIndex;
    const starts = this.refinementStarts;
    for (let i = firstStartingAt(starts, label.startIndex); i < starts.length && starts[i].node.startIndex <= end; i++) {
      const refinement = starts[i];
      if (refinement.node.id === label.id || (best && order(refinement) > order(best))) continue;
      if (this.refines(label, refinement.node)) best = refinement;
    }
    return best;
  }

  /** `node` lies at most refinementDepth levels below `label`, with no other label on the way or at it. */
  private refines(label: Node, node: Node): boolean {
    let at: Node | null = label;
    for (let depth = 1; at && depth <= refinementDepth; depth++) {
      at = at.childWithDescendant(node);
      if (!at || this.labelIds.has(at.id)) return false;
      if (at.id === node.id) return true;
    }
    return false;
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
