// Turns a parsed document's if/else-if chains over one subject into SwitchSite data, so that the rules,
// fixes, suppressions and incremental reuse serve them as they serve switches.
//
// A chain is a run of branches testing the same subject: two or more, or one prefix check with an `else`
// (`substr($rc, 0, 3) === '200' … else …`). Its final `else` is the default; without one, what matches no
// branch falls out of the chain, as a switch without `default` does. A lone `if` is handed out as a
// fragment, for runs of separate ifs over one subject (ifRuns.ts).
import type { Node } from 'web-tree-sitter';
import { captureChains, type BranchCaptures, type ChainCaptures } from './chainCaptures';
import { TestReader, type ReadCondition } from './chainTests';
import { armComments } from './comments';
import type { ParsedDocument } from './documentCache';
import type { Extent } from './editShift';
import { bodyStatements, codeChildren, doesItsOwnThing, endsInExit, yieldedLiteral, yieldsMessage } from './nodeKinds';
import { nodeRange, toPosition } from './positions';
import type { Located } from './reuse';
import { fieldName } from './subjectName';
import { ExtractionTimeout, type ExtractionContext } from './switchExtraction';
import type { ChainSyntax, DefaultArm, Range, SwitchArm, SwitchSite } from './types';

interface ReadBranch {
  branch: BranchCaptures;
  condition?: ReadCondition;
}

const CONNECTOR = /^\s*(\}\s*)?(else\s*if|elif|elsif|elseif)[\s(]*$/;

class Chains {
  private readonly reader: TestReader;
  private heads: BranchCaptures[] = [];
  private comments: readonly Node[] | undefined;

  constructor(private readonly document: ParsedDocument, private readonly context: ExtractionContext, private readonly captures: ChainCaptures) {
    this.reader = new TestReader(captures, document.grammar.spec, document.text, context.constants);
  }

  sites(): Located<SwitchSite>[] {
    const followers = new Set([...this.captures.next.values()].flatMap((nodes) => nodes.map((n) => n.id)));
    this.heads = [...this.captures.branches.values()].filter((branch) => !followers.has(branch.node.id));
    const sites: Located<SwitchSite>[] = [];
    for (const head of this.heads) {
      if (performance.now() > this.context.deadline) throw new ExtractionTimeout('chain extraction passed its deadline');
      const found = this.site(head);
      // A test read through an assignment (`$http = substr($rc, 0, 3)`) depends on it: an edit there reads the chain again.
      if (found) sites.push({ extent: { start: Math.min(head.node.startIndex, ...found.through.map((n) => n.startIndex)), end: head.node.endIndex }, value: found.site });
    }
    return sites;
  }

  /** The head's branches in order, and the final else body. */
  private walk(head: BranchCaptures): { branches: BranchCaptures[]; otherwise?: Node } {
    const branches: BranchCaptures[] = [];
    let otherwise: Node | undefined;
    const visit = (branch: BranchCaptures) => {
      branches.push(branch);
      otherwise = this.captures.elses.get(branch.node.id) ?? otherwise;
      for (const next of this.captures.next.get(branch.node.id) ?? []) {
        const captured = this.captures.branches.get(next.id);
        if (captured) visit(captured);
      }
    };
    visit(head);
    return { branches, otherwise };
  }

  private site(head: BranchCaptures): { site: SwitchSite; through: Node[] } | undefined {
    const { branches, otherwise } = this.walk(head);
    const read: ReadBranch[] = branches.map((branch) => ({ branch, condition: this.reader.condition(branch.condition) }));
    for (let start = 0; start < read.length; start++) {
      const subject = read[start].condition?.subject;
      if (subject === undefined) continue;
      let end = start + 1;
      while (end < read.length && read[end].condition?.subject === subject) end++;
      const run = read.slice(start, end);
      const toTheEnd = end === read.length;
      const prefixOnly = run.length === 1 && otherwise !== undefined && toTheEnd && run[0].condition!.labels.some((l) => l.prefix);
      const lone = read.length === 1 && otherwise === undefined;
      if (run.length >= 2 || prefixOnly || lone) {
        const site = this.chainSite(head.node, run, toTheEnd ? otherwise : undefined, read.length > 1 ? read : undefined);
        const opening = lone ? this.document.text.slice(head.node.startIndex, head.condition.startIndex) : '';
        return { site: lone ? { ...site, lone: { subject, opening } } : site, through: run.flatMap((r) => r.condition!.through) };
      }
      start = end - 1;
    }
    return undefined;
  }

  private chainSite(node: Node, run: ReadBranch[], otherwise: Node | undefined, all: ReadBranch[] | undefined): SwitchSite {
    const source = this.document.text;
    const first = run[0];
    const condition = first.condition!;
    const keyword = first.branch.node.firstChild ?? first.branch.node;
    const name = fieldName(/[\p{L}_][\p{L}\p{N}_]*(?=\W*$)/u.exec(condition.subject)?.[0] ?? '');
    return {
      languageId: this.document.languageId,
      construct: 'chain',
      chain: this.syntax(run, all, otherwise),
      range: nodeRange(node),
      keywordRange: nodeRange(keyword),
      headerRange: this.headerRange(keyword, first.branch.condition),
      subject: { text: source.slice(condition.subjectNode.startIndex, condition.subjectNode.endIndex), range: nodeRange(condition.subjectNode), ...(name && { name }) },
      isExpression: false,
      armForm: 'clause',
      arms: run.map(({ branch, condition: read }): SwitchArm => {
        const body = [branch.body];
        // An empty Ruby branch has its condition standing in for the body it lacks.
        const empty = branch.body === branch.condition || codeChildren(branch.body).length === 0;
        const yields = yieldedLiteral(body, this.document.grammar.spec, source);
        return {
          range: { start: toPosition(branch.condition.startPosition), end: toPosition(branch.body.endPosition) },
          labels: read!.labels,
          // Beside a guard, one more test or-ed onto the condition would escape the guard: no "handle like" there.
          ...(!read!.guarded && { condition: nodeRange(branch.condition) }),
          ...(yields && { yields }),
          ...(yieldsMessage(body, source) && { message: true }),
          ...(!empty && { exits: endsInExit(body, source) }),
        };
      }),
      ...(otherwise && { defaultArm: this.defaultArm(otherwise, run, node) }),
      hasSyntaxError: node.hasError,
    };
  }

  private defaultArm(otherwise: Node, run: ReadBranch[], node: Node): DefaultArm {
    const source = this.document.text;
    const distinct = doesItsOwnThing(bodyStatements([otherwise], source), run.map(({ branch }) => bodyStatements([branch.body], source)));
    // Only a chain ending in an `else` reads comments: asked once, within all such chains.
    this.comments ??= this.context.comments(
      this.heads.filter((head) => this.walk(head).otherwise).map(({ node }) => ({ start: node.startIndex, end: node.endIndex })),
    );
    const yields = yieldedLiteral([otherwise], this.document.grammar.spec, source);
    return { range: nodeRange(otherwise), comments: armComments(otherwise, node, this.comments, source), ...(distinct && { distinct }), ...(yields && { yields }) };
  }

  private headerRange(keyword: Node, condition: Node): Range {
    const end = toPosition(condition.endPosition);
    const paren = /^[ \t]*\)/.exec(this.document.text.slice(condition.endIndex, condition.endIndex + 80));
    if (paren) end.character += paren[0].length;
    return { start: toPosition(keyword.startPosition), end };
  }

  /** How the chain writes a test, joins branches and opens a body, from the chain itself where it shows them. */
  private syntax(run: ReadBranch[], all: ReadBranch[] | undefined, otherwise: Node | undefined): ChainSyntax {
    const source = this.document.text;
    const printing = this.document.grammar.spec.printer.chain;
    const tests = run.flatMap((r) => r.condition!.tests).filter((t) => t.valueNode && t.labels.length === 1);
    const test = tests.find((t) => !t.labels[0].prefix) ?? tests[0];
    const last = run.at(-1)!.branch;
    const first = run[0].branch;
    const pairs = (all ?? []).slice(1).map((r, i) => source.slice((all ?? [])[i].branch.body.endIndex, r.branch.condition.startIndex));
    // Without a second branch to copy, a braced chain's `else` shows where the keyword goes (` else`, `\n    else`).
    const elseAt = otherwise && source.lastIndexOf('else', otherwise.startIndex);
    const gap = !printing.indented && elseAt !== undefined && elseAt >= last.body.endIndex ? source.slice(last.body.endIndex, elseAt) : undefined;
    const connector = pairs.find((p) => CONNECTOR.test(p)) ?? (gap !== undefined && /^\s*$/.test(gap) ? gap + printing.connector.trimStart() : undefined);
    const between = source.slice(first.condition.endIndex, first.body.startIndex);
    const braces = !printing.indented;
    // A braced body's opener is copied whole, so a brace on its own line stays there (`)\n    {`).
    const opener = braces && source[first.body.startIndex] === '{' ? between : braces ? `${between.split('\n')[0].trimEnd()} ` : between.split('\n')[0].trimEnd();
    return {
      test: test
        ? {
            before: source.slice(test.node.startIndex, test.valueNode!.startIndex),
            after: source.slice(test.valueNode!.endIndex, test.node.endIndex),
            kind: test.labels[0].kind,
            quote: test.labels[0].quote,
          }
        : { before: '', after: '', kind: 'other', quote: '' },
      or: printing.or,
      ...(connector && { connector }),
      opener,
      end: toPosition(last.body.endPosition),
      braces,
    };
  }
}

/** The document's chains, or only those lying inside the given extents. */
export function extractChains(document: ParsedDocument, context: ExtractionContext, within?: readonly Extent[]): Located<SwitchSite>[] {
  const cancelled = () => performance.now() > context.deadline;
  const captures = captureChains(document.grammar.queries, document.tree.rootNode, document.text, cancelled, within);
  if (!captures) throw new ExtractionTimeout('the chain query passed its deadline');
  return new Chains(document, context, captures).sites();
}
