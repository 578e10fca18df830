// The editor-free syntax layer: parse documents, find their switches, print the cases a fix inserts.
import { commentBefore } from './comments';
import { DocumentCache } from './documentCache';
import type { ParsedDocument, ParseOutcome } from './documentCache';
import { GrammarLoader } from './grammars';
import { printCases } from './printing/caseInsertion';
import { printLabelReplacement } from './printing/labelReplacement';
import { languageSpec } from './registry';
import { extractSwitches } from './switchExtraction';
import type { CaseLabel, CaseToInsert, ContentChange, PrintResult, SwitchSite, TextEdit } from './types';

export type { ParsedDocument, ParseOutcome, SkipCause } from './documentCache';

export interface SyntaxServiceOptions {
  /** Where the grammars' `.wasm` files and `web-tree-sitter.wasm` are. */
  wasmDir: string;
  /** Larger documents are skipped, not parsed (UTF-8 bytes). */
  maxBytes: number;
  /** A parse running longer is abandoned; default 1000 ms. */
  parseTimeoutMs?: number;
}

export interface SyntaxService {
  supports(languageId: string): boolean;
  /** Parses a document's full text, incrementally from its previous version when there is one. */
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
  const cache = new DocumentCache(new GrammarLoader(options.wasmDir), {
    maxBytes: options.maxBytes,
    timeoutMs: options.parseTimeoutMs ?? defaultParseTimeoutMs,
  });
  const sites = new WeakMap<ParsedDocument, SwitchSite[]>();

  function current(document: ParsedDocument): ParsedDocument {
    if (!cache.isCurrent(document)) throw new Error(`${document.uri} version ${document.version} was replaced; its tree is gone`);
    return document;
  }

  return {
    supports: (languageId) => languageSpec(languageId) !== undefined,
    parse: (uri, languageId, version, text) => cache.parse(uri, languageId, version, text),
    applyChanges: (uri, version, changes) => cache.applyChanges(uri, version, changes),
    forget: (uri) => cache.forget(uri),
    switches(document) {
      let found = sites.get(current(document));
      if (!found) {
        found = extractSwitches(document);
        sites.set(document, found);
      }
      return found;
    },
    commentBefore: (document, line) => commentBefore(current(document).grammar, document.tree, line, document.text),
    printCases: (site, text, cases, eol) => printCases(specOf(site), site, text, cases, eol),
    printLabelReplacement: (site, label, value) => printLabelReplacement(specOf(site), label, value),
  };
}
