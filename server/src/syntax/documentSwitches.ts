// The switches of each parsed document, found once per version. After an edit only the region the edit
// touched is searched again: the other switches are carried over from the previous version, moved to where
// their text now is. On a keystroke in a file of hundreds of switches that is one switch, not all of them.
import type { Edit, Node } from 'web-tree-sitter';
import { commentNodes } from './comments';
import { constantTable, findConstants, type ConstantTable } from './constants';
import type { Derivation, ParsedDocument } from './documentCache';
import { shiftPositions, type Extent } from './editShift';
import { reuseAcross, widened, type Located, type Reuse } from './reuse';
import { switchesAcross } from './switchesAcross';
import { extractConstructs } from './constructExtraction';
import { joinIfRuns } from './ifRuns';
import { relinkConstants } from './switchExtraction';
import type { SwitchSite } from './types';

interface Found {
  located: Located<SwitchSite>[];
  sites: SwitchSite[];
  /** Only read when some label is a name; then kept up to date from version to version. */
  constants?: ConstantTable;
}

function bySource<T>(a: Located<T>, b: Located<T>): number {
  return a.extent.start - b.extent.start;
}

/** A switch carried over from the previous version to a new place, and how to move what was derived from it. */
export interface MovedSite {
  site: SwitchSite;
  move<T>(value: T): T;
}

export class DocumentSwitches {
  private readonly found = new WeakMap<ParsedDocument, Found>();
  private readonly moved = new WeakMap<SwitchSite, MovedSite>();

  /** `takeDerivation` says what a document was reparsed from; without it every version is searched whole. */
  constructor(private readonly takeDerivation: (document: ParsedDocument) => Derivation | undefined) {}

  /** Throws ExtractionTimeout past `deadline`; nothing is then remembered for the document. */
  of(document: ParsedDocument, deadline: number): SwitchSite[] {
    let found = this.found.get(document);
    if (!found) {
      found = this.find(document, deadline);
      this.found.set(document, found);
    }
    return found.sites;
  }

  private find(document: ParsedDocument, deadline: number): Found {
    const derivation = this.takeDerivation(document);
    const before = derivation && this.found.get(derivation.from);
    let constants: ConstantTable | undefined;
    const table = (): ConstantTable => (constants ??= this.constantsOf(document, before?.constants, derivation));
    if (!derivation || !before) {
      const context = { comments: this.commentsIn(document), constants: () => table().byName, deadline };
      const located = extractConstructs(document, context);
      return { located, sites: joinIfRuns(located.map((l) => l.value), document.text), constants };
    }
    let reuse: Reuse<SwitchSite> = reuseAcross(before.located, derivation.edit, derivation.changed, {
      holds: (l) => this.errorsAgree(document, l),
      move: (site, edit) => this.move(site, edit),
    });
    for (let across = switchesAcross(document, reuse.region); across.length > 0; across = switchesAcross(document, reuse.region)) {
      reuse = widened(reuse, across);
    }
    const { kept, region } = reuse;
    const context = { comments: this.commentsIn(document), constants: () => table().byName, deadline };
    const fresh = region.length > 0 ? extractConstructs(document, context, region) : [];
    let located = [...kept, ...fresh].sort(bySource);
    // A name's definition may have changed anywhere in the file: kept labels are linked to it again.
    if (before.constants) {
      const byName = table().byName;
      located = located.map((l) => {
        const value = relinkConstants(l.value, byName);
        return value === l.value ? l : { extent: l.extent, value };
      });
    }
    return { located, sites: joinIfRuns(located.map((l) => l.value), document.text), constants };
  }

  /** What `site` was in the previous version, when it is that switch moved by an edit. */
  movedFrom(site: SwitchSite): MovedSite | undefined {
    return this.moved.get(site);
  }

  /**
   * A switch after the edit moves only when the edit added or removed lines, or ended on the switch's first
   * line. Its labels' links to constants are left to `relinkConstants`.
   */
  private move(site: SwitchSite, edit: Edit): SwitchSite {
    const sameRows = edit.newEndPosition.row === edit.oldEndPosition.row;
    if (sameRows && site.range.start.line > edit.oldEndPosition.row) return site;
    const moved = shiftPositions(site, edit);
    // One step back is all the analysis asks for: older versions must not stay reachable through a chain.
    this.moved.delete(site);
    this.moved.set(moved, { site, move: (value) => shiftPositions(value, edit) });
    return moved;
  }

  /** The document's constants, from the previous version's for the part the edit did not touch. */
  private constantsOf(document: ParsedDocument, previous: ConstantTable | undefined, derivation: Derivation | undefined): ConstantTable {
    const { grammar, tree, text } = document;
    if (!previous || !derivation) return constantTable(findConstants(grammar, tree, text));
    const { kept, region } = reuseAcross(previous.definitions, derivation.edit, derivation.changed);
    const fresh = region.length > 0 ? findConstants(grammar, tree, text, region) : [];
    // The search meets whole lines, so it may find again a definition that was kept: the new reading wins.
    const again = new Set(fresh.map((f) => f.extent.start));
    return constantTable([...kept.filter((k) => !again.has(k.extent.start)), ...fresh].sort(bySource));
  }

  /**
   * A token the parser had to assume (a MISSING `}` or dedent) takes no text, so the tree's changed ranges
   * never show one appearing or going, and it may follow from text after the construct's end (a
   * dedent depends on the next line's indentation): the construct's error flag is read again.
   */
  private errorsAgree(document: ParsedDocument, { extent, value }: Located<SwitchSite>): boolean {
    return document.tree.rootNode.descendantForIndex(extent.start, extent.end)?.hasError === value.hasSyntaxError;
  }

  private commentsIn(document: ParsedDocument): (within: readonly Extent[]) => readonly Node[] {
    return (within) => commentNodes(document.grammar, document.tree.rootNode, document.text, within);
  }
}
