// One syntax tree per open document, reparsed incrementally from the previous tree as the text changes.
import type { Edit, Tree } from 'web-tree-sitter';
import type { Extent } from './editShift';
import type { Grammar, GrammarLoader } from './grammars';
import { GrammarUnavailable, oneLine, replaceParser } from './grammars';
import { mayExceedIndentLevels } from './indentLevels';
import { languageSpec } from './registry';
import { applyRangeChange, diffEdit } from './treeEdits';
import type { ContentChange } from './types';

/** How a parsed document differs from the one it was reparsed from: what incremental extraction builds on. */
export interface Derivation {
  readonly from: ParsedDocument;
  /** The one span that changed, in `from`'s offsets before and the new document's after; absent when the text is equal. */
  readonly edit?: Edit;
  /** Where the tree's structure changed (new offsets). A change inside one token is not among them: see `edit`. */
  readonly changed: readonly Extent[];
}

/** A parsed version of a document. Valid until the next parse, change or `forget` of its uri. */
export interface ParsedDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  readonly text: string;
  readonly tree: Tree;
  readonly grammar: Grammar;
}

export type SkipCause = 'unsupported' | 'grammar' | 'too-large' | 'too-deep' | 'timeout' | 'failed' | 'unknown-document';

/** Why a parse of a supported language gave no tree. */
type ParseFailure = { cause: 'too-large' | 'too-deep' | 'timeout' } | { cause: 'failed'; error: unknown };

export type ParseOutcome =
  | { status: 'parsed'; document: ParsedDocument }
  | { status: 'skipped'; cause: SkipCause; message: string };

export interface ParseLimits {
  /** Documents larger than this many UTF-8 bytes are not parsed. */
  maxBytes: number;
  /** A parse running longer than this is abandoned. */
  timeoutMs: number;
}

interface Entry {
  languageId: string;
  version: number;
  text: string;
  /** Absent while the current text could not be parsed; the next parse starts from scratch. */
  document?: ParsedDocument;
}

function skipped(cause: SkipCause, message: string): ParseOutcome {
  return { status: 'skipped', cause, message };
}

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  private readonly retired = new WeakSet<ParsedDocument>();
  private readonly derivations = new WeakMap<ParsedDocument, Derivation>();

  constructor(
    private readonly grammars: GrammarLoader,
    private readonly limits: ParseLimits,
  ) {}

  /** Whether `document` is still the cache's current tree for its uri (its tree has not been freed). */
  isCurrent(document: ParsedDocument): boolean {
    return !this.retired.has(document);
  }

  /** Parses `text`, reusing the previous tree of `uri` for the part that did not change. */
  async parse(uri: string, languageId: string, version: number, text: string): Promise<ParseOutcome> {
    const grammar = await this.grammarFor(uri, languageId);
    if (!('parser' in grammar)) return grammar;
    const entry = this.entries.get(uri);
    const previous = entry?.languageId === languageId ? entry.document : undefined;
    if (previous && entry?.version === version && previous.text === text) return { status: 'parsed', document: previous };
    const edit = previous && diffEdit(previous.text, text);
    return this.reparse(uri, { languageId, version, text }, grammar, previous, edit ? [edit] : []);
  }

  /** Applies LSP content changes, in order, to the cached text of `uri` and reparses. */
  async applyChanges(uri: string, version: number, changes: readonly ContentChange[]): Promise<ParseOutcome> {
    const languageId = this.entries.get(uri)?.languageId;
    const grammar = languageId === undefined ? undefined : await this.grammarFor(uri, languageId);
    if (grammar && !('parser' in grammar)) return grammar;
    // Read after the wait: the changes apply to whatever text is current.
    const entry = this.entries.get(uri);
    if (!grammar || !entry) return skipped('unknown-document', `${uri} has not been parsed; parse its full text first`);
    let text = entry.text;
    const rangeEdits: Edit[] = [];
    for (const change of changes) {
      if (change.range) {
        const applied = applyRangeChange(text, change.range, change.text);
        text = applied.text;
        rangeEdits.push(applied.edit);
      } else {
        text = change.text;
      }
    }
    const previous = entry.document;
    let edits = rangeEdits;
    if (changes.some((change) => !change.range)) {
      // After a whole-text replacement only a diff against the old text can describe the change.
      const diff = previous && diffEdit(previous.text, text);
      edits = diff ? [diff] : [];
    }
    return this.reparse(uri, { languageId: entry.languageId, version, text }, grammar, previous, edits);
  }

  /**
   * What changed since the document `document` was reparsed from. Taken, not read: it holds the previous
   * version, text and all, which must not outlive the one search that builds on it.
   */
  takeDerivation(document: ParsedDocument): Derivation | undefined {
    const derivation = this.derivations.get(document);
    this.derivations.delete(document);
    return derivation;
  }

  forget(uri: string): void {
    const entry = this.entries.get(uri);
    if (entry?.document) this.retire(entry.document);
    this.entries.delete(uri);
  }

  private async grammarFor(uri: string, languageId: string): Promise<Grammar | ParseOutcome> {
    const spec = languageSpec(languageId);
    if (!spec) {
      this.forget(uri);
      return skipped('unsupported', `no syntax support for language '${languageId}'`);
    }
    try {
      return await this.grammars.load(spec);
    } catch (error) {
      if (!(error instanceof GrammarUnavailable)) throw error;
      this.forget(uri);
      return skipped('grammar', error.message);
    }
  }

  private retire(document: ParsedDocument): void {
    this.retired.add(document);
    document.tree.delete();
  }

  /** Parses the new text from `previous` edited by `edits`, then frees whatever tree the entry held. */
  private reparse(uri: string, entry: Entry, grammar: Grammar, previous: ParsedDocument | undefined, edits: Edit[]): ParseOutcome {
    const held = this.entries.get(uri)?.document;
    for (const edit of edits) previous?.tree.edit(edit);
    const tree = this.parseWithinLimits(grammar, entry.text, previous?.tree);
    const changed = previous && !('cause' in tree) ? previous.tree.getChangedRanges(tree).map((r) => ({ start: r.startIndex, end: r.endIndex })) : [];
    if (held) this.retire(held);
    this.entries.set(uri, entry);
    if ('cause' in tree) return skipped(tree.cause, this.describe(uri, grammar, tree));
    const document = { uri, languageId: entry.languageId, version: entry.version, text: entry.text, tree, grammar };
    entry.document = document;
    if (previous) {
      // Several edits are described by the one span they cover together.
      const edit = edits.length === 1 ? edits[0] : diffEdit(previous.text, document.text);
      this.derivations.set(document, { from: previous, ...(edit && { edit }), changed });
      // The previous version may never have been searched: its own step must not keep older ones alive.
      this.derivations.delete(previous);
    }
    return { status: 'parsed', document };
  }

  private parseWithinLimits(grammar: Grammar, text: string, oldTree: Tree | undefined): Tree | ParseFailure {
    if (Buffer.byteLength(text, 'utf8') > this.limits.maxBytes) return { cause: 'too-large' };
    const levels = grammar.spec.maxIndentLevels;
    if (levels !== undefined && mayExceedIndentLevels(text, levels)) return { cause: 'too-deep' };
    const deadline = performance.now() + this.limits.timeoutMs;
    let tree: Tree | null;
    try {
      // The typings say the callback returns void, but returning true cancels the parse (see Parser#parse).
      tree = grammar.parser.parse(text, oldTree, { progressCallback: () => performance.now() > deadline });
    } catch (error) {
      // A trap inside the grammar (an out-of-bounds write in a scanner) leaves that parser unusable.
      replaceParser(grammar);
      return { cause: 'failed', error };
    }
    if (tree) return tree;
    // A cancelled parse would otherwise resume, not restart, on the next call.
    grammar.parser.reset();
    return { cause: 'timeout' };
  }

  private describe(uri: string, grammar: Grammar, failure: ParseFailure): string {
    switch (failure.cause) {
      case 'too-large':
        return `${uri} is larger than ${this.limits.maxBytes} bytes; switches in it are not analysed`;
      case 'too-deep':
        return `${uri} is indented more than ${grammar.spec.maxIndentLevels} levels deep, more than the ${grammar.spec.name} grammar can parse safely; switches in it are not analysed`;
      case 'timeout':
        return `parsing ${uri} took longer than ${this.limits.timeoutMs} ms and was abandoned`;
      case 'failed':
        return `the ${grammar.spec.name} grammar failed on ${uri} (${oneLine(failure.error)}); switches in it are not analysed`;
    }
  }
}
