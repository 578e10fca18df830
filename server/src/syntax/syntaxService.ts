// The editor-free syntax layer: parse documents, find their switches, print the cases a fix inserts.
import type { Node } from 'web-tree-sitter';
import { commentBefore, commentNodes } from './comments';
import { DocumentCache } from './documentCache';
import type { ParsedDocument, ParseOutcome } from './documentCache';
import { GrammarLoader } from './grammars';
import { printCases } from './printing/caseInsertion';
import { printLabelReplacement } from './printing/labelReplacement';
import { languageSpec } from './registry';
import { extractSwitches, ExtractionTimeout } from './switchExtraction';
import type { CaseLabel, CaseToInsert, ContentChange, PrintResult, SwitchSite, TextEdit } from './types';

export type { ParsedDocument, ParseOutcome, SkipCause } from './documentCache';

export interface SyntaxServiceOptions {
  /** Where the grammars' `.wasm` files and `web-tree-sitter.wasm` are. */
  wasmDir: string;
  /** Larger documents are skipped, not parsed (UTF-8 bytes). */
  maxBytes: number;
  /** A parse, or the search for switches in its tree, running longer is abandoned; default 1000 ms each. */
  parseTimeoutMs?: number;
}

export interface SyntaxService {
  supports(languageId: string): boolean;
  /** Parses a document's full text, incrementally from its previous version when there is one, and finds its switches. */
  parse(uri: string, languageId: string, version: number, text: string): Promise<ParseOutcome>;
  /** Applies LSP content changes to the last parsed version of `uri`. */
  applyChanges(uri: string, version: number, changes: readonly ContentChange[]): Promise<ParseOutcome>;
  /** Frees the document's tree (on close). */
  forget(uri: string): void;
  switches(document: ParsedDocument): SwitchSite[];
  /** The comment ending on the line above `line` (0-based), e.g. a `paycodes-disable-next-line`. */
  commentBefore(document: ParsedDocument, line: number): string | undefined;
  /** One edit inserting `cases` before the default arm (or the end) of `site`, in the document `text`. */
  printCases(site: SwitchSite, text: string, cases: readonly CaseToInsert[], eol?: string): PrintResult;
  /** Rewrites a label's value in its own literal syntax; undefined when the value cannot be written so. */
  printLabelReplacement(site: SwitchSite, label: CaseLabel, value: string): TextEdit | undefined;
}

const defaultParseTimeoutMs = 1000;

function specOf(site: SwitchSite) {
  const spec = languageSpec(site.languageId);
  if (!spec) throw new Error(`no syntax support for language '${site.languageId}'`);
  return spec;
}

export function createSyntaxService(options: SyntaxServiceOptions): SyntaxService {
  const timeoutMs = options.parseTimeoutMs ?? defaultParseTimeoutMs;
  const cache = new DocumentCache(new GrammarLoader(options.wasmDir), { maxBytes: options.maxBytes, timeoutMs });
  const sites = new WeakMap<ParsedDocument, SwitchSite[]>();
  const comments = new WeakMap<ParsedDocument, readonly Node[]>();

  function current(document: ParsedDocument): ParsedDocument {
    if (!cache.isCurrent(document)) throw new Error(`${document.uri} version ${document.version} was replaced; its tree is gone`);
    return document;
  }

  function commentsOf(document: ParsedDocument): readonly Node[] {
    let found = comments.get(document);
    if (!found) {
      found = commentNodes(document.grammar, document.tree.rootNode);
      comments.set(document, found);
    }
    return found;
  }

  function switchesOf(document: ParsedDocument, deadline: number): SwitchSite[] {
    let found = sites.get(document);
    if (!found) {
      found = extractSwitches(document, { comments: () => commentsOf(document), deadline });
      sites.set(document, found);
    }
    return found;
  }

  /** Switches are found with the parse, so that a tree too costly to search is a skipped document, not a frozen server. */
  async function withSwitches(parsing: Promise<ParseOutcome>): Promise<ParseOutcome> {
    const outcome = await parsing;
    if (outcome.status !== 'parsed') return outcome;
    try {
      switchesOf(outcome.document, performance.now() + timeoutMs);
      return outcome;
    } catch (error) {
      if (!(error instanceof ExtractionTimeout)) throw error;
      const message = `finding the switches in ${outcome.document.uri} took longer than ${timeoutMs} ms and was abandoned`;
      return { status: 'skipped', cause: 'timeout', message };
    }
  }

  return {
    supports: (languageId) => languageSpec(languageId) !== undefined,
    parse: (uri, languageId, version, text) => withSwitches(cache.parse(uri, languageId, version, text)),
    applyChanges: (uri, version, changes) => withSwitches(cache.applyChanges(uri, version, changes)),
    forget: (uri) => cache.forget(uri),
    switches: (document) => switchesOf(current(document), Infinity),
    commentBefore: (document, line) => commentBefore(commentsOf(current(document)), line, document.text),
    printCases: (site, text, cases, eol) => printCases(specOf(site), site, text, cases, eol),
    printLabelReplacement: (site, label, value) => printLabelReplacement(specOf(site), label, value),
  };
}
