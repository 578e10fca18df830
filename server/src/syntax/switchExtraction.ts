// Turns a parsed document's switch-like constructs into plain SwitchSite data.
import type { Node } from 'web-tree-sitter';
import { armComments, commentNodes } from './comments';
import { collectConstants } from './constants';
import type { ParsedDocument } from './documentCache';
import { stringContents } from './literals';
import { nodeRange, spanRange, toPosition } from './positions';
import { fieldName } from './subjectName';
import { captureSwitches } from './switchCaptures';
import type { ArmCaptures, ConstructCaptures, Refinement, SwitchCaptures } from './switchCaptures';
import type { CaseLabel, ConstantDefinition, Range, SwitchArm, SwitchSite } from './types';

type CompleteConstruct = ConstructCaptures & { keyword: Node; subject: Node };

function isComplete(construct: ConstructCaptures): construct is CompleteConstruct {
  return construct.keyword !== undefined && construct.subject !== undefined;
}

/** How far above a label its refined name may sit: `Codes.BUSY` → `BUSY`, `case "A" or …` → `"A"`. */
const refinementDepth = 3;

class Extraction {
  private readonly captures: SwitchCaptures;
  private constants?: Map<string, ConstantDefinition>;
  private readonly refinementOfLabel = new Map<number, Refinement>();

  constructor(private readonly document: ParsedDocument) {
    this.captures = captureSwitches(document.grammar.queries.switches, document.tree.rootNode);
    const labelIds = new Set(this.captures.arms.flatMap((arm) => arm.labels.map((label) => label.id)));
    for (const refinement of this.captures.refinements.values()) {
      let node: Node | null = refinement.node;
      for (let depth = 0; node && depth <= refinementDepth; depth++, node = node.parent) {
        if (labelIds.has(node.id)) {
          if (!this.refinementOfLabel.has(node.id)) this.refinementOfLabel.set(node.id, refinement);
          break;
        }
      }
    }
  }

  sites(): SwitchSite[] {
    const constructs = this.captures.constructs.filter(isComplete);
    const byId = new Map(constructs.map((c) => [c.node.id, c]));
    const constructTypes = new Set(constructs.map((c) => c.node.type));
    const armsOf = new Map<number, ArmCaptures[]>();
    for (const arm of this.captures.arms) {
      // The nearest enclosing construct of a captured kind owns the arm; when that construct was not
      // captured (a `when` without subject, a tagless Go switch) the arm belongs to no site.
      let owner = arm.node.parent;
      while (owner && !constructTypes.has(owner.type)) owner = owner.parent;
      if (owner && byId.has(owner.id)) armsOf.set(owner.id, [...(armsOf.get(owner.id) ?? []), arm]);
    }
    return constructs
      .sort((a, b) => a.node.startIndex - b.node.startIndex)
      .map((construct) => this.site(construct, armsOf.get(construct.node.id) ?? []));
  }

  private site(construct: CompleteConstruct, arms: ArmCaptures[]): SwitchSite {
    const { node, keyword, subject, close } = construct;
    const source = this.document.text;
    const ordered = arms.sort((a, b) => a.node.startIndex - b.node.startIndex);
    const defaultArm = ordered.find((arm) => arm.isDefault);
    const comments = defaultArm ? commentNodes(this.document.grammar, node) : [];
    const name = construct.subjectName && fieldName(source.slice(construct.subjectName.startIndex, construct.subjectName.endIndex));
    return {
      languageId: this.document.languageId,
      range: nodeRange(node),
      keywordRange: nodeRange(keyword),
      headerRange: this.headerRange(keyword, subject),
      subject: { text: source.slice(subject.startIndex, subject.endIndex), range: nodeRange(subject), ...(name && { name }) },
      isExpression: !construct.statement,
      // An empty construct has no arm to copy: a statement takes clauses, an expression rules.
      armForm: arms.some((arm) => arm.rule) ? 'rule' : arms.length > 0 || construct.statement ? 'clause' : 'rule',
      arms: ordered.filter((arm) => !arm.isDefault).map((arm) => this.arm(arm)),
      ...(defaultArm && { defaultArm: { range: nodeRange(defaultArm.node), comments: armComments(defaultArm.node, comments, source) } }),
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

  private arm(arm: ArmCaptures): SwitchArm {
    // A label holding other labels (`"A" or "B"`) is only their container.
    const labels = arm.labels.filter(
      (outer) => !arm.labels.some((inner) => inner.id !== outer.id && inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex),
    );
    return { range: nodeRange(arm.node), labels: labels.map((label) => this.label(label)) };
  }

  private label(node: Node): CaseLabel {
    const source = this.document.text;
    const text = source.slice(node.startIndex, node.endIndex);
    const range = nodeRange(node);
    const refinement = this.refinementOfLabel.get(node.id);
    const plain = { text, range, quote: '', valueRange: range } as const;
    if (refinement?.kind === 'string') {
      const contents = stringContents(refinement.node, this.document.grammar.spec, source);
      if (contents) return { text, range, kind: 'string', value: contents.value, quote: contents.quote, valueRange: contents.range };
    } else if (refinement) {
      const value = source.slice(refinement.node.startIndex, refinement.node.endIndex);
      if (refinement.kind === 'number') return { ...plain, kind: 'number', value };
      const constant = this.constantNamed(value);
      return { ...plain, kind: 'identifier', value, ...(constant && { constant }) };
    }
    return { ...plain, kind: 'other', value: text };
  }

  private constantNamed(name: string): ConstantDefinition | undefined {
    this.constants ??= collectConstants(this.document.grammar, this.document.tree, this.document.text);
    return this.constants.get(name);
  }
}

export function extractSwitches(document: ParsedDocument): SwitchSite[] {
  return new Extraction(document).sites();
}
